"""Per-construct micro-benchmarks: what one Python construct costs, in nanoseconds per loop iteration.

    python3.11 bench/micro.py [CONSTRUCT ...] [--reps N] [--loops N]
    ./quicken run bench/micro.py attr

Each construct is a function whose loop repeats the construct two or four times per iteration (see
its body); `empty` is the bare `for i in range(n): pass` loop they all carry. The function runs
--reps times (default 200) with --loops iterations (default 200,000), and the line printed is the
lower quartile of the reps: `NAME NS` with NS the CPU time of the running thread
(time.thread_time()) per loop iteration. The first reps warm up an adaptive interpreter (and a JIT)
and fall in the upper quartiles. bench/micro_run.py runs every construct in its own process under
each mode and prints the medians side by side, with ratios: one construct per process, so that the
JIT compiles each construct's loop on its own rather than on the profile of all of them."""
import sys
import time


class P:
    def __init__(self):
        self.x = 1
        self.y = 2

    def m(self):
        return self.x


class S:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1


G = 5


def f0():
    return 1


def f2(a, b):
    return a


def gen(n):
    for i in range(n):
        yield i


def empty(n):
    for i in range(n):
        pass


def fast(n):
    for i in range(n):
        t = i; t = i; t = i; t = i


def attr(n):
    p = P()
    for i in range(n):
        t = p.x; t = p.y; t = p.x; t = p.y


def slot(n):
    p = S()
    for i in range(n):
        t = p.x; t = p.x; t = p.x; t = p.x


def setattr_(n):
    p = P()
    for i in range(n):
        p.x = i; p.y = i; p.x = i; p.y = i


def glob(n):
    for i in range(n):
        t = G; t = G; t = G; t = G


def builtin(n):
    for i in range(n):
        t = len; t = len; t = len; t = len


def meth(n):
    p = P()
    for i in range(n):
        p.m(); p.m()


def call0(n):
    for i in range(n):
        f0(); f0()


def call2(n):
    for i in range(n):
        f2(i, i); f2(i, i)


def initcall(n):
    for i in range(n):
        P()


def fadd(n):
    x = 1.5
    y = 2.5
    for i in range(n):
        t = x + y; t = x * y; t = x - y; t = x + y


def iadd(n):
    t = 0
    for i in range(n):
        t = i + 1; t = i - 1; t = i + i; t = t + 1


def cmpi(n):
    t = 0
    for i in range(n):
        if i < 0:
            t = 1
        if i == -1:
            t = 1
        if i > n:
            t = 1


def lsub(n):
    lst = [1, 2, 3]
    for i in range(n):
        t = lst[0]; t = lst[1]; t = lst[2]; t = lst[0]


def lstore(n):
    lst = [1, 2, 3]
    for i in range(n):
        lst[0] = i; lst[1] = i; lst[2] = i; lst[0] = i


def unpack(n):
    t = (1, 2)
    for i in range(n):
        a, b = t; a, b = t


def lenc(n):
    lst = [1]
    for i in range(n):
        len(lst); len(lst)


def isinst(n):
    for i in range(n):
        isinstance(i, int); isinstance(i, int)


def append(n):
    lst = []
    for i in range(n):
        lst.append(i)


def listcomp(n):
    for i in range(n // 10):
        [j for j in range(10)]


def genloop(n):
    for x in gen(n):
        pass


CONSTRUCTS = [empty, fast, attr, slot, setattr_, glob, builtin, meth, call0, call2, initcall, fadd, iadd,
              cmpi, lsub, lstore, unpack, lenc, isinst, append, listcomp, genloop]


def main(argv):
    reps = 200
    loops = 200000
    names = []
    i = 0
    while i < len(argv):
        if argv[i] == "--reps":
            reps = int(argv[i + 1])
            i += 2
        elif argv[i] == "--loops":
            loops = int(argv[i + 1])
            i += 2
        else:
            names.append(argv[i])
            i += 1
    known = {fn.__name__: fn for fn in CONSTRUCTS}
    for name in names:
        if name not in known:
            print("micro.py: unknown construct " + repr(name) + "; known: " + " ".join(known), file=sys.stderr)
            return 2
    for fn in CONSTRUCTS:
        if names and fn.__name__ not in names:
            continue
        times = []
        for r in range(reps):
            t0 = time.thread_time()
            fn(loops)
            times.append(time.thread_time() - t0)
        times.sort()
        print("%s %.1f" % (fn.__name__, times[len(times) // 4] / loops * 1e9))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
