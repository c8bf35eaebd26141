import contextlib


class Timer:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  " * Timer.depth + f"exit {self.name} exc={exc_type.__name__ if exc_type else None}")
        Timer.depth -= 1
        return exc_type is KeyError


with Timer("outer") as t1, Timer("inner") as t2:
    print("body", t1.name, t2.name)
with Timer("swallow"):
    raise KeyError("gone")
print("after swallow")
try:
    with Timer("propagate"):
        raise ValueError("kept")
except ValueError as e:
    print("caught", e)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled zero division")
    finally:
        print(f"</{name}>")


with tag("b") as up:
    print("inside", up)
with tag("i"):
    1 / 0
with contextlib.suppress(IndexError, KeyError):
    [][1]
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in ["x", "y", "z"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in stack")


class Resource:
    opened = []

    def __init__(self, n):
        self.n = n

    def close(self):
        print("closing", self.n)


with contextlib.closing(Resource(7)) as r:
    print("using", r.n)
with contextlib.nullcontext(42) as v:
    print(v)


def gen_cleanup():
    with Timer("in generator"):
        yield 1
        yield 2


g = gen_cleanup()
print(next(g))
g.close()
print("done")
with Timer("final"):
    raise RuntimeError("unhandled in with")
