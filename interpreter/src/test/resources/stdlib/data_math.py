import math
names = sorted(n for n in dir(math) if not n.startswith('_'))
print(names)
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 3.5, -2.25, 10.0, 1e-300, 1e300, 700.0, 1e10, math.inf, -math.inf, math.nan, 7, -3, 10**30]
one = ['sqrt', 'cbrt', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
       'exp', 'exp2', 'expm1', 'log1p', 'fabs', 'erf', 'erfc', 'gamma', 'lgamma', 'log', 'log2', 'log10', 'floor',
       'ceil', 'trunc', 'modf', 'frexp', 'isnan', 'isinf', 'isfinite', 'degrees', 'radians', 'ulp']
for name in one:
    f = getattr(math, name)
    row = []
    for v in vals:
        try:
            r = f(v)
            row.append(repr(r) if not isinstance(r, float) or name not in ('erf', 'erfc', 'gamma', 'lgamma', 'asinh', 'acosh', 'atanh', 'cbrt', 'tan', 'sinh', 'cosh', 'tanh', 'exp2', 'expm1') else '%.12g' % r)
        except (ValueError, OverflowError, TypeError) as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print(name, ' '.join(row))
two = ['pow', 'atan2', 'fmod', 'remainder', 'copysign', 'hypot', 'nextafter', 'log', 'ldexp']
pairs = [(2.0, 3.0), (0.0, -1.0), (-8.0, 1 / 3), (2.0, 1024), (10.0, 0.0), (math.inf, 2.0), (5.5, math.inf), (-7.0, 2.0),
         (7.0, -2.0), (1.0, math.nan), (math.nan, 0.0), (3, 2), (0.0, 0.0), (1e308, 10), (6.0, 4.0)]
for name in two:
    f = getattr(math, name)
    row = []
    for a, b in pairs:
        try:
            row.append(repr(f(a, b)))
        except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
            row.append('%s(%s)' % (type(e).__name__, e))
    print(name, ' '.join(row))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), sum([0.1] * 10))
for bad in ([math.inf, -math.inf], [1e308, 1e308]):
    try:
        math.fsum(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.prod([1, 2, 3, 4]), math.prod([2.5, 4]), math.prod([], start=7), math.prod(range(1, 21)))
print(math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.gcd(-4, 6))
print(math.factorial(0), math.factorial(20), len(str(math.factorial(500))), math.isqrt(10**40 + 12345), math.isqrt(0))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.perm(5), math.perm(10, 3), math.perm(3, 5))
for bad in (lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
            lambda: math.perm(3, -1), lambda: math.sqrt('x'), lambda: math.sqrt(), lambda: math.pow(1),
            lambda: math.log(), lambda: math.floor(None), lambda: math.ldexp(1.0, 2.5), lambda: math.isclose(1, 2, rel_tol=-1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.hypot(), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(-5), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.log(8, 2), math.log(10**1000), math.log10(10**500), math.log2(2**3000), math.log(100, 10))
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()), math.floor(-2.5), math.ceil(-2.5), math.floor(7))
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.frexp(1e-310), math.ldexp(0.5, 1024), math.ldexp(1.0, -1075), math.ldexp(1.0, -1074))
