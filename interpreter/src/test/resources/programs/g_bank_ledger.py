class LedgerError(Exception):
    pass


class Overdraft(LedgerError):
    pass


class Ledger:
    def __init__(self):
        self.balances = {}
        self.journal = []

    def open(self, name, initial=0):
        if name in self.balances:
            raise LedgerError(f"account {name!r} exists")
        self.balances[name] = initial
        self.journal.append(("open", name, initial))

    def transfer(self, src, dst, cents):
        if cents <= 0:
            raise ValueError(f"amount must be positive: {cents}")
        for acct in (src, dst):
            if acct not in self.balances:
                raise LedgerError(f"no account {acct!r}")
        if self.balances[src] < cents:
            raise Overdraft(f"{src} has {self.balances[src]}, needs {cents}")
        self.balances[src] -= cents
        self.balances[dst] += cents
        self.journal.append(("xfer", src, dst, cents))

    def batch(self, ops):
        snapshot = dict(self.balances)
        jlen = len(self.journal)
        try:
            for op in ops:
                self.transfer(*op)
        except (LedgerError, ValueError) as e:
            self.balances = snapshot
            del self.journal[jlen:]
            raise LedgerError(f"batch rolled back: {e}") from e

    def statement(self):
        width = max(map(len, self.balances))
        for name, cents in sorted(self.balances.items()):
            print(f"  {name:<{width}} {cents // 100:>6}.{cents % 100:02d}")
        print(f"  {'total':<{width}} {sum(self.balances.values()) / 100:>9.2f}")


led = Ledger()
for name, amt in [("alice", 10_000), ("bob", 2_550), ("carol", 0)]:
    led.open(name, amt)
led.transfer("alice", "carol", 1_234)
led.statement()
for ops in ([("bob", "carol", 500), ("carol", "alice", 100)], [("bob", "alice", 1000), ("bob", "carol", 5000)],
            [("alice", "dave", 1)], [("carol", "bob", -5)]):
    try:
        led.batch(ops)
        print("batch ok", ops)
    except LedgerError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)
led.statement()
try:
    led.open("bob")
except LedgerError as e:
    print("LedgerError:", e)
print(len(led.journal), led.journal[-1], issubclass(Overdraft, LedgerError))
