data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
while (item := data.pop()) != 12:
    print("popped", item)
print(data)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), a=1, **{"b": 2}, c=3))
first, second, *_ = "abcdef"
print(first, second)
x = y = []
x.append(1)
print(y)
print(1 < 2 < 3 < 4, 1 < 3 < 2, [1] < [1, 0] < [2])
def side(v):
    print("side", v)
    return v
print(side(1) < side(2) < side(0) < side(5))
