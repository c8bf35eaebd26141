from fractions import Fraction

RECIPE = [("flour", "2 1/4", "cup"), ("sugar", "3/4", "cup"), ("butter", "1", "cup"), ("eggs", "2", ""),
          ("vanilla", "1 1/2", "tsp"), ("salt", "1/2", "tsp")]


def parse_qty(s):
    total = Fraction(0)
    for part in s.split():
        total += Fraction(part)
    return total


def fmt_qty(q):
    whole, rem = divmod(q.numerator, q.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


for factor in (Fraction(1, 2), Fraction(3, 2), 3):
    print(f"x{factor}:")
    for name, qty, unit in RECIPE:
        q = parse_qty(qty) * factor
        print(f"  {fmt_qty(q):>6} {unit:<4} {name}")
total_cups = sum(parse_qty(q) for _, q, u in RECIPE if u == "cup")
print(total_cups, float(total_cups), fmt_qty(total_cups), Fraction("0.75"), Fraction(3, 4) == 0.75)
print(sorted(RECIPE, key=lambda r: parse_qty(r[1]))[0][0], Fraction(1, 3) + Fraction(1, 6), Fraction(5, 10))
