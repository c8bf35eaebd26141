s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s), 2 in s, s.pop() in (2, 3, 4), s.copy() == s)
a, b = {1, 2, 3}, {3, 4}
print(a | b, a & b, a - b, a ^ b, a.union([9]), a.intersection(b, {3}), a.difference(b), a.symmetric_difference(b))
print(a <= a, a < {1, 2, 3, 4}, a.issubset(range(5)), a.issuperset({1}), a.isdisjoint({7}), {1} == frozenset({1}))
c = {1, 2}
c.update([3], (4,))
c.intersection_update({1, 2, 3})
c.difference_update({1})
c.symmetric_difference_update({3, 5})
print(c)
f = frozenset("abc")
print(sorted(f), type(f | {1}).__name__, type({1} | f).__name__, hash(f) == hash(frozenset("cba")), frozenset())
print(set(), set("aab") == {"a", "b"}, {x % 3 for x in range(10)}, set(range(3)), len(set([1, 1.0, True])))
print(sorted({(1, 2), (1, 2)}), {frozenset({1}): "ok"}[frozenset({1})])
e = set()
e.clear()
print(e, repr(frozenset()), {1, 2} - {2}, bool(set()), list(sorted({5, 3})))
class S(set):
    pass
ss = S([1, 2])
print(sorted(ss), type(ss | {3}).__name__, isinstance(ss, set))
for expr in ["set().pop()", "{1}.remove(2)", "{[]}", "{1} + {2}", "{1} < [1]", "set(5)", "frozenset([[1]])",
             "{1}.add([])", "f.add(1)", "{1}.update(5)", "{1} | [2]", "hash({1})", "{1} & 'a'"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as ex:
        print(expr, "->", type(ex).__name__ + ":", ex)
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as ex:
    print(ex)
{1, 2}.remove(3)
