# Class calls and int(x) through their fast paths, hot and after the class changes:
# the __init__ found for a class is kept until the class or a base changes.


class F(float):
    pass


class I(int):
    def __int__(self):
        return 7


def conversions():
    out = []
    for v in (3.9, -3.9, F(2.5), I(5), True, "12", b"13", 2 ** 70 + 0.0, -0.0, 1e18, -9.3e18):
        out.append(int(v))
    return out


for _ in range(30):
    r = conversions()
print(r)
for bad in (float("nan"), float("inf"), float("-inf"), None, [1]):
    try:
        int(bad)
    except Exception as e:
        print(type(e).__name__, e)
for args, kw in (((1.0, 2), {}), ((), {"x": 1.0}), ((1.5,), {"base": 10})):
    try:
        int(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)


class A:
    def __init__(self, v):
        self.v = v


class B(A):
    pass


def make(cls, n):
    total = 0
    for i in range(n):
        total += cls(i).v
    return total


print(make(A, 50), make(B, 50))
A.__init__ = lambda self, v: setattr(self, "v", v * 2)
print(make(A, 50), make(B, 50))


def init3(self, v):
    self.v = v * 3


B.__init__ = init3
print(make(A, 50), make(B, 50))
del B.__init__
print(make(A, 50), make(B, 50))


def new(cls, v):
    o = object.__new__(cls)
    o.w = -v
    return o


class C(A):
    pass


print(make(C, 30))
C.__new__ = new
print(make(C, 5), C(4).w, C(4).v)


class Meta(type):
    def __call__(cls, *a):
        return "meta call %r" % (a,)


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(M(1))
del Meta.__call__
print(M(2).v)
B.__abstractmethods__ = frozenset({"f"})
try:
    B(1)
except TypeError as e:
    print(e)
del B.__abstractmethods__
print(make(B, 5))


class R:
    def __init__(self, v):
        return v


for v in (None, 0):
    try:
        print(type(R(v)).__name__)
    except TypeError as e:
        print(e)
