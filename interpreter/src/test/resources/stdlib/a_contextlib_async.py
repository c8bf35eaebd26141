# contextlib async helpers (asynccontextmanager, AsyncExitStack, aclosing) over quicken coroutines and async generators.
import contextlib

@contextlib.asynccontextmanager
async def managed(name, log):
    log.append("open " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("close " + name)

async def main():
    log = []
    async with managed("a", log) as v:
        log.append("body " + v)
    async with managed("b", log):
        raise KeyError("k")
    try:
        async with managed("c", log):
            raise ValueError("v")
    except ValueError as e:
        log.append("outer " + repr(e))
    async with contextlib.AsyncExitStack() as stack:
        x = await stack.enter_async_context(managed("d", log))
        stack.push_async_callback(cb, log, "cb1")
        log.append("stack body " + x)
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            log.append("agen closed")
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            log.append(v)
            break
    return log

async def cb(log, tag):
    log.append(tag)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
for line in run(main()):
    print(line)
