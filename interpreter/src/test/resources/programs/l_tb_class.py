class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError(f"negative balance: {balance}")
        self.balance = balance

    def __repr__(self):
        return f"Account({self.balance})"


class Ledger:
    def __init__(self):
        self.accounts = []

    def open(self, *balances):
        for b in balances:
            self.accounts.append(Account(b))
        return self

    def total(self):
        return sum(a.balance for a in self.accounts)


ledger = Ledger().open(10, 20)
print(ledger.accounts, ledger.total())
try:
    Ledger().open(5, -1)
except ValueError as e:
    print("rejected:", e)
ledger.open(
    30,
    -40,
)
