from __future__ import annotations
a: 1.5
b: 1e100
c: -1
d: 'it''s'
e: "x\ny"
f: b'\x00b'
g: lambda x: x
h: [x for x in y]
i: {k: v for k, v in z}
j: (x for x in y)
k: f"{x!r:>10}"
l: x if y else z
m: not x
n: a and b or c
o: a < b <= c
p: -x ** 2
q: (-x) ** 2
r: x[1:2, ::3]
s: {1, 2}
t: {}
u: ()
v: (1,)
w: x.y.z()
x1: f(*a, **k)
a2: 1j
b2: ...
c2: None
d2: x @ y
e2: ~x
f2: a[b][c]
g2: 10**20
h2: 0.1
i2: 1e-7
j2: 123456789012345678.0
k2: (a, b)[0]
m2: 1e400
n2: 1e400j
o2: 'é\t\x00\u2028'
p2: (1.5, 'x', b'y')
q2: 5e-324
