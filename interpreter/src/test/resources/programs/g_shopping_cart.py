class Product:
    def __init__(self, sku, name, price, category):
        self.sku, self.name, self.price, self.category = sku, name, price, category

    def __repr__(self):
        return f"<{self.sku} {self.name} ${self.price:.2f}>"


class Discount:
    def applies(self, line):
        return True

    def amount(self, line):
        return 0.0


class PercentOff(Discount):
    def __init__(self, pct, category=None):
        self.pct, self.category = pct, category

    def applies(self, line):
        return self.category is None or line.product.category == self.category

    def amount(self, line):
        return round(line.subtotal * self.pct / 100, 2)

    def __repr__(self):
        return f"{self.pct}% off {self.category or 'everything'}"


class BuyXGetY(Discount):
    def __init__(self, sku, x, y):
        self.sku, self.x, self.y = sku, x, y

    def applies(self, line):
        return line.product.sku == self.sku and line.qty >= self.x + self.y

    def amount(self, line):
        free = line.qty // (self.x + self.y) * self.y
        return free * line.product.price

    def __repr__(self):
        return f"buy {self.x} get {self.y} {self.sku}"


class Line:
    def __init__(self, product, qty):
        self.product, self.qty = product, qty

    @property
    def subtotal(self):
        return self.product.price * self.qty


class Cart:
    TAX = {"food": 0.05, "books": 0.0}

    def __init__(self):
        self.lines = {}
        self.discounts = []

    def add(self, product, qty=1):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        line = self.lines.setdefault(product.sku, Line(product, 0))
        line.qty += qty
        return self

    def remove(self, sku, qty=None):
        line = self.lines[sku]
        if qty is None or qty >= line.qty:
            del self.lines[sku]
        else:
            line.qty -= qty

    def receipt(self):
        total = tax_total = 0.0
        for line in sorted(self.lines.values(), key=lambda l: l.product.name):
            best = max((d for d in self.discounts if d.applies(line)), key=lambda d: d.amount(line), default=None)
            off = best.amount(line) if best else 0.0
            net = line.subtotal - off
            tax = round(net * self.TAX.get(line.product.category, 0.2), 2)
            total += net
            tax_total += tax
            note = f" ({best}: -{off:.2f})" if best and off else ""
            print(f"{line.qty:>3} x {line.product.name:<10} {line.subtotal:>8.2f}{note}")
        print(f"{'net':>16} {total:>8.2f}\n{'tax':>16} {tax_total:>8.2f}\n{'TOTAL':>16} {total + tax_total:>8.2f}")
        return round(total + tax_total, 2)


catalog = {p.sku: p for p in [Product("A1", "apple", 0.5, "food"), Product("B2", "novel", 12.99, "books"),
                               Product("C3", "headphones", 59.0, "tech"), Product("D4", "bread", 2.25, "food")]}
cart = Cart()
cart.add(catalog["A1"], 7).add(catalog["B2"]).add(catalog["C3"]).add(catalog["D4"], 2).add(catalog["A1"], 2)
cart.discounts += [PercentOff(10), PercentOff(25, "tech"), BuyXGetY("A1", 2, 1)]
print(cart.receipt())
cart.remove("C3")
cart.remove("A1", 4)
print(cart.receipt())
try:
    cart.add(catalog["B2"], 0)
except ValueError as e:
    print("ValueError:", e)
try:
    cart.remove("Z9")
except KeyError as e:
    print("KeyError:", e)
