class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(s, "__dict__"), Slotted.__slots__)

class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag="a"):
    pass
class B(A):
    pass
print(Base.registry, A.tag, B.tag)

class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
    def __get__(self, obj, typ=None):
        return self if obj is None else f"get {self.name}"
    def __set__(self, obj, v):
        print("set", self.name, v)
    def __delete__(self, obj):
        print("delete", self.name)
class Holder:
    field = Named()
h = Holder()
print(Holder.field.name, h.field)
h.field = 3
del h.field

class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen["x"])

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns):
        ns["made_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.injected, WithMeta.made_by, type(WithMeta).__name__)
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print("TypeError", e)

class Parent:
    @classmethod
    def create(cls):
        return f"Parent.create for {cls.__name__}"
class Child(Parent):
    @classmethod
    def create(cls):
        return "Child+" + super().create()
print(Child.create())

class Fallback:
    x = 1
    def __getattr__(self, name):
        return f"fallback {name}"
f = Fallback()
print(f.x, f.missing)

class Missing(dict):
    def __missing__(self, k):
        return k * 2
print(Missing(a=1)["a"], Missing()["zz"], Missing().get("q"))

class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx()], hex(Idx()))

class Truth:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class BoolFirst(Truth):
    def __bool__(self): return True
print(bool(Truth(0)), bool(Truth(2)), bool(BoolFirst(0)), not Truth(0))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(reversed([1, 2])))
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 5 in It(), sorted(It(), reverse=True))

class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
    def __round__(self, n=None):
        return f"round {n}"
    def __reversed__(self):
        return iter("cba")
print(format(Fmt(), "xyz"), f"{Fmt():>5}", round(Fmt()), round(Fmt(), 2), list(reversed(Fmt())))
