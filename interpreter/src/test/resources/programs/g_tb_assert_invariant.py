class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        self.balance -= amount
        assert self.balance >= 0, f"overdrawn by {-self.balance}"
        return self.balance


acct = Account(100)
print(acct.withdraw(30))
print(acct.withdraw(80))
