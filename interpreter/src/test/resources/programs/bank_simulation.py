class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
    def __str__(self):
        return f"#{self.id} {self.owner}: {self.balance:.2f}"
accts = [Account("ann", 100), Account("bob")]
accts[0].withdraw(30.5)
accts[1].deposit(12.25)
for op in [(0, "withdraw", 100), (1, "deposit", -5), (1, "withdraw", 2)]:
    i, name, amt = op
    try:
        getattr(accts[i], name)(amt)
    except (InsufficientFunds, ValueError) as e:
        print("error:", type(e).__name__, e)
for a in accts:
    print(a, a.history)
print(sum(a.balance for a in accts))
