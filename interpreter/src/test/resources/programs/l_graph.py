from collections import deque
import heapq

edges = [
    ("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10),
    ("c", "e", 3), ("e", "d", 4), ("d", "f", 11), ("e", "f", 20), ("g", "h", 1),
]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))


def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m, _ in sorted(graph[n]):
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order


def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for m, _ in sorted(graph[start]):
        if m not in seen:
            dfs(m, seen)
    return seen


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))


def components():
    seen = set()
    comps = []
    for n in sorted(graph):
        if n not in seen:
            comp = bfs(n)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps


print(bfs("a"))
print(dfs("a"))
dist, prev = dijkstra("a")
for k in sorted(dist):
    print(k, dist[k], path(prev, k))
print(components())
print(dist.get("g", float("inf")), float("inf") > 10**100)
topo = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"],
        "socks": ["shoes"], "shoes": [], "jacket": [], "watch": []}
indeg = {k: 0 for k in topo}
for k, vs in topo.items():
    for v in vs:
        indeg[v] += 1
ready = sorted(k for k, d in indeg.items() if d == 0)
result = []
while ready:
    n = ready.pop(0)
    result.append(n)
    for v in topo[n]:
        indeg[v] -= 1
        if indeg[v] == 0:
            ready.append(v)
            ready.sort()
print(result)
