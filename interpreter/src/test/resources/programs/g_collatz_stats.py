cache = {1: 0}
def steps(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = cache[n]
    for i, m in enumerate(reversed(path), 1):
        cache[m] = base + i
    return cache[path[0]] if path else base
best = max(range(1, 10000), key=steps)
print(best, steps(best), steps(27), len(cache) > 10000, [steps(n) for n in range(1, 16)])
