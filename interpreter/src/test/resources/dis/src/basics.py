x = 1
y = x + 2 * 3 - 4 / 5 // 6 % 7 ** 8
z = -x, +y, ~x, not y
del z
a, b = b, a = 1, 2
a, *rest, b = range(10)
print(a, b, rest, sep=", ", end="\n")
s = x < y <= 3 != 4
t = x if y else a
u = x and y or a
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 2; x <<= 1; x >>= 1; x &= 7; x |= 8; x ^= 9
m = a @ b if False else None
