l = [5, 3, 8]
print(l.pop(-2), l, l.index(8))
l.insert(-1, 4); l.insert(100, 9); l.insert(-100, 0)
print(l)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    l.remove(42)
except ValueError as e:
    print(e)
print([1, 2, 3][10:], [1, 2, 3][-10:2], [1, 2, 3][::-2], list(range(10))[8:2:-2])
x = [1, 2, 3, 4, 5]
x[1:4] = []
print(x)
x[:0] = [-1, 0]
print(x)
x[::2] = ["a", "b", "c"]
print(x)
y = [3, 1, 2]
y.sort(key=lambda v: -v)
print(y, sorted([(2, "b"), (1, "z"), (2, "a")]))
print([[]] * 2, [0] * 0, list("ab") * 2)
z = [1, [2, 3]]
w = z.copy()
w[1].append(4)
print(z, z == w, z is w)
print(sorted([3, 1, 2], key=None), [1, 2] * -1)
