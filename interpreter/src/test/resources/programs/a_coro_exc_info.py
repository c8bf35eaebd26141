# sys.exc_info inside coroutines across awaits, frame line numbers, an error in __aenter__, and a throw() traceback through awaits.
import sys
class P:
    def __await__(self):
        yield
async def inner():
    await P()
    return 1
async def outer():
    print(c.cr_frame.f_lineno)
    try:
        await inner()
    except ValueError:
        print("exc_info in coro:", sys.exc_info()[0].__name__)
        await P()
        print("after await:", sys.exc_info()[0].__name__)
    print("end:", sys.exc_info())
c = outer()
c.send(None)
print(c.cr_frame.f_lineno, c.cr_await.cr_frame.f_lineno)
c.throw(ValueError("x"))
print("outside:", sys.exc_info())
try:
    c.send(None)
except StopIteration:
    print("stop")
class CM:
    async def __aenter__(self):
        raise OSError("enter failed")
    async def __aexit__(self, *a):
        print("not called")
async def f():
    async with CM():
        pass
c2 = f()
try:
    c2.send(None)
except OSError as e:
    print(repr(e))
async def ag():
    yield 1
    yield 2
g = ag()
print(g.ag_frame.f_lineno)
async def deep():
    await inner2()
async def inner2():
    await P()
    raise KeyError("thrown deep")
c3 = deep()
c3.send(None)
c3.throw(ValueError("from outside"))
