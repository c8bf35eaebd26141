class A:
    def who(self):
        return ["A"]
    def __init__(self):
        print("A.init")
class B(A):
    def who(self):
        return ["B"] + super().who()
    def __init__(self):
        print("B.init")
        super().__init__()
class C(A):
    def who(self):
        return ["C"] + super().who()
    def __init__(self):
        print("C.init")
        super().__init__()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    def __init__(self):
        print("D.init")
        super().__init__()
d = D()
print(d.who(), [k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
print(super(B, d).who(), super(C, d).who(), super(D, D).who(d))
s = super(B, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is d)
class Meta(type):
    def hello(cls):
        return "meta hello " + cls.__name__
class WithMeta(metaclass=Meta):
    @classmethod
    def cm(cls):
        return "cm " + cls.__name__
class Kid(WithMeta):
    @classmethod
    def cm(cls):
        return "kid+" + super().cm()
print(Kid.cm(), Kid.hello())
class Prop:
    @property
    def v(self):
        return 1
class PropKid(Prop):
    @property
    def v(self):
        return super().v + 10
print(PropKid().v)
class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print(e)
try:
    super(int, "x")
except TypeError as e:
    print(e)
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print(e)
class Static:
    @staticmethod
    def s():
        return super().x
try:
    Static.s()
except RuntimeError as e:
    print(e)
print(issubclass(D, A), isinstance(d, C), D.__bases__, D.__base__)
class Grand:
    def f(self):
        return "grand"
class Parent(Grand):
    pass
class Child(Parent):
    def f(self):
        return "child>" + super(Parent, self).f()
print(Child().f())
super(D, d).missing
