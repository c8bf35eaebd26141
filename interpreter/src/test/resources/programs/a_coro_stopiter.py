# StopIteration raised inside a coroutine becomes RuntimeError("coroutine raised StopIteration").
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def raises_stop():
    raise StopIteration("inner value")


try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), e.__suppress_context__)


async def next_on_empty():
    return next(iter([]))


try:
    run(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def gen():
    raise StopIteration
    yield


try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e)


async def main():
    await raises_stop()


run(main())
