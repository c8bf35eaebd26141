from functools import partial, reduce, wraps, total_ordering, cmp_to_key
from operator import add, mul, itemgetter, methodcaller

def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns)

strip = methodcaller("strip")
lower = methodcaller("lower")
split_words = partial(str.split, sep=None)
pipeline = compose(strip, lower, split_words)
print(pipeline("  The Quick Brown FOX  "))
base2 = partial(int, base=2)
print(base2("1011"), base2("11111111"), base2.func is int, base2.keywords)
add5 = partial(add, 5)
print(list(map(add5, range(4))), reduce(mul, map(add5, range(1, 4))))

def logged(fn):
    calls = []
    @wraps(fn)
    def inner(*a):
        calls.append(a)
        return fn(*a)
    inner.calls = calls
    return inner

@logged
def area(w, h):
    "Rectangle area."
    return w * h
print(area(2, 3), area(4, 5), area.calls, area.__name__, area.__doc__)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.99"))
print(sorted(["b10", "a2", "b9", "a10"], key=cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))
rows = [("x", 3), ("y", 1), ("z", 2)]
print(sorted(rows, key=itemgetter(1)), list(map(itemgetter(0), rows)))
