import math
from functools import total_ordering


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r}, {self.z!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}, {self.z}>"

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self, o)))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self, k))
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.sqrt(self * self)

    def __matmul__(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)

    def __hash__(self):
        return hash(tuple(self))

    def __bool__(self):
        return any(self)

    def __contains__(self, v):
        return v in tuple(self)

    def __round__(self, n=0):
        return Vec(*(round(c, n) for c in self))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, o):
        return self.cents == o.cents

    def __lt__(self, o):
        return self.cents < o.cents

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __iadd__(self, o):
        self.cents += o.cents
        return self

    def __format__(self, spec):
        return format(str(self), spec)


a, b = Vec(1, 2, 3), Vec(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a, a * b, -a, +a, abs(Vec(3, 4, 0)), a @ b)
print(repr(a / 2), round(Vec(1.234, 5.678, 9.999), 1), list(a), a[1], a[-1], len(a), 2 in a, 7 in a)
print(bool(Vec()), bool(a), a == Vec(1, 2, 3), a != b, a == (1, 2, 3), {a, Vec(1, 2, 3), b} == {a, b})
x, y, z = b
print(x, y, z, sum(b), max(b), sorted(b, reverse=True), dict(zip("xyz", b)))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a.w = 5
except AttributeError as e:
    print("AttributeError:", e)
m = [Money(250), Money(99), Money(1000), Money(250)]
print(sorted(m), max(m), m[0] == m[3], m[0] <= m[1], m[0] >= m[3], m[1] > m[2])
total = Money(0)
for v in m:
    total += v
print(total, f"[{total:>10}]", f"[{Money(5):<6}]")
print(Vec.__slots__, hasattr(a, "__dict__"), Money.__le__.__name__)
