class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin):
    pass

class Beta(Plugin, name="b"):
    pass

class Gamma(Beta):
    pass

print(Plugin.registry, Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(e)

class Field:
    def __init__(self):
        self.owner = None
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name

class Model:
    a = Field()
    b = Field()

print(Model.a.owner, Model.a.name, Model.b.name)
f = Field()
class Late:
    pass
Late.c = f
print(f.owner)

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class K(Base, flag=True):
    pass
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.__qualname__)
def make():
    class Local:
        pass
    return Local
print(make().__qualname__)

class Deep:
    def __init_subclass__(cls):
        cls.depth = getattr(cls, "depth", 0) + 1
class D1(Deep): pass
class D2(D1): pass
class D3(D2): pass
print(D1.depth, D2.depth, D3.depth)
class ErrName:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
class Uses:
    bad = ErrName()
