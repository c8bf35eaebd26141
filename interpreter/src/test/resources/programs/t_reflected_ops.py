class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        print("V.__add__", o)
        if isinstance(o, (int, V)):
            return V(self.x + (o.x if isinstance(o, V) else o))
        return NotImplemented
    def __radd__(self, o):
        print("V.__radd__", o)
        return V(o + self.x) if isinstance(o, int) else NotImplemented
    def __mul__(self, o):
        return V(self.x * o) if isinstance(o, int) else NotImplemented
    __rmul__ = __mul__
    def __sub__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return f"rsub({o})"
    def __neg__(self):
        return V(-self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __invert__(self):
        return "inverted"
    def __pos__(self):
        return "positive"
class W(V):
    def __radd__(self, o):
        print("W.__radd__", o)
        return W(100)
    def __repr__(self):
        return f"W({self.x})"
print(V(1) + V(2))
print(V(1) + 5)
print(5 + V(1))
print(V(1) + W(2))
print(3 * V(2), V(2) * 3, -V(3), abs(V(-4)), ~V(0), +V(0))
print(1 - V(1))
for expr in ["V(1) - V(2)", "V(1) + 'a'", "'a' + V(1)", "V(1) @ V(2)", "V(1) / 2", "V(1) ** 2",
             "2 ** V(1)", "V(1) % 3", "divmod(V(1), 2)", "V(1) < V(2)", "V(1) < 2", "~'s'", "-'s'", "+[]"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __truediv__(self, o):
        return f"{self.v}/{o}"
    def __rtruediv__(self, o):
        return f"{o}r/{self.v}"
    def __floordiv__(self, o):
        return f"{self.v}//{o}"
    def __pow__(self, o, mod=None):
        return f"pow({self.v},{o},{mod})"
    def __rpow__(self, o):
        return f"rpow({o},{self.v})"
    def __matmul__(self, o):
        return "matmul"
    def __and__(self, o):
        return "and"
    def __ror__(self, o):
        return "ror"
    def __lshift__(self, o):
        return "lshift"
    def __rrshift__(self, o):
        return "rrshift"
    def __divmod__(self, o):
        return ("dm", o)
    def __rxor__(self, o):
        return "rxor"
n = Num(2)
print(n / 3, 3 / n, n // 4, n ** 5, 5 ** n, pow(n, 2, 7), n @ n, n & 1, 1 | n, n << 1, 1 >> n, divmod(n, 9), 1 ^ n)
print(NotImplemented.__class__.__name__, repr(NotImplemented), bool(NotImplemented) if False else "skip")
V(1) - V(2)
