a = b = c = 5
print(a, b, c)
a, b = b + 1, a - 1
print(a, b)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
(p, q), r = (1, 2), 3
print(p, q, r)
d = {}
d["k"] = d.get("k", 0) + 1
print(d)
i = 0
i += 5; i -= 2; i *= 3; i //= 2; i **= 2; i %= 7
print(i)
s = "a"; s += "b"; s *= 2
print(s)
l = [1]; l += [2]; l *= 2
print(l)
