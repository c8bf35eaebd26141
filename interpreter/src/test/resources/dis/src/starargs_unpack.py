first, *middle, last = [1, 2, 3, 4]
(a, b), c = (1, 2), 3
[d, [e, *f]] = [1, [2, 3, 4]]
for x, *y in [(1, 2, 3)]:
    print(x, y)
def g(*args, **kwargs):
    return (*args, *kwargs)
