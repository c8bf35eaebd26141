class I:
    def __index__(self):
        return 3
class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
class Tr:
    def __trunc__(self):
        return 9
print(int(I()), float(N()), complex(N()), int(N()), "abcd"[I()], [1, 2, 3, 4][:I()], bin(I()), hex(I()), oct(I()))
print(range(I()), round(2.567, I()), bytes(I()), bytearray(I()), "x" * I(), I().__index__())
import operator
print(operator.index(I()), operator.index(True), float("1e3"), int("  -5 "), int("0x1f", 16), int("z", 36))
print(float(True), complex("2"), int(2.9e3), int(-0.5), float(10 ** 20), abs(complex(3, 4)), divmod(7.0, 2))
for expr in ["float(I())", "int(N())", "hex(2.0)", "'a'[N()]", "range(N())",
             "float('')", "int('')", "int(' ')", "complex('1+2j+3')", "int('٣')", "float('١.٥')"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
class BadIndex:
    def __index__(self):
        return "no"
class BadInt:
    def __int__(self):
        return 1.5
for expr in ["[1][BadIndex()]", "int(BadInt())", "float(BadInt())"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
int(object())
