import asyncio
import contextvars

order = []

async def worker(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        order.append((name, i))
    return name * n

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def forever():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled inside")
        raise

async def main():
    t = asyncio.create_task(worker("a", 3))
    print(await t)
    print(await asyncio.gather(worker("x", 2), worker("y", 3)))
    print(order)
    r = await asyncio.gather(fail("boom"), worker("z", 1), return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        await asyncio.gather(fail("first"))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())
    try:
        await asyncio.wait_for(forever(), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timeout")
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout ctx")
    tasks = [asyncio.create_task(worker(c, 1)) for c in "pq"]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future", await fut)
    fut2 = loop.create_future()
    loop.call_later(0.001, fut2.set_result, "later")
    print(await fut2)
    var = contextvars.ContextVar("var", default="none")
    async def show(v):
        var.set(v)
        await asyncio.sleep(0)
        return var.get()
    print(await asyncio.gather(show("one"), show("two")), var.get())

asyncio.run(main())
