class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5), callable(len))
print(list(map(add5, [1, 2])), sorted([3, 1, 2], key=Adder(0)))
class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        return super().__new__(cls)
    def __init__(self, kind):
        print("init", kind)
print(Factory("int"), type(Factory("obj")).__name__)
class NotCallable:
    pass
import functools
p = functools.partial(Adder(1), 2, scale=3)
print(p(4), p.args, p.keywords)
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return ("wrapped", f(*a, **k))
    return wrapper
@deco
def hello(name="x"):
    "doc"
    return "hi " + name
print(hello(), hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
class Meth:
    def m(self, a):
        return a
bound = Meth().m
print(bound(1), bound.__func__.__name__, type(bound).__name__, bound.__self__.__class__.__name__, Meth.m(None, 2))
for expr in ["NotCallable()()", "add5()", "add5(1, bogus=2)", "Adder()", "Meth().m()", "len(1, 2)",
             "hello(1, 2)", "Adder(1)(**{'scale': 1, 'x': 1})", "(lambda: 0)(1)"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", e)
NotCallable()()
