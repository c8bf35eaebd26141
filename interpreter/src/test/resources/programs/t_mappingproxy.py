import types

class A:
    x = 1
    def m(self):
        return 2

d = A.__dict__
print(type(d).__name__, d["x"], "m" in d, "zz" in d, type(d["m"]).__name__)
print(sorted(k for k in d if not k.startswith("__")), len(d) > 2)
print(d.get("x"), d.get("nope"), d.get("nope", 7))
print(sorted(d.keys())[:3], type(d.keys()).__name__, type(d.items()).__name__)
c = d.copy()
print(type(c).__name__, c["x"])
mp = types.MappingProxyType({"b": 2, "a": 1})
print(mp, repr(mp), str(mp), len(mp), list(mp), list(reversed(mp)))
print(mp == {"b": 2, "a": 1}, mp != {}, mp | {"c": 3}, {"z": 0} | mp)
print(list(mp.items()), list(mp.values()), mp.copy())
src = {"k": 1}
live = types.MappingProxyType(src)
src["k2"] = 2
print(live, "k2" in live)
print(types.MappingProxyType(types.MappingProxyType({"n": 1})))
print(int.__dict__["__add__"].__name__, type(str.__dict__).__name__)
for bad in ["mp['zz']", "hash(mp)", "types.MappingProxyType([1])", "types.MappingProxyType(5)",
            "mp < mp", "mp.__setitem__"]:
    try:
        print(bad, "=", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__ + ":", e)
try:
    mp["x"] = 1
except TypeError as e:
    print(e)
try:
    del mp["a"]
except TypeError as e:
    print(e)
try:
    mp |= {}
except TypeError as e:
    print(e)
A.__dict__["y"] = 5
