def group(records, key):
    out = {}
    for r in records:
        out.setdefault(r[key], []).append(r)
    return out


rows = [{"id": 1, "tags": ["a"]}, {"id": 2, "tags": ["b"]}]
print(sorted(group(rows, "id")))
print(group(rows, "tags"))
