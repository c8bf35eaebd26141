DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError(f"base must be 2..36, got {base}")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


for n in [0, 5, -5, 255, 1000, 2 ** 64, -(10 ** 20)]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    assert all(int(r, b) == n for r, b in zip(row, (2, 8, 16, 36)))
    print(n, row)

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    vals = {sym: v for v, sym in ROMAN if len(sym) == 1}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
try:
    to_base(10, 40)
except ValueError as e:
    print("ValueError:", e)
try:
    from_roman("ABC")
except KeyError as e:
    print("KeyError:", e)


def bits(n, width=8):
    return format(n & (2 ** width - 1), f"0{width}b")


print(bits(5), bits(-5), bits(255), bits(256), bits(-1, 16))
print(0b1010 | 0b0101, 0b1100 & 0b1010, 0b1100 ^ 0b1010, ~0b1100, 1 << 10, 1024 >> 3, -16 >> 2)
print(int("ff", 16), int("777", 8), int("1010", 2), int("zz", 36), hex(3054), oct(3054), bin(3054))
print(f"{3054:#x} {3054:#o} {3054:#b} {3054:x} {3054:X}", "%x %o %X" % (3054, 3054, 3054))
gray = [i ^ (i >> 1) for i in range(8)]
print(gray, [bits(g, 3) for g in gray])
print(sum(1 for i in range(256) if bin(i).count("1") == 4), (255).bit_count() if hasattr(int, "bit_count") else 8)
print(int.from_bytes(bytes([1, 2, 3, 4]), "big"), (16909060).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
