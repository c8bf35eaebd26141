# asend / athrow on async generators: values in, exceptions in, results out.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                await Tick()
                received.append(v)
            except ValueError as e:
                received.append("VE:" + str(e))
                yield "handled"
    finally:
        print("echo closing with", received)


g = echo()
print(drive(g.asend(None)))
print(drive(g.asend("a")))
print(drive(g.asend("b")))
print(drive(g.athrow(ValueError("bad"))))
print(drive(g.asend("c")))
try:
    drive(g.athrow(KeyError, KeyError("k")))
except KeyError as e:
    print("propagated", repr(e))
try:
    drive(g.asend("after"))
except StopAsyncIteration:
    print("exhausted")
try:
    drive(g.athrow(ValueError("late")))
except StopAsyncIteration:
    print("athrow on exhausted: StopAsyncIteration")
except ValueError as e:
    print("athrow on exhausted:", repr(e))

g = echo()
try:
    drive(g.asend("not none"))
except TypeError as e:
    print("TypeError:", e)
print(drive(g.aclose()))
aw = g.asend(None)
try:
    drive(aw)
except StopAsyncIteration:
    print("closed generator")
try:
    drive(aw)
except RuntimeError as e:
    print("RuntimeError:", e)
