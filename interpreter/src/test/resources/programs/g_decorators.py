import functools
import time

calls = []


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
        calls.append(f"{fn.__name__}({', '.join(parts)})")
        return fn(*args, **kwargs)
    return wrapper


def repeat(times):
    def deco(fn):
        def inner(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        inner.__name__ = fn.__name__ + "_x" + str(times)
        return inner
    return deco


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            for name, t in types.items():
                if not isinstance(kwargs.get(name), t):
                    raise TypeError(f"{fn.__name__}: {name} must be {t.__name__}, got {type(kwargs.get(name)).__name__}")
            return fn(**kwargs)
        return wrapper
    return deco


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.n = 0

    def __call__(self, *args):
        self.n += 1
        return self.fn(*args)


@trace
def add(a, b=0, *, scale=1):
    """Adds."""
    return (a + b) * scale


@repeat(3)
def hello(name):
    return "hi " + name


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"


@CountCalls
def square(x):
    return x * x


def timed(fn):
    def wrapper(*a):
        t0 = time.perf_counter()
        r = fn(*a)
        elapsed = time.perf_counter() - t0
        return r, elapsed >= 0
    return wrapper


print(add(1, 2), add(3, scale=10), add(a=5, b=5))
print(calls, add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(hello("bob"), hello.__name__)
print(fib(80), len(fib.cache))
print(person(name="amy", age=30))
try:
    person(name="amy", age="30")
except TypeError as e:
    print(e)
print([square(i) for i in range(5)], square.n, square.__name__)
print(timed(sum)([1, 2, 3]))


def stack(*decos):
    def apply(fn):
        for d in reversed(decos):
            fn = d(fn)
        return fn
    return apply


def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"


def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"


@stack(bold, italic)
def text(s):
    return s


@bold
@italic
def text2(s):
    return s.upper()


print(text("x"), text2("y"))


class Registry:
    handlers = {}

    @classmethod
    def register(cls, key):
        def deco(fn):
            cls.handlers[key] = fn
            return fn
        return deco


@Registry.register("greet")
def greet(who):
    return f"hello, {who}"


@Registry.register("shout")
def shout(who):
    return who.upper() + "!"


for k in sorted(Registry.handlers):
    print(k, Registry.handlers[k]("world"))
