# Coroutines gathering failures into an ExceptionGroup, handled with except* inside a coroutine.
class Tick:
    def __await__(self):
        yield


async def job(n):
    await Tick()
    if n % 3 == 0:
        raise ValueError(f"job {n} failed")
    if n % 4 == 0:
        raise KeyError(n)
    return n * n


async def gather(coros):
    results, errors = [], []
    for c in coros:
        try:
            results.append(await c)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some jobs failed", errors)
    return results


async def supervisor():
    try:
        results = await gather([job(i) for i in range(1, 9)])
    except* KeyError as e:
        print("key errors:", [x.args[0] for x in e.exceptions])
    print("value errors escape")


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


print(run(gather([job(1), job(2)])))
run(supervisor())
