from collections import namedtuple
from operator import attrgetter, itemgetter, methodcaller
from itertools import groupby, accumulate

Item = namedtuple("Item", "sku name category price qty", defaults=[0])
stock = [
    Item("A1", "bolt", "hardware", 0.25, 400),
    Item("B7", "drill", "tools", 59.0, 3),
    Item("A2", "nut", "hardware", 0.10, 1000),
    Item("C3", "glue", "supplies", 4.5),
    Item("B2", "saw", "tools", 22.5, 5),
    Item("C9", "tape", "supplies", 2.0, 40),
]
for it in sorted(stock, key=attrgetter("category", "price")):
    print(f"{it.sku} {it.name:<6} {it.category:<9} {it.price:7.2f} x{it.qty}")
for cat, items in groupby(sorted(stock, key=attrgetter("category")), key=attrgetter("category")):
    items = list(items)
    print(cat, len(items), round(sum(i.price * i.qty for i in items), 2))
print(max(stock, key=attrgetter("price")).name, min(stock, key=itemgetter(4)).sku)
restock = [i._replace(qty=i.qty + 10) for i in stock if i.qty < 10]
print(restock[0], restock[0]._asdict()["qty"], Item._fields, Item._field_defaults)
print(list(map(methodcaller("upper"), map(attrgetter("name"), stock))))
print(list(accumulate(i.qty for i in stock)), Item._make(["Z0", "x", "misc", 1.0, 2]))
