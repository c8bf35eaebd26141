"""Module docstring."""
import os, os.path as osp
from collections import OrderedDict as OD, deque
from . import sibling
import a.b.c
x = 1; y = -2.5; z = 3j; s = "str"; b = b"\x00bytes"; n = None; e = ...
t = (1, 2, (3, 4)); l = [1, 2, 3]; d = {"a": 1, "b": 2}; st = {1, 2}
big = 2 ** 100; neg0 = -0.0; pos0 = 0.0; one = 1.0; tr = True
a, *rest = l
a, b = b, a
a, b, c = c, b, a
x += 1; l[0] -= 1; os.attr *= 2
del x, l[0], os.attr
print(f"{x!r:>10} and {y}", f"{s}")
fmt = "%s: %r" % (x, y)
c = x if y else z
c = x and y or z
c = not x
c = 1 < x <= 3
c = x in (1, 2, 3) and y not in [4, 5] and z in {6, 7}
c = x is None or x is not None
c = l[1:2], l[::2], l[1:2:3]
c = [*l, *t], (*l,), {**d, 'k': 1}, {*st}
c = lambda q, *r, k=1, **kw: q + k
assert x, "message"
assert y
global_var = __debug__
if x:
    pass
elif y:
    x = 2
else:
    x = 3
while x:
    x -= 1
    if x == 5:
        continue
    if x == 3:
        break
else:
    x = 0
for i in range(10):
    print(i)
else:
    print("done")
