def make_counters():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    fixed = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in fixed]
print(make_counters())

def deep():
    x = 0
    def a():
        def b():
            def c():
                nonlocal x
                x += 1
                return x
            return c
        return b
    c = a()()
    c(); c()
    return x, c.__closure__[0].cell_contents
print(deep())

def shared():
    v = []
    def add(k):
        v.append(k)
    def get():
        return tuple(v)
    return add, get
add, get = shared()
add(1); add(2)
print(get(), add.__closure__[0] is get.__closure__[0])

def rebinding():
    n = 1
    def show():
        return n
    n = 2
    r1 = show()
    n = 3
    return r1, show()
print(rebinding())

def unbound():
    def f():
        return z
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    z = 5
    return f()
print(unbound())

def cell_del():
    q = 1
    def g():
        return q
    del q
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
cell_del()

def gen_closure():
    total = 0
    def acc():
        nonlocal total
        while True:
            v = yield total
            total += v
    return acc
g = gen_closure()()
next(g); g.send(5); print(g.send(7))

class K:
    y = 10
    def m(self):
        return y if False else K.y
    vals = [y * 2 for _ in range(2)] if False else None
print(K().m(), K.vals)

x = "global"
def outer():
    x = "enclosing"
    class Inner:
        print("class sees", x)
        x = "class"
        print("class now", x)
        def meth(self):
            return x
    return Inner().meth()
print(outer())

def counter_factory():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    inc.reset = lambda: None
    return inc
c1, c2 = counter_factory(), counter_factory()
print(c1(), c1(5), c2(), c1.__code__.co_freevars, c1.__name__, c1.__qualname__)
print([f.__code__.co_cellvars for f in (deep, shared, outer)])
fs = {k: (lambda k=k: k * k) for k in range(3)}
print({k: v() for k, v in fs.items()})
