items = [("widget", 3, 2.50), ("gadget", 10, 1.25), ("doohickey", 1, 12.00), ("gizmo", 0, 5.75)]
print(f"{'name':<10}{'qty':>5}{'price':>8}{'total':>9}")
print("-" * 32)
grand = 0
for name, qty, price in sorted(items, key=lambda t: -t[1] * t[2]):
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>5}{price:>8.2f}{total:>9.2f}")
print("-" * 32)
print(f"{'TOTAL':<23}{grand:>9.2f}")
in_stock = [n for n, q, _ in items if q]
print(", ".join(in_stock), len(in_stock), f"{len(in_stock) / len(items):.0%}")
