# itertools and the built-in iterators as classes with CPython's pickling state (lib1, session 3)
import copy
import itertools
import operator
import pickle
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap,
                       takewhile, tee, zip_longest)


def roundtrip(it, n=3):
    """The rest of it after pickling at every protocol, and after copy.copy/deepcopy; then it itself."""
    out = [list(islice(pickle.loads(pickle.dumps(it, p)), n)) for p in range(pickle.HIGHEST_PROTOCOL + 1)]
    assert all(o == out[0] for o in out), out
    return out[0]


def below3(x):
    return x < 3


def below4(x):
    return x < 4


cases = [
    ('accumulate', lambda: accumulate([1, 2, 3, 4], operator.mul, initial=2)),
    ('chain', lambda: chain('ab', 'cd', 'ef')),
    ('chain.from_iterable', lambda: chain.from_iterable(['xy', 'z'])),
    ('combinations', lambda: combinations('abcd', 2)),
    ('cwr', lambda: combinations_with_replacement('abc', 2)),
    ('compress', lambda: compress('abcdef', [1, 0, 1, 0, 1, 1])),
    ('count', lambda: count(5, 3)),
    ('count float', lambda: count(0.5, 0.25)),
    ('cycle', lambda: cycle('abc')),
    ('dropwhile', lambda: dropwhile(below3, [1, 2, 3, 4, 1])),
    ('filterfalse', lambda: filterfalse(None, [0, 1, 0, 2, 3])),
    ('islice', lambda: islice(range(20), 2, 15, 3)),
    ('permutations', lambda: permutations(range(4), 2)),
    ('product', lambda: product('ab', range(3), repeat=1)),
    ('repeat', lambda: repeat('x', 5)),
    ('starmap', lambda: starmap(pow, [(2, 3), (3, 2), (10, 2), (2, 8)])),
    ('takewhile', lambda: takewhile(below4, [1, 2, 3, 4, 1])),
    ('zip_longest', lambda: zip_longest('ab', 'wxyz', fillvalue='-')),
    ('map', lambda: map(operator.add, [1, 2, 3, 4], [10, 20, 30, 40])),
    ('filter', lambda: filter(None, [0, 'a', '', 'b', 'c'])),
    ('zip', lambda: zip('abcd', range(4))),
    ('enumerate', lambda: enumerate('abcd', 10)),
    ('reversed', lambda: reversed('abcd')),
    ('str iter', lambda: iter('héllo')),
    ('range iter', lambda: iter(range(3, 30, 4))),
]
for name, make in cases:
    it = make()
    first = next(it)
    print(name, type(it).__name__, first, roundtrip(it), list(islice(copy.copy(it), 2)),
          list(islice(copy.deepcopy(it), 2)), list(islice(it, 3)))

print(list(pairwise('abcde')))

# reprs and reduce values CPython gives
print(repr(count()), repr(count(2.5)), repr(count(1, 2)), repr(repeat('a')), repr(repeat('a', 2)))
print(combinations('abc', 2).__reduce__())
c = cycle('ab')
next(c), next(c), next(c)
print(c.__reduce__()[0].__name__, c.__reduce__()[2])
print(islice('abcdef', 1, None, 2).__reduce__()[1][1:], repeat(1, 3).__length_hint__())

# laziness: groupby's groups read the shared iterator only when consumed
log = []
def src():
    for x in 'aabbbc':
        log.append(x)
        yield x
g = groupby(src())
k, grp = next(g)
print(k, log)
print(list(grp), log)
print([(k, list(v)) for k, v in groupby('aabccc')])
k1, g1 = next(groupby('xxy'))
print(k1, list(g1))

# tee: independent copies, a copy of a copy, pickling a tee
a, b = tee(iter(range(6)))
next(a), next(a)
c = copy.copy(a)
print(list(a), list(b), list(c))
a, b = tee('abcdef', 2)
next(a)
print(list(pickle.loads(pickle.dumps(a))), list(b))

# subclasses: the subclass's type, extra attributes, keyword rules
class Chain(chain):
    def __init__(self, *args, tag=None):
        self.tag = tag
ch = Chain('ab', 'c', tag='t')
print(type(ch).__name__, ch.tag, list(ch))
class Plain(islice):
    pass
try:
    Plain('abc', 2, x=1)
except TypeError as e:
    print('TypeError', e)
class M(map):
    pass
print(type(M(str, [1])).__name__, list(M(str, [1, 2])), isinstance(map(str, []), map))

# messages
for f in [lambda: count('a'), lambda: islice('abc', -1), lambda: islice('abc', 0, 1, 0), lambda: cycle(),
          lambda: combinations('abc', -1), lambda: permutations('abc', 's'), lambda: product('a', repeat=-1),
          lambda: zip_longest('a', fv=1), lambda: tee('a', -1), lambda: chain().__setstate__(0),
          lambda: chain().__setstate__(([],)), lambda: cycle('a').__setstate__((('a',), 0)),
          lambda: filter(None), lambda: map(str), lambda: zip([1], bad=2), lambda: reversed()]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
