class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(5)), sum(Countdown(4)), 3 in Countdown(5), max(Countdown(3)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 25 in Seq(), list(reversed([*Seq()])), [x for x in Seq()])


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


print(list(Fib(100)), list(zip(Fib(10), "abcdefgh")))
data = iter([1, 2, 3, None, 4])
print(list(iter(lambda: next(data), None)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(lambda: 1, 1, 2)
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
e = enumerate("ab")
print(iter(e) is e, next(e), list(e))
z = zip([1, 2], [3, 4])
print(iter(z) is z, list(z), list(z))
r = reversed(range(3))
print(type(r).__name__, list(r))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
ri = iter(range(5))
for x in ri:
    if x == 1:
        print("skip", next(ri))
    print("x", x)
li = [1, 2, 3]
lit = iter(li)
li.append(4)
print(list(lit))
d = {"a": 1}
di = iter(d)
print(next(di), type(di).__name__)
s = "héllo"
print(list(iter(s)), type(iter(s)).__name__ if False else "", list(enumerate(s, 1))[-1])


def gen_with_return():
    yield 1
    return "done"


g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("returned", stop.value)
print(list(gen_with_return()))


def delegate():
    result = yield from gen_with_return()
    yield result


print(list(delegate()))
print(list(filter(str.isalpha, "a1b2")), list(map(lambda a, b: a + b, "ab", "xyz")))
