def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)))
g = count(3)
print(next(g), next(g), next(g), next(g, "done"))
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("x"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def inner():
    yield 1
    return "result"
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
squares = (x * x for x in range(6) if x % 2 == 0)
print(list(squares))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen_with_finally()
print(next(g))
g.close()
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught in gen:", e)
c = catcher(); next(c); c.throw(ValueError("oops"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
try:
    next(count(0))
except StopIteration:
    print("stop")
