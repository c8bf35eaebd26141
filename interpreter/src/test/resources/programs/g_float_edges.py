import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, repr(inf), str(-inf))
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, nan is nan, inf == inf)
print(inf - inf, inf * 0, 0 * -inf, inf / inf if False else "skip")
print(math.isnan(inf - inf), math.isinf(-inf), math.isfinite(1e308), math.isfinite(nan))
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), repr(-0.0 + 0.0), -0.0 * 1)
print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2, 2.2250738585072014e-308)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1 / 3, 2 / 3, 10 / 3)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, -2), round(-0.4))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0), type(round(7.0)))
print(round(1e20), round(0.1, 20), round(inf, 2), round(nan, 1))
for v in [1e16, 1e15, 123456789012345678.0, 1.1e-4, 1e-5, 0.0001, 1e22, 1e23, 9.999999999999999e22]:
    print(repr(v), str(v), "%s" % v, f"{v}")
print(float("  3.25  "), float("-1E3"), float("+inf"), float("-Infinity"), float("nan"), float("1_000.5"))
print(float(10**20), float(2**1023), int(1e20), int(-3.99), int(3.99), math.trunc(-7.5))
print(math.floor(-7.5), math.ceil(-7.5), math.floor(7.5), math.ceil(7.000001))
for bad in [lambda: int(inf), lambda: int(nan), lambda: float(2**1024), lambda: math.sqrt(-1),
            lambda: 1.0 / 0, lambda: 1.0 % 0, lambda: 2.0 ** 10000, lambda: math.log(0)]:
    try:
        print(bad())
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print((-8) ** (1 / 3) if False else abs(-2.5), pow(2.0, -2), (-2.0) ** 2, 2 ** -1, 0.0 ** 0)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), divmod(7, -2))
print(sum([0.1] * 10), math.hypot(3, 4))
print(float.is_integer(3.0), (2.5).is_integer(), (0.75).as_integer_ratio(), (-0.5).hex(), float.fromhex("0x1.8p1"))
print(max(nan, 1), max(1, nan), min([3.0, -0.0, 0.0]), sorted([3, 1.5, -inf, 2, inf]))
print(hash(1.0) == hash(1), hash(-0.0) == hash(0.0), hash(inf), hash(-inf), hash(0.5))
print(1e-7, 1e-6, 123e-9, 1.0e+16, 12345678901234567890.0, 0.30000000000000004)
print(3 * 1.1, 2 ** 0.5, math.pi * 2, math.e ** 2, 1 - 0.9, 100 * 1.1)
