d = {"b": 2, "a": 1}
d["c"] = 3
d.update({"a": 10}, d=4)
print(d, list(d), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 20
print(d, d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("e"), d.pop("zz", None))
print(d.popitem(), d, len(d), "a" in d, 10 in d.values(), ("a", 10) in d.items())
keys = d.keys()
d["q"] = 9
print(keys, keys & {"a", "x"}, keys | {"x"}, keys - {"a"}, keys ^ {"a", "x"}, reversed(d).__class__.__name__)
print(list(reversed(d)), dict.fromkeys("abc", 0), dict(zip("xyz", range(3))), dict([(1, 2)], k=3))
print({**d, "a": -1}, d | {"new": 1}, {k: v for k, v in sorted(d.items()) if v > 5})
m = {}
m |= {"x": 1}
print(m, m == {"x": 1}, m != {"x": 2}, {1: 1} == {1.0: 1}, {True: "t", 1: "one"})
s = {3, 1, 2}
s.add(10)
s.discard(99)
s.remove(3)
print(sorted(s), 1 in s, s | {7}, s & {1, 10, 11}, s - {1}, s ^ {1, 99}, s <= {1, 2, 10, 11}, s < s)
fs = frozenset("hello")
print(sorted(fs), len(fs), fs == set("olleh"), hash(fs) == hash(frozenset("helo")), {fs: 1}[frozenset("leho")])
print(sorted({x % 5 for x in range(20)}), set(), frozenset(), {1, 2} | frozenset({3}), type(frozenset() | {1}).__name__)
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print({w: len(w) for w in words if len(w) > 4})
nested = {"a": {"b": {"c": [1, 2, {"d": 3}]}}}
print(nested["a"]["b"]["c"][2]["d"], nested, repr({}), {(): 1, (1,): 2, None: 0})
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), sum(big), list(big)[:5], list(big.items())[-2:])
s2 = set(range(100))
s2 -= set(range(0, 100, 2))
print(len(s2), min(s2), max(s2), sorted(s2)[:6])
print(s.isdisjoint({99}), {1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset((1,)), s.copy() is s)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print(e)
print(d["missing"])
