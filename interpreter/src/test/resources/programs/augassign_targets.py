class C:
    def __init__(self):
        self.n = 0
        self.items = [1, 2]
c = C()
c.n += 5
c.items += [3]
c.items[0] *= 10
print(c.n, c.items)
d = {"k": 1}
d["k"] += 41
d.setdefault("l", []).append("x")
print(d)
m = [[0, 0], [0, 0]]
m[1][0] -= 3
print(m)
s = "ab"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
counter = {}
for w in "a b a c b a".split():
    counter[w] = counter.get(w, 0) + 1
print(counter)
n = 10
n //= 3; n **= 3; n <<= 2; n >>= 1; n |= 1; n &= 0xff; n ^= 0b101
print(n)
