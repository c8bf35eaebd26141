from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d))
d.rotate(1); print(d)
d.rotate(-2); print(d)
q = deque(maxlen=3)
for i in range(5):
    q.append(i)
print(q, list(q), 3 in q)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], len(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"])
c.update("aaz")
print(c.most_common(3), sum(c.values()), sorted(c.elements())[:5])
print(Counter([1, 2, 2]) + Counter([2, 3]), Counter(a=3) - Counter(a=1, b=1))
od = OrderedDict()
od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x")
print(od, list(od), od.popitem(), od.popitem(last=False))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p + (3,), p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x, y, isinstance(p, tuple), Point(y=5, x=6), Point._make([7, 8]))
Card = namedtuple("Card", "rank suit")
print(Card("Q", "h"), sorted([Card("2", "s"), Card("10", "d")]))
