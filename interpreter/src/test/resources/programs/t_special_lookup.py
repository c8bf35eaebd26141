class C:
    pass
c = C()
c.__len__ = lambda: 5
c.__repr__ = lambda: "instance repr"
c.__add__ = lambda o: "instance add"
print(hasattr(c, "__len__"), c.__len__(), repr(c).startswith("<__main__.C object"))
try:
    len(c)
except TypeError as e:
    print(e)
try:
    c + 1
except TypeError as e:
    print(e)
C.__len__ = lambda self: 7
C.__repr__ = lambda self: "class repr"
C.__add__ = lambda self, o: ("class add", o)
print(len(c), repr(c), c + 1, str(c))
del C.__repr__
print(repr(c).startswith("<__main__.C object"))
class Meta(type):
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter([1, 2])
    def __repr__(cls):
        return "<Meta-made " + cls.__name__ + ">"
class K(metaclass=Meta):
    def __len__(self):
        return 1
print(len(K), list(K), K, len(K()), repr(K()).startswith("<__main__.K object"))
class Getattr:
    def __getattr__(self, name):
        return lambda *a: name
g = Getattr()
print(g.__len__(), g.anything())
try:
    len(g)
except TypeError as e:
    print(e)
class Desc:
    def __get__(self, obj, t):
        return lambda: "from descriptor"
class UsesDesc:
    __call__ = Desc()
    __len__ = Desc()
print(UsesDesc()())
class Swap:
    def __bool__(self):
        return False
s = Swap()
print(bool(s))
Swap.__bool__ = lambda self: True
print(bool(s))
class WithEnter:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        print("exit", a[0])
        return True
with WithEnter() as v:
    print(v)
    raise ValueError("swallowed")
w = WithEnter()
w.__enter__ = None
with w as v2:
    print("instance attr ignored", v2)
class NoExit:
    def __enter__(self):
        return 1
with NoExit():
    pass
