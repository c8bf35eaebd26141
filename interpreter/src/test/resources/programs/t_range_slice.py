r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], 5 in r, 6 in r, r.index(8), r.count(11), r.start, r.stop, r.step)
print(range(5) == range(0, 5), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5), hash(range(3)) == hash(range(0, 3)))
print(list(reversed(range(10, 0, -3))), bool(range(0)), range(-5, 5)[-1], list(range(0, -10, -4)), range(10)[100:])
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], big.index(12345), big.count(-1), bool(big))
try:
    len(big)
except OverflowError as e:
    print(e)
it = iter(range(2 ** 63 - 2, 2 ** 63 + 1))
print(list(it), type(iter(big)).__name__, type(iter(range(3))).__name__)
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(5))
print(slice(1, 2) == slice(1, 2), [0, 1, 2, 3, 4][sl], "abcdef"[slice(None, None, -2)], (0, 1, 2)[slice(1, None)])
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], range(5)[Idx()], [1, 2, 3, 4][Idx():], range(Idx()))
for expr in ["range(1.5)", "range(0, 1, 0)", "range(5)[7]", "range(5)['a']", "range(5).index(9)", "range()",
             "range(1, 2, 3, 4)", "slice(1, 2, 0).indices(5)", "slice(1).indices(-1)", "[1, 2][1:2:0]", "hash(slice(1))",
             "range(5) < range(6)"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
range(3)[3]
