def simple(a, b):
    return a + b

def defaults(a, b=1, *args, c, d=2, **kwargs) -> int:
    "doc"
    return a

def posonly(a, b, /, c, *, d):
    return a, b, c, d

def annotated(x: int, y: "str" = "s") -> list[int]:
    pass

def closure():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner

def cell_arg(a):
    return lambda: a

def gen():
    yield 1
    x = yield
    yield from range(3)
    return x

async def coro(aw):
    await aw
    async with aw as v:
        pass
    async for i in aw:
        print(i)
    return [i async for i in aw]

async def agen():
    yield 1

@staticmethod
@decorator(arg)
def decorated():
    pass

def calls(f, obj, args, kw):
    f(1, 2, k=3)
    f(*args)
    f(*args, **kw)
    f(1, *args, k=2, **kw)
    obj.method(1, k=2)
    obj.method(*args)
    return f(a=1)(b=2)

def globals_():
    global G
    G = 1
    return G

def many_locals(a):
    b = c = d = a
    del b
    return c, d
