"""range(n) of an int that fits a long made without __new__/__init__ (range_vectorcall): bools, int subclasses, __index__, errors, edges of the long range."""
print(list(range(5)), list(range(-3)), list(range(0)), range(7), range(2**70), len(range(2**62)))
print(range(True), range(3.0) if False else 'skip')
class I(int): pass
print(list(range(I(3))))
class X:
    def __index__(self): return 4
print(list(range(X())))
for bad in ('3', 3.0, None):
    try:
        range(bad)
    except TypeError as e:
        print(e)
try:
    range(n=3)
except TypeError as e:
    print(e)
try:
    range()
except TypeError as e:
    print(e)
r = range(9223372036854775807)
print(r[-1], len(r))
print(list(range(-2**63, -2**63 + 2)))
