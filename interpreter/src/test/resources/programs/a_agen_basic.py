# async generators consumed with async for, values interleaved with awaits.
def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return e.value, len(trace)


class Tick:
    def __await__(self):
        yield "tick"


async def countdown(n):
    while n > 0:
        await Tick()
        yield n
        n -= 1


async def pairs(src):
    prev = None
    async for x in src:
        if prev is not None:
            yield prev, x
        prev = x


async def main():
    out = []
    async for v in countdown(4):
        out.append(v)
    print(out)
    print([p async for p in pairs(countdown(4))])
    total = 0
    async for v in countdown(10):
        if v % 2:
            continue
        if v < 4:
            break
        total += v
    else:
        print("not reached")
    print("total", total)
    async for v in countdown(0):
        print("never")
    else:
        print("else of empty async for")
    return "done"


print(run(main()))
ag = countdown(2)
print(type(ag).__name__, ag.__name__, ag.__qualname__, ag.__aiter__() is ag)
print(repr(ag).startswith("<async_generator object countdown at 0x"))
step = ag.__anext__()
print(type(step).__name__)
print(step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("first value", e.value)
print(run(ag.__anext__()))
try:
    run(ag.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
