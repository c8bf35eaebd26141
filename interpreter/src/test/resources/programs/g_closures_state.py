def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return inc, reset, peek


inc, reset, peek = make_counter(10, 5)
print(inc(), inc(), peek())
reset()
print(peek(), inc())

adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])


def make_accumulator():
    history = []

    def add(x):
        history.append(x)
        return sum(history)
    add.history = history
    return add


acc = make_accumulator()
print(acc(5), acc(10), acc(-3), acc.history)
print(acc.__closure__[0].cell_contents, len(acc.__closure__), acc.__code__.co_freevars)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()


print(outer())

total = 0


def add_global(n):
    global total
    total += n
    return total


print(add_global(5), add_global(7), total)


def shadow():
    total = "local"
    return total


print(shadow(), total)


def memo_fib():
    cache = {0: 0, 1: 1}

    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib


f = memo_fib()
print(f(90), f(10))


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


inc1 = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc1, dbl)(5), compose(dbl, inc1)(5), compose()(7))


def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*args, *more)
    return curried


vol = curry(lambda a, b, c: a * b * c, 3)
print(vol(2)(3)(4), vol(2, 3)(4), vol(2)(3, 4), vol(1, 2, 3))


def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    while True:
        yield bump()


g = counter_gen()
print([next(g) for _ in range(5)])
cells = []
for i in range(3):
    def capture(i=i):
        return lambda: i * 100
    cells.append(capture())
print([c() for c in cells])


def broken():
    try:
        print(undefined_here)
    except NameError as e:
        print("NameError:", e)

    def uses_later():
        return later
    try:
        uses_later()
    except NameError as e:
        print("NameError:", e)
    later = 1
    return uses_later()


print(broken())


def unbound():
    try:
        y += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 0
    return y


print(unbound())
