import functools
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        print("eq", self.parts, getattr(o, "parts", o))
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        print("lt", self.parts, getattr(o, "parts", o))
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Ver" + repr(self.parts)
a, b = Ver(1, 2), Ver(1, 3)
print(a == b, a != b, a < b, b > a)
print(a == 5, a != 5)
try:
    a < 5
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
print(sorted([Ver(3), Ver(1), Ver(2)]))
print(max([Ver(3), Ver(1)]), min(Ver(5), Ver(4)))
@functools.total_ordering
class T:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2))
class Sub(Ver):
    def __eq__(self, o):
        print("Sub.eq first")
        return "sub-eq"
print(Ver(1) == Sub(1))
class Always:
    def __eq__(self, o):
        return True
    __hash__ = None
print(Always() == 1, 1 == Always(), [Always()] == [2], Always() in [3], [1, 2].index(Always()))
class Never:
    def __eq__(self, o):
        return False
n = Never()
print(n == n, n in [n], [n] == [n], n is n, (n,) == (n,), {1: n} == {1: n})
print(1 == 1.0, 1 < 1.5, "a" < "b", (1, 2) < (1, 3), [1, 2] < [1, 2, 0], None == None, None != 0)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
x = float("nan")
print([x] == [x], x in [x], {x: 1}[x])
for expr in ["[] < ()", "{} < {}", "None < 1", "'a' < 1", "1j < 2j", "object() < object()", "{1} < [1]"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
print({1, 2} < {1, 2, 3}, {1} <= {1}, frozenset([1]) == {1}, {1: 2} == {1: 2.0})
Ver(1) > 3
