class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} lacks {amount - account.balance:.2f}")
        self.account = account
        self.amount = amount


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance:.2f})"

    def __lt__(self, other):
        return self._balance < other._balance

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    def __hash__(self):
        return hash(self.number)


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest

    def __repr__(self):
        base = super().__repr__()
        return f"Savings[{base}, rate={self.rate:.1%}]"


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        except KeyError as e:
            print("no such account:", e)
            return False
        else:
            self.accounts[dst].deposit(amount)
            return True
        finally:
            print(f"transfer {src}->{dst} of {amount} attempted")

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"== {self.name} ==")
        for acct in sorted(self.accounts.values(), reverse=True):
            print(f"{acct.number:>6} {acct.owner:<10}{acct.balance:>12,.2f}")
        print(f"{'TOTAL':>17}{self.total():>12,.2f}")


bank = Bank("First Python")
a = bank.open(Account, "alice", 1500.0)
b = bank.open(SavingsAccount, "bob", 20000.5, rate=0.035)
c = bank.open(Account, "carol")
print(a, b, c, sep="\n")
print(bank.transfer(a.number, c.number, 250.25))
print(bank.transfer(c.number, a.number, 1000))
print(bank.transfer(9999, a.number, 1))
print("interest", b.add_interest())
try:
    c.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
bank.report()
print(a.history, c.history)
print(len({a, b, c, a}))
print(sorted(bank.accounts.values())[0].owner)
print(max(bank.accounts.values(), key=lambda x: x.balance))
