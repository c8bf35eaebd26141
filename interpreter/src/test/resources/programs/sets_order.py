s = {"banana", "apple", "cherry", "date"}
print(s)
print({1, 2, 3, 100, 17, 33}, {-1, -2, 5}, set("hello world"))
print(sorted(s), len(s))
s.add("elderberry"); s.discard("apple")
print(s)
a = {1, 2, 3, 4}; b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7, 8]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference([4, 9]))
fs = frozenset(["x", "y", "z"])
print(fs, frozenset(), {fs: 1}[frozenset("zyx")])
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print({len(w) for w in words}, {w[0] for w in words})
u = set()
for i in range(20):
    u.add(i * 7 % 11)
print(u)
print(s.pop() in {"banana", "cherry", "date", "elderberry"})
t = {(1, 2), (3, 4), (1, 2)}
print(t)
