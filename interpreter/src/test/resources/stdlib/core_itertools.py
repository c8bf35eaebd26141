# needs: Lib
import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([3, 1, 2], max)))
print(list(it.chain('ab', [1])), list(it.chain.from_iterable(['xy', 'z'])), list(it.compress('abcd', [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), [(k, list(g)) for k, g in it.groupby('aabbbc')])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
print(list(it.islice('abcdefg', 2, None, 2)), list(it.starmap(pow, [(2, 3), (3, 2)])), [list(t) for t in it.tee('abc', 2)])
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.pairwise('abcd')))
print(list(it.product('ab', repeat=2)), list(it.permutations('abc', 2)), list(it.combinations('abcd', 2)))
print(list(it.combinations_with_replacement('ab', 2)), len(list(it.permutations(range(5)))))
print(repr(it.count(3)), repr(it.count(1.5, 0.5)), repr(it.repeat(1, 2)), repr(it.repeat('a')))
c = it.count(); next(c); print(c, next(c))
t1, t2 = it.tee(iter([1, 2, 3])); print(next(t1), list(t2), list(t1))
for bad in (lambda: it.islice('a', -1), lambda: list(it.permutations('a', -1)), lambda: it.repeat()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(it.count, it.repeat, it.tee, it.product, type(it.count(1)) is it.count, isinstance(it.islice('ab', 1), it.islice))
print(type(it.permutations('ab')).__name__, it.zip_longest.__module__, it.groupby.__name__)
inf1, inf2 = it.tee(it.count()); print(next(inf1), next(inf1), next(inf2), list(it.islice(inf2, 3)))
