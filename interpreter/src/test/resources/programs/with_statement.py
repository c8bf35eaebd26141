class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as c:
    print("inside", c.name)
with CM("b", swallow=True):
    raise ValueError("suppressed")
print("after b")
with CM("outer"), CM("inner"):
    print("both")
try:
    with CM("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
def early():
    with CM("ret"):
        return "returned"
print(early())
