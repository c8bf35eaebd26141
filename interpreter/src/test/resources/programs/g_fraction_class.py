from math import gcd


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return self._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return self._coerce(o) / self

    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not NotImplemented and self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)


a, b = Frac(1, 3), Frac(-3, 4)
print(a, b, repr(a), a + b, a - b, a * b, a / b, -b, abs(b), a ** 2, b ** -2)
print(1 + a, 2 - a, 3 * b, 1 / a, a + 1 == Frac(4, 3), a < b, b < a, a <= Frac(2, 6))
print(float(b), int(Frac(7, 2)), int(Frac(-7, 2)), bool(Frac(0, 5)), f"{a:.4f}", f"{b}", f"{Frac(6, 3)}")
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(-1, 5)]), sum([Frac(1, n) for n in range(1, 7)], Frac(0)))
print({Frac(2, 4), Frac(1, 2), Frac(3, 6)}, Frac(4, 2) == 2, hash(Frac(4, 2)) == hash(2))
h = Frac(0)
for n in range(1, 11):
    h += Frac(1, n)
print(h, f"{h:.6f}")
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
try:
    a / Frac(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
