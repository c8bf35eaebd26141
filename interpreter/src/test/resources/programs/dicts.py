d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], d.get("four"), d.get("four", 4), "one" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
d.update({"four": 4}, five=5)
print(d)
print(d.pop("one"), d.setdefault("six", 6), d.setdefault("two", 22), d)
del d["two"]
print(d, d.popitem(), d)
print({k: v for k, v in zip("abc", range(3))}, dict(a=1, b=2), dict([("x", 1), ("y", 2)]))
print({1: "a", 1.0: "b", True: "c"})
e = dict.fromkeys(["a", "b"], 0); print(e)
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2}, {**d, "z": 26})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
print(d.keys(), d.values(), d.items())
print({(1, 2): "tuple key"}[(1, 2)])
