class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                print(f"  evict {lru.key!r}")
            node = Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def keys(self):
        node, out = self.head.next, []
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        return "LRUCache(" + ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys()) + ")"


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c, len(c))
print(c.get("a"), c.get("zz", "miss"))
c.put("d", 4)
print(c, "b" in c, "a" in c)
c.put("c", 30)
c.put("e", 5)
print(c.keys(), c.hits, c.misses)
for key in ["a", "b", "c", "d", "e", "a"]:
    print(key, c.get(key))
print(c, f"hit rate {c.hits / (c.hits + c.misses):.1%}")
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


def cached(capacity):
    def deco(fn):
        cache = LRUCache(capacity)

        def wrapper(*args):
            sentinel = object()
            r = cache.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco


@cached(50)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(12, 12), len(grid_paths.cache), grid_paths.cache.hits)
