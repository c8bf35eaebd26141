# Error rules of async generators: StopAsyncIteration/StopIteration inside, reuse of awaitables.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inner")


g = raises_stop_async()
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


async def raises_stop():
    yield 1
    raise StopIteration("x")


g = raises_stop()
drive(g.__anext__())
try:
    drive(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)


async def plain():
    yield "a"
    yield "b"


g = plain()
aw = g.__anext__()
print(drive(aw))
try:
    drive(aw)
except RuntimeError as e:
    print("RuntimeError:", e)
aw = g.asend(None)
aw.close()
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(drive(g.asend(None)))
try:
    drive(g.asend(None))
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))


class Tick:
    def __await__(self):
        yield


async def slow():
    await Tick()
    yield "slow"


g = slow()
first = g.__anext__()
first.send(None)
second = g.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    g.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    g.athrow(ValueError).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(drive(first))
print(hasattr(g, "send"), hasattr(g, "__next__"), hasattr(g, "__iter__"))
try:
    iter(g)
except TypeError as e:
    print("TypeError:", e)


def regular():
    yield from g


try:
    list(regular())
except TypeError as e:
    print("TypeError:", e)
drive(g.aclose())
