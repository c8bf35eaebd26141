x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
l = list(range(6))
del l[1], l[-1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O: pass
o = O(); o.a = 1; o.b = 2
del o.a
print(vars(o))
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
