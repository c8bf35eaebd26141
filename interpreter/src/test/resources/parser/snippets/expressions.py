a or b or c
a and b and c
a or b and c
not a
not not a
a < b <= c > d >= e == f != g
a is b
a is not b
a in b
a not in b
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
-a + +b - ~c
a ** b ** c
-a ** b
(-a) ** b
await_x = 1
a.b.c
a[1]
a[1:2]
a[:]
a[::]
a[1:2:3]
a[::2]
a[1:]
a[:2]
a[1, 2]
a[1:2, 3]
a[*b]
a[*b, c]
a[b, *c]
a[(1, 2)]
a[x:=1]
f()
f(a)
f(a, b)
f(a, *b, c=1, **d)
f(*a, *b)
f(**a, **b)
f(a=1, *b)
f(x for x in y)
f((x for x in y), 1)
f(a)(b)(c)
f(a)[b].c
(1)
(1,)
()
(1, 2, 3)
[]
[1]
[1, 2,]
[*a, *b]
{}
{1: 2}
{1: 2, **a, 3: 4}
{**a}
{1}
{1, 2}
{*a, b}
[x for x in y]
[x for x in y if x if y]
[x for x in y for z in x]
{x for x in y}
{x: y for x, y in z}
(x for x in y)
[(x, y) for x in a for y in b if x != y]
[x := 1, y := 2]
(y := f(x))
if (n := len(a)) > 10: pass
while chunk := f.read(): pass
[y for x in data if (y := f(x)) is not None]
x if y else z
x if y else z if w else v
lambda: (yield)
a = *b, c
*a, b = c
x = 1, 2
x = (yield)
True; False; None; ...
1; 1.0; 1j; 1.5e10; 0x1F; 0o17; 0b101; 1_000_000; 0.1_2; 1e-5; 10.; .5
123456789012345678901234567890
0xFFFFFFFFFFFFFFFFFFFF
1_0j
"a" "b"
"a" 'b' """c""" '''d'''
b"a" b'b'
rb"\x00" br'\n'
r"\n" R'\t'
u"unicode"
"a\tb\nc\\d\'e\"f\x41\u0042\U00000043\N{BULLET}\101\0"
b"\x00\xff\t\101"
"line\
continued"
"""multi
line
string"""
'Ünïcödé 中文 😀'
x = 1 + \
    2
y = (1 +
     2)
z = [
    1,
    2,
]
a.b(c).d[e](f)[g:h]
not a in b
a if b else (lambda: c)
