"""abs() and unary minus on exact ints and floats (fast paths) and on subclasses, bigs, bools."""
import math
for v in [-5, 5, 0, -0, True, False, -2**63, 2**63, -2**64, -1.5, 1.5, -0.0, 0.0, float('inf'), float('-inf'), float('nan'), 3+4j, -7]:
    r = abs(v); print(repr(v), repr(r), type(r).__name__, r is v)
    n = -v if not isinstance(v, complex) else -v; print(repr(n), type(n).__name__)
print(math.copysign(1, abs(-0.0)), math.copysign(1, -0.0), math.copysign(1, -(0.0)))
class F(float): pass
print(abs(F(-2.5)), type(abs(F(-2.5))).__name__, -F(2.5), type(-F(2.5)).__name__)
class I(int):
    def __abs__(self): return 'mine'
print(abs(I(-3)))
try: abs('x')
except TypeError as e: print(e)
