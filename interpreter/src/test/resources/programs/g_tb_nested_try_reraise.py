def fetch(key, store):
    try:
        return store[key]
    except KeyError:
        print(f"cache miss for {key!r}")
        raise


def lookup(keys, store):
    out = []
    for k in keys:
        try:
            out.append(fetch(k, store))
        except KeyError:
            if k.startswith("opt_"):
                out.append(None)
                continue
            raise
    return out


store = {"a": 1, "b": 2}
print(lookup(["a", "opt_x", "b"], store))
print(lookup(["a", "c"], store))
