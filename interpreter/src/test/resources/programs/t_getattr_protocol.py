class Tracing:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append("missing " + name)
        return name.upper()
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
t = Tracing()
t.a = 1
print(t.a, t.b)
del t.a
print(t.log)
print(getattr(t, "zz"), getattr(t, "a", "default"), hasattr(t, "q"))
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), p.__class__.__name__)
class Strict:
    __slots__ = ()
    def __getattr__(self, name):
        raise AttributeError(f"{type(self).__name__} has no {name}")
try:
    Strict().foo
except AttributeError as e:
    print(e)
print(getattr(Strict(), "foo", "dflt"))
class Dyn:
    pass
dy = Dyn()
setattr(dy, "x y", 5)
print(getattr(dy, "x y"), vars(dy), dir(dy)[-1])
delattr(dy, "x y")
print(vars(dy))
for expr in ["getattr(dy, 5)", "setattr(dy, 5, 1)", "delattr(dy, 'nope')", "getattr(dy, 'nope')", "object().x",
             "object().__setattr__('y', 1)", "getattr(1, 'real', 0, 1)", "(1).real.imag.nope"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
class ErrInGetattr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(ErrInGetattr(), "x")
except KeyError as e:
    print("KeyError propagates", e)
ErrInGetattr().boom
