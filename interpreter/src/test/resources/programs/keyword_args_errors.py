def f(a, b, c=3):
    return a + b + c
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, a=1, b=2),
    lambda: f(),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
def g(x, *, y):
    return x, y
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(f(1, 2), f(a=1, b=2, c=0), f(*(1, 2)), f(**{"a": 1, "b": 1}))
