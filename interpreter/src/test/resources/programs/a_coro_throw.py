# throw() into a suspended coroutine: handled inside, propagated, and through an await chain.
class Pause:
    def __await__(self):
        v = yield "paused"
        return v


async def guarded():
    try:
        await Pause()
    except ValueError as e:
        print("caught inside:", repr(e))
        x = await Pause()
        return "recovered " + str(x)
    return "normal"


c = guarded()
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.send("value")
except StopIteration as e:
    print("stop:", e.value)


async def inner():
    try:
        await Pause()
    finally:
        print("inner finally")


async def outer():
    try:
        await inner()
    except KeyError as e:
        print("outer caught", repr(e))
        return "outer done"


c = outer()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

c = outer()
c.send(None)
try:
    c.throw(TypeError, TypeError("typed"))
except TypeError as e:
    print("propagated", repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = outer()
try:
    c.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted:", repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c = outer()
try:
    c.throw(42)
except TypeError as e:
    print("TypeError:", e)
c.close()
