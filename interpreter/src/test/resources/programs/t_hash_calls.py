log = []
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        log.append("h%d" % self.v)
        return hash(self.v)
    def __eq__(self, o):
        log.append("e%d" % self.v)
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return "K%d" % self.v
def step(label, f):
    log.clear()
    r = f()
    print(label, r, log)
d = {}
step("literal", lambda: {K(1): "a", K(2): "b"})
step("store", lambda: d.__setitem__(K(1), 1))
step("store again", lambda: d.__setitem__(K(1), 2))
step("in", lambda: K(1) in d)
step("not in", lambda: K(3) in d)
step("get", lambda: d.get(K(1)))
step("setdefault", lambda: d.setdefault(K(4), 0))
step("pop", lambda: d.pop(K(4)))
step("update from dict", lambda: d.update({K(5): 5}))
step("merge", lambda: {**d})
step("copy", lambda: dict(d))
step("set", lambda: {K(1), K(1)})
step("set in", lambda: K(1) in {K(1)})
step("frozenset", lambda: frozenset([K(6)]))
step("list in", lambda: K(7) in [K(8), K(7)])
step("dict keys", lambda: list(d))
step("fromkeys", lambda: dict.fromkeys([K(9)]))
step("del", lambda: d.__delitem__(K(5)))
step("kwargs", lambda: (lambda **kw: sorted(kw))(**{"a": 1}))
class Bad:
    def __hash__(self):
        return "x"
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()) == hash(2 ** 100), hash(-1), hash(-2))
{Bad(): 1}
