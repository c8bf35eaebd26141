import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __format__(self, spec):
        if spec.endswith("p"):
            r, t = abs(self), math.atan2(self.y, self.x)
            return f"(r={r:{spec[:-1]}f}, θ={t:{spec[:-1]}f})"
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        return self + o

    def __sub__(self, o):
        return self + (-o)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __divmod__(self, k):
        return (self // k, self % k)

    def __pow__(self, n, mod=None):
        return Vec(pow(self.x, n, mod), pow(self.y, n, mod))

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __round__(self, n=0):
        return Vec(round(self.x, n), round(self.y, n))

    def __trunc__(self):
        return Vec(math.trunc(self.x), math.trunc(self.y))

    def __floor__(self):
        return Vec(math.floor(self.x), math.floor(self.y))

    def __ceil__(self):
        return Vec(math.ceil(self.x), math.ceil(self.y))

    def __invert__(self):
        return Vec(self.y, self.x)

    def __lt__(self, o):
        return abs(self) < abs(o)


a, b = Vec(3, 4), Vec(1.5, -2)
print(a + b, a - b, -a, +a, abs(a), a * 2, 3 * a, a @ b, a / 2, a // 2, a % 2, divmod(a, 2), a ** 2, pow(a, 2, 5))
print(repr(a), str(b), f"{a:5}|{b:.2f}|{a:.3p}", 1 + a, a + 0.5, sum([a, b], Vec(0, 0)))
print(a == Vec(3, 4), a != b, {a: 1}[Vec(3, 4)], bool(Vec(0, 0)), list(a), a[1], a[-1], tuple(b))
print(round(Vec(1.26, 2.5), 1), round(Vec(1.5, 2.5)), math.trunc(Vec(-1.5, 2.7)), math.floor(b), math.ceil(b), ~a)
print(sorted([a, b, Vec(0, 1)]), max(a, b), min([a, b]), a > b)
x, y = b
print(x, y, Vec(1, 1) in [Vec(1, 1)], a.__slots__)
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" * a
except TypeError as e:
    print(e)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), "ab" * Idx(2), operator_free := 1)


class Dflt(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v


d = Dflt()
print(d["abc"], d, d.get("zz"), "zz" in d)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -3 <= i < 3:
            raise IndexError("Seq index out of range")
        return "abc"[i]


s = Seq()
print(list(s), s[::-1], s[0:2], "b" in s, len(s), bool(s), list(reversed(s)), sorted(s, reverse=True))


class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print(e)


class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NoIter())
except TypeError as e:
    print(e)
print(Vec(1, 2) < "x")
