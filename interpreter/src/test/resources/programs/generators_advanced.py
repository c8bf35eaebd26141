def g():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally")
it = g()
print(next(it))
print(it.send("hello"))
it.close()
print("closed")
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
def returns():
    yield 1
    return 99
r = returns()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("value", e.value)
def bad():
    raise StopIteration
    yield
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def sub():
    try:
        yield "a"
        yield "b"
    except ValueError:
        yield "handled"
def deleg():
    yield from sub()
d = deleg()
print(next(d), d.throw(ValueError), next(d, "end"))
gen = (i * i for i in range(3))
print(type(gen).__name__, next(gen), list(gen))
def inf():
    i = 0
    while True:
        yield i
        i += 1
for x in inf():
    if x > 3:
        break
    print("x", x)
