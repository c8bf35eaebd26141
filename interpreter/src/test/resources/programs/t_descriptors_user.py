class Verbose:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name)
        return obj.__dict__.get("_" + self.name, 0)
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__["_" + self.name]

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class Point:
    x = Verbose()
    y = Verbose()
    nd = NonData()

p = Point()
p.x = 3
print(p.x, p.y)
del p.x
print(p.x)
p.__dict__["nd"] = "instance wins"
p.__dict__["x"] = "dict loses"
print(p.nd, p.x)
print(type(Point.__dict__["x"]).__name__, Point.x.name)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

q = Person("ann", 30)
print(q.name, q.age, vars(q))
try:
    q.age = "old"
except TypeError as e:
    print(e)

class Counter:
    calls = 0
    def __get__(self, obj, objtype):
        Counter.calls += 1
        return Counter.calls

class Host:
    c = Counter()

h = Host()
print(h.c, h.c, Host.c)

class ROnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")

class Has:
    r = ROnly()

hh = Has()
print(hh.r)
try:
    hh.r = 1
except AttributeError as e:
    print(e)
class NoDelete:
    def __get__(self, obj, objtype=None):
        return 1
    def __set__(self, obj, value):
        pass
class Holder:
    nd = NoDelete()
del Holder().nd
