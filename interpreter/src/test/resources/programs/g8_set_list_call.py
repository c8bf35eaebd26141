"""set(x) and list(x) of the exact classes without __new__/__init__ (their vectorcall entries): iterators with __length_hint__, copies, errors, keywords, subclasses."""
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def __length_hint__(self):
        print('hint'); return 3
print(set(It()), list(It()), set(), list(), set([1, 1, 2]), list((1, 2)), list({'a': 1}), list(range(3)), list('ab'))
l = [1, 2]; m = list(l); m.append(3); print(l, m, list(l) is l)
try:
    set(1)
except TypeError as e:
    print(e)
try:
    list(1)
except TypeError as e:
    print(e)
try:
    set([1], [2])
except TypeError as e:
    print(e)
try:
    set(iterable=[1])
except TypeError as e:
    print(e)
try:
    list(x=[1])
except TypeError as e:
    print(e)
class S(set): pass
class L(list): pass
print(type(S([1])).__name__, type(L([1])).__name__, S([1]), L('ab'))
def g():
    yield 1
    raise ValueError('in gen')
try:
    list(g())
except ValueError as e:
    print('VE', e)
print(type(set([1])) is set, type(list([1])) is list)
s = set([3]); s.add(4); print(sorted(s))
