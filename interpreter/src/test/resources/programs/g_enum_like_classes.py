import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} ({self.value})"


class Weekday(enum.IntEnum):
    MON = 1
    TUE = 2
    WED = 3


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
print([c.describe() for c in Color], {c: c.value for c in Color}[Color.BLUE])
print(Weekday.TUE + 1, Weekday.WED > Weekday.MON, sorted([Weekday.WED, Weekday.MON]), int(Weekday.TUE))
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), bool(Perm.W & Perm.X), (Perm.R | Perm.W | Perm.X).value)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
match Color.GREEN:
    case Color.RED:
        print("red!")
    case Color.GREEN | Color.BLUE as c:
        print("cool color", c.name)


class Suit:
    _all = []

    def __init__(self, symbol, rank):
        self.symbol, self.rank = symbol, rank
        Suit._all.append(self)

    def __repr__(self):
        return f"Suit({self.symbol})"

    def __lt__(self, other):
        return self.rank < other.rank

    @classmethod
    def all(cls):
        return list(cls._all)


CLUBS, DIAMONDS, HEARTS, SPADES = (Suit(s, i) for i, s in enumerate("♣♦♥♠"))
deck = [(r, s) for s in Suit.all() for r in "A23456789TJQK"]
print(len(deck), deck[:3], max(Suit.all()), sorted(Suit.all(), reverse=True))
print(" ".join(f"{r}{s.symbol}" for r, s in deck[::13]))
