class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd with", other)
        return self.__add__(other)
    def __lt__(self, other):
        return self.cents < other.cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5))
print(sum([Money(1), Money(2)], Money(0)))
print(sum([Money(1), Money(2)]))
print(sorted([Money(3), Money(1)]), Money(1) == Money(1), Money(1) != Money(2), Money(1) == 1)
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
class Sub(Money):
    def __radd__(self, other):
        return "Sub.__radd__ wins"
print(Money(1) + Sub(2))
print(Money(1) > Money(0))
