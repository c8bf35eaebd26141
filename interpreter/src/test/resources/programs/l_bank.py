class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account._next_id += 1
        self.id = Account._next_id

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:,.2f})"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, initial=0.0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        else:
            dst.deposit(amount)
            return True
        finally:
            print(f"  audit: {src.owner}->{dst.owner} {amount}")

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob", 50.5)
carol = bank.open("carol")
print(bank.transfer(alice, bob, 30))
print(bank.transfer(carol, alice, 10))
print(bank.transfer(bob, carol, 80.5))
alice.deposit(12.345).deposit(1)
for acct in sorted(bank.accounts.values(), key=lambda a: (-a.balance, a.owner)):
    print(acct.id, acct, acct.history)
print(f"total={bank.total():.3f}")
try:
    alice.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
big = bank.open("dave", 1234567.891)
print(big, f"{big.balance:>15,.1f}|", f"{big.balance:e}")
bob.withdraw(1000)
