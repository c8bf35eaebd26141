from dataclasses import dataclass, field, asdict, replace


@dataclass(frozen=True)
class Sku:
    code: str
    size: str = "M"


@dataclass
class Item:
    sku: Sku
    qty: int = 0
    price: float = 0.0
    tags: list = field(default_factory=list)

    @property
    def value(self):
        return self.qty * self.price

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f"negative quantity for {self.sku.code}")


items = [Item(Sku("TSHIRT"), 10, 9.99, ["cotton"]), Item(Sku("TSHIRT", "L"), 4, 10.49), Item(Sku("CAP", "OS"), 25, 4.5)]
for it in items:
    print(it, f"value={it.value:.2f}")
print(asdict(items[0]), items[0] == Item(Sku("TSHIRT"), 10, 9.99, ["cotton"]), Sku("A") == Sku("A", "M"))
print(hash(Sku("X")) == hash(Sku("X")), {Sku("X"), Sku("X"), Sku("Y")} == {Sku("Y"), Sku("X")})
try:
    items[0].sku.size = "S"
except Exception as e:
    print(type(e).__name__, e)
cheaper = replace(items[1], price=8.0)
print(cheaper, items[1].price, sum(i.value for i in items))
try:
    Item(Sku("BAD"), -1)
except ValueError as e:
    print("ValueError:", e)
print(sorted(items, key=lambda i: i.value, reverse=True)[0].sku, [f.name for f in __import__("dataclasses").fields(Item)])
