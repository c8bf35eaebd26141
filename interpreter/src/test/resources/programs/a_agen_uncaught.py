# An exception escaping an async generator consumed by async for: uncaught traceback.
class Tick:
    def __await__(self):
        yield


async def numbers(limit):
    for i in range(limit):
        await Tick()
        yield 10 // (3 - i)


async def consume():
    total = 0
    async for n in numbers(5):
        print("got", n)
        total += n
    return total


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


print(run(consume()))
