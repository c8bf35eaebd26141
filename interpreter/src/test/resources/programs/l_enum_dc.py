import enum
from dataclasses import dataclass, field, asdict, replace


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()}={self.value}"


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class Planet(enum.Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(list(Color), Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.describe())
print(Color.RED is Color(1), Color.RED == 1, len(Color), [c.name for c in Color], Color.BLUE in Color)
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.R in Perm(6), repr(Perm(0)))
print(f"{Planet.EARTH.gravity:.3f}", Planet.MERCURY.value)
try:
    Color(7)
except ValueError as e:
    print(e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass(frozen=True)
class Pt:
    x: float
    y: float = 0.0


vs = [Version(3, 11, 7), Version(3, 10), Version(3, 11, 0, ["rc"]), Version(2)]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)], max(vs), Version(1) < Version(1, 1))
print(asdict(vs[2]), replace(vs[0], patch=8), vs[1] == Version(3, 10, 0, ["x"]))
p = Pt(1.5)
print(p, hash(p) == hash(Pt(1.5, 0.0)), {p: "ok"}[Pt(1.5)])
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)


class Shape(enum.Enum):
    CIRCLE = enum.auto()
    SQUARE = enum.auto()


print(Shape.CIRCLE.value, Shape.SQUARE.value, Shape.__members__.keys())
Version()
