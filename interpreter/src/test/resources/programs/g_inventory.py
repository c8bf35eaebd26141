from collections import defaultdict, Counter, namedtuple

Item = namedtuple("Item", "sku name category price qty")

raw = """\
A100,widget,tools,2.50,10
A101,gadget,tools,12.00,3
B200,apple,food,0.40,120
B201,banana,food,0.25,80
C300,novel,books,15.99,7
C301,atlas,books,42.50,1
A102,sprocket,tools,0.75,250
"""

items = []
for line in raw.splitlines():
    sku, name, cat, price, qty = line.split(",")
    items.append(Item(sku, name, cat, float(price), int(qty)))

print(items[0])
print(items[0]._asdict())
print(items[1]._replace(qty=0))

by_cat = defaultdict(list)
for it in items:
    by_cat[it.category].append(it)

for cat in sorted(by_cat):
    group = by_cat[cat]
    value = sum(i.price * i.qty for i in group)
    print(f"{cat:8s} n={len(group)} value={value:10.2f} avg={value / len(group):.3f}")

counts = Counter()
for it in items:
    counts[it.category] += it.qty
print(counts.most_common())
print(counts.most_common(1))

low = [i.name for i in items if i.qty < 5]
print("low stock:", ", ".join(low))

expensive = sorted(items, key=lambda i: (-i.price, i.name))[:3]
for rank, it in enumerate(expensive, start=1):
    print(f"#{rank}: {it.name:>10} ${it.price:,.2f}")

table = {it.sku: it for it in items}
orders = [("A100", 4), ("B200", 200), ("Z999", 1), ("C301", 1)]
for sku, n in orders:
    it = table.get(sku)
    if it is None:
        print(f"{sku}: unknown")
        continue
    if n > it.qty:
        print(f"{sku}: only {it.qty} of {n}")
        n = it.qty
    table[sku] = it._replace(qty=it.qty - n)
    print(f"{sku}: shipped {n}, left {table[sku].qty}")

print(sorted((v.qty, k) for k, v in table.items()))
print(Item._fields, Item.__name__)
print(min(items, key=lambda i: i.price).name, max(items, key=lambda i: i.qty).name)
