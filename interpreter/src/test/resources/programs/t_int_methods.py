print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (2 ** 100).bit_length(), (7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 2], "big"))
print((10).as_integer_ratio(), (7).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int("ff", 16), int("0b101", 0), int("  42  "), int("1_000"), int(3.99), int(-3.99), int(True), int("-0"))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, 17 % -5, pow(3, 4, 5), pow(2, -1, 7))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(7), (12).__round__(-1), abs(-5), -(-5))
print(2 ** -1, 10 ** 20, (-8) ** (1 / 3) if False else "skip", 7 // 2, 7 / 2, 1 << 70, -1 >> 3, ~5)
print(int.__name__, type(2 ** 64), (2 ** 64).__class__ is int, hex(-255), oct(8), bin(-5))
print(isinstance(True, int), True + True, True * 3, int.__mro__)
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
mi = MyInt(7)
print(mi, mi + 1, type(mi + 1).__name__, MyInt("12"), MyInt(3.5), hash(mi) == hash(7))
print((3).__index__(), (3).__trunc__(), (3).__floor__(), (3).__ceil__(), int.__add__(3, 4), (3).__radd__(4))
for expr in ["int('x')", "int('12', 1)", "int('12', 37)", "int(None)", "int([])", "int('1.5')", "(1).to_bytes(1, 'big', signed=False) if False else (256).to_bytes(1, 'big')",
             "(-1).to_bytes(1, 'big')", "int.from_bytes('ab', 'big')", "(1).to_bytes(1, 'middle')", "1 / 0", "1 // 0",
             "1 % 0", "divmod(1, 0)", "pow(2, -1, 4)", "pow(2, 1, 0)", "2 ** 10000 * 1.0", "1 << -1", "int(float('inf'))",
             "int(float('nan'))", "'a' * (2 ** 70)", "(5).bit_length(1)"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
int("12", base=2)
