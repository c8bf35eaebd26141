# needs: Lib
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.heapreplace(h, 6), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
l = [9, 4, 7, 1, 8, 2]; heapq.heapify(l); print(l, [heapq.heappop(l) for _ in range(len(l))])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(2, 'hello', key=ord))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge('ace', 'bd', reverse=False)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge([1, 3], [2], key=lambda v: -v)))
class T:
    def __init__(self, k, n):
        self.k, self.n = k, n
    def __lt__(self, o):
        return self.k < o.k
ts = [T(1, 'a'), T(0, 'b'), T(1, 'c'), T(0, 'd')]
heapq.heapify(ts); print([(t.k, t.n) for t in ts], [heapq.heappop(ts).n for _ in range(4)])
for bad in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9), bisect.bisect(a, 0))
bisect.insort(a, 3); bisect.insort_left(a, 2); bisect.insort_right(a, 8, lo=2); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect(recs, 4, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print(e)
print([bisect.bisect([60, 70, 80, 90], s) for s in (33, 99, 77, 70, 89, 90, 100)])
