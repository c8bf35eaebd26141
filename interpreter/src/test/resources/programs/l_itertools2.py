import itertools as it
import operator

print(list(it.product("ab", range(2))), list(it.product([0, 1], repeat=2)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.permutations(range(3))))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.islice(it.cycle("xyz"), 7)), list(it.repeat("r", 3)), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate(range(5), initial=100)), list(it.pairwise("abcd")), list(it.islice(it.count(10, 2.5), 4)))
a, b = it.tee(iter(range(4)))
print(list(a), list(b))
data = sorted([("fruit", "apple"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek"), ("nut", "pecan")])
for key, group in it.groupby(data, key=operator.itemgetter(0)):
    print(key, [g[1] for g in group])
print(list(it.chain("ab", [1, 2], (3,))), sum(1 for _ in it.combinations(range(10), 4)))
print(list(map(operator.attrgetter("real"), [1 + 2j, 3])), operator.methodcaller("upper")("x"))
print(operator.add(1, 2), operator.neg(5), operator.contains([1], 1), operator.getitem("abc", 1), operator.truth(0))
print(list(it.islice("abcdefg", 1, None, 2)), list(it.islice(range(100), 95, 200)))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print(e)
