x = "global"


def outer():
    x = "enclosing"

    def inner():
        nonlocal x
        x = "modified"
        return x

    def reader():
        return x

    before = reader()
    inner()
    return before, reader()


print(outer(), x)


def use_global():
    global x
    x = "changed"


use_global()
print(x)
counter = 0


def bump(n=1):
    global counter
    counter += n
    return counter


print([bump() for _ in range(3)], bump(10))


class Scope:
    y = 1
    ys = [y * i for i in range(3)] if False else None
    z = y + 1

    def method(self):
        return Scope.y, self.z


print(Scope().method())


def make():
    funcs = {}
    for name in ["a", "b"]:
        def f(name=name):
            return name * 2
        funcs[name] = f
    return funcs


print({k: v() for k, v in make().items()})


def shadow():
    try:
        print(undefined_local)
        undefined_local = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


shadow()


def comp_scope():
    i = "outer i"
    squares = [i * i for i in range(4)]
    return i, squares


print(comp_scope())
print(sorted(k for k in dir() if not k.startswith("_")))
lam = lambda a, *b, c=3, **d: (a, b, c, d)
print(lam(1, 2, c=4, e=5), lam.__name__, (lambda: 0).__code__.co_name)


def gen_scope():
    total = 0
    for i in range(5):
        total += i
        yield total


print(list(gen_scope()))
del counter
try:
    print(counter)
except NameError as e:
    print("NameError:", e)


def deleted():
    v = 1
    del v
    return v


deleted()
