class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print("iadd", o)
        self.items.append(o)
        return self
    def __add__(self, o):
        print("add", o)
        n = Acc()
        n.items = self.items + [o]
        return n
    def __isub__(self, o):
        print("isub returns NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("sub", o)
        return "subtracted"
    def __imul__(self, o):
        return "imul replaced"
    def __repr__(self):
        return f"Acc{self.items}"
a = Acc()
b = a
a += 1
print(a, a is b)
a -= 2
print(a)
a = Acc()
a *= 3
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
    def __repr__(self):
        return f"OnlyAdd({self.v})"
x = OnlyAdd(1)
y = x
x += 5
print(x, y, x is y)
l = [1]
m = l
l += (2, 3)
print(l, m is l)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = {1}
s |= {2}
s &= {2, 3}
s ^= {4}
s -= {4}
print(s)
d = {"a": 1}
d |= {"b": 2}
print(d)
n = 7
n //= 2
n **= 3
n %= 10
n <<= 2
n >>= 1
n &= 6
n |= 1
n ^= 3
print(n)
f = 1.5
f /= 0.5
f -= 1
print(f)
st = "ab"
st *= 3
st += "!"
print(st)
ba = bytearray(b"x")
ref = ba
ba += b"y"
ba *= 2
print(ba, ref is ba)
for expr in ["l.__iadd__(5)", "t.__iadd__"]:
    try:
        print(eval(expr))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
z = [0]
z[0] += 1
obj = type("O", (), {"v": 1})()
obj.v += 10
print(z, obj.v)
q = None
q += 1
