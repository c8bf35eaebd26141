# Errors of async for: missing __aiter__/__anext__, invalid __anext__ results (chained cause).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class NoAnext:
    def __aiter__(self):
        return 42


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 99


async def loop_over(obj):
    async for x in obj:
        pass


for obj in (1, [1], NoAnext()):
    c = loop_over(obj)
    try:
        run(c)
    except TypeError as e:
        print("TypeError:", e)


async def agen():
    yield 1


g = agen()
c = loop_over(iter([1]))
try:
    run(c)
except TypeError as e:
    print("TypeError:", e)
c = loop_over(BadAnext())
try:
    run(c)
except TypeError as e:
    print("TypeError:", e, "| cause:", e.__cause__)


def sync_for():
    for x in g:
        pass


try:
    sync_for()
except TypeError as e:
    print("TypeError:", e)
run(g.aclose())
run(loop_over(BadAnext()))
