# User classes with __aiter__/__anext__ (coroutine and plain-awaitable __anext__) in async for.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(self.value)


class Letters:
    def __init__(self, text):
        self.it = iter(text)

    def __aiter__(self):
        return self

    def __anext__(self):
        for ch in self.it:
            return Ready(ch)
        raise StopAsyncIteration


class Wrapper:
    def __init__(self, inner):
        self.inner = inner

    def __aiter__(self):
        return self.inner.__aiter__()


async def main():
    print([x async for x in Counter(4)])
    print([c async for c in Letters("abc")])
    out = []
    async for x in Wrapper(Counter(2)):
        out.append(x * 10)
    print(out)
    it = Counter(3)
    async for x in it:
        if x == 2:
            break
    print("resumed:", [x async for x in it])
    return "ok"


print(run(main()))
