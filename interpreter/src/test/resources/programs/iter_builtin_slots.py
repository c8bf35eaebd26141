# iter() of the exact built-in containers (tuple, dict and its views, set, frozenset, str) as their tp_iter, of their subclasses through __iter__, and the iterators' checks
class T(tuple):
    def __iter__(self): return iter([9])
class D(dict):
    def __iter__(self): return iter(["x"])
class S(set):
    def __iter__(self): return iter([8])
class Z(str):
    def __iter__(self): return iter("zz")
def run():
    out = []
    d = {"a": 1, "b": 2}
    for obj in ((1, 2, 3), d, d.keys(), d.values(), d.items(), {3, 1, 2}, frozenset({5, 4}), "héllo😀", T((1, 2)), D(a=1), S({1}), Z("ab"), (), "", {}):
        out.append(list(obj))
        for x in obj:
            out.append(x)
    return out
for _ in range(30):
    r = run()
print(r)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print(e)
s = {1}
try:
    for k in s:
        s.add(k + 1)
except RuntimeError as e:
    print(e)
it = iter((1, 2)); print(type(it).__name__, type(iter({})).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__, type(iter("")).__name__)
print(it.__length_hint__(), next(it), list(it))
