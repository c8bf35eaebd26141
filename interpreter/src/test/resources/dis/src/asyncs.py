import asyncio

async def fetch(x):
    await asyncio.sleep(0)
    return x

async def main():
    async with asyncio.Lock() as lock:
        r = [await fetch(i) for i in range(3)]
    async for item in agen():
        print(item)
    return r

async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)

async def comp():
    return [x async for x in agen()], {x: x async for x in agen()}
