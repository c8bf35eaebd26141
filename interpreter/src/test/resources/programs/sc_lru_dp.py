from functools import lru_cache, reduce
import operator

@lru_cache(maxsize=None)
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))

for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(f"edit({x!r}, {y!r}) = {edit(x, y)}")
info = edit.cache_info()
print("hits>0:", info.hits > 0, "currsize:", info.currsize, "maxsize:", info.maxsize)

@lru_cache(maxsize=32)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

print([partitions(n, n) for n in range(15)])
print(partitions.cache_info().maxsize, partitions.cache_info().currsize <= 32)
edit.cache_clear()
print(edit.cache_info())
print(reduce(operator.mul, range(1, 21)), reduce(lambda acc, w: acc + len(w), ["a", "bb", "ccc"], 0))
