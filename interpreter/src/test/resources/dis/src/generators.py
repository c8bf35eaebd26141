def gen(n):
    for i in range(n):
        yield i
    yield from range(3)
    return n

def gen2():
    x = yield
    while x:
        x = yield x * 2

g = (i * i for i in range(10) if i % 2)
print(list(gen(3)), sum(g))
