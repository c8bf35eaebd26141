class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = kwargs.get("key", name.lower())
            if key in mcls.registry:
                raise TypeError(f"duplicate key {key!r}")
            mcls.registry[key] = cls
        return cls

    def create(cls, key, *args):
        return cls.registry[key](*args)

    def __repr__(cls):
        return f"<shape class {cls.__name__}>"


class Shape(metaclass=RegistryMeta):
    def __init__(self, *dims):
        self.dims = dims

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}{self.dims}"


class Square(Shape):
    def area(self):
        return self.dims[0] ** 2


class Rect(Shape, key="rectangle"):
    def area(self):
        return self.dims[0] * self.dims[1]


class Tri(Shape, key="triangle"):
    def area(self):
        return self.dims[0] * self.dims[1] / 2


print(sorted(RegistryMeta.registry), RegistryMeta.registry["square"], type(Square), type(Shape).__name__)
shapes = [Shape.create(k, *d) for k, d in [("square", (3,)), ("rectangle", (2, 5)), ("triangle", (4, 3))]]
print(shapes, [s.area() for s in shapes], sum(s.area() for s in shapes))
try:
    class Another(Shape, key="square"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Shape.create("hexagon")
except KeyError as e:
    print("KeyError:", e)
print(isinstance(Square, RegistryMeta), issubclass(RegistryMeta, type), Square.__mro__)
