"""Generators, set() of a generator, list slices and concatenation: the fast paths of session 8 agree with the general ones."""
l = list(range(10))
for a in [None, -20, -10, -3, -1, 0, 1, 5, 9, 10, 11, 10**20, -10**20, True, False]:
    for b in [None, -20, -3, 0, 2, 7, 10, 30, 10**20, True]:
        print(a, b, l[a:b], l[a:b:1] if a is None or not isinstance(a, bool) else '', end='; ')
print()
class I:
    def __index__(self): print('idx'); return 2
print(l[I():I()], l[::-1], l[1:8:3], [] [1:2], l[:] is l)
class L(list):
    def __radd__(self, o): return 'radd'
    def __add__(self, o): return 'add'
print([1] + L([2]), L([2]) + [1], [1] + [2, 3], [] + [], ([1],) + ([2],))
try:
    [1] + (2,)
except TypeError as e:
    print(e)
x = [1, 2]; y = x + x; y.append(3); print(x, y)
def g():
    try:
        yield 1
        yield 2
    finally:
        print('fin')
it = g(); print(next(it)); it.close(); print(list(it))
def h():
    raise StopIteration
    yield
try:
    next(h())
except RuntimeError as e:
    print('RE', e, type(e.__cause__))
def k():
    v = yield 1
    print('got', v)
    yield from g()
    return 7
it = k(); print(next(it)); print(it.send('s')); 
try:
    it.throw(ValueError('boom'))
except ValueError as e:
    print('VE', e)
print(list(k()))
def me():
    yield next(gen)
gen = me()
try:
    next(gen)
except ValueError as e:
    print(e)
try:
    k().send(1)
except TypeError as e:
    print(e)
print(set(x * 2 for x in range(5)), set(iter([1, 2, 2])), set({1: 2, 3: 4}), set("abca") == set("abc"))
def bad():
    yield 1
    yield []
    print('not reached')
try:
    set(bad())
except TypeError as e:
    print(e)
import traceback
def tb():
    yield 1
    1 / 0
try:
    for _ in tb(): pass
except ZeroDivisionError:
    traceback.print_exc()
