class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
class Child(Base):
    @Base.x.getter
    def x(self):
        return self._x * 100
c = Child()
print(c.x)
c.x = 3
print(c.x, Base().x)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    @property
    def data(self):
        print("computing")
        return [1, 2, 3]
l = Lazy()
print(l.data, l.data)
