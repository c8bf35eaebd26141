Point = type("Point", (), {"x": 0, "move": lambda self, d: setattr(self, "x", self.x + d)})
p = Point()
p.move(5)
print(Point.__name__, p.x, type(p).__name__, Point.__bases__, Point.__dict__["x"])


class Base:
    registry = {}

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Base.registry[key] = cls

    @classmethod
    def create(cls, key, *a):
        return cls.registry[key](*a)


class Cat(Base, key="cat"):
    def __init__(self, name="tom"):
        self.name = name

    def __repr__(self):
        return f"Cat({self.name})"


class Dog(Base, key="dog"):
    def __repr__(self):
        return "Dog()"


print(sorted(Base.registry), Base.create("cat", "felix"), Base.create("dog"))


class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int], Box["x"], list[int], dict[str, list[int]], tuple[int, ...])
print(isinstance(3, (str, (int, float))), issubclass(bool, int), issubclass(int, (str, object)))
print(type(3) is int, type(True), type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(getattr(p, "x"), getattr(p, "y", "missing"), hasattr(p, "move"), setattr(p, "y", 2), vars(p))
delattr(p, "y")
print(vars(p), callable(Point), callable(p), callable(p.move))
print(Cat.__mro__[1].__name__, Cat.mro() == list(Cat.__mro__), Cat.__qualname__, Cat.create.__self__ is Cat)
print(sorted(k for k in vars(Cat) if not k.startswith("__")), "__init__" in Cat.__dict__)
obj = object()
try:
    obj.attr = 1
except AttributeError as e:
    print(e)
print(int.__name__, str.upper("x"), int.__add__(2, 3), (5).__mul__(2), float.__repr__(2.5), list.__len__([1, 2]))
print(type(int), type(type), isinstance(type, object), isinstance(object, type), object.__bases__, type.__bases__)


class Slotted:
    __slots__ = ("a",)


class Sub(Slotted):
    __slots__ = ("b",)


s = Sub()
s.a, s.b = 1, 2
print(s.a, s.b, Sub.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    print(Slotted().a)
except AttributeError as e:
    print(e)


class WithDel:
    def __init__(self):
        self.v = 1

    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)

    def __setattr__(self, name, value):
        print("setting", name, value)
        super().__setattr__(name, value)


w = WithDel()
w.v = 2
del w.v
print(vars(w))
type("Bad", (int, str), {})
