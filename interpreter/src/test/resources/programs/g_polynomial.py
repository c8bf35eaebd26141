class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        n = max(len(self.c), len(o.c))
        return Poly(*[(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly(*[-a for a in self.c])

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly(-o))

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        r = Poly(1)
        for _ in range(n):
            r = r * self
        return r

    def __divmod__(self, d):
        rem = list(self.c)
        q = [0] * max(1, len(rem) - len(d.c) + 1)
        while len(rem) >= len(d.c) and any(rem):
            shift = len(rem) - len(d.c)
            factor = rem[-1] / d.c[-1]
            if factor == int(factor):
                factor = int(factor)
            q[shift] = factor
            for i, b in enumerate(d.c):
                rem[i + shift] -= factor * b
            rem.pop()
        return Poly(*q), Poly(*rem)

    def derivative(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:])

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            sign = "-" if a < 0 else "+"
            terms.append((sign, coef + var))
        s = "".join(f" {sg} {t}" for sg, t in terms).strip()
        return s[2:] if s.startswith("+ ") else "-" + s[2:] if s.startswith("- ") else s


p = Poly(1, -3, 0, 2)
q = Poly(-1, 1)
print(p, "|", q, "|", p.degree, p(2), p(-1.5), [p(x) for x in range(-2, 3)])
print(p + q, "|", p - q, "|", p * q, "|", q ** 3, "|", 3 * q, "|", q + 5)
quot, rem = divmod(p, q)
print(quot, "|", rem, "|", quot * q + rem == p)
print(p.derivative(), "|", p.derivative().derivative(), "|", Poly(7).derivative(), "|", Poly(0), Poly(0, 0, 0).degree)


def newton(f, x0, steps=20):
    df = f.derivative()
    x = x0
    for _ in range(steps):
        d = df(x)
        if d == 0:
            break
        x -= f(x) / d
    return x


root = newton(Poly(-2, 0, 1), 1.0)
print(f"{root:.12f}", abs(root * root - 2) < 1e-12, round(newton(p, 2.0), 6))
print(Poly(1, 1) ** 5, "|", [Poly(1, 1) ** n for n in range(4)])
