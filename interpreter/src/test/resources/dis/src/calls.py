def f(*a, **k):
    return a, k

f()
f(1, 2, 3)
f(a=1, b=2)
f(1, *[2, 3], 4, *(5,), x=1, **{"y": 2}, z=3)
obj = object()
obj.__class__.__name__.upper().lower()
print(len("abc"), isinstance(obj, object), type(obj))
[].append(1)
