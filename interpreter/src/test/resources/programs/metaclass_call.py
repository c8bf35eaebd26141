class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, b.v)
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.extra = kw.get("extra", "none")
class Base(metaclass=Registry): pass
class Child(Base, extra="yes"): pass
print(Registry.classes, Base.extra, Child.extra, type(Child).__name__)
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print(sorted(Plugin.registry))
T = type("T", (object,), {"hello": lambda self: "hi"})
print(T().hello(), T.__name__)
