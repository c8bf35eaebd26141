print((2.5).is_integer(), (2.0).is_integer(), (0.1).hex(), float.fromhex("0x1.8p1"), (0.75).as_integer_ratio())
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1e300, -300), round(0.5 + 1e-17), round(-0.0))
print(float("1e500"), float("-inf"), float("  3.5  "), float("1_000.5"), float("nan") != float("nan"), float(7))
print(1.0 / 3, 2 / 3, 1e16, 1e-5, 123456789012345678.0, 0.1 + 0.2, 1.5e300 * 1e10, -1e-320)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // 2, -7.5 % 2, 7.5 % -2, 2.0 ** 0.5, (-8.0) ** 2, 10.0 ** -2)
print(int(1e20), float(2 ** 60), 2 ** 0.5 == 2 ** 0.5, (1.5).conjugate(), (1.5).real, (1.5).imag)
print(abs(-0.0), -0.0 == 0.0, str(-0.0), repr(1.0), repr(1e22), repr(1e-7), str(1e16), repr(0.30000000000000004))
print(max(1.5, 2), min(-0.0, 0.0), sum([0.1] * 10), float.__name__, (3.7).__trunc__(), (3.2).__floor__(), (3.2).__ceil__())
print(hash(1.0) == hash(1), hash(0.5), hash(float("inf")), hash(-1.0))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10))
class F(float):
    pass
f = F(2.5)
print(f, type(f + 1).__name__, F("3.5"), isinstance(f, float), f.is_integer())
for expr in ["float('x')", "float([])", "1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "(-8.0) ** 0.5",
             "0.0 ** -1", "math.sqrt(-1)", "float.fromhex('zz')", "(1.5).as_integer_ratio() and float('inf').as_integer_ratio()",
             "float('nan').as_integer_ratio()", "round(1.5, 'a')", "int(1e400)", "2.0 ** 10000", "math.exp(1000)"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
float("1.2.3")
