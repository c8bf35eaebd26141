# The errors of await and of the coroutine protocol, with CPython's messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def await_value(v):
    return await v


for bad in (1, "s", None, [1]):
    try:
        run(await_value(bad))
    except TypeError as e:
        print("TypeError:", e)


class NoIter:
    def __await__(self):
        return 5


made = []


class GivesCoro:
    def __await__(self):
        c = await_value(1)
        made.append(c)
        return c


class GivesList:
    def __await__(self):
        return [1, 2]


class Good:
    def __await__(self):
        return iter([])


for obj in (NoIter(), GivesList(), Good()):
    try:
        print("ok", run(await_value(obj)))
    except TypeError as e:
        print("TypeError:", e)
c = GivesCoro()
try:
    run(await_value(c))
except TypeError as e:
    print("TypeError:", e)
made[0].close()


async def simple():
    return 3


c = simple()
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c = simple()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)


class Pause:
    def __await__(self):
        yield


async def slow():
    await Pause()
    return "slow"


async def awaits(c):
    return await c


s = slow()
first = awaits(s)
first.send(None)
try:
    run(awaits(s))
except RuntimeError as e:
    print("RuntimeError:", e)


def gen():
    yield from c


c = simple()
try:
    list(gen())
except TypeError as e:
    print("TypeError:", e)
c.close()


async def reentrant():
    return me.send(None)


me = reentrant()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)
