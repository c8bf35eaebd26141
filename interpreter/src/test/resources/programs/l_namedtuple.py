from collections import namedtuple, OrderedDict, defaultdict, Counter, ChainMap, deque

Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, P3(1, 2), P3._field_defaults)
print(tuple(p), p == (3, 4), sum(p), Point._make([5, 6]), isinstance(p, tuple))
x, y = p
print(x, y, repr(P3(1, 2, 3)))
od = OrderedDict()
for k in "bca":
    od[k] = ord(k)
od.move_to_end("b")
print(od, list(od), od.popitem(last=False), od)
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd), dd["z"], sorted(dd))
cnt = Counter("abracadabra")
print(cnt.most_common(3), cnt["a"], cnt["z"], sorted(cnt.elements())[:6], cnt + Counter("aaz"), cnt - Counter("aaaaaaaa"))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"])
dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq.maxlen, dq[0], dq.count(3), list(reversed(dq)))
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
