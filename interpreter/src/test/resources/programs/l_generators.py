import itertools


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    return list(itertools.islice(it, n))


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def chunked(it, size):
    it = iter(it)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def running_avg():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, total)


def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def delegator():
    result = yield from running_avg()
    print("delegate got", result)
    yield "done"


print(take(15, fib()))
print(take(12, primes()))
print(list(chunked(range(11), 4)))
g = running_avg()
next(g)
for v in [10, 20, 60]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
d = delegator()
next(d)
d.send(4)
d.send(8)
print(d.send(None))
pairs = ((a, b) for a in range(4) for b in range(a) if (a + b) % 2)
print(list(pairs), sum(x * x for x in range(10)))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.chain.from_iterable(["ab", "cd"])))
print([list(g) for k, g in itertools.groupby("aaabccdddd")])
print(list(itertools.permutations("abc", 2))[:4], len(list(itertools.combinations(range(6), 3))))
gen = (i for i in range(3))
print(next(gen), list(gen), next(gen, "empty"))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


c = closer()
print(next(c))
c.close()
t = closer()
next(t)
try:
    t.throw(ValueError("boom"))
except ValueError as e:
    print("thrown back:", e)
next(fib.__call__().__iter__()) if False else None
g2 = fib()
g2.gi_frame and print("frame ok")
next(primes()).bit_length()
print(next(iter([])))
