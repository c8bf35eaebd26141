# Generator-based coroutines (CO_ITERABLE_COROUTINE, set as types.coroutine does) awaited by native coroutines.
CO_ITERABLE_COROUTINE = 0x100


class types:
    @staticmethod
    def coroutine(func):
        co = func.__code__
        if co.co_flags & 0x180:  # already a coroutine (or iterable coroutine)
            return func
        func.__code__ = co.replace(co_flags=co.co_flags | CO_ITERABLE_COROUTINE)
        return func


@types.coroutine
def suspend(tag):
    reply = yield ("suspend", tag)
    return reply


@types.coroutine
def delegate(tag):
    first = yield from suspend(tag + "-1")
    second = yield from suspend(tag + "-2")
    return first + second


async def native(tag):
    a = await suspend(tag)
    b = await delegate(tag)
    return a, b


def run(coro):
    replies = iter(range(100))
    value = None
    try:
        while True:
            op = coro.send(value)
            value = next(replies)
            print("  ", op, "->", value)
    except StopIteration as e:
        return e.value


print(run(native("n")))
print(suspend.__code__.co_flags & 0x100 != 0, suspend.__code__.co_flags & 0x20 != 0)
g = suspend("g")
print(type(g).__name__, hasattr(g, "__next__"))
print(next(g))
g.close()


@types.coroutine
def awaits_native():
    result = yield from native("inner")
    return result


print(run(awaits_native()))


def plain_generator(inner):
    yield from inner


inner = native("x")
c = plain_generator(inner)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
inner.close()


async def simple():
    return "simple"


wrapped = types.coroutine(simple)
print(wrapped is simple)
co = simple()
print(run(co))
code = suspend.__code__
print(code.replace(co_name="renamed").co_name, code.co_name)
try:
    code.replace(co_bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    code.replace(1)
except TypeError as e:
    print("TypeError:", e)
