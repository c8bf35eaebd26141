import copy


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __repr__(self):
        return f"Node({self.name}, {len(self.children)})"


root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow.children is root.children, deep.children is root.children, deep.children[0].parent is deep)
deep.children[0].name = "changed"
print(root.children[0].name, deep.children[0].name, deep.children[0].children[0].parent.name)
data = {"list": [1, [2, 3]], "tuple": (1, [2]), "set": {1, 2}, "str": "s"}
d2 = copy.deepcopy(data)
d2["list"][1].append(4)
d2["tuple"][1].append(9)
print(data, d2)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is cyc, repr(c2))


class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = {"expensive": v * 2}

    def __copy__(self):
        print("custom copy")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("custom deepcopy", len(memo) >= 0)
        c = Custom(copy.deepcopy(self.v, memo))
        c.cache = {}
        return c


c = Custom([1, 2])
print(copy.copy(c).v, copy.deepcopy(c).cache)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy([1, 2]) == [1, 2], copy.copy(5), copy.deepcopy(None))


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = "x"


s = copy.deepcopy(Slots())
print(s.a, s.b)
