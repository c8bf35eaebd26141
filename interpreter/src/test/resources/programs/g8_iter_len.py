"""iter() of a range and a generator, len() of a set and a frozenset without the dunder look-ups: subclasses, big ranges, coroutines."""
class S(set):
    def __len__(self): return 42
class F(frozenset): pass
print(len({1, 2}), len(frozenset([1, 2, 3])), len(S([1])), len(F([1, 2])), len(set()))
print(list(range(3)), list(range(10**20, 10**20 + 2)), list(iter(range(-3, 3, 2))), [x for x in range(0)])
def g():
    yield 1
it = g()
print(iter(it) is it, list(it))
async def co():
    pass
c = co()
try:
    iter(c)
except TypeError as e:
    print(e)
c.close()
for i in range(2**63 - 2, 2**63 + 1):
    print(i)
print(sum(i for i in range(5)), len(set(i for i in range(7))))
