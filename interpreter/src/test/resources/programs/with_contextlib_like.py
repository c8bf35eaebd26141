class Timer:
    def __init__(self, name):
        self.name = name
        self.log = []
    def __enter__(self):
        self.log.append("start " + self.name)
        return self.log
    def __exit__(self, *exc):
        self.log.append("stop " + self.name)
        print(self.log)
        return False
with Timer("a") as log:
    log.append("work")
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    [][0]
print("suppressed IndexError")
with Suppress(KeyError):
    print("no error")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError passed through")
class Resource:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.n, et.__name__ if et else "ok")
try:
    with Resource(1) as r1, Resource(2) as r2:
        raise ValueError
except ValueError:
    print("handled")
for i in range(2):
    with Resource(i + 10):
        if i == 0:
            continue
        print("body", i)
