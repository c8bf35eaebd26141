import random as _r  # only for a fixed permutation below, seeded


def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick(a):
    if len(a) < 2:
        return a
    pivot, *rest = a
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])


def heap_sort(a):
    a = a[:]
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range((n - 2) // 2, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[end], a[0] = a[0], a[end]
        sift(0, end - 1)
    return a


rng = _r.Random(12345)
data = [rng.randint(-50, 50) for _ in range(40)]
print(data)
expected = sorted(data)
for fn in (bubble, merge_sort, quick, heap_sort):
    print(fn.__name__, fn(data) == expected)
print(expected)
people = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.9), ("dave", 30, 2.1), ("eve", 22, 3.5)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(sorted(people, key=lambda p: (-p[2], p[0])))
import operator
print(sorted(people, key=operator.itemgetter(1, 2)))
print(max(people, key=operator.itemgetter(2)), min(people, key=lambda p: len(p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
l = [3, 1, 2]
l.sort()
print(l, l.reverse(), l, l.index(2), l.count(3), list(reversed(l)))
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted([1.5, 1, True, 0.5]))
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda t: t[0])
print(stable)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
print(sorted([[2, 1], [1, 2], [1], []]), sorted([None, None]) if False else "skip")
rng.shuffle(l)
print(l, rng.choice(words), rng.sample(range(100), 5), round(rng.random(), 10))
