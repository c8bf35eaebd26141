from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), asdict(p), astuple(p))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 2
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: str = "nobody"
    def add(self, x):
        self.items.append(x)
        return self
inv = Inventory().add("apple").add("pear")
print(inv, Inventory(), replace(inv, owner="me"))
print([f.name for f in fields(Point)])
@dataclass
class Base:
    a: int
@dataclass
class Child(Base):
    b: str = "x"
print(Child(1), Child(2, "y"))
@dataclass
class WithPost:
    w: int
    h: int
    area: int = field(init=False, default=0)
    def __post_init__(self):
        self.area = self.w * self.h
print(WithPost(3, 4))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
