# close(): GeneratorExit inside coroutines, finally blocks, ignoring GeneratorExit.
class Pause:
    def __await__(self):
        yield "p"


async def cleanup(log):
    try:
        await Pause()
        await Pause()
    finally:
        log.append("cleanup ran")


log = []
c = cleanup(log)
c.send(None)
print(c.close(), log)
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class Stop(Exception):
    pass


async def stubborn():
    while True:
        try:
            await Pause()
        except GeneratorExit:
            print("ignoring GeneratorExit")


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(Stop("finish it"))
except Stop as e:
    print("finished with", repr(e))


async def child(log):
    try:
        await Pause()
    except GeneratorExit:
        log.append("child got GeneratorExit")
        raise


async def parent(log):
    try:
        await child(log)
    except GeneratorExit:
        log.append("parent got GeneratorExit")
        raise


log = []
c = parent(log)
c.send(None)
c.close()
print(log)


async def returns_on_exit():
    try:
        await Pause()
    except GeneratorExit:
        return "value is dropped"


c = returns_on_exit()
c.send(None)
print(c.close())
never = returns_on_exit()
print(never.close())
try:
    never.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
