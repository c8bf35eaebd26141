# Async comprehensions: list/set/dict, async generator expressions, await inside comprehensions.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield


async def arange(n):
    for i in range(n):
        await Tick()
        yield i


async def double(x):
    await Tick()
    return 2 * x


async def main():
    print([x async for x in arange(5)])
    print({x % 3 async for x in arange(7)})
    print({x: x * x async for x in arange(4)})
    print([x async for x in arange(10) if x % 3 == 0])
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in arange(3)])
    print([(x, y) async for x in arange(3) for y in range(x)])
    gen = (x + 100 async for x in arange(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    nested = [[y async for y in arange(x)] async for x in arange(4)]
    print(nested)
    lazy = (await double(x) for x in range(3))
    print(type(lazy).__name__, [v async for v in lazy])
    return "ok"


print(run(main()))
