print(all([]), all([1, 0]), any([]), any([0, 2]), all(x > 0 for x in range(1, 4)))
print(ascii("héllo\n"), ascii([1, "ü"]), bin(10), bin(-10), oct(64), oct(-8), hex(255), hex(-255))
print(callable(len), callable(1), callable(lambda: 0), callable(int), chr(65), chr(0x20ac), ord("€"), ord(b"A"))
class P:
    pass
p = P()
setattr(p, "x", 5)
print(getattr(p, "x"), getattr(p, "y", "dflt"), hasattr(p, "x"), hasattr(p, "y"))
delattr(p, "x")
print(hasattr(p, "x"), vars(p))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-7, -2))
print(list(enumerate("abc", 1)), list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x % 2, range(6))))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(0.5, "%"))
print(frozenset([1, 2, 2]) == {1, 2}, isinstance(1, (str, int)), issubclass(bool, int), issubclass(int, (str, object)))
it = iter([1, 2, 3, 0, 4].pop, 0)
print(list(iter(lambda c=[5]: c.append(c[-1] - 1) or c[-1], 2)))
print(len("abc"), len([1]), len({}), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(max([3, 1, 2]), max(3, 9, 4), max([], default="none"), max(["aa", "b"], key=len), min("bca"), min([4, 2], key=lambda v: -v))
print(min([], default=None), max([1, 3, 3], key=lambda v: v), max((1, "a"), (1, "b")))
it = iter([10, 20])
print(next(it), next(it), next(it, "end"))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(7, -1, 11), pow(2.0, 0.5))
import sys
print("a", "b", sep="-", end="!\n")
print("to err", file=sys.stderr)
print(*range(3), sep=", ")
print(list(range(10, 0, -3)), range(5)[1:3], range(0, 10, 2)[-1], 4 in range(0, 10, 2), range(3) == range(0, 3))
print(repr("x"), repr(1.0), list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed("ab")))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(15, -1), round(25, -1), type(round(2.5)))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), [0, 1, 2, 3, 4, 5][s], slice(3))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([(1, "b"), (0, "z")], key=lambda t: t[1]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)))
T = type("T", (object,), {"a": 1, "m": lambda self: self.a + 1})
print(T.__name__, T().m(), type(T), type(3), type("s") is str)
print(list(zip([1, 2], "ab")), list(zip()), list(zip([1, 2, 3], [4])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError", e)
print(abs(-3), abs(-2.5), abs(3 + 4j), bool(), int(), float(), str(), tuple(), list(), dict(), set())
print(isinstance(True, int), hash(1) == hash(1.0), id(p) == id(p), dir(p) == sorted(dir(p)), "x" in dir(P) or "__init__" in dir(P))
g = {"a": 1}
print(eval("a + 1", g), eval("b * 2", {}, {"b": 4}))
exec("c = a * 10", g)
print(g["c"])
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: max([]),
            lambda: min(), lambda: next(iter([])), lambda: getattr(p, "zz"), lambda: divmod(1, 0),
            lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: round("x"), lambda: sum(["a"], ""),
            lambda: sorted([1, "a"]), lambda: iter(5), lambda: len(5), lambda: abs("x"), lambda: hash([]),
            lambda: int("12x"), lambda: float("nan1"), lambda: range(1, 2, 0), lambda: setattr(1, "x", 2),
            lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: bin(1.5), lambda: format(1, "q")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
