# Async generators composed: async for inside async generators, async with inside, delegation by hand.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield


class Section:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    async def __aenter__(self):
        self.log.append("+" + self.name)

    async def __aexit__(self, *exc):
        self.log.append("-" + self.name)


async def source(n):
    for i in range(n):
        await Tick()
        yield i


async def mapped(src, f):
    async for x in src:
        yield f(x)


async def chunked(src, size):
    chunk = []
    async for x in src:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


async def guarded(log, src):
    async with Section(log, "g"):
        async for x in src:
            yield x


async def forward(src):
    # manual delegation with asend
    value = None
    while True:
        try:
            item = await src.asend(value)
        except StopAsyncIteration:
            return
        value = yield item


async def main():
    print([c async for c in chunked(mapped(source(7), lambda x: x * x), 3)])
    log = []
    async for x in guarded(log, source(2)):
        log.append(x)
    print(log)
    log = []
    g = guarded(log, source(5))
    async for x in g:
        if x == 1:
            break
    await g.aclose()
    print(log)
    print([x async for x in forward(source(3))])
    return "ok"


print(run(main()))
