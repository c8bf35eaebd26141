class State:
    IDLE = "idle"
    HAS_MONEY = "has_money"
    VENDING = "vending"
    OUT_OF_ORDER = "out_of_order"


class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = State.IDLE
        self.credit = 0
        self.bank = 0
        self.log = []

    def event(self, kind, value=None):
        before = self.state
        match (self.state, kind):
            case (State.OUT_OF_ORDER, _):
                result = "machine out of order"
            case (_, "coin") if value not in self.COINS:
                result = f"rejected coin {value}"
            case (State.IDLE | State.HAS_MONEY, "coin"):
                self.credit += value
                self.state = State.HAS_MONEY
                result = f"credit {self.credit}"
            case (State.HAS_MONEY, "select"):
                result = self._select(value)
            case (State.IDLE, "select"):
                result = f"insert {self.PRICES.get(value, '?')} first"
            case (State.HAS_MONEY, "refund"):
                result = f"refund {self._change(self.credit)}"
                self.credit = 0
                self.state = State.IDLE
            case (_, "kick"):
                self.state = State.OUT_OF_ORDER
                result = "ouch"
            case _:
                result = f"ignored {kind}"
        self.log.append((before, kind, self.state))
        return result

    def _select(self, item):
        if item not in self.PRICES:
            return f"unknown item {item!r}"
        if self.stock.get(item, 0) == 0:
            return f"{item} sold out"
        price = self.PRICES[item]
        if self.credit < price:
            return f"need {price - self.credit} more"
        self.stock[item] -= 1
        change = self.credit - price
        self.bank += price
        self.credit = 0
        self.state = State.IDLE
        return f"vend {item}, change {self._change(change)}"

    def _change(self, amount):
        coins = []
        for c in self.COINS:
            n, amount = divmod(amount, c)
            coins += [c] * n
        return coins


vm = VendingMachine({"cola": 1, "chips": 5})
events = [("select", "cola"), ("coin", 100), ("coin", 3), ("select", "cola"), ("coin", 100), ("select", "cola"),
          ("coin", 200), ("select", "cola"), ("select", "candy"), ("select", "gum"), ("refund", None),
          ("refund", None), ("coin", 50), ("coin", 50), ("select", "chips"), ("kick", None), ("coin", 100)]
for kind, value in events:
    print(f"{kind:>7} {value!s:<6} -> {vm.event(kind, value)}")
print(vm.stock, vm.bank, vm.credit, vm.state)
transitions = {}
for before, kind, after in vm.log:
    transitions.setdefault((before, after), []).append(kind)
for (a, b), kinds in sorted(transitions.items()):
    print(f"{a:>12} -> {b:<12} {len(kinds)} {sorted(set(kinds))}")
