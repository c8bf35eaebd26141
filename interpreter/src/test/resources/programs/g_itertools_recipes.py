import itertools as it
import operator
from functools import reduce, partial

print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(5), 3))[:4])
print(list(it.combinations_with_replacement("xy", 3)), list(it.chain("ab", [1], (None,))))
print(list(it.chain.from_iterable([[1, 2], [3], []])), list(it.zip_longest("abc", [1], fillvalue="-")))
print(list(it.islice(it.cycle("xyz"), 7)), list(it.repeat("r", 3)), list(it.islice(it.count(10, 5), 4)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate(range(1, 6), operator.mul, initial=10)))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.filterfalse(str.isdigit, "a1b2")))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "akee"], key=lambda w: w[0])
for k, grp in it.groupby(data, key=lambda w: w[0]):
    print(k, list(grp))
print([(k, len(list(g))) for k, g in it.groupby("aaabccddddde")])
a, b = it.tee(iter(range(5)))
print(list(a), list(b), list(it.pairwise("abcd")))
print(reduce(operator.add, range(10)), reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=2)("1011"), pow2.func is pow, pow2.args)


def chunked(iterable, n):
    itr = iter(iterable)
    while chunk := list(it.islice(itr, n)):
        yield chunk


def sliding(iterable, n):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)


def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))


print(list(chunked(range(10), 4)), list(sliding("abcde", 3)), list(roundrobin("ABC", "D", "EF")))
print(sum(1 for _ in it.combinations(range(20), 3)), next(it.dropwhile(lambda n: n * n < 500, it.count())))
print(sorted(map(sum, it.combinations([1, 5, 10, 25], 2))), operator.itemgetter(1, 0)("xy"), operator.attrgetter("real")(3j))
print(list(map(operator.neg, [1, -2])), operator.methodcaller("upper")("q"), [operator.contains("abc", c) for c in "az"])
