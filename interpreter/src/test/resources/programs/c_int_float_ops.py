print(divmod(7, -2), divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 7.5 // 2, -7.5 % 2, divmod(-0.0, 1))
print(pow(3, 200, 1000), pow(-2, 5, 7), pow(5, -2, 13), 2 ** -2, (-8) ** (1 / 3) if False else 0, 10 ** 20)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xff, 1 << 70, (1 << 70) >> 68, -1 >> 5, -16 >> 2)
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length(), (7).bit_count(), (-7).bit_count())
print((10).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio(), (10).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), float("inf").is_integer(), (12).numerator, (12).denominator, (5).real, (5).imag)
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(-1.5), round(1e20), round(123.456, -1), round(5, 1))
print(float("inf"), float("-inf"), float("nan"), 1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2, 1.7976931348623157e308)
print(float("  1.5  "), float("1_000.5"), float("-0"), float(".5"), float("1e-3"), float("infinity"), float("-NaN"))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123456789, 1e-5, 0.0001, -0.0, 1e22, 1e21)
print(int(3.9), int(-3.9), int("0x1f", 16), int("0b101", 0), int("  42  "), int("1_000"), int("z", 36), int(True))
print(hex(2 ** 64), oct(-9), bin(0), format(255, "#x"), format(-255, "x"), format(10, "o"), format(5, "+d"))
print(float.fromhex("0x1.8p1"), (3.5).hex(), (0.1).hex(), float(2 ** 53 + 1), int(1e18), int(-1e18))
print(7 / 2, 7 // 2.0, 2 ** 0.5, 10 % 3.5, abs(-0.0), max(0.0, -0.0), min(-0.0, 0.0), 1 == 1.0, 2 ** 63 == 2.0 ** 63)
print(3 < 3.5, 10 ** 30 > 1e29, float(10 ** 30) == 10 ** 30, 1e300 < 10 ** 301, hash(0.5), hash(-1), hash(-2), hash(2 ** 61))
print(True + True, True * 3, -True, ~True, True & False, True | False, True ^ True, type(True & True).__name__)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.gcd(12, 18))
print(math.sqrt(16), math.pi, math.e, math.inf, math.isnan(math.nan), math.isinf(-math.inf), math.copysign(3, -0.0))
for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.5 % 0,
            lambda: divmod(1, 0.0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 2 ** 10000 * 1.0, lambda: float(2 ** 1024),
            lambda: int("abc"), lambda: int("1", 1), lambda: int(float("inf")), lambda: int(float("nan")),
            lambda: float("x"), lambda: 1 << -1, lambda: (1).to_bytes(0, "big"), lambda: (256).to_bytes(1, "big"),
            lambda: (-1).to_bytes(1, "big"), lambda: round(1.5, "x"), lambda: 5 + "a", lambda: math.sqrt(-1),
            lambda: (1.5).as_integer_ratio() and float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(),
            lambda: 10 ** -1.5 if False else pow(10, 2, 0.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
