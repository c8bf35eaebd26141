def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "inner caught"
def outer():
    try:
        r = yield from inner()
    except KeyError:
        yield "outer caught"
for i in range(20):
    g = outer()
    next(g)
    print(i, g.throw(KeyError), g.gi_yieldfrom is not None)
