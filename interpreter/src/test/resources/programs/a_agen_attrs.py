# Async generator attributes: ag_running, ag_await, ag_frame, ag_code, names.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def gen():
    await Tick()
    yield "first"
    yield "second"


g = gen()
print(type(g).__name__, g.__name__, g.__qualname__)
print(g.ag_running, g.ag_await, g.ag_code.co_name, g.ag_frame is not None)
print(g.ag_code.co_flags & 0x200 != 0)
aw = g.__anext__()
print(aw.send(None))
print(g.ag_running, type(g.ag_await).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
print(g.ag_running, g.ag_await)
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("exhausted", g.ag_frame)


class Holder:
    async def items(self):
        yield 1


print(Holder().items().__qualname__)
print(hasattr(g, "asend"), hasattr(g, "athrow"), hasattr(g, "aclose"), hasattr(g, "__anext__"))
aw = g.asend(None)
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
aw.close()
aw = g.athrow(ValueError)
print(type(aw).__name__, aw.__await__() is aw)
aw.close()
