import os
import os.path as osp, sys
from . import a
from .. import b as c
from ...pkg.mod import (x, y as z,)
from __future__ import annotations
from m import *
x = 1
x = y = z = 2
a, b = b, a
[a, *b] = c
(a, b), c = d
a.b, c[1], d[1:2] = 1, 2, 3
x += 1; y -= 2; z *= 3; w @= 4; v /= 5; u //= 6; t %= 7; s **= 8; r >>= 9; q <<= 10; p &= 11; o ^= 12; n |= 13
x: int
x: int = 1
(x): int = 2
a.b: str
a[0]: list = []
y: tuple = 1, 2
del x
del a, b[0], c.d
del (a, b), [c]
assert x
assert x, "msg"
pass
global g1, g2
nonlocal_ = 1
raise
raise E
raise E from e
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
while x:
    break
else:
    continue
for i in range(10):
    pass
else:
    pass
for a, b in x: pass
for (a, b) in x: pass
for *a, b in x: pass
for x.y in z: pass
for i, in x: pass
with a: pass
with a as b, c as d: pass
with (a as b, c as d,): pass
with (a, b): pass
with (a): pass
with (yield): pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E as e:
    pass
except* (F, G):
    pass
class A: pass
class B(A, metaclass=M, *args, **kw):
    x = 1
    def m(self): return self
@dec
@dec.attr(1)
@(lambda f: f)
class C: pass
if x: a = 1; b = 2;
x = 1 if y else 2
print(x, file=sys.stderr)
match = 1
case = 2
_ = 3
match(x)
match[1]
type = 4
