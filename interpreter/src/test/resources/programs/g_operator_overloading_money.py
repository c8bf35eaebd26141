from functools import total_ordering


@total_ordering
class Money:
    RATES = {("USD", "EUR"): 0.5, ("EUR", "USD"): 2.0}

    def __init__(self, amount, currency="USD"):
        self.cents = round(amount * 100)
        self.currency = currency

    @property
    def amount(self):
        return self.cents / 100

    def to(self, currency):
        if currency == self.currency:
            return self
        return Money(self.amount * self.RATES[(self.currency, currency)], currency)

    def _other(self, other):
        if isinstance(other, Money):
            return other.to(self.currency)
        if isinstance(other, (int, float)) and other == 0:
            return Money(0, self.currency)
        return NotImplemented

    def __add__(self, other):
        o = self._other(other)
        if o is NotImplemented:
            return o
        return Money((self.cents + o.cents) / 100, self.currency)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        o = self._other(other)
        if o is NotImplemented:
            return o
        return Money((self.cents - o.cents) / 100, self.currency)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Money(self.amount * k, self.currency)

    __rmul__ = __mul__

    def __truediv__(self, k):
        if isinstance(k, Money):
            return self.cents / k.to(self.currency).cents
        return Money(self.amount / k, self.currency)

    def __floordiv__(self, k):
        return [Money(self.amount // k + (1 if i < self.cents % k else 0) / 100 * 0, self.currency) for i in range(k)]

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __eq__(self, other):
        o = self._other(other)
        return o is not NotImplemented and self.cents == o.cents

    def __lt__(self, other):
        o = self._other(other)
        if o is NotImplemented:
            return o
        return self.cents < o.cents

    def __hash__(self):
        return hash((self.to("USD").cents, "USD"))

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f"Money({self.amount:.2f}, {self.currency!r})"

    def __str__(self):
        sym = {"USD": "$", "EUR": "€"}[self.currency]
        return f"-{sym}{-self.amount:,.2f}" if self.cents < 0 else f"{sym}{self.amount:,.2f}"


a, b = Money(10.25), Money(4, "EUR")
print(a, b, a + b, b + a, a - b, a * 3, 2 * b, a / 4, a / b, -a, str(Money(-1234.5)))
print(sum([a, b, Money(0.75)]), sum([], Money(0)), a > b, a <= Money(10.25), max(a, b), sorted([a, b, Money(1)]))
print(a == Money(10.25), b == Money(8), a == 10.25, bool(Money(0)), {a, Money(10.25), Money(5.125, "EUR")})
for bad in (lambda: a + 5, lambda: a * a, lambda: a < "x"):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(repr(Money(0.1) + Money(0.2)), Money(0.1 + 0.2).cents, Money(2.675).cents, Money(1e6) * 1.5)
