rows = [("Widget", 4, 3.5), ("Gadget with a long name", 12, 12.25), ("Nut", 1000, 0.015), ("Bolt", 0, 1234567.891)]
headers = ("Item", "Qty", "Unit", "Total")
widths = [max(len(headers[0]), *(len(r[0]) for r in rows)), 6, 12, 16]
line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(line)
print("| " + " | ".join(h.center(w) for h, w in zip(headers, widths)) + " |")
print(line.replace("-", "="))
grand = 0
for name, qty, unit in rows:
    total = qty * unit
    grand += total
    print(f"| {name:<{widths[0]}} | {qty:>{widths[1]},} | {unit:>{widths[2]},.3f} | {total:>{widths[3]},.2f} |")
print(line)
print(f"| {'GRAND TOTAL':>{sum(widths[:3]) + 6}} | {grand:>{widths[3]},.2f} |")
print(line)
for v in [0, 0.5, 0.12345, 1, 12.5, -3.25, 1e6]:
    print("{:>8.1%} {:>10.3e} {:>10.4g} {:+08.2f} {:^9}".format(v, v, v, v, round(v, 1)))
print("%-10s|%10s|" % ("left", "right"), "%05.1f" % 3.14159, "%+d" % 7, "%x" % 3054, "%%")
for n in [5, 50, 500, 5000, 5000000]:
    print(f"{n:>10,d} {n:>10_d} {n:#010x} {n:>12b}"[:60])
names = ["alice", "bob", "christina"]
print(", ".join(f"{i}.{n.title()}" for i, n in enumerate(names, 1)))
print(f"{'':-^30}")
print(f"{'centered title':^30}")
print(f"{'':=<30}")
money = [1234.5, -99.999, 0.004, 1e9]
for m in money:
    sign = "-" if m < 0 else ""
    print(f"{sign}${abs(m):,.2f}".rjust(18), f"({abs(m):.2f})" if m < 0 else f"{m:.2f}")
pct = [0.25, 0.3333333, 1.0, 0.0001]
print(" ".join(f"{p:.0%}" for p in pct), " ".join(f"{p:.2%}" for p in pct))
temps = {"Mon": 21.456, "Tue": -3.0, "Wed": 0.05}
for day, t in temps.items():
    bar = "*" * int(abs(t))
    print(f"{day}: {t:6.1f}°C {bar}")
print(repr(f"{3.0}"), repr(f"{3.0:g}"), repr(f"{-0.0:.1f}"), f"{1/7:.20f}", f"{2**0.5:.17g}")
