class Base:
    kind = "base"

    def __init__(self):
        self.a = 1

    def method(self):
        return "m"

    @property
    def prop(self):
        return self.a * 10


class Child(Base):
    kind = "child"
    extra = [1, 2]

    def __init__(self):
        super().__init__()
        self.b = 2
        self._hidden = 3

    def other(self):
        pass


c = Child()
print(vars(c), c.__dict__ == vars(c))
print(sorted(n for n in dir(c) if not n.startswith("__")))
print(sorted(n for n in dir(Child) if not n.startswith("_")))
print([n for n in dir(Base) if n.startswith("__") and n.endswith("__")][:8])
print(sorted(vars(Child)), "kind" in Base.__dict__)
print(getattr(c, "kind"), getattr(c, "missing", 42), getattr(Base, "kind"))
setattr(c, "dyn", "value")
print(c.dyn, hasattr(c, "dyn"))
delattr(c, "dyn")
print(hasattr(c, "dyn"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(type(c).__name__, type(c).__mro__, Child.__base__, Child.__bases__)
print(c.method.__self__ is c, c.method.__func__ is Base.method, Base.method.__name__, Base.method.__qualname__)
print(type(Base.__dict__["prop"]).__name__, Base.prop.fget(c))
print(callable(c.method), isinstance(Child, type), type(Child) is type)


def func(x, y=2):
    """doc here"""
    z = x + y
    return z


print(func.__name__, func.__doc__, func.__defaults__, func.__code__.co_varnames, func.__module__)
print(sorted(vars(func)), func.__dict__)
func.tag = "t"
print(vars(func))
import math
print(sorted(n for n in dir(math) if n in ("pi", "sqrt", "floor", "nope")), "pi" in vars(math))
print(sorted(vars())[:5] if False else [k for k in sorted(vars()) if k in ("Base", "Child", "c", "func")])
print(dir([])[-3:], "append" in dir(list), len(dir(object)) > 20)


class Slotted:
    __slots__ = ("p", "q")


s = Slotted()
s.p = 1
print(hasattr(s, "__dict__"), s.p, hasattr(s, "q"), sorted(n for n in dir(s) if not n.startswith("_")))
try:
    vars(s)
except TypeError as e:
    print("TypeError:", e)
print(vars(Child)["extra"], Child.__dict__["kind"], Child.__module__, Child.__doc__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(int.__name__, str.__mro__, bool.__bases__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
