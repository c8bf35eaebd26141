# Calls and generator resumes after warm-up (quickened RESUME): frame state seen from inside and
# outside, throw/close at a yield, yield from, tracebacks through pushed frames, deep recursion.
import sys


def where(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno


def callee(a, b=2):
    return where()


def gen(n):
    for i in range(n):
        try:
            x = yield i
        except ValueError as e:
            yield ("caught", str(e), where()[1])
        if x is not None:
            yield ("sent", x)
    return "done"


def outer(n):
    r = yield from gen(n)
    yield ("outer got", r)


def boom(k):
    if k == 0:
        raise KeyError(k)
    return boom(k - 1) + 1


class P:
    def __init__(self, v):
        self.v = v

    def m(self, w):
        return self.v + w


def rec(n):
    return 0 if n == 0 else rec(n - 1) + 1


out = []
print = lambda *a: out.append(" ".join(map(str, a)))
for rnd in range(12):  # the first rounds run unquickened code, the later ones quickened and specialized
    out = []
    print(rnd, callee(1), callee(1, 3), P(rnd).m(1))
    g = gen(4)
    print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_lasti > 0)
    print(g.send(None), g.gi_frame.f_lineno)
    print(g.throw(ValueError("v")), g.gi_frame.f_lineno)
    print(next(g), g.send("s"), list(g))
    o = outer(3)
    print(next(o), o.send(None), o.throw(ValueError("w")), list(o))
    c = gen(2)
    next(c)
    c.close()
    print("closed", c.gi_frame)
    try:
        boom(3)
    except KeyError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("tb", names)
    print(rec(200), sum(x for x in gen(5) if isinstance(x, int)))
    if rnd in (0, 11):
        sys.stdout.write("\n".join(out) + "\n")

try:
    rec(50000)
except RecursionError as e:
    sys.stdout.write("RecursionError %s\n" % e)
