# needs: Lib
import heapq, bisect, keyword, numbers, colorsys
h = [5, 1, 4, 2, 3]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(5)], heapq.nlargest(2, [3, 9, 1, 7]), heapq.nsmallest(2, [3, 9, 1, 7]))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3)
print(a, keyword.iskeyword('lambda'), keyword.issoftkeyword('match'), len(keyword.kwlist))
print(numbers.Integral.__mro__[1].__name__, sorted(numbers.Integral.__abstractmethods__)[:3])
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5))
print(heapq.__name__, heapq.__spec__.name, heapq.__package__ == '', keyword.__file__.endswith('keyword.py'))
