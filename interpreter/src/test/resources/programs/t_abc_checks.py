class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class Mallard:
    quack = True
class Dog:
    pass
print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck), issubclass(Mallard, Duck), issubclass(Dog, Duck))
print(isinstance(Duck(), Duck), isinstance(Mallard(), (int, Duck)), issubclass(Mallard, (Duck, int)))
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    @property
    @abc.abstractmethod
    def name(self):
        ...
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
print(Square(3).area(), Square(2).name, isinstance(Square(1), Shape), sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print(e)
class Proxy:
    __class__ = int
print(isinstance(Proxy(), int), type(Proxy()).__name__, Proxy().__class__.__name__)
for expr in ["isinstance(1, 5)", "issubclass(1, int)", "issubclass(int, 5)", "isinstance(1, (int, 5))",
             "issubclass(int, (5, int))", "isinstance(1, [int])"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", e)
Half()
