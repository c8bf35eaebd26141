# needs: Lib
import collections
from collections import deque, defaultdict, OrderedDict, namedtuple, Counter, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc

d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, len(d), d[0], d[-1], d.maxlen)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.index(3), d.count(3), 3 in d, list(reversed(d)))
d2 = d.copy(); d2.remove(3); print(d2, d == d2, d > d2, d2 < d)
d3 = deque('abc'); d3.extendleft('xy'); d3.insert(2, 'Q'); del d3[0]; print(d3, d3 * 2, d3 + deque('z'))
d3[1] = 'R'; d3.reverse(); print(d3, d3.pop(), d3.popleft(), d3)
print(deque(range(10), maxlen=3), deque(maxlen=0), repr(deque()))
for bad in (lambda: deque().pop(), lambda: deque([1]).index(7), lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: deque([1])[3], lambda: deque([1])['x'], lambda: deque(maxlen=-1), lambda: hash(deque())):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
it = iter(d); d.append(9)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
r = deque([1]); r.append(r); print(r)
class MyDeque(deque):
    pass
m = MyDeque([1, 2], maxlen=4); m.tag = 'x'; print(m, m.tag, type(m.copy()).__name__, m.__reduce__()[1])
print(type(iter(d)).__name__, type(reversed(d)).__name__)

dd = defaultdict(list); dd['a'].append(1); dd['b']
print(dd, dd.default_factory, dict(dd))
print(dd | {'c': 3}, {'z': 0} | dd)
print(defaultdict(int, a=1).copy(), defaultdict(None, {}).default_factory)
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(3)
except TypeError as e:
    print(e)
print(defaultdict(int).__reduce__()[:2])

P = namedtuple('P', 'x y', defaults=[0])
p = P(1); print(p, p.x, p.y, p._replace(x=5), p._asdict(), P._fields, P._field_defaults)
print(P._make([3, 4]), p == (1, 0), P.x.__doc__, isinstance(p, tuple))
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError', e)
Q = namedtuple('Q', ['a', 'def', 'a'], rename=True); print(Q._fields)

c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], c.total())
print(c + Counter('aaz'), c - Counter('a'), c & Counter('aab'), c | Counter('zzz'))
print(sorted(c.elements())[:5], +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c.subtract('aaa'); c.update({'q': 2}); print(c)

od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od, list(od))
od.move_to_end('c', last=False); print(od.popitem(last=False), od.popitem(), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(OrderedDict.fromkeys('xyz'))))

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm, sorted(cm))
cm2 = cm.new_child({'c': 4}); cm2['a'] = 9; print(cm2, cm2.parents, cm.maps)

class U(UserDict):
    def __missing__(self, k):
        return k * 2
u = U(a=1); print(u, u['a'], u['zz'], 'a' in u, len(u))
ul = UserList([3, 1, 2]); ul.sort(); print(ul + [4], ul * 2, ul[1:], type(ul[1:]).__name__)
us = UserString('hello'); print(us.upper(), us[1:3], us + '!', len(us))
print(isinstance(d, cabc.MutableSequence), isinstance({}, cabc.Mapping), issubclass(Counter, cabc.MutableMapping))
print(isinstance(iter([]), cabc.Iterator), isinstance((x for x in ()), cabc.Generator), issubclass(str, cabc.Hashable))
c2 = {}
collections._count_elements(c2, 'mississippi'); print(c2)
