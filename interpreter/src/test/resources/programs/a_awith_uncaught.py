# An error raised by __aexit__ while another propagates: uncaught, with both tracebacks.
class Tick:
    def __await__(self):
        yield


class Broken:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        await Tick()
        raise RuntimeError(f"__aexit__ failed while handling {typ.__name__}")


async def body():
    async with Broken():
        await Tick()
        {}["key"]


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


run(body())
