words = ["pear", "Apple", "fig", "banana", "cherry", "date", "Elderberry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=lambda w: (len(w), w)))
print(min([], default="empty"), max([], default=None), min(3, 1, 2), max("abc", "abd", key=lambda s: s[-1]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
print(list(zip("abc", range(10))), list(zip()), list(zip([1, 2], [3, 4], [5, 6])))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(list(enumerate("xyz")), list(enumerate(["a", "b"], 10)))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(str.upper, "hi")), list(filter(None, [0, 1, "", "x", [], [0]])))
print(list(filter(lambda n: n % 3 == 0, range(20))), any([]), all([]), any(x > 5 for x in range(7)))
print(all(c.isalpha() for c in "abc"), any(map(str.isdigit, "ab1")))
print(sum([1, 2, 3]), sum([0.1] * 3), sum([[1], [2, 3]], []), sum(range(5), 100), sum([1.5, 2.5], start=1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, (str, int)), isinstance(True, int), isinstance(3.0, (int, (str, float))), issubclass(bool, (str, int)))
print(abs(-3), abs(-3.5), abs(True), round(3.14159, 2), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000))
print(chr(65), ord("z"), chr(0x263A), ord("€"), ascii("naïve ☺"), repr("naïve ☺"))
print(bin(10), oct(10), hex(10), int("1010", 2), format(10, "b"))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(range(10, 0, -3)))
r = range(3, 30, 4)
print(r, len(r), r[2], r[-1], r[1:3], 11 in r, 12 in r, r.index(15), r.count(7), list(r[::-2]))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
print(callable(len), callable(3), callable(int), hasattr("x", "upper"), getattr("x", "nope", "dflt"))
print(type(3), type("s"), type([]), type(None), type(type), type(print).__name__)
print(len("héllo"), len([1, [2, 3]]), len({1: 2}), len(range(0, 100, 7)), len(b"abc"))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash("a") == hash("a"))
print(id(words) == id(words), words is words, [] is [], None is None)
print(str(b"ab"), bytes([65, 66]), bytes("hé", "utf-8"), list(b"hi"), bytes(3))
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict(zip("ab", [1, 2])), dict.fromkeys("abc", 0))
print(set("mississippi") == {"m", "i", "s", "p"}, sorted(set("mississippi")), frozenset([3, 1, 2]) == {1, 2, 3})
print(tuple("ab"), list((1, 2)), list({"k": 1}), tuple(range(3)), list(map(int, "123")))
print(slice(1, 10, 2), slice(5).indices(3), "abcdefgh"[slice(1, None, 3)])
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), repr(eval("'q'")))
ns = {}
exec("def f(a):\n    return a * 3\nres = f(7)", ns)
print(ns["res"], sorted(k for k in ns if not k.startswith("__")))
print(format(1234.5, ",.1f"), format("ab", ">4"), object().__class__.__name__, bool(), int(), float(), str())
