a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [10]), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a <= b, {4, 5} <= a, {4, 5} < b, a >= {1}, a.issuperset([1, 2]), a.isdisjoint({8, 9}))
c = set()
c.add(3)
c.update([1, 2], (5,))
c.discard(99)
c.remove(1)
print(c, len(c), 2 in c, 1 in c)
try:
    c.remove(42)
except KeyError as e:
    print("KeyError:", e)
x = c.pop()
print(x in {2, 3, 5}, len(c))
s = {3, 1, 2}
s |= {9}
s &= {1, 2, 9, 10}
s -= {2}
s ^= {1, 4}
print(s, sorted(s))
fs = frozenset("hello")
print(sorted(fs), len(fs), "h" in fs, type(fs & {"h"}).__name__, type({"h"} & fs).__name__)
print({x % 4 for x in range(20)}, {c for c in "mississippi"} == set("misp"))
print(set(), frozenset(), set([1, 1, 1]), sorted(set("banana")), set(range(3)) == {0, 1, 2})
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {(1, 2), (2, 1)}, {frozenset({1}), frozenset({1})})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
words = ["apple", "banana", "apricot", "blueberry", "cherry", "avocado"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], set()).add(w)
print({k: sorted(v) for k, v in sorted(by_letter.items())})
seen, dups = set(), set()
for n in [1, 3, 5, 3, 7, 1, 9, 1]:
    (dups if n in seen else seen).add(n)
print(sorted(seen), sorted(dups))
print(sorted({"b", "a", "c"} - {"a"}), sorted(set("abc") ^ set("bcd")), max({3, 8, 1}), sum({1, 2, 3}))
e = {1, 2, 3}
f = e.copy()
f.add(4)
print(e, f, e.issubset(f), e == f - {4})
print(set("abc").union("cde") == set("abcde"), len(set(range(1000)) & set(range(500, 1500))))
c2 = {1, 2, 3}
try:
    for v in c2:
        c2.add(v + 10)
except RuntimeError as err:
    print("RuntimeError:", err)
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({2})))
