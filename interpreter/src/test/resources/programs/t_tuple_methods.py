t = (1, 2, 3, 2)
print(t, len(t), t.count(2), t.index(3), t.index(2, 2), t[1:3], t[::-1], t + (4,), t * 2, 2 * (0,))
print((1,), (), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({1: 2}), (1, 2) == (1, 2), (1, 2) < (1, 2, 0))
print(hash((1, 2)) == hash((1, 2)), hash(()), ((1, 2),) [0], (1, (2, 3))[1][0], t.__len__(), 3 in t)
a, *b, c = (1, 2, 3, 4)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, type(p + (1,)).__name__, isinstance(p, tuple), p == (3, 4))
import collections
P2 = collections.namedtuple("P2", "x y")
q = P2(1, y=2)
print(q, q.x, q._replace(x=5), q._asdict(), P2._fields, q == (1, 2), tuple(q))
nested = ((1, [2]),)
nested[0][1].append(3)
print(nested)
for expr in ["t[10]", "t['a']", "t.index(9)", "t + [1]", "t * 'a'", "hash(([],))", "t.__setitem__", "tuple(5)",
             "(1, 2) < (1, 'a')", "a, b = (1, 2, 3)", "t.count()"]:
    try:
        print(expr, "=", eval(expr) if "=" not in expr.split("(")[0] else exec(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
t[0] = 5
