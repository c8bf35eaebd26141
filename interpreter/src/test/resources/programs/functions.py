def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 3, "z": 0}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def defaults(l=[]):
    l.append(1)
    return l
print(defaults(), defaults())
square = lambda x: x * x
print(square(7), (lambda *a: a)(1, 2), (lambda **k: k)(a=1))
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = outer()
print(c(), c(), c())
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("x"))
print(f.__name__, f.__defaults__, f.__kwdefaults__, hello.__qualname__)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(30))
def kwonly(*, a=1, b):
    return a, b
print(kwonly(b=2))
