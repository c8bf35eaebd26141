"""Generators resumed by FOR_ITER and SEND: values, return values, PEP 479, tracebacks through
generator frames, gi_running, f_back, exception state, recursion, close."""
import sys, traceback
def g(n):
    for i in range(n):
        yield i
    return 'done'
print(list(x * 2 for x in g(5)))
for x in g(3): print(x)
def bad():
    yield 1
    raise StopIteration
try:
    for x in bad(): print('bad', x)
except RuntimeError as e:
    print('RT', e, type(e.__cause__), e.__context__ is e.__cause__)
def boom():
    yield 1
    1/0
try:
    for x in boom(): pass
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
def deleg():
    r = yield from g(3)
    print('r', r)
    r = yield from boom()
print(list(zip(range(10), deleg())) if False else None)
try:
    for x in deleg(): print('d', x)
except ZeroDivisionError as e:
    traceback.print_exc(file=sys.stdout)
def acc():
    t = 0
    while True:
        v = yield t
        if v is None: return t
        t += v
def drive():
    a = acc(); next(a)
    r = yield from a
def outer():
    x = yield from inner()
    yield x
def inner():
    v = yield 'first'
    yield v
    return 'ret'
o = outer(); print(next(o)); print(o.send('sent')); print(next(o))
def selfref():
    yield gi.gi_running
    for x in gi: pass
gi = selfref()
print(next(gi))
try: next(gi)
except ValueError as e: print('VE', e)
def frames():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back is not None
def user():
    for x in frames(): print('fb', x)
user()
g2 = g(2)
print(g2.gi_frame.f_back)
for x in g2: print('gi_running', g2.gi_running, g2.gi_frame.f_back is not None)
def rec(n):
    if n: 
        for x in rec(n - 1): yield x
    yield n
print(sum(rec(50)))
def deep(n):
    for x in deep(n + 1): yield x
    yield n
try:
    for x in deep(0): pass
except RecursionError as e: print('RecursionError', str(e)[:40])
def ctx():
    try:
        yield 1
    finally:
        print('finally', sys.exc_info()[0])
for x in ctx(): pass
def exc_in():
    try: raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
for x in exc_in(): print(x, sys.exc_info()[0])
try:
    raise ValueError('outer')
except ValueError:
    for x in exc_in(): print(x, sys.exc_info()[0])
    def gg():
        yield sys.exc_info()[0]
    for x in gg(): print('gg', x)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('closing')
        raise
c = closer()
for x in c:
    print('c', x)
    break
c.close()
def sendmany():
    total = yield from acc()
    yield 'total', total
s = sendmany(); next(s)
for i in range(5): s.send(i)
print(s.send(None))
def ret_in_for():
    for x in g(4):
        if x == 2:
            return x
        yield x
print(list(ret_in_for()), [y for y in g(3)])
