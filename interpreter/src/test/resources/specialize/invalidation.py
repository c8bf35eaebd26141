class C:
    def __init__(self):
        self.x = 1
    def m(self):
        return 'm'
def getx(o):
    return o.x
def setx(o, v):
    o.x = v
def callm(o):
    return o.m()
def glob():
    return len
def cm(c):
    return c.m(None)
c = C()
out = []
for i in range(20):
    out.append((getx(c), callm(c), glob() is len, cm(C)))
C.x = property(lambda self: 'prop')
C.m = lambda self: 'm2'
out.append((getx(c), callm(c), cm(C)))
c2 = C.__new__(C)
def f2(): return "inst"
c.__dict__['m'] = f2
out.append(callm(c))
len = lambda x: 0
out.append(glob() is len)
del len
class D(C):
    pass
d = D.__new__(D)
for i in range(20):
    out.append(callm(d))
C.m = lambda self: 'm3'
out.append(callm(d))
class E:
    __slots__ = ('a',)
e = E()
e.a = 5
def ga(o): return o.a
for i in range(20):
    ga(e)
del e.a
try:
    ga(e)
except AttributeError as ex:
    out.append(str(ex))
t = 0
lst = [1, 2, 3]
for i in range(30):
    t += lst[i % 3]
    lst[i % 3] = i
print(out[-6:], t, lst)
print(out[:2], out[20:23])
def k(a, b=1):
    return a + b
def callk(x):
    return k(x)
for i in range(20):
    callk(1)
k.__defaults__ = (10,)
r1 = callk(1)
def k2(a, b=1):
    return a * 100
k.__code__ = k2.__code__
r2 = callk(2)
class G:
    def __getitem__(self, i):
        return i
def sub(o, i):
    return o[i]
g = G()
for i in range(20):
    sub(g, i)
G.__getitem__ = lambda self, i: -i
r3 = sub(g, 5)
def gen(n):
    yield n
def callgen(n):
    return list(gen(n))
for i in range(20):
    callgen(i)
print(r1, r2, r3, callgen(7))
