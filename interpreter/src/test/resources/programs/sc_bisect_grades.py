import bisect

breakpoints = [60, 70, 80, 90]
grades = "FDCBA"
def grade(score):
    return grades[bisect.bisect(breakpoints, score)]
scores = [33, 99, 77, 70, 89, 90, 100, 59, 60]
print([grade(s) for s in scores])
board = []
for name, pts in [("ann", 31), ("bob", 45), ("cy", 12), ("dee", 45), ("eve", 50), ("fay", 3)]:
    bisect.insort(board, (-pts, name))
print([(n, -p) for p, n in board])
times = [1.5, 2.0, 3.25, 7.0, 9.5]
print(bisect.bisect_left(times, 3.25), bisect.bisect_right(times, 3.25), bisect.bisect(times, 100), bisect.bisect_left(times, 0))
recs = [{"t": 1}, {"t": 4}, {"t": 9}]
i = bisect.bisect_left(recs, 5, key=lambda r: r["t"])
bisect.insort(recs, {"t": 5}, key=lambda r: r["t"])
print(i, [r["t"] for r in recs])
def count_in_range(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)
data = sorted([5, 1, 9, 3, 7, 3, 8, 2])
print(data, count_in_range(data, 3, 7), count_in_range(data, 10, 20))
