# Coroutines driven by a tiny trampoline: await chains, return values, send values.
def run(coro):
    value = None
    steps = 0
    try:
        while True:
            yielded = coro.send(value)
            steps += 1
            value = ("reply", yielded)
    except StopIteration as stop:
        return stop.value, steps


class Ask:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        answer = yield self.what
        return answer


async def leaf(n):
    got = await Ask(n)
    return got[1] * 2


async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b


async def top():
    total = 0
    for i in range(3):
        total += await middle(i)
    return total


async def nothing():
    return None


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


print(run(top()))
print(run(nothing()))
print(run(fib(12)))
c = leaf(5)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
try:
    c.send(("x", 21))
except StopIteration as e:
    print("returned", e.value, e.args)


class Box:
    async def method(self, x):
        return await leaf(x)

    @staticmethod
    async def static(x):
        return x + 1

    @classmethod
    async def klass(cls, x):
        return cls.__name__, x


print(run(Box().method(4)))
print(run(Box.static(4)))
print(run(Box.klass(4)))


def outer():
    k = 10

    async def inner(x):
        return x + k
    return inner


print(run(outer()(5)))
