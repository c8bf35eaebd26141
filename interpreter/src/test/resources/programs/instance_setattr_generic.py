# Instance attribute stores at polymorphic sites (the generic path), then __setattr__, __delattr__ and a property appearing on a class or a base
class A:
    def __init__(self): self.x = 1; self.y = 2
class B(A): pass
class C(A): pass
objs = [A(), B(), C()]
def touch(o, v):
    o.x = o.x + v
    o.y = v
def run(v):
    for o in objs:
        touch(o, v)
    return [(o.x, o.y) for o in objs]
for i in range(60):
    r = run(i)
print(r)
def sa(self, n, v):
    object.__setattr__(self, n, ("set", v))
A.__setattr__ = sa
print(run(100))
del A.__setattr__
for o in objs: o.x = 0
print(run(1))
B.x = property(lambda self: 10, lambda self, v: print("B.x setter", v))
print(run(2))
del B.x
for o in objs: o.x = 0
print(run(3))
class M(type): pass
class K(metaclass=M): pass
K.z = 1; print(K.z)
def da(self, n): print("delattr", n)
C.__delattr__ = da
del objs[2].x
del objs[0].x
try: objs[0].x
except AttributeError as e: print(e)
class S:
    __slots__ = ("x",)
s = S(); s.x = 4; print(s.x)
