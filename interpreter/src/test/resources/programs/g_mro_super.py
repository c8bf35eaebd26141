class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]

    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")

    def who(self):
        return "B>" + super().who()

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trail.append("C")

    def who(self):
        return "C>" + super().who()

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
        self.trail.append("D")

    def chain(self):
        return ["D"] + super().chain()


d = D()
print(d.trail, d.who(), d.chain())
print([k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(super(B, d).who(), super(C, d).who(), super(D, d).chain())
print(isinstance(d, C), issubclass(D, A), B.__subclasses__(), A.__subclasses__())


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.fields()}"


class Model:
    def fields(self):
        return sorted(vars(self))


class User(Mixin, Model):
    def __init__(self, name):
        self.name = name
        self.active = True


print(User("u").describe())
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("tag", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        return cls

    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by = "Meta"
        return inst


class Tagged(metaclass=Meta):
    def __init__(self, v):
        self.v = v


class SubTagged(Tagged):
    tag = "custom"


t = SubTagged(3)
print(Tagged.tag, SubTagged.tag, t.v, t.created_by, type(SubTagged).__name__)


class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin, name="alpha-plugin"):
    pass


class Beta(Plugin):
    pass


print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name)


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


class Rec:
    x = Field()
    y = Field()


r = Rec()
r.x = 5
print(r.x, r.y, Rec.x.name, vars(r))


class Sized:
    def __len__(self):
        return 3


class Base2:
    def greet(self):
        return "hi from Base2"


class Child2(Base2):
    def greet(self):
        parent = super()
        return parent.greet().upper() + f" ({type(parent).__name__})"


print(Child2().greet(), len(Sized()), bool(Sized()))
