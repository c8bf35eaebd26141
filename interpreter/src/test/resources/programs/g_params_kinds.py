def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return f"a={a} b={b} c={c} d={d} args={args} e={e} f={f} kw={kwargs}"


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=9, e=5, z=0))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9))
print(f(*[1, 2, 3], **{"e": 0, "x": 1}))
for call in [lambda: f(1, b=2, c=3, e=4), lambda: f(1, 2, 3), lambda: f(1, 2, 3, e=1, c=2),
             lambda: f(1), lambda: f(1, 2, 3, e=1, **{"e": 2})]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)


def kwonly(*, key, default=None):
    return key, default


print(kwonly(key=1), kwonly(default=2, key=3))
try:
    kwonly(1)
except TypeError as err:
    print("TypeError:", err)
try:
    kwonly()
except TypeError as err:
    print("TypeError:", err)


def posonly(x, y, /):
    return x - y


print(posonly(5, 3))
try:
    posonly(x=5, y=3)
except TypeError as err:
    print("TypeError:", err)


def collect(*args, **kwargs):
    return args, kwargs


print(collect(), collect(1, *range(3), k=1, **{"j": 2}))
print(collect(*"ab", *(1, 2), **dict(x=1), **{"y": 2}))


def defaults(x, acc=[]):
    acc.append(x)
    return acc


print(defaults(1), defaults(2), defaults(3, []), defaults.__defaults__)


def annotated(a: int, b: "str" = "x", *rest: float, flag: bool = False) -> list:
    return [a, b, rest, flag]


print(annotated(1), annotated.__annotations__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:8])
print(f.__defaults__, f.__kwdefaults__, kwonly.__kwdefaults__, posonly.__defaults__)


def too_many(a, b):
    pass


for args in [(1,), (1, 2, 3), ()]:
    try:
        too_many(*args)
    except TypeError as err:
        print("TypeError:", err)
try:
    too_many(1, 2, c=3)
except TypeError as err:
    print("TypeError:", err)
try:
    too_many(1, a=1)
except TypeError as err:
    print("TypeError:", err)


class K:
    def m(self, x, *, y=1):
        return x + y

    @staticmethod
    def s(*a):
        return a


k = K()
print(k.m(1), k.m(1, y=10), K.m(k, 2), K.s(1, 2), k.s())
try:
    k.m()
except TypeError as err:
    print("TypeError:", err)
try:
    k.m(1, 2)
except TypeError as err:
    print("TypeError:", err)
lam = lambda x, /, y=2, *, z=3: (x, y, z)
print(lam(1), lam(1, z=5), (lambda *a, **k: (a, k))(1, b=2))
