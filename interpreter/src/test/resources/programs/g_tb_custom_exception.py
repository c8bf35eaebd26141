class InsufficientStock(Exception):
    def __init__(self, item, wanted, have):
        self.item, self.wanted, self.have = item, wanted, have
        super().__init__(item, wanted, have)

    def __str__(self):
        return f"cannot take {self.wanted} x {self.item}: only {self.have} left"


stock = {"apple": 3, "pear": 1}


def take(item, n):
    if stock[item] < n:
        raise InsufficientStock(item, n, stock[item])
    stock[item] -= n
    return stock[item]


print(take("apple", 2))
try:
    take("pear", 5)
except InsufficientStock as e:
    print("handled:", e, e.args)
take("apple", 2)
