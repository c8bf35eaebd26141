# aiter() and anext() builtins, including anext's default and their TypeErrors.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield


async def agen():
    yield 1
    await Tick()
    yield 2


class Manual:
    def __init__(self):
        self.left = 2

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return self.left


async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it))
    print(await anext(it, "default"))
    print(await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    m = aiter(Manual())
    print(await anext(m), await anext(m, "d1"), await anext(m, "d2"))
    aw = anext(agen(), "x")
    print(type(aw).__name__)
    print(await aw)
    return "done"


print(run(main()))
for bad in (1, [1, 2], "abc"):
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("TypeError:", e)


class BadAiter:
    def __aiter__(self):
        return 5


try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError:", e)
try:
    anext()
except TypeError as e:
    print("TypeError:", e)
try:
    aiter()
except TypeError as e:
    print("TypeError:", e)
