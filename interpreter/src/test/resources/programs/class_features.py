class Stack:
    """A simple stack."""
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
    @property
    def top(self):
        return self._items[-1] if self._items else None
s = Stack().push(1).push(2).push(3)
print(s, len(s), s.top, s.pop(), s, bool(Stack()), Stack.__doc__)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p, p == Point(1, 2), hasattr(p, "__dict__"))
class Temperature:
    def __init__(self):
        self._v = 0
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v
    def _del(self):
        print("deleting")
        self._v = None
    value = property(_get, _set, _del, "the value")
t = Temperature()
t.value = 5
print(t.value)
del t.value
print(t.value, Temperature.value.__doc__)
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_greeting
class Greeter:
    pass
print(Greeter().greet())
class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, name):
        self.name = name
a, b = Counter("a"), Counter("b")
print(Counter.instances, a.name, b.name)
