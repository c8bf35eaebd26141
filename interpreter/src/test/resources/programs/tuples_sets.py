t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), (), tuple([5, 6]))
a, b, c = t
print(a, b, c)
x, *rest = [1, 2, 3, 4]
print(x, rest)
*init, last = "abcd"
print(init, last)
first, *mid, end = range(5)
print(first, mid, end)
print(t.count(2), t.index(3), (1, 2) < (1, 3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
s = {1, 2, 3}
s.add(4); s.discard(10)
print(s, len(s), 3 in s, s | {5}, s & {1, 2, 9}, s - {1}, s ^ {1, 9})
print(set(), frozenset([1, 2]), {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, set("aab") == {"a", "b"})
print(sorted({"b", "a", "c"}), {x % 3 for x in range(10)})
