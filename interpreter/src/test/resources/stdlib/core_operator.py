# needs: Lib
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(5), op.lshift(1, 4), op.rshift(64, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(3, 2), op.ge(1, 2))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1), op.getitem('abcdef', slice(1, 4)))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iconcat([0], [1]), op.imul(3, 4), op.ipow(2, 3), op.imatmul.__name__)
print(op.index(7), op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))), op.length_hint(object(), 4))
print(op.call(max, 1, 5, key=lambda v: -v))
ig = op.itemgetter(1, 0); print(ig([5, 6]), repr(ig), op.itemgetter('k')({'k': 'v'}), ig.__reduce__()[1])
class O:
    pass
o = O(); o.a = O(); o.a.b = 42; o.c = 'c'
ag = op.attrgetter('a.b', 'c'); print(ag(o), repr(ag), repr(op.attrgetter('c')))
mc = op.methodcaller('split', ',', maxsplit=1); print(mc('a,b,c'), repr(mc), repr(op.methodcaller('upper')))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(0, 1)))
print(__import__('_operator')._compare_digest(b'abc', b'abc'), __import__('_operator')._compare_digest('abc', 'abd'))
for bad in (lambda: op.concat(1, 2), lambda: op.indexOf([1], 5), lambda: op.attrgetter(1), lambda: op.itemgetter(),
            lambda: op.methodcaller(1), lambda: op.add(1, 'a'), lambda: __import__('_operator')._compare_digest('a', b'a')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(op.__lt__ is op.lt, op.__add__(2, 3), op.__getitem__([4], 0))
