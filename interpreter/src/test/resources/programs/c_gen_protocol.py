def g():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")
    return "done"

it = g()
print(next(it), it.send(5), it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)

def inner():
    try:
        v = yield "i1"
        print("inner got", v)
        yield "i2"
    except KeyError as e:
        print("inner caught", repr(e))
        return "inner-ret"
    finally:
        print("inner finally")
    return "inner-end"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"

o = outer()
print(next(o), o.send("hello"), o.throw(KeyError("k")))
o.close()
o2 = outer()
next(o2)
o2.close()
print("closed", o2.gi_frame is None)

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catcher(); next(c); c.close()

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)

def fresh():
    yield 1
f = fresh()
try:
    f.send(3)
except TypeError as e:
    print("TypeError", e)
f.close(); print(list(f))
try:
    fresh().throw(IndexError)
except IndexError as e:
    print("IndexError thrown", repr(e))
def reent():
    yield next(r)
r = reent()
try:
    next(r)
except ValueError as e:
    print("ValueError", e)
def ret_stop():
    yield 1
    raise StopIteration("x")
try:
    list(ret_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def counter(n):
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
cg = counter(0); next(cg)
for k in [1, 2, 3]:
    print(cg.send(k), end=" ")
try:
    cg.send(None)
except StopIteration as e:
    print("final", e.value)
gx = (i * i for i in range(3))
print(next(gx), list(gx), list(gx), type(gx).__name__, g.__name__, it.__name__ if hasattr(it, "__name__") else "")
def ydeleg():
    yield from [1, 2]
    yield from (x for x in "ab")
    r = yield from range(0)
    print("r", r)
print(list(ydeleg()))
