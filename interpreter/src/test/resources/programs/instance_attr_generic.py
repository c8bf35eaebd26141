# Instance attribute loads at polymorphic sites (the generic path), then the classes changing under them: properties, class attributes, descriptors turned data descriptors, deletions, __getattr__
class A:
    def __init__(self): self.x = 1; self.y = 2
class B(A): pass
class C(A): pass
class D(A):
    def __getattr__(self, n): return "getattr " + n
objs = [A(), B(), C(), D()]
def get(o): return o.x, getattr(o, "y"), o.y
def run():
    return [get(o) for o in objs]
for _ in range(60):
    r = run()
print(r)
A.x = property(lambda self: "prop")
print(run())
del A.x
print(run())
B.y = property(lambda self: "B.y prop")
print(run())
del B.y
for o in objs: del o.x
for o in objs[:3]:
    try: print(o.x)
    except AttributeError as e: print("AttributeError", e)
print(objs[3].x)
A.x = 5
print([o.x for o in objs])
del A.x
class Desc:
    def __get__(self, o, t): return "desc"
C.y = Desc()
print(run() if False else [o.y for o in objs])
Desc.__set__ = lambda self, o, v: None
print([o.y for o in objs])
for o in objs: o.__dict__["z"] = 9
print([o.z for o in objs], [o.y for o in objs])
