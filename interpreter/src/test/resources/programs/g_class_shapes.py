import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def diagonal(self):
        return math.hypot(self.w, self.h)

    @diagonal.setter
    def diagonal(self, value):
        scale = value / self.diagonal
        self.w *= scale
        self.h *= scale


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def from_area(a):
        return Square(math.sqrt(a))


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


shapes = [Circle(1.5), Rect(3, 4), Square(2), Triangle(3, 4, 5), Square.unit(), Square.from_area(10)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes).name, min(shapes, key=lambda s: s.perimeter()))
print(Shape.count, Square.count, shapes[1].diagonal)
r = shapes[1]
r.diagonal = 10
print(f"{r.w:.1f} {r.h:.1f} {r.diagonal:.1f}")
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.__mro__)
print(Square.__name__, Square.__qualname__, Square.__bases__, Rect.diagonal.__class__.__name__)
print([type(s).__name__ for s in shapes if isinstance(s, (Circle, Triangle))])
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("error:", e)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Shape("x").perimeter()
except NotImplementedError as e:
    print("bare:", repr(e), e.args)
print(sorted(vars(shapes[1]).items()), sorted(k for k in vars(Rect) if not k.startswith("__")))
print(getattr(shapes[0], "r"), getattr(shapes[0], "w", "no w"), hasattr(Square, "unit"))
