def f(): pass
def f(a, b=1, *args, c, d=2, **kw): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c=3): pass
def f(a: int, b: "str" = "x", *args: tuple, c: int = 1, **kw: dict) -> None: pass
def f(*, a): pass
def f(a, b, /): pass
def f(*args): pass
def f(**kw): pass
def f(a,): pass
def f(*a: *Ts): pass
async def g():
    await x
    async for i in y:
        pass
    async with a as b, c:
        pass
    [i async for i in y]
    {i: j async for i, j in y}
    return await z
@decorator
async def h(): pass
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    await_ = 1
    return
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
lambda: 0
lambda x: x
lambda x, y=1, *a, z, **k: 0
lambda *, a: a
lambda a, /, b: 0
lambda *a: 0
lambda **k: 0
f = lambda x=lambda: 1: x
