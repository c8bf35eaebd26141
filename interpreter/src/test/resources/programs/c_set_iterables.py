s = {1, 2, 3}
print(sorted(s.union([3, 4], (5,), "")), sorted(s.union()), sorted(s.intersection([2, 3, 9])), sorted(s.intersection(range(3), [1, 2])))
print(sorted(s.difference([1])), sorted(s.difference([1], (2,))), sorted(s.symmetric_difference([3, 4])))
print(s.issubset([1, 2, 3, 4]), s.issuperset([1, 2]), s.isdisjoint([7, 8]), s.isdisjoint(iter([3])))
t = set(s)
t.update([4], (5, 6)); print(sorted(t))
t.intersection_update([1, 2, 4, 9], range(10)); print(sorted(t))
t.difference_update([1], iter([2])); print(sorted(t))
t.symmetric_difference_update([4, 7]); print(sorted(t))
def gen():
    yield 2
    yield 3
    yield 2
print(sorted(s.intersection(gen())), sorted(s.difference(gen())), sorted(s.union(gen())))
fs = frozenset([1, 2])
print(fs | {3}, fs & {1}, fs - {1}, fs ^ {2, 5}, type(fs | {3}).__name__, type({3} | fs).__name__)
print(sorted(fs.union([9])), type(fs.union([9])).__name__, fs.copy() is fs)
x = {1, 2}
x |= {3}; x &= {1, 3, 5}; x -= {5}; x ^= {9}
print(sorted(x))
x.add(4); x.discard(100); x.remove(4)
print(sorted(x), x.pop() in (1, 3, 9), len(x))
for bad in [lambda: s | [1], lambda: s & "a", lambda: {1}.remove(5), lambda: set().pop(),
            lambda: s.union(5), lambda: s.intersection(None), lambda: {[]}, lambda: s.issubset(3),
            lambda: frozenset().add, lambda: s < [1], lambda: {1} - 1]:
    try:
        r = bad()
        print(r if not callable(r) else "callable")
    except Exception as e:
        print(type(e).__name__, e)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == frozenset([1]), {1, 2} != {2, 1})
print(set("abc") == set("cba"), sorted({x * x for x in range(-3, 4)}), set(), frozenset(), repr({1}), repr(frozenset({2})))
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v % 3)
    def __eq__(self, o): return isinstance(o, Key) and self.v % 3 == o.v % 3
    def __repr__(self): return f"K{self.v}"
ks = {Key(1), Key(4), Key(2)}
print(len(ks), Key(7) in ks, Key(3) in ks)
