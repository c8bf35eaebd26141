def f(a, b):
    print(a is b, a is not b, a in b, a not in b)
    print(a == b, a != b, a < b, a > b, a <= b, a >= b)
    x = a[b]
    a[b] = x
    del a[b]
    a.attr = b
    del a.attr
    return not a, -a, +a, ~a
