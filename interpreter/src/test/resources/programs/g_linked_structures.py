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

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __contains__(self, value):
        return any(v == value for v in self)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += self.size
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("LinkedList index out of range")

    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return list(self) == list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __bool__(self):
        return self.head is not None


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), 4 in ll, 9 in ll, ll[0], ll[-1], ll[1:3], bool(ll), bool(LinkedList()))
ll.push(9)
print(ll.pop(), ll.pop(), ll)
ll.reverse()
print(ll, list(reversed(ll)), sorted(ll), sum(ll), max(ll))
print(ll + LinkedList("ab"), ll == [5, 1, 4, 1], ll == LinkedList([5, 1, 4, 1]))
try:
    LinkedList().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
a, b, *rest = ll
print(a, b, rest, [x * 2 for x in ll], dict(enumerate(ll)))


class Queue:
    def __init__(self):
        self._in, self._out = [], []

    def put(self, x):
        self._in.append(x)

    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)


q = Queue()
for i in range(5):
    q.put(i * i)
print(q.get(), q.get(), len(q))
q.put(100)
print([q.get() for _ in range(len(q))])


class MinStack:
    def __init__(self):
        self.items = []

    def push(self, x):
        m = min(x, self.items[-1][1]) if self.items else x
        self.items.append((x, m))

    def pop(self):
        return self.items.pop()[0]

    def min(self):
        return self.items[-1][1]


s = MinStack()
for x in [5, 3, 7, 2, 8]:
    s.push(x)
    print("push", x, "min", s.min())
while s.items:
    print("pop", s.pop(), "min", s.min() if s.items else None)
