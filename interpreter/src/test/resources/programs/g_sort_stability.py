import random

compares = 0


class Tracked:
    def __init__(self, v, tag=""):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        global compares
        compares += 1
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


def count_sort(values, **kw):
    global compares
    compares = 0
    items = [Tracked(v) for v in values]
    items.sort(**kw)
    return compares, [t.v for t in items]


rng = random.Random(12345)
data = [rng.randrange(1000) for _ in range(300)]
for label, seq in [("sorted", sorted(data)), ("reversed", sorted(data, reverse=True)), ("random", data),
                   ("few", [3, 1, 2]), ("runs", list(range(50)) + list(range(25)) + list(range(70, 40, -1))),
                   ("dups", [x % 5 for x in data[:120]]), ("one", [7]), ("empty", [])]:
    n, out = count_sort(seq)
    print(f"{label:9} n={len(seq):3} compares={n:5} ok={out == sorted(seq)}")
n, out = count_sort(data, reverse=True)
print("reverse compares", n, out[:5])
n, out = count_sort(data[:64], key=lambda t: -t.v if False else t)
print("key compares", n)


class Noisy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v} < {other.v}?")
        return self.v < other.v

    def __repr__(self):
        return f"N{self.v}"


small = [Noisy(v) for v in [5, 2, 8, 1, 9, 3]]
print(sorted(small))
print(max(small, key=lambda n: n), min(Noisy(v) for v in [4, 6, 1]))

pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs), sorted(pairs, key=lambda p: (p[1], p[0])))
tagged = [Tracked(v, t) for v, t in [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]]
print(sorted(tagged), sorted(tagged, reverse=True))


class Bomb:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError(f"unlucky comparison {self.v} vs {other.v}")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


items = [Bomb(v) for v in [20, 5, 13, 7, 1, 30, 2]]
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e)
print(items)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]


def meddle(x):
    return x


class Meddler:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        lst.append(0)
        return self.v < other.v


lst = [Meddler(3), Meddler(1), Meddler(2)]
try:
    lst.sort()
except ValueError as e:
    print("ValueError:", e, len(lst))


def bad_key(x):
    if x == 2:
        raise KeyError(x)
    return -x


lst2 = [3, 1, 2, 5]
try:
    lst2.sort(key=bad_key)
except KeyError as e:
    print("KeyError:", e, lst2)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)), sorted(set(words)))
print(sorted("Banana apple Cherry".split(), key=str.casefold), sorted([3.5, -1, 2, 0.0, -0.0, True]))
