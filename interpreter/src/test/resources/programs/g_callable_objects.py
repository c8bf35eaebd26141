class Polyline:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))


class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.count, args, kwargs


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

    def __or__(self, other):
        return Pipeline(*self.steps, other)


f = Polyline(1, 2, 3)
print(f(0), f(1), f(2), list(map(f, range(5))), callable(f), callable(Polyline))
c = Counter()
print(c(), c(1, 2), c(k=3), c.count)
p = Pipeline(str.strip, str.lower) | str.split | len
print(p("  The Quick  Brown Fox "), Pipeline()(7))
ops = {"double": lambda x: x * 2, "square": lambda x: x * x, "neg": int.__neg__, "abs": abs}
for name, fn in ops.items():
    print(name, fn(-4), type(fn).__name__)
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, ["x", "y"])), int.__add__(2, 3))
bound = "hello".upper
print(bound(), bound.__self__, bound.__name__, type(bound).__name__)
m = [].append
print(type(m).__name__, m.__self__)


class Method:
    def act(self, x):
        return (self, x)


o = Method()
bm = o.act
print(bm(1)[1], bm.__func__ is Method.act, bm.__self__ is o, Method.act(o, 2)[1])
try:
    Method.act(3)
except TypeError as e:
    print("TypeError:", e)
five, text = 5, "abc"
try:
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    text(1)
except TypeError as e:
    print("TypeError:", e)
