s = "0123456789"
tests = [(None, None, -1), (-3, None, None), (None, -3, None), (2, 8, 3), (8, 2, -2), (-1, -5, -1), (100, None, None), (-100, 3, None), (5, 5, None), (None, None, 4)]
for a, b, c in tests:
    print(a, b, c, repr(s[a:b:c]), list(range(10))[a:b:c])
l = list(range(10))
l[2:8:2] = "abc"
print(l)
l[::-1] = range(10)
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
