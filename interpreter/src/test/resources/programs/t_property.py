class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
p = property(lambda self: 1)
print(type(p).__name__, p.fget is not None, p.fset, p.fdel, p.__isabstractmethod__)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub " + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius)
def getx(self):
    return self.__dict__.get("x", "unset")
class Old:
    x = property(getx, doc="old style")
print(Old().x, Old.x.__doc__)
class Lazy:
    @property
    def value(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "fallback " + name
print(Lazy().value)
class Calc:
    area = property(lambda self: self.w * self.h)
    def __init__(self, w, h):
        self.w, self.h = w, h
print(Calc(3, 4).area)
print(Temp.fahrenheit.fget.__name__, Temp.celsius.setter is not None)
Calc(1, 2).area = 3
