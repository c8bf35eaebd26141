"""Generator creation without the eval loop: closures (COPY_FREE_VARS), cells (MAKE_CELL), *args/**kw, a new generator's frame, the recursion limit at creation, coroutines and async generators."""
import sys
def cellgen(a, b):
    def inner():
        return a + b
    yield inner()
    a = 10
    yield inner()
print(list(cellgen(1, 2)))
def outer(k):
    return list(x + k for x in range(3)), list((lambda: k * 2)() for _ in range(2))
print(outer(5))
def many(*args, **kw):
    yield args
    yield sorted(kw.items())
print(list(many(1, 2, z=3, y=4)))
g = cellgen(1, 2)
print(g.gi_frame.f_lineno, g.gi_frame.f_lasti, g.gi_running, g.gi_suspended, g.gi_code.co_name)
def deep(n):
    if n == 0:
        yield 0
        return
    yield from deep(n - 1)
sys.setrecursionlimit(60)
def rec(n):
    try:
        g = deep(0)
        return rec(n + 1)
    except RecursionError as e:
        return n, str(e)
r = rec(0)
print(r[1], r[0] > 10)
try:
    print(sum(deep(100)))
except RecursionError as e:
    print('RE', e)
sys.setrecursionlimit(1000)
async def co(x):
    return x * 2
c = co(4)
try:
    c.send(None)
except StopIteration as e:
    print('co', e.value)
async def ag():
    yield 1
a = ag()
print(type(a).__name__, type(c).__name__)
def fx():
    yield
print(fx.__code__.co_flags & 0x20 != 0, next(fx()))
