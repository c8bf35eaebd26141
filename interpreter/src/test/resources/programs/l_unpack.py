a, b, c = 1, 2, 3
a, b = b, a
print(a, b, c)
first, *middle, last = range(10)
print(first, middle, last)
*init, tail = "hello"
head, *rest = [1]
print(init, tail, head, rest)
(x, y), z = (1, 2), 3
[p, (q, r)] = [4, (5, 6)]
print(x, y, z, p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names, list(zip(*zip(*pairs))) == pairs)


def f(a, b, /, c, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))


print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, z=9))
print(f(*[1, 2, 3, 4, 5], d=0, **{"e": 6, "w": 7}))
args = (1, 2)
kwargs = {"c": 3, "d": 4}
print(f(*args, **kwargs), [*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], *(2,)))
print(max(*[3, 9, 2]), print(*["x", "y"], sep="-", end="!\n"))
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)], list(map(sum, zip(*m))))
s = {*"aab", *[1]}
print(sorted(map(str, s)))
for tries in [(1, 2, 3), (1,), ()]:
    try:
        u, v = tries
        print("ok", u, v)
    except ValueError as e:
        print("ValueError:", e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, d=1, d2=2, **{"d": 5})
except TypeError as e:
    print(e)
a, b, c = "xy"
