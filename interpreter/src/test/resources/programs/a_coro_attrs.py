# Coroutine object attributes: cr_running, cr_await, cr_frame, cr_code, cr_suspended, names.
class Step:
    def __await__(self):
        yield "step"


async def child():
    await Step()
    return 1


async def parent():
    print("running inside:", me.cr_running)
    r = await child()
    return r


me = parent()
print(type(me).__name__, me.__name__, me.__qualname__)
print(me.cr_running, me.cr_await, me.cr_suspended)
print(me.cr_code.co_name, me.cr_frame is not None, me.cr_frame.f_code is me.cr_code)
print(repr(me).startswith("<coroutine object parent at 0x"))
print(me.send(None))
aw = me.cr_await
print(type(aw).__name__, aw.cr_await is not None, type(aw.cr_await).__name__)
print(me.cr_running, me.cr_suspended)
try:
    me.send(None)
except StopIteration as e:
    print("done", e.value)
print(me.cr_frame, me.cr_await, me.cr_suspended)
me.__name__ = "renamed"
me.__qualname__ = "Q.renamed"
print(me.__name__, me.__qualname__)
try:
    me.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
print(hasattr(me, "__next__"), hasattr(me, "__iter__"), hasattr(me, "__await__"))
print(me.cr_origin)
