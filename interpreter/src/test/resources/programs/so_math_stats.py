import math

samples = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.1, 6.4, 2.2]
n = len(samples)
mean = math.fsum(samples) / n
var = math.fsum((x - mean) ** 2 for x in samples) / (n - 1)
print(f'n={n} mean={mean:.4f} sd={math.sqrt(var):.4f} range={max(samples) - min(samples):.1f}')
print('geometric mean %.4f' % math.exp(math.fsum(map(math.log, samples)) / n))
print('hypot', math.hypot(3, 4, 12), 'dist', math.dist((1, 2), (4, 6)))
print('comb', math.comb(52, 5), 'perm', math.perm(10, 3), 'factorial', math.factorial(15))
print('gcd', math.gcd(462, 1071), 'lcm', math.lcm(4, 6, 15), 'isqrt', math.isqrt(10 ** 20 + 1))
print('prod', math.prod(range(1, 11)), 'fsum vs sum', math.fsum([0.1] * 10), sum([0.1] * 10))
for x in (0.5, 1.0, 2.0):
    print(f'x={x} erf={math.erf(x):.6f} gamma={math.gamma(x):.6f} lgamma={math.lgamma(x):.6f}')
print(math.isclose(math.sin(math.pi), 0.0, abs_tol=1e-12), math.degrees(math.atan2(1, 1)), math.radians(180) == math.pi)
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-2)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.modf(3.75), math.frexp(40.0), math.ldexp(0.625, 6))
