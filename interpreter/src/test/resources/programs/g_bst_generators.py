class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.n = 0

    def __setitem__(self, key, val):
        def insert(node):
            if node is None:
                self.n += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.val = val
            return node
        self.root = insert(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.n -= 1

    def __len__(self):
        return self.n

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def inorder(self, node="root"):
        if node == "root":
            node = self.root
        if node:
            yield from self.inorder(node.left)
            yield node.key, node.val
            yield from self.inorder(node.right)

    __iter__ = lambda self: (k for k, _ in self.inorder())

    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            yield node.key
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def range(self, lo, hi):
        return [(k, v) for k, v in self.inorder() if lo <= k < hi]


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
print(len(t), list(t), t.height())
print(list(t.preorder()))
print(list(t.levels()))
print(t[35], 99 in t, 45 in t, t.range(33, 62))
del t[30]
del t[50]
print(list(t), list(t.levels()), len(t))
try:
    del t[1000]
except KeyError as e:
    print("KeyError", e)
try:
    t[1]
except KeyError as e:
    print("KeyError", e)
t[65] = "sixty-five"
print(dict(t.inorder())[65], sorted(t, reverse=True)[:3], next(iter(t)), max(t), min(t))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print(list(words.inorder()))
gen = t.inorder()
print(next(gen), next(gen), gen.__name__, type(gen).__name__)
print(list(zip(t, t.preorder())))
