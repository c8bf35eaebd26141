class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"<{cls.__name__} tag={cls.tag}>"

class Base(metaclass=Meta, tag="base"):
    def __init__(self, v=0):
        self.v = v

class Child(Base, tag="child"):
    extra = 1

print(type(Base).__name__, type(Child).__name__, Base.injected, Child.tag)
c = Child(5)
print(c.v, Child.describe(), isinstance(Child, Meta), Meta.__mro__[1].__name__)
print("describe" in dir(Child), hasattr(c, "describe"))

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]

class Config(metaclass=Singleton):
    def __init__(self, n):
        self.n = n

print(Config(1) is Config(2), Config(3).n)

def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)

class F(metaclass=func_meta):
    pass

print(F.made_by, type(F).__name__)
D = type("D", (Base,), {"z": 9})
print(D.z, D.tag, type(D).__name__, D.__mro__[1].__name__)
X = type("X", (), {})
print(X.__name__, X.__module__, X.__bases__)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Bad(A1, A2):
        pass
except TypeError as e:
    print(e)
type("T", (5,), {})
