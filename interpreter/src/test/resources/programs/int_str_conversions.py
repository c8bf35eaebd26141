for v in ["0", "-12", "+7", "  99 ", "1_000_000", "0x1F", "0b1010", "0o777"]:
    try:
        print(repr(v), int(v, 0) if v.strip().startswith(("0x", "0b", "0o")) else int(v))
    except ValueError as e:
        print("ValueError", e)
for v in ["1.5", "1e-3", "inf", "-nan", "abc", "1.2.3", ""]:
    try:
        print(repr(v), float(v))
    except ValueError as e:
        print("ValueError", e)
print(int("ff", 16), int("777", 8), int("z", 36), int(" -42 "), str(-0), str(10**18), str(2.5e-10))
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
