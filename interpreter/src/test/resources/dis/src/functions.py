def f(a, b=1, *args, c, d=2, **kw):
    return a + b + c + d + len(args) + len(kw)

def g(p, q, /, r, *, s=3) -> int:
    "docstring"
    return p * q * r * s

def h(x: int = 5, y: "str" = "y") -> None:
    pass

lam = lambda x, y=2: x * y
print(f(1, c=3), g(1, 2, 3), h(), lam(4))
print(f(*[1, 2], **{"c": 3}))
