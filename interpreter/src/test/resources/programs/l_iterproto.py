class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start

    def __contains__(self, x):
        return 0 < x <= self.start


class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i


class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


c = Countdown(5)
print(list(c), list(reversed(c)), len(c), 3 in c, 9 in c, sorted(c), sum(c), max(c))
print(list(Squares()), 16 in Squares(), 17 in Squares(), list(enumerate(Squares(), start=10))[:2])
f = Fib(100)
print(list(f), list(f), next(iter(Fib(0))))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
print(list(zip(Countdown(3), "abc", Fib(10))), list(map(lambda a, b: a * b, [1, 2, 3], Countdown(2))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(any(x > 4 for x in c), all(x > 0 for x in c), any([]), all([]))
calls = iter([5, 4, 3, 0, 9].pop, 0)
print(list(calls))
r = range(10, 0, -3)
print(list(r), r[1], r[-1], len(r), 4 in r, r.index(7), r[::2], range(5)[1:3], reversed(range(3)).__class__.__name__)
print(list(zip(range(3), range(10))), dict(enumerate("xyz")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    next(Fib(-1))
except StopIteration:
    print("stopped")
try:
    iter(5)
except TypeError as e:
    print(e)
print(list(iter(Countdown(2))), [*Countdown(3)], tuple(Fib(5)))
next(iter(()))
