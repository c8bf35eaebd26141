import heapq

edges = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
    ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1),
]

graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    seen = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in seen:
            continue
        seen.add(u)
        for v, w in sorted(graph[u]):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


dist, prev = dijkstra("A")
for node in sorted(graph):
    if node in dist:
        print(f"{node}: {dist[node]:3d} via {'->'.join(path(prev, node))}")
    else:
        print(f"{node}: unreachable ({dist.get(node, float('inf'))})")


def components():
    seen = set()
    comps = []
    for start in sorted(graph):
        if start in seen:
            continue
        stack = [start]
        comp = []
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            comp.append(n)
            stack.extend(v for v, _ in graph[n] if v not in seen)
        comps.append(sorted(comp))
    return comps


print(components())

# topological sort of a DAG (Kahn)
deps = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"],
        "belt": ["jacket"], "socks": ["shoes"], "shoes": [], "jacket": [], "watch": []}
indeg = {k: 0 for k in deps}
for k, vs in deps.items():
    for v in vs:
        indeg[v] += 1
ready = sorted(k for k, d in indeg.items() if d == 0)
order = []
while ready:
    n = ready.pop(0)
    order.append(n)
    for v in deps[n]:
        indeg[v] -= 1
        if indeg[v] == 0:
            ready.append(v)
            ready.sort()
print(order)
h = [5, 3, 8, 1, 9, 2]
heapq.heapify(h)
print(h, heapq.nsmallest(3, h), heapq.nlargest(2, h))
