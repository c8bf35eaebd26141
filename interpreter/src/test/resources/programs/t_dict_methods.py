d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", None), d.setdefault("e", 5), d.setdefault("a", 9), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, d.copy(), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3))
print(d | {"new": 1}, {"new": 1} | d, {1: 1} == {1: 1.0}, list(reversed(d)), sorted(d.items()))
ks = d.keys()
d["late"] = 0
print(ks, len(ks), "late" in ks, ks & {"a", "x"} == {"a", "x"}, ks - {"a"} == set(d) - {"a"}, d.items() | {(1, 2)} >= {(1, 2)})
print(type(ks).__name__, type(d.values()).__name__, type(iter(d)).__name__, type(iter(d.items())).__name__)
print({i: i * i for i in range(4)}, {**d, "a": 100}["a"], dict(zip("ab", [1, 2])))
class Missing(dict):
    def __missing__(self, k):
        return f"missing {k}"
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m)
import collections
dd = collections.defaultdict(list)
dd["x"].append(1)
print(dd, dict(dd), collections.OrderedDict(a=1))
big = {}
for i in range(100):
    big[i] = i
for i in range(0, 100, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big))
for expr in ["d['nope']", "d.pop('nope')", "{}.popitem()", "{[]: 1}", "d[[1]]", "dict(5)", "dict([1, 2])", "dict([(1, 2, 3)])",
             "d.update(5)", "{1: 2} < {1: 2}", "d.fromkeys(5)", "{}.get()", "d | [1]"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    for k in d:
        d["new" + str(k)] = 1
except RuntimeError as e:
    print(e)
d[{}] = 1
