# aclose(): finally blocks with awaits, ignored GeneratorExit, closing unstarted/finished ones.
def drive(aw):
    steps = 0
    try:
        while True:
            aw.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


class Tick:
    def __await__(self):
        yield "t"


async def resource(log):
    log.append("open")
    try:
        for i in range(10):
            yield i
    finally:
        await Tick()
        log.append("closed after await")


log = []
g = resource(log)
print(drive(g.__anext__()), drive(g.__anext__()))
print(drive(g.aclose()))
print(log)
print(drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration after aclose")


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = stubborn()
drive(g.__anext__())
try:
    drive(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)


async def unstarted():
    print("body never runs")
    yield


g = unstarted()
print(drive(g.aclose()))
aw = g.aclose()
print(drive(aw))
try:
    drive(aw)
except RuntimeError as e:
    print("RuntimeError:", e)


async def raising_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


g = raising_in_finally()
drive(g.__anext__())
try:
    drive(g.aclose())
except ValueError as e:
    print("ValueError:", e)
