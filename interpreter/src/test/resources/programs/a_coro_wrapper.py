# coro.__await__() returns a coroutine_wrapper: an iterator with send/throw/close.
class Pause:
    def __await__(self):
        got = yield "pause"
        return got


async def work():
    a = await Pause()
    b = await Pause()
    return (a, b)


c = work()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send("one"))
try:
    w.send("two")
except StopIteration as e:
    print("result", e.value)


def delegating():
    result = yield from work().__await__()
    return result


g = delegating()
print(next(g), g.send(1))
try:
    g.send(2)
except StopIteration as e:
    print("delegated", e.value)

c = work()
w = c.__await__()
next(w)
try:
    w.throw(ValueError("via wrapper"))
except ValueError as e:
    print("thrown", repr(e))
c = work()
w = c.__await__()
next(w)
print(w.close(), c.cr_frame)
print(list(Pause().__await__()))


class AwaitsCoroutine:
    def __await__(self):
        return work().__await__()


async def outer():
    return await AwaitsCoroutine()


c = outer()
print(c.send(None), c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("outer", e.value)
