from functools import lru_cache


def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


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


print(lcs("AGGTAB", "GXTXAYB"), lcs("thisisatest", "testing123testing"))
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
print(knapsack([("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
                ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)], 200))
print([partitions(n, n) for n in range(1, 20)], partitions(100, 100))
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
grid = [[1, 3, 1, 2], [1, 5, 1, 9], [4, 2, 1, 1]]
R, C = len(grid), len(grid[0])
cost = [[0] * C for _ in range(R)]
for r in range(R):
    for c in range(C):
        up = cost[r - 1][c] if r else float("inf")
        left = cost[r][c - 1] if c else float("inf")
        cost[r][c] = grid[r][c] + (0 if r == c == 0 else min(up, left))
print(cost[-1][-1], cost)
coins = [1, 5, 10, 25]
ways = [1] + [0] * 100
for coin in coins:
    for v in range(coin, 101):
        ways[v] += ways[v - coin]
print(ways[100], ways[:12])
