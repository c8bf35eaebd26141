inventory = {
    "fruits": {"apple": 3, "banana": 5},
    "veg": {"carrot": 7},
}
inventory["fruits"]["cherry"] = 10
for cat, items in sorted(inventory.items()):
    print(cat, sum(items.values()), sorted(items))
records = [
    {"name": "a", "tags": ["x", "y"], "score": 3.5},
    {"name": "b", "tags": [], "score": 9.25},
    {"name": "c", "tags": ["y"], "score": 1.0},
]
print([r["name"] for r in records if "y" in r["tags"]])
print(max(records, key=lambda r: r["score"])["name"])
print({r["name"]: len(r["tags"]) for r in records})
by_tag = {}
for r in records:
    for t in r["tags"]:
        by_tag.setdefault(t, []).append(r["name"])
print(by_tag)
deep = [[[1, 2], [3]], [[4]]]
print(sum(x for a in deep for b in a for x in b), deep[0][1][0])
print(repr(records[1]))
