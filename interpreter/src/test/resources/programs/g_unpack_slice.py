a, b, *rest = range(6)
print(a, b, rest)
*init, last = "hello"
print(init, last)
first, *mid, end = [1, 2]
print(first, mid, end)
(p, q), [r, s] = (1, 2), "xy"
print(p, q, r, s)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
d = {"k1": 1, "k2": 2}
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(k, v)
a, b = b, a
print(a, b)
merged = [*range(3), *"ab", *[None]]
print(merged, {**d, "k3": 3, **{"k1": 100}}, {*"aab", *[1]} == {"a", "b", 1})
for bad in ["a, b = [1, 2, 3]", "a, b, c = (1, 2)", "a, *b, c = [1]", "a, b = 5"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2:2:-2], s[5:2], s[100:], s[-100:2])
lst = list(range(10))
print(lst[2:8:3], lst[::-3], lst[8:2:-2], lst[slice(None, None, 4)])
lst[2:5] = ["a", "b"]
print(lst)
lst[::3] = [0] * len(lst[::3])
print(lst)
del lst[1::2]
print(lst)
lst[:0] = [-1, -2]
lst[len(lst):] = [99]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    lst[::0]
except ValueError as e:
    print("ValueError:", e)
t = tuple(range(8))
print(t[1:4], t[::-2], t[-1], t[3:3])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in matrix], [row[::-1] for row in matrix[::-1]], list(zip(*matrix))[::2])
word = "racecar"
print(word == word[::-1], "palindrome"[::-1], "a,b,,c".split(","), "x".join(["1", "2", "3"]))
print(slice(1, 8, 2).indices(5), range(20)[3:15:4], "abc"[5:10] == "", [][1:] == [])
buf = bytearray if False else bytes
print(b"hello world"[6:], b"abc"[::-1], b"abc"[1], list(b"xy"[0:1]))
first, second, *_ = sorted({"banana": 3, "apple": 5, "cherry": 1}.items(), key=lambda kv: kv[1], reverse=True)
print(first, second)
(*xs,) = range(3)
print(xs)
[m, n] = "mn"
print(m + n)
