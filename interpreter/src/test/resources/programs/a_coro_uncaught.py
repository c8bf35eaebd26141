# An error deep inside awaited coroutines, uncaught: the traceback names every coroutine frame.
class Pause:
    def __await__(self):
        yield "tick"


async def parse(text):
    await Pause()
    return int(text)


async def load(items):
    out = []
    for item in items:
        out.append(await parse(item))
    return out


async def main():
    print("loading")
    values = await load(["1", "2", "x3"])
    print(values)


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


run(main())
