class A:
    pass
class B:
    def __init__(self, x):
        self.x = x
class C:
    def __new__(cls, *args):
        print("C.__new__", args)
        return super().__new__(cls)
class D:
    def __new__(cls):
        return object.__new__(cls)
    def __init__(self):
        print("D.__init__")
class E:
    def __init__(self):
        return 5
class Other:
    pass
class F:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never")
print(type(A()).__name__, B(1).x, type(C(1, 2)).__name__, type(D()).__name__, type(F()).__name__)
for expr in ["A(1)", "A(x=1)", "B()", "B(1, 2)", "object(1)", "object.__new__(A, 1)", "object.__new__(5)",
             "object.__new__(int)", "E()", "object.__init__(A(), 1)", "D(1)", "type()", "type(1, 2)", "type('X', 1, {})",
             "type('X', (), 5)", "int.__new__(str)", "object.__new__(object)"]:
    try:
        r = eval(expr)
        print(expr, "=", type(r).__name__)
    except TypeError as e:
        print(expr, "->", e)
class WithSlotsNew:
    __slots__ = ("a",)
    def __new__(cls, a):
        self = super().__new__(cls)
        self.a = a
        return self
print(WithSlotsNew(3).a)
class Counted:
    instances = 0
    def __new__(cls, *a, **k):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, *a, **k):
        self.args = a
class Child(Counted):
    pass
Counted(1)
Child(2, k=3)
print(Counted.instances, Child.instances, Child(5).args)
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        print("init sees", a, b, tuple(self))
print(Immutable(1, 2))
E()
