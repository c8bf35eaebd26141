from functools import total_ordering


@total_ordering
class Item:
    __slots__ = ("name", "price", "qty")

    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.value, self.name) == (other.value, other.name)

    def __lt__(self, other):
        return (self.value, self.name) < (other.value, other.name)

    def __repr__(self):
        return f"Item({self.name}, {self.price}, {self.qty})"


class Inventory:
    def __init__(self):
        self._items = {}

    def __getitem__(self, name):
        try:
            return self._items[name]
        except KeyError:
            raise KeyError(f"no item {name!r}") from None

    def __setitem__(self, name, item):
        self._items[name] = item

    def __contains__(self, name):
        return name in self._items

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def restock(self, **amounts):
        for name, n in amounts.items():
            self[name].qty += n


inv = Inventory()
for name, price, qty in [("widget", 2.5, 10), ("gadget", 10, 3), ("doohickey", 0.75, 100), ("gizmo", 10, 3)]:
    inv[name] = Item(name, price, qty)
print(len(inv), "widget" in inv, "sprocket" in inv)
for item in inv:
    print(item, item.value)
inv.restock(widget=5, gizmo=1)
print(sorted(inv, reverse=True)[:2])
print(inv["gadget"] <= inv["gizmo"], inv["gadget"] >= inv["gizmo"], inv["widget"] > inv["gadget"])
try:
    inv["widget"].color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(Item.__slots__, hasattr(inv["widget"], "__dict__"))
total = 0
for it in inv:
    total += it.value
print(f"{total:.2f}", max(inv).name, min(inv, key=lambda i: i.price).name)
print(inv["sprocket"])
