# needs: Lib
import weakref, gc

class A:
    def __init__(self, n):
        self.n = n
    def m(self):
        return self.n * 2
    def __repr__(self):
        return 'A(%d)' % self.n

a = A(3)
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a), type(r).__name__)
events = []
r2 = weakref.ref(a, lambda w: events.append('cb'))
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r, r2], r == r2, hash(r) == hash(a))
p = weakref.proxy(a)
print(p.n, p.m(), repr(p)[:10], isinstance(p, weakref.ProxyType))
p.n = 10
print(a.n, str(p))
del a
gc.collect()
print(r(), r2(), events)
try:
    p.n
except ReferenceError as e:
    print('ReferenceError', e)
for bad in (1, 'x', (1,), [1], {}):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)

class Node:
    pass
d = weakref.WeakValueDictionary()
keep = [Node() for _ in range(3)]
for i, n in enumerate(keep):
    d[i] = n
print(sorted(d.keys()), len(d))
del keep[1]
gc.collect()
print(sorted(d.keys()), 1 in d)

wk = weakref.WeakKeyDictionary()
k1, k2 = Node(), Node()
wk[k1] = 'one'; wk[k2] = 'two'
print(sorted(wk.values()))
del k1
gc.collect()
print(sorted(wk.values()), len(wk))

ws = weakref.WeakSet()
items = [Node(), Node()]
for x in items:
    ws.add(x)
print(len(ws), items[0] in ws)
items.pop()
gc.collect()
print(len(ws))

log = []
obj = Node()
f = weakref.finalize(obj, log.append, 'finalized')
print(f.alive, log)
del obj
gc.collect()
print(f.alive, log)
held = Node()
f2 = weakref.finalize(held, print, 'never')
f2.detach()
print(f2.alive)

class C:
    def meth(self):
        return 'meth'
c = C()
wm = weakref.WeakMethod(c.meth)
print(wm()())
del c
gc.collect()
print(wm())
