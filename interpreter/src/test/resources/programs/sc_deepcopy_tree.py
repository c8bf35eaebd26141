import copy

class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None
        for c in self.children:
            c.parent = self
    def walk(self, depth=0):
        yield depth, self.name
        for c in self.children:
            yield from c.walk(depth + 1)

tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
clone = copy.deepcopy(tree)
clone.children[0].name = "A"
clone.children[0].children.append(Node("a3"))
print([n for _, n in tree.walk()], [n for _, n in clone.walk()])
print(clone.children[0].parent is clone, clone.children[0].parent is tree)
shallow = copy.copy(tree)
print(shallow.children is tree.children, shallow.name)

class Counter:
    instances = 0
    def __init__(self, v):
        self.v = v
    def __deepcopy__(self, memo):
        Counter.instances += 1
        return Counter(self.v * 10)
data = {"k": [Counter(1), Counter(2)], "t": (1, [2, 3])}
dc = copy.deepcopy(data)
print([c.v for c in dc["k"]], Counter.instances, dc["t"][1] is data["t"][1], dc["t"] == data["t"])
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[:2])
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p2 = copy.copy(Point(3, 4))
print(p2.x, p2.y, copy.deepcopy(frozenset({1, 2})), copy.deepcopy({"s": {1, 2}}))
