# athrow() argument forms and throw() on the asend awaitable itself.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value


async def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            yield f"caught {type(e).__name__}{e.args}"


g = catcher()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError)))
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError, "with value")))
print(drive(g.__anext__()))
print(drive(g.athrow(KeyError("instance"))))
print(drive(g.__anext__()))
print(drive(g.athrow(TypeError, TypeError("typed instance"))))
print(drive(g.__anext__()))
try:
    drive(g.athrow(TypeError("x"), "extra"))
except TypeError as e:
    print("TypeError:", e)
try:
    drive(g.athrow(1))
except TypeError as e:
    print("TypeError:", e)
try:
    g.athrow()
except TypeError as e:
    print("TypeError:", e)


class Tick:
    def __await__(self):
        yield "tick"


async def waits():
    try:
        await Tick()
        yield 1
    except OSError as e:
        yield "recovered from " + str(e)


g = waits()
aw = g.__anext__()
print(aw.send(None))
try:
    aw.throw(OSError("thrown into asend"))
except StopIteration as e:
    print("asend.throw ->", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(drive(g.aclose()))
