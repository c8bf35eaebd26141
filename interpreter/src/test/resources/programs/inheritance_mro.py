class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Base:
    def __init__(self):
        self.log = ["Base"]
class Mixin:
    def __init__(self):
        super().__init__()
        self.log.append("Mixin")
class Child(Mixin, Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
print(Child().log)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Reg:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Reg.subs.append(cls.__name__)
class R1(Reg): pass
class R2(Reg): pass
print(Reg.subs)
