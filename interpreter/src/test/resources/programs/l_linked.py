class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("linked list index out of range")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return list(self) == list(other)

    def __bool__(self):
        return self.head is not None


class BST:
    def __init__(self):
        self.root = None

    def insert(self, k):
        def ins(node):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1])
            elif k > node[0]:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)

    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n[1])
                yield n[0]
                yield from walk(n[2])
        return list(walk(self.root))

    def height(self, n=None, top=True):
        if top:
            n = self.root
        if not n:
            return 0
        return 1 + max(self.height(n[1], False), self.height(n[2], False))


ll = LinkedList(range(6))
print(ll, len(ll), ll[2], ll[-1], ll[1:4], bool(ll), bool(LinkedList()))
print(ll.reverse(), ll == [5, 4, 3, 2, 1, 0], list(reversed(list(ll))), sum(ll), max(ll))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(t.inorder(), t.height())
print(ll[10])
