VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def parse(s):
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        if ch not in VALUES:
            raise ValueError(f"invalid numeral {ch!r} in {s!r}")
        v = VALUES[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def render(n):
    if not 0 < n < 4000:
        raise OverflowError(f"{n} cannot be written in Roman numerals")
    out = ""
    for sym, val in sorted(VALUES.items(), key=lambda kv: -kv[1]):
        pass
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
             (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    for val, sym in table:
        q, n = divmod(n, val)
        out += sym * q
    return out


for expr in ["XIV + XXVIII", "MCMXC - XC", "XII * XII", "C / VII", "MMM + M", "X - X", "IIII + Q"]:
    a, op, b = expr.split()
    try:
        x, y = parse(a), parse(b)
        r = {"+": x + y, "-": x - y, "*": x * y, "/": x // y}[op]
        print(f"{expr:14} = {render(r):>12} ({r})")
    except (ValueError, OverflowError) as e:
        print(f"{expr:14} ! {type(e).__name__}: {e}")
print([render(n) for n in (1, 4, 9, 40, 90, 400, 900, 3999)])
print(all(parse(render(n)) == n for n in range(1, 4000)))
