d = {"b": 2, "a": 1, "c": 3}
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d, len(d), "x" in d, 9 in d, 9 in d.values(), ("x", 9) in d.items())
e = d.copy()
e["a"] = -1
print(d["a"], e["a"], d == e, d != e, {1: 2} == {1: 2.0})
print(d | {"new": 0}, {"a": 0} | d)
d |= {"a": 42}
print(d)
print(dict.fromkeys(range(3)), dict.fromkeys("ab", []), sorted(d.items(), key=lambda kv: kv[1]))
keys = d.keys()
print(keys & {"a", "q"}, keys | {"q"} == set(d) | {"q"}, keys - {"a"}, keys ^ {"a", "w"} == {"w"} | (set(d) - {"a"}))
print(reversed(d) is not None, list(reversed(d)), list(reversed(d.items()))[:2])
del d["x"]
print(d)
try:
    del d["x"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d.clear()
print(d, bool(d), len(d))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
inv = {v: k for k, v in {"one": 1, "two": 2, "uno": 1}.items()}
print(inv)
grid = {(x, y): x * y for x in range(3) for y in range(3) if x != y}
print(grid, grid[(2, 1)])
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=counts.get, reverse=True))
print(dict(sorted(counts.items())), dict(zip(counts.values(), counts.keys())))


class Missing(dict):
    def __missing__(self, key):
        self[key] = f"<{key}>"
        return self[key]


m = Missing(a=1)
print(m["a"], m["b"], m, m.get("c"), "c" in m)
print(repr({}), repr({1: {}}), str({"k": "v"}), {True: 1, 1: 2}, {1.0: "x", 1: "y"})
it = iter({"p": 1, "q": 2}.items())
print(next(it), next(it), next(it, None))
dd = {i: i for i in range(10)}
for k in list(dd):
    if k % 3:
        del dd[k]
print(dd, list(dd.values()))
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print({}.keys() == set(), {"a": 1}.keys() == {"a"}, {"a": 1}.items() == {("a", 1)})
