class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, P.__slots__, hasattr(p, "__dict__"), type(P.x).__name__)
p.x = 10
del p.y
try:
    p.y
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)

class Q(P):
    __slots__ = ("z",)

q = Q(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"))

class R(P):
    pass

r = R(1, 2)
r.anything = "ok"
print(r.anything, r.__dict__)

class S:
    __slots__ = "single"

s = S()
s.single = 1
print(s.single, S.__slots__)

class WithDict:
    __slots__ = ("a", "__dict__")

w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
class Priv:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 5
    def get(self):
        return self.__secret
print(Priv().get(), Priv.__slots__, "_Priv__secret" in dir(Priv))
class E:
    __slots__ = ()
try:
    E().x = 1
except AttributeError as e:
    print(e)
print(P.x, P.y)
P(1, 2).w = 0
