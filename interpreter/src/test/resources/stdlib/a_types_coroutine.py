# types.coroutine (CO_ITERABLE_COROUTINE via code.replace) and types.MethodType, awaited from native coroutines.
import types


@types.coroutine
def suspend(tag):
    got = yield tag
    return got


async def native():
    a = await suspend("first")
    b = await suspend("second")
    return a + b


c = native()
print(c.send(None), c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("result", e.value)
print(isinstance(c, types.CoroutineType), isinstance(suspend("x"), types.GeneratorType))


async def agen():
    yield 1


g = agen()
print(isinstance(g, types.AsyncGeneratorType), type(g) is types.AsyncGeneratorType)
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)


class K:
    pass


def f(self, x):
    return (type(self).__name__, x)


m = types.MethodType(f, K())
print(m(5), m.__func__ is f)
for args in ((1, 2), (f, None), (f,)):
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
