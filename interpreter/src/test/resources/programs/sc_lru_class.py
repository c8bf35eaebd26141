from collections import OrderedDict

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.evicted = []

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            k, _ = self.data.popitem(last=False)
            self.evicted.append(k)

    def __repr__(self):
        return f"LRU({list(self.data.items())})"

c = LRU(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "put e 5", "get c", "put a 9"]:
    parts = op.split()
    if parts[0] == "put":
        c.put(parts[1], int(parts[2]))
    else:
        print("get", parts[1], "->", c.get(parts[1]))
print(c, c.evicted)
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b", last=False)
print(list(od), list(reversed(od)), od == OrderedDict.fromkeys("bacde", 0), od == dict.fromkeys("edcba", 0))
print(od.popitem(), od.popitem(last=False), od)
