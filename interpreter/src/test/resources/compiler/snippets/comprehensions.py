l = [x * 2 for x in range(10) if x % 2]
s = {x for x in range(10)}
d = {k: v for k, v in items if k for v2 in [v]}
g = (x for x in range(10))
nested = [[y for y in range(x)] for x in range(3)]
def f(a):
    return [a + i for i in range(a) for j in (1, 2) if i != j]
if (n := len(l)) > 3:
    pass
lst = [(y := x) for x in l]
