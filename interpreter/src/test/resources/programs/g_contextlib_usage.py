from contextlib import contextmanager, suppress, ExitStack


class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"close {self.name} exc={exc_type.__name__ if exc_type else None}")
        if self.fail_on_exit:
            raise RuntimeError(f"close failed: {self.name}")
        return exc_type is KeyError


with Resource("a") as a, Resource("b") as b:
    print("inside", a.name, b.name, Resource.opened)
print(Resource.opened)

with Resource("swallow"):
    raise KeyError("hidden")
print("after swallowed KeyError")

try:
    with Resource("leak"):
        raise ValueError("visible")
except ValueError as e:
    print("caught", e)

try:
    with Resource("bad", fail_on_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print(f"<!-- {name} recovered -->")
    finally:
        print(f"</{name}>")


with tag("html") as t:
    print(t)
    with tag("body"):
        print("text")
with tag("div"):
    1 / 0
print("continued")

with suppress(IndexError, KeyError):
    [][1]
print("suppressed")


class Timer:
    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, *exc):
        self.exited = exc
        return False


with Timer() as tm:
    pass
print(tm.entered, tm.exited)

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("stack holds", [r.name for r in rs])


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back:", ev)
            return True


data = {"x": 1}
with Transaction(data) as d:
    d["x"] = 2
    d["y"] = 3
print(data)
with Transaction(data) as d:
    d["x"] = 100
    raise RuntimeError("abort")
print(data)
