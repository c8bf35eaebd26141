# needs: Lib
import functools, operator
from functools import reduce, partial, lru_cache, cache, cmp_to_key, wraps, total_ordering, singledispatch, cached_property, partialmethod

print(reduce(operator.add, range(10)), reduce(lambda a, b: a * b, [1, 2, 3], 10), reduce(max, [], 7))
try:
    reduce(max, [])
except TypeError as e:
    print(e)
p = partial(int, base=2); print(p('101'), p.func, p.args, p.keywords, repr(p))
q = partial(p, '111'); print(q(), q.func, q.args, q.keywords)
pp = partial(max, 1, key=abs); print(pp(-5), pp.__reduce__()[1:], repr(pp))
pp.__setstate__((min, (5,), {}, None)); print(pp(3), pp)
class MyPartial(partial):
    pass
print(repr(MyPartial(max, 2)))
try:
    partial(3)
except TypeError as e:
    print(e)

@lru_cache(maxsize=2)
def sq(x):
    print('  computing', x)
    return x * x
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__(4), sq.__name__, sq.cache_parameters())

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

class K:
    @lru_cache
    def val(self, x):
        return x + 1
print(K().val(1), K.val.cache_info().misses)

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted('bca', key=cmp_to_key(lambda a, b: (a > b) - (a < b))))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) == k(2), k(3).obj)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))

@singledispatch
def f(x):
    return 'obj'
@f.register
def _(x: int):
    return 'int'
@f.register(list)
def _(x):
    return 'list'
print(f(1), f('a'), f([1]), f(True))

class C:
    @cached_property
    def x(self):
        print('  compute')
        return 5
    def add(self, a, b):
        return a + b
    add10 = partialmethod(add, 10)
c = C(); print(c.x, c.x, c.add10(5))

def deco(fn):
    @wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w
@deco
def named(a, b=2):
    "doc"
    return a + b
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(1))
