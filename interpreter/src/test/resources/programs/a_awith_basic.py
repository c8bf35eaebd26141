# async with: __aenter__/__aexit__ awaited, suppression, nesting, several managers, async for inside.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress


async def main():
    async with Manager("a") as x:
        print("body", x)
    async with Manager("outer"), Manager("inner") as y:
        print("both", y)
    async with Manager("s", suppress=True):
        raise ValueError("swallowed")
    print("after suppression")
    try:
        async with Manager("p"):
            raise KeyError("passes")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    return await returns_inside()


async def returns_inside():
    async with Manager("r"):
        return "returned from inside"


print(run(main()))


class Plain:
    def __init__(self):
        self.log = []

    def __aenter__(self):
        self.log.append("aenter")
        return Tick()

    def __aexit__(self, *args):
        self.log.append("aexit")
        return Tick()


async def plain():
    p = Plain()
    async with p as v:
        p.log.append(type(v).__name__)
    return p.log


print(run(plain()))
