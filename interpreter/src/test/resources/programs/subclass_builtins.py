class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, isinstance(ml, list), ml[1:3])
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
dd = DefaultDict()
dd["a"].append(1)
dd["b"].append(2)
dd["a"].append(3)
print(dd, len(dd), type(dd).__name__)
class Attrs(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
a = Attrs(x=1, y=2)
print(a.x, a.y, a)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), len(u), u + "x", isinstance(u, str), repr(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Pos(-5)
print(p, p + 1, type(p).__name__, p * 2, isinstance(p, int))
class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
pr = Pair((1, 2))
print(pr, pr.swap(), len(pr), type(pr.swap()).__name__)
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
print(Meters(2.5), Meters(2.5) * 2, [Meters(1.0)])
