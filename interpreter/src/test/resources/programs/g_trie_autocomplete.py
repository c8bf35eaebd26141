class Trie:
    def __init__(self):
        self.root = {}
        self.count = 0

    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if "$" not in node:
            self.count += 1
        node["$"] = node.get("$", 0) + weight

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and "$" in node

    def complete(self, prefix, limit=3):
        node = self._find(prefix)
        if node is None:
            return []
        out = []
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            for ch, child in n.items():
                if ch == "$":
                    out.append((child, p))
                else:
                    stack.append((child, p + ch))
        return [w for _, w in sorted(out, key=lambda t: (-t[0], t[1]))[:limit]]

    def __len__(self):
        return self.count


t = Trie()
for w, n in [("car", 5), ("card", 2), ("care", 7), ("careful", 1), ("cart", 3), ("cat", 9), ("dog", 4), ("do", 1), ("car", 1)]:
    t.insert(w, n)
print(len(t), "car" in t, "ca" in t, "careful" in t, "cars" in t)
for p in ["ca", "car", "care", "d", "x", ""]:
    print(repr(p), t.complete(p), t.complete(p, limit=10) if p == "" else "")


def count_nodes(node):
    return sum(1 + count_nodes(c) for k, c in node.items() if k != "$")


print(count_nodes(t.root), sorted(t.root), sorted(t._find("car")))
