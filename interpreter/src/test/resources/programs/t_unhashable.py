class EqOnly:
    def __eq__(self, o):
        return True
class EqAndHash(EqOnly):
    def __hash__(self):
        return 1
class Explicit:
    __hash__ = None
class Inherit(EqAndHash):
    def __eq__(self, o):
        return False
print(EqOnly.__hash__, Explicit.__hash__, EqAndHash().__hash__(), hash(EqAndHash()))
print(Inherit.__hash__ is None, len({EqAndHash(): 1}))
for expr in ["hash(EqOnly())", "hash(Explicit())", "hash(Inherit())", "{[]: 1}", "{{}}", "hash([])", "hash({})",
             "hash(set())", "hash(bytearray())", "hash(slice(1))", "{1: 2}[[1]]", "set([[1]])", "frozenset([{}])",
             "[] in {1: 2}", "{1}.__contains__([])", "hash((1, []))", "dict.fromkeys([[1]])"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", e)
print(hash(1) == hash(1.0) == hash(1 + 0j), hash("a") == hash("a"), hash(()) == hash(()), hash(None) == hash(None))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(True), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61))
print(hash(0.5), hash(1e100) == hash(int(1e100)), hash(float("inf")), hash(float("-inf")))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
print(hash(H(-1)), hash(H(2 ** 64)) == hash(2 ** 64), hash(H(True)))
{EqOnly(): 1}
