import asyncio

async def child(i):
    await asyncio.sleep(0)
    if i == 2:
        raise ValueError("in group")
    return i

async def main():
    for rep in range(12):
        try:
            async with asyncio.TaskGroup() as tg:
                for i in range(4):
                    tg.create_task(child(i))
        except* ValueError as eg:
            print(rep, "group", [str(e) for e in eg.exceptions])

asyncio.run(main())
