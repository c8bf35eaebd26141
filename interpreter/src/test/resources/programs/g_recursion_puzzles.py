def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(hanoi(3), len(hanoi(10)))


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out


print(permutations([1, 2, 3]), len(permutations(list("abcde"))))


def subsets(s):
    if not s:
        return [[]]
    rest = subsets(s[1:])
    return rest + [[s[0]] + r for r in rest]


print(sorted(subsets([1, 2, 3]), key=lambda x: (len(x), x)))


def queens(n):
    solutions = []
    cols = [0] * n

    def place(row, used, d1, d2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used or (row - c) in d1 or (row + c) in d2:
                continue
            cols[row] = c
            place(row + 1, used | {c}, d1 | {row - c}, d2 | {row + c})

    place(0, frozenset(), frozenset(), frozenset())
    return solutions


sols = queens(6)
print(len(sols), sols[0], len(queens(8)))
for row in sols[0]:
    print("".join("Q" if c == row else "." for c in range(6)))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(5)], ackermann(3, 3))


def flatten_depth(x, depth=0):
    if isinstance(x, list):
        return max((flatten_depth(y, depth + 1) for y in x), default=depth + 1)
    return depth


print(flatten_depth([1, [2, [3, [4]]], []]), flatten_depth([]), flatten_depth(5))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def binary_search(xs, target, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid)


xs = list(range(0, 100, 3))
print(gcd(1071, 462), [binary_search(xs, t) for t in (0, 27, 99, 50, 100)])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)


def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])


print(count_change(100, [50, 25, 10, 5, 1]))


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append((left if left[0] <= right[0] else right).pop(0))
    return out + left + right


def quick_sort(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])


data = [38, 27, 43, 3, 9, 82, 10, 3]
print(merge_sort(data), quick_sort(data), data)
