from functools import lru_cache


def lcs(a, b):
    m, n = len(a), len(b)
    t = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = 1 + t[i + 1][j + 1]
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    out = []
    i = j = 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def knapsack(items, cap):
    best = [0] * (cap + 1)
    choice = [[] for _ in range(cap + 1)]
    for name, w, v in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
                choice[c] = choice[c - w] + [name]
    return best[cap], choice[cap]


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


def lis(seq):
    tails = []
    import bisect
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


print(lcs("AGGTAB", "GXTXAYB"), lcs("the quick brown fox", "a quick brown dog"))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(f"edit({a!r}, {b!r}) = {edit_distance(a, b)}")
print(knapsack([("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
                ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)], 200))
print([partitions(n, n) for n in range(15)])
print(partitions(100, 100))
info = partitions.cache_info()
print(info.hits > 0, info.maxsize, info.currsize == info.misses)


@lru_cache(maxsize=3)
def square(x):
    print("  computing", x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square(x)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), type(square.cache_info()).__name__)
print(coin_change([1, 2, 5, 10, 20, 50, 100, 200], 200))
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
fib = [0, 1]
for _ in range(98):
    fib.append(fib[-1] + fib[-2])
print(fib[-1], len(str(fib[-1])), fib[-1] % 1_000_000_007)
