def worker():
    print("  start")
    try:
        while True:
            try:
                job = yield
                print("  job", job)
            except ValueError as e:
                print("  recovered from", e)
    except GeneratorExit:
        print("  closing")
        raise
    finally:
        print("  cleanup")


w = worker()
next(w)
w.send("a")
w.throw(ValueError("bad job"))
w.send("b")
w.close()
print("closed", w.gi_frame is None)
w.close()
try:
    w.send("c")
except StopIteration:
    print("send after close -> StopIteration")


def echo():
    value = None
    while True:
        received = yield value
        if received is None:
            return "finished"
        value = received.upper()


e = echo()
print(next(e), e.send("hi"), e.send("there"))
try:
    e.send(None)
except StopIteration as s:
    print("StopIteration value:", s.value)


def bad_close():
    try:
        yield 1
    finally:
        yield 2


b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as r:
    print("RuntimeError:", r)


def thrower():
    yield 1
    yield 2


t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as k:
    print("propagated KeyError", k)
print(list(t))


def fresh():
    yield 1


f = fresh()
try:
    f.throw(TypeError("before start"))
except TypeError as err:
    print("TypeError:", err)
print(next(f, "exhausted"))


def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1


c = counter()
print([next(c), next(c), next(c), c.send("reset"), next(c)])


def running():
    g = yield from inner()
    print("  inner returned", g)
    yield "outer done"


def inner():
    x = yield "inner 1"
    print("  inner got", x)
    yield "inner 2"
    return 42


r = running()
print(next(r), r.send("X"), next(r))
gen = (x * x for x in range(3))
print(gen.gi_running, next(gen), gen.__name__, gen.__qualname__)


def stop_inside():
    yield 1
    raise StopIteration("oops")


try:
    list(stop_inside())
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", repr(err.__cause__))


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)
