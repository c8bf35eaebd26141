import heapq


class Task:
    _seq = 0

    def __init__(self, name, priority, deps=()):
        self.name, self.priority, self.deps = name, priority, set(deps)
        Task._seq += 1
        self.seq = Task._seq

    def __lt__(self, other):
        return (-self.priority, self.seq) < (-other.priority, other.seq)

    def __repr__(self):
        return f"{self.name}(p{self.priority})"


tasks = {t.name: t for t in [
    Task("design", 5), Task("build", 3, ["design"]), Task("test", 4, ["build"]), Task("docs", 1, ["design"]),
    Task("release", 5, ["test", "docs"]), Task("coffee", 9), Task("lint", 2, ["build"]),
]}
done, order = set(), []
ready = [t for t in tasks.values() if not t.deps]
heapq.heapify(ready)
while ready:
    t = heapq.heappop(ready)
    order.append(t.name)
    done.add(t.name)
    for other in tasks.values():
        if other.name not in done and other not in ready and other.deps <= done:
            heapq.heappush(ready, other)
print(order)
print(len(order) == len(tasks), sorted(tasks.values())[:3])
h = []
for word in "the quick brown fox jumps over the lazy dog".split():
    heapq.heappush(h, (len(word), word))
print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, h), len(h))
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2], key=lambda x: -x), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
