class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s[1:3], type(s[1:3]).__name__, s + [5], type(s + [5]).__name__, isinstance(s, list))
s.sort(reverse=True)
print(s, s.pop(), s == [4, 3, 2], sorted(s))


class CIDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())


d = CIDict()
d["Hello"] = 1
d["WORLD"] = 2
print(d, d["hello"], "World" in d, d.get("HELLO"), list(d.keys()), dict(d), CIDict(a=1))


class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())

    def shout(self):
        return self + "!"


u = Upper("quiet")
print(u, u.shout(), type(u.shout()).__name__, u.lower(), type(u.lower()).__name__, len(u), u == "QUIET", u[1:])


class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, round(cents))

    def __repr__(self):
        return f"${self // 100}.{self % 100:02d}"

    def __add__(self, o):
        return Money(int(self) + int(o))


m = Money(1050) + Money(275)
print(m, repr(m), int(m), m * 2, type(m * 2).__name__, m > 1000, str(m), f"{m:d}", hash(m) == hash(1325))


class Temperature(float):
    def __new__(cls, v, unit="C"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj

    def __str__(self):
        return f"{float(self):.1f}°{self.unit}"


t = Temperature(21.456, "C")
print(t, t + 1, type(t + 1).__name__, t.unit, round(t, 1), t.is_integer(), t.hex()[:8])


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, "x")
print(p, p.first, len(p), p + (2,), type(p + (2,)).__name__, p == (1, "x"), hash(p) == hash((1, "x")))


class Bag(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self


b = Bag().add_all(3, 1, 2, 3)
print(sorted(b), type(b | {9}).__name__, len(b), 2 in b, Bag([1]) == {1})


class Strict(dict):
    def __missing__(self, k):
        raise KeyError(f"strict: {k}")


try:
    Strict(a=1)["b"]
except KeyError as e:
    print(e)
print(Stack.__mro__, Upper.__base__, issubclass(Money, int))
Upper(5)
