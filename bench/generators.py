"""Generators: pipelines of generators, yield from, send and generator expressions."""
import sys


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chained(n):
    yield from count_up(n)
    yield from (x * 3 for x in range(n))


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def main(n):
    a = sum(squares(evens(count_up(n))))
    b = sum(chained(n)) % 1000003
    acc = accumulator()
    next(acc)
    for i in range(n // 4):
        acc.send(i)
    try:
        acc.send(None)
    except StopIteration as stop:
        c = stop.value
    d = sum(tree(14))
    print(a % 1000003, b, c, d)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 600000)
