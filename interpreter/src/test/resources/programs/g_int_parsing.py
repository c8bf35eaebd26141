cases = ["42", "  -17  ", "+8", "0", "007", "1_000_000", "0x1F", "12.5", "", "abc", "1__0", "_1", "٣", "1e3",
         "99999999999999999999999", " \t\n12\n"]
for s in cases:
    try:
        print(repr(s), "->", int(s))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
for s, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36), ("777", 8),
                ("102", 2), ("10", 1), ("010", 0), ("0", 0), ("Z", 37), ("-0b11", 0), ("1_0", 0)]:
    try:
        print(s, base, "->", int(s, base))
    except ValueError as e:
        print(s, base, "-> ValueError:", e)
for s in ["3.14", "-0.5e-3", "1e400", "-1e400", "inf", "-nan", "1.2.3", "", "0x10", "1_0.5", "infinity", "in f"]:
    try:
        print(repr(s), "->", float(s))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
for v in [3.7, -3.7, True, "12", b"34"]:
    try:
        print(repr(v), int(v))
    except (ValueError, TypeError) as e:
        print(repr(v), type(e).__name__, e)
for v in [None, [1], {}, object]:
    try:
        int(v)
    except TypeError as e:
        print("TypeError:", e)
    try:
        float(v)
    except TypeError as e:
        print("TypeError:", e)
print(int("-" + "9" * 30) // 10 ** 29, int("z" * 5, 36), int(" 0b1010 ", 0))
print(str(12345), repr(-7), hex(255), oct(-8), bin(5), hex(-0), bin(2 ** 70))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print(int(True), int(False), int(-0.0), float(True), float("  -0  "))
