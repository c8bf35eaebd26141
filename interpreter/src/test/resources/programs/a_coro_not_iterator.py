# Coroutines and async generators are not iterators; the types of their awaitable helpers.
async def c():
    return 1
async def ag():
    yield 1
co = c()
g = ag()
for obj in (co, g):
    for f in (next, list, iter):
        try:
            f(obj)
        except TypeError as e:
            print(f.__name__, "TypeError:", e)
co.close()
print(type(co).__name__, type(g).__name__, type(g.asend(None)).__name__, type(co.__await__()).__name__)
print(type(g.__anext__()).__name__, type(g.aclose()).__name__)
