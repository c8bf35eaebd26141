def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            out[k] = v
    return out


def flatten(d, prefix=""):
    items = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else str(k)
        if isinstance(v, dict) and v:
            items.update(flatten(v, key))
        else:
            items[key] = v
    return items


def unflatten(flat):
    root = {}
    for path, v in flat.items():
        node = root
        *parents, leaf = path.split(".")
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = v
    return root


base = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": False}}, "features": ["a", "b"], "debug": False}
override = {"db": {"port": 6543, "opts": {"ssl": True, "timeout": 30}}, "features": ["b", "c"], "name": "svc"}
merged = deep_merge(base, override)
print(merged)
flat = flatten(merged)
for k in sorted(flat):
    print(f"{k:<16} = {flat[k]!r}")
print(unflatten(flat) == merged, base["db"]["port"], flatten({}), flatten({"e": {}}))
print(unflatten({"a.b.c": 1, "a.b.d": 2, "a.e": 3, "f": 4}))
