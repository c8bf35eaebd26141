RAW = """date,store,product,units,price
2024-01-03,north,widget,5,2.50
2024-01-03,south,gadget,2,10.00
2024-01-04,north,gadget,1,10.00
2024-01-04,north,widget,12,2.25
2024-01-05,south,widget,7,2.50
2024-01-05,east,gizmo,3,7.75
2024-01-06,east,widget,,2.50
2024-01-06,south,gizmo,4,7.50
"""


def parse_csv(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows, errors = [], []
    for n, line in enumerate(lines[1:], start=2):
        values = line.split(",")
        row = dict(zip(header, values))
        try:
            row["units"] = int(row["units"])
            row["price"] = float(row["price"])
        except ValueError as e:
            errors.append((n, str(e)))
            continue
        rows.append(row)
    return rows, errors


rows, errors = parse_csv(RAW)
print(len(rows), errors)
totals = {}
for r in rows:
    key = (r["store"], r["product"])
    units, revenue = totals.get(key, (0, 0.0))
    totals[key] = (units + r["units"], revenue + r["units"] * r["price"])
print(f"{'store':<6} {'product':<7} {'units':>5} {'revenue':>9}")
for (store, product), (u, rev) in sorted(totals.items()):
    print(f"{store:<6} {product:<7} {u:>5} {rev:>9.2f}")
by_store = {}
for (store, _), (_, rev) in totals.items():
    by_store[store] = by_store.get(store, 0) + rev
best = max(by_store, key=by_store.get)
print({k: round(v, 2) for k, v in sorted(by_store.items())}, best)
daily = {}
for r in rows:
    daily.setdefault(r["date"], []).append(r["units"] * r["price"])
for day, sales in sorted(daily.items()):
    print(day, len(sales), f"{sum(sales):8.2f}", "*" * int(sum(sales) // 5))
out = ["store,revenue"] + [f"{s},{v:.2f}" for s, v in sorted(by_store.items(), key=lambda kv: -kv[1])]
print("\n".join(out))
