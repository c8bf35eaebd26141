counter = 0
items = []


def bump():
    global counter
    counter += 1
    items.append(counter)


for _ in range(3):
    bump()
print(counter, items)


def make():
    state = {"n": 0}
    total = 0

    def step(k):
        nonlocal total
        state["n"] += 1
        total += k
        return total

    def info():
        return state["n"], total

    return step, info


step, info = make()
step(5)
step(7)
print(info())


def outer():
    x = 1

    def mid():
        x = 2

        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    res = mid()
    return res, x


print(outer())


def shadowing():
    len = lambda s: -1
    return len("abc")


print(shadowing(), len("abc"))


def define_global():
    global created_later
    created_later = "made inside"


define_global()
print(created_later)


class Scope:
    x = "class x"
    y = [x for _ in range(1)] if False else None

    def method(self):
        return x


x = "module x"
print(Scope().method(), Scope.x)


def loop_var():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 100
    return [f() for f in fns]


print(loop_var())


def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(del_local())
g = 10


def read_then_write():
    try:
        print(g)
        g = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


read_then_write()
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
print("counter" in globals(), "state" in globals(), globals()["counter"])


def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())


print(show_locals(1))
