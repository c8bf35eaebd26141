EDGES = [("WA", "OR"), ("WA", "ID"), ("OR", "ID"), ("OR", "NV"), ("OR", "CA"), ("CA", "NV"), ("CA", "AZ"),
         ("NV", "ID"), ("NV", "UT"), ("NV", "AZ"), ("ID", "UT"), ("ID", "MT"), ("ID", "WY"), ("UT", "AZ"),
         ("UT", "CO"), ("UT", "WY"), ("AZ", "NM"), ("CO", "NM"), ("CO", "WY"), ("MT", "WY")]
graph = {}
for a, b in EDGES:
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)
COLORS = ["red", "green", "blue", "yellow"]


def greedy(order):
    color = {}
    for node in order:
        used = {color[n] for n in graph[node] if n in color}
        color[node] = next(c for c in COLORS if c not in used)
    return color


def backtrack(k, order, color=None, i=0):
    color = {} if color is None else color
    if i == len(order):
        return dict(color)
    node = order[i]
    for c in COLORS[:k]:
        if all(color.get(n) != c for n in graph[node]):
            color[node] = c
            res = backtrack(k, order, color, i + 1)
            if res:
                return res
            del color[node]
    return None


by_degree = sorted(graph, key=lambda n: (-len(graph[n]), n))
print([(n, len(graph[n])) for n in by_degree])
g = greedy(by_degree)
print(sorted(g.items()), len(set(g.values())))
for k in (2, 3, 4):
    res = backtrack(k, by_degree)
    print(k, "colors:", "impossible" if res is None else sorted(res.items())[:5])
valid = all(g[a] != g[b] for a, b in EDGES)
print("greedy valid:", valid, {c: sorted(n for n in g if g[n] == c) for c in COLORS if c in g.values()})
triangles = sorted({tuple(sorted((a, b, c))) for a in graph for b in graph[a] for c in graph[b] if a in graph[c]})
print(len(triangles), triangles[:4])
