class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        print("deleting temperature")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._c + 273.15

    def __repr__(self):
        return f"Temperature({self._c:.2f}°C)"


t = Temperature(25)
print(t, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t, t.celsius)
for bad in ["hot", -300]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__, Temperature.kelvin.fset)


class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            self.computed += 1
            self._cache = sum(range(1000))
        return self._cache


lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed)


class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last

    full = property(lambda self: f"{self.first} {self.last}", doc="Full name")

    def _get_initials(self):
        return self.first[0] + self.last[0]

    initials = property(_get_initials)


p = Person("Ada", "Lovelace")
print(p.full, p.initials, Person.full.__doc__)
p.first = "Augusta"
print(p.full)


class Base:
    @property
    def kind(self):
        return "base"

    @property
    def name(self):
        return "base-name"


class Derived(Base):
    @property
    def kind(self):
        return "derived/" + super().kind

    @Base.name.getter
    def name(self):
        return "derived-name"


d = Derived()
print(d.kind, d.name, Base().name)


class Account:
    __slots__ = ("_balance", "owner")

    def __init__(self, owner):
        self.owner = owner
        self._balance = 0

    balance = property(lambda s: s._balance)

    def deposit(self, x):
        self._balance += x
        return self


a = Account("z").deposit(5).deposit(7)
print(a.balance, a.owner)
try:
    a.balance = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
