# try/except/finally across awaits; exception context and cause inside coroutines.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield


async def fails(msg):
    await Pause()
    raise ValueError(msg)


async def handler():
    log = []
    try:
        await fails("first")
    except ValueError as e:
        log.append("caught " + str(e))
        try:
            await fails("second")
        except ValueError as e2:
            log.append("context " + str(e2.__context__))
    finally:
        log.append("finally")
    return log


print(run(handler()))


async def chained():
    try:
        await fails("low")
    except ValueError as e:
        raise KeyError("high") from e


try:
    run(chained())
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


async def finally_return():
    try:
        await fails("dropped")
    finally:
        return "finally wins"


print(run(finally_return()))


async def loop_with_break():
    out = []
    for i in range(5):
        try:
            await Pause()
            if i == 3:
                break
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(-i)
    return out


print(run(loop_with_break()))


async def with_stmt():
    class CM:
        def __enter__(self):
            print("enter")
            return self

        def __exit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None)
            return True
    with CM():
        await Pause()
        raise OSError("suppressed")
    return "after with"


print(run(with_stmt()))


async def main():
    try:
        await chained()
    except KeyError:
        raise TypeError("while handling")


run(main())
