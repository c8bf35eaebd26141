class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)
        self.sets = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        self.sets -= 1
        return True


edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"),
         (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
nodes = sorted({n for _, a, b in edges for n in (a, b)})
dsu = DSU(nodes)
mst = []
for w, a, b in sorted(edges):
    if dsu.union(a, b):
        mst.append((a, b, w))
print(mst, sum(w for *_, w in mst), dsu.sets)
d2 = DSU(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5)]:
    print((a, b), d2.union(a, b), end="; ")
print()
groups = {}
for x in range(10):
    groups.setdefault(d2.find(x), []).append(x)
print(sorted(groups.values()), d2.sets)
