class Meta(type):
    registry = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", name.lower())
        Meta.registry.append(name)
        return cls

    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.created_by_meta = True
        return obj

    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.sub = True

    def hello(self):
        return f"hello from {type(self).__name__}"


class Child(Base, tag="kid"):
    def hello(self):
        return super().hello() + " (child)"


class Grand(Child):
    pass


print(Meta.registry, Base, Child, Grand, Child.sub, hasattr(Base, "sub"))
g = Grand()
print(g.hello(), g.created_by_meta, type(Grand), Grand.__mro__)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"

    def __getattr__(self, attr):
        if attr.startswith("is_"):
            return False
        raise AttributeError(f"{type(self).__name__!r} has no {attr!r}")


p = Person("ann", 30)
print(p, p.is_admin, vars(p), Person.name.name)
try:
    p.age = "old"
except TypeError as e:
    print(e)
try:
    p.salary
except AttributeError as e:
    print(e)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, D):
        pass
except TypeError as e:
    print(e)


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9

    @staticmethod
    def boiling():
        return Temp(100)

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temp.freezing()
print(t.f, Temp.boiling().f)
t.f = 212
print(round(t._c, 6))
try:
    del t.f
except AttributeError as e:
    print(e)
print(Person.__name__, Person.__qualname__, Person.__module__, isinstance(Person, type), callable(p))
print(p.undefined_attr)
