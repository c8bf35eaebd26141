# A formatted text report: StringIO table building, textwrap paragraphs, str.format alignment and totals.
import io
import textwrap

ROWS = [
    ("Widget", "Hardware", 1250, 3.5, "Standard widget used across all assembly lines; replaced quarterly."),
    ("Gizmo Pro", "Hardware", 310, 129.99, "Premium gizmo."),
    ("Support", "Service", 48, 75.0, "Hourly support contract billed monthly with a four hour minimum per call."),
    ("Ünïcode Thing", "Misc", 7, 0.5, ""),
]

out = io.StringIO()
width = 72
out.write("=" * width + "\n")
out.write("Quarterly Sales".center(width) + "\n")
out.write("=" * width + "\n")
header = f"{'Item':<16}{'Category':<12}{'Qty':>7}{'Price':>10}{'Total':>12}"
out.write(header + "\n" + "-" * len(header) + "\n")
grand = 0
by_cat = {}
for name, cat, qty, price, note in ROWS:
    total = qty * price
    grand += total
    by_cat[cat] = by_cat.get(cat, 0) + total
    out.write(f"{name:<16.16}{cat:<12}{qty:>7,}{price:>10.2f}{total:>12,.2f}\n")
    for line in textwrap.wrap(note, width=width - 8):
        out.write(" " * 8 + line + "\n")
out.write("-" * len(header) + "\n")
out.write(f"{'Grand total':<45}{grand:>12,.2f}\n")
for cat, total in sorted(by_cat.items(), key=lambda kv: -kv[1]):
    share = total / grand
    bar = "#" * round(share * 30)
    out.write(f"  {cat:<10} {total:>12,.2f} {share:>7.1%} {bar}\n")
out.write(textwrap.indent(textwrap.fill("Notes: figures exclude tax. " * 4, width=60), "  | ") + "\n")
report = out.getvalue()
print(report, end="")
print(len(report.splitlines()), max(len(l) for l in report.splitlines()))
lines = io.StringIO(report)
print([l.rstrip() for l in lines if l.startswith("  ") and "%" in l])
