print(hash(1), hash(-1), hash(0), hash(True), hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 30))
print(hash(1.5), hash(-2.25), hash(1e100), hash(0.1), hash(float(2 ** 62)))
print(hash((1, 2, 3)), hash(()), hash((1, (2, 3))), hash((1.5, -2)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset([(1, 2), (3, 4)])))
print(hash(None) == hash(None), hash("abc") == hash("ab" + "c"), hash(b"x") == hash(b"x"))
for v in [[1], {1: 2}, {1}, bytearray if False else [[]]]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k

    def __hash__(self):
        return hash(self.k)

    def __repr__(self):
        return f"Key({self.k})"


class NoHash:
    def __eq__(self, o):
        return True


class Plain:
    pass


d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, len({Key(1), Key(1), Key(2)}))
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__, Plain() == Plain(), Plain.__hash__ is object.__hash__)
p = Plain()
print(p == p, p != p, {p: 1}[p])
print({1: "int", 1.0: "float", True: "bool"}, {0, 0.0, False, -0.0})
print(hash(1) == hash(1.0) == hash(True), 1 == 1.0 == True)
print({(1, 2): "a", (2, 1): "b"}[(2, 1)], {frozenset("ab"): 1}[frozenset("ba")])
s = set()
for i in range(20):
    s.add(i * 7 % 13)
print(sorted(s), len(s))
fs = frozenset(range(5))
print(fs | {9}, fs & {1, 2, 10}, fs - {0}, fs ^ {4, 5}, type(fs | {9}).__name__, fs.issubset(range(10)))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 2}.isdisjoint({3}), {1} == frozenset({1}))
a = [1, 2, 3]
b = a
c = a[:]
print(a is b, a is c, a == c, id(a) == id(b))
b.append(4)
print(a, c)
x = 256
y = 256
print(x == y, "" == str(), () == tuple(), None == None)
print(sorted({"pear": 1, "apple": 2, "fig": 3}), sorted({3, 1, 2}), list({"b": 1, "a": 2}))
words = {"delta", "alpha", "charlie", "bravo"}
print(len(words), "alpha" in words, sorted(words, key=len))
