a = list(range(10))
b = a[1:5]
c = a[::2]
d = a[1:-1:3]
a[2:4] = [9, 9]
del a[0:1]
e = a[:]
f = a[1, 2:3, ...] if False else None
