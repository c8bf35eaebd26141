# needs: Lib
import abc, enum
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return 'square'
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
print(Sq(3).area(), Sq(2).name, sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Duck:
    def area(self):
        return 1
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), isinstance(1, Shape), issubclass(Sq, Shape))
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, '__len__') else NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), abc.get_cache_token() >= 0)
try:
    Shape.register(3)
except TypeError as e:
    print(e)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], list(Color), Color.RED.name, Color.RED.value, len(Color))
print(Color.RED is Color(1), Color.RED == 1, Color.BLUE in Color, [c.name for c in reversed(Color)])
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R & 6, int(Perm.W), Perm(0), list(Perm(6)))
class Shade(enum.Flag):
    A = enum.auto()
    B = enum.auto()
    C = enum.auto()
print(Shade.A | Shade.C, Shade.B.value, ~Shade.A, Shade(0), bool(Shade(0)))
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, sorted([Num.TWO, Num.ONE]), f'{Num.TWO}', str(Num.ONE), format(Num.ONE, 'd'))
class S(enum.StrEnum):
    X = enum.auto()
    Y = 'why'
print(S.X, S.Y.upper(), S('why'), repr(S.X))
@enum.unique
class U(enum.Enum):
    A = 1
    B = 2
try:
    @enum.unique
    class D(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    Color(9)
except ValueError as e:
    print(e)
Animal = enum.Enum('Animal', 'ANT BEE CAT'); print(list(Animal), Animal.BEE.value)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.g, Planet.EARTH.value, Color.__members__.keys())
