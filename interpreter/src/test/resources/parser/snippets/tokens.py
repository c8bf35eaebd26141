x = 0; y = 00; z = 0_0; w = 0.; v = .0; u = 1.e5; t = 0e0; s = 0j; r = 1_000.5e-1_0j
a = 0xdead_BEEF + 0O7_7 + 0B1_0 + 0X1
b = 1if x else 2
c = [0x1for x in y]
d = 1or 2
e = 1.5jif x else 2
f = not-1
g = a@b
h = a if b else c if d else e
i = a<b>c!=d
j = ...
k = x[...]
l = a . b
m = (  # comment
    1)
n = {  } 
o = f"{ {1: 2}[1] }"
p = f"{x!r}" "{y}"
q = f"{{}}"
r = "\N{LATIN SMALL LETTER E WITH ACUTE}"
s = "\x00\a\b\f\v\q"
t = b"\q"
if x:
    pass
    # trailing comment at lower indent
  # odd indent comment
y = 1
if x:
	if y:
		pass
if x:
        a = 1
        b = 2
class A:
    def f(self): return 1


    def g(self): return 2
cjk = '\N{CJK UNIFIED IDEOGRAPH-6574}\N{HANGUL SYLLABLE GAG}\N{bullet}'
