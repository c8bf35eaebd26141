import functools

CALLS = []


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        CALLS.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}({', '.join(map(repr, args))}{', ' if args and kwargs else ''}"
              f"{', '.join(f'{k}={v!r}' for k, v in kwargs.items())}) -> {result!r}")
        return result
    return wrapper


def repeat(times):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(times)]
        inner.times = times
        return inner
    return deco


def memo(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner


@trace
def add(a, b=0, *, scale=1):
    """Adds."""
    return (a + b) * scale


@repeat(3)
def hello(name):
    return f"hi {name}"


@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, fn):
        def inner(*a, **k):
            self.count += 1
            return fn(*a, **k)
        return inner


counted = Counter()


@counted
def square(x):
    return x * x


add(1, 2)
add(3, scale=10)
add(a=5, b=6)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(hello("bob"), hello.times)
print(slow_fib(80), len(slow_fib.cache))
print([square(i) for i in range(5)], counted.count)
print(CALLS)


def make_counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(5), c2())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().hits > 0)
p = functools.partial(add, 10, scale=2)
print(p(5))
print(functools.reduce(lambda a, b: a * b, range(1, 11)))
add(1, 2, 3)
