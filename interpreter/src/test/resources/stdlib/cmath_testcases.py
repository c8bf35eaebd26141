# cmath against CPython's Lib/test/cmath_testcases.txt (read from the CPython Lib in use), special values,
# errors and argument conversion. Finite results are printed rounded to 11 significant digits, so a last-bit
# difference between libms does not show; whether each result is within test_cmath's tolerance is printed too.
import cmath
import math
import os

TESTCASES = os.path.join(os.path.dirname(os.__file__), 'test', 'cmath_testcases.txt')


def parse(path):
    with open(path, encoding='utf-8') as f:
        for line in f:
            if '->' not in line or line.startswith('--'):
                continue
            lhs, rhs = line.split('->')
            ident, fn, arg_real, arg_imag = lhs.split()
            rhs_pieces = rhs.split()
            exp_real, exp_imag = rhs_pieces[0], rhs_pieces[1]
            flags = rhs_pieces[2:]
            yield (ident, fn, float(arg_real), float(arg_imag), float(exp_real), float(exp_imag), flags)


def show(x):
    if math.isfinite(x) and x != 0.0:
        return repr(float('%.11g' % x))
    return repr(x)


def close(a, b, rel_err=2e-15, abs_err=5e-323):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    if not a and not b:
        return math.copysign(1., a) == math.copysign(1., b)
    try:
        return abs(b - a) <= max(abs_err, rel_err * abs(a))
    except OverflowError:
        return False


count = 0
bad = 0
for ident, fn, ar, ai, er, ei, flags in parse(TESTCASES):
    count += 1
    arg = complex(ar, ai)
    try:
        if fn == 'rect':
            r = cmath.rect(ar, ai)
        elif fn == 'polar':
            r = complex(*cmath.polar(arg))
        else:
            r = getattr(cmath, fn)(arg)
    except ValueError as e:
        got = 'ValueError(%r)' % str(e)
        ok = 'divide-by-zero' in flags or 'invalid' in flags
    except OverflowError as e:
        got = 'OverflowError(%r)' % str(e)
        ok = 'overflow' in flags
    else:
        got = '(%s, %s)' % (show(r.real), show(r.imag))
        rel = 2e-15
        real_abs_err = 5e-323
        if fn in ('log', 'log10'):
            real_abs_err = 2e-15 if abs(er) < 1e-3 else 5e-323
        if fn == 'polar' or fn == 'rect':
            pass
        if 'ignore-real-sign' in flags:
            r = complex(abs(r.real), r.imag)
            er = abs(er)
        if 'ignore-imag-sign' in flags:
            r = complex(r.real, abs(r.imag))
            ei = abs(ei)
        ok = (not any(f in flags for f in ('divide-by-zero', 'invalid', 'overflow'))
              and close(er, r.real, abs_err=real_abs_err) and close(ei, r.imag))
    if not ok:
        bad += 1
    # signs that the test file says to ignore are printed as absolute values
    print(ident, fn, got, '' if ok else 'OUTSIDE TOLERANCE')
print('cases', count, 'outside tolerance', bad)

# constants
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)

# log with a base, errors of the quotient
print(cmath.log(8, 2), cmath.log(0, 2), cmath.log(1j, 1j))
for args in ((2, 0), (2, 1), (0,), (0, 0)):
    try:
        print(cmath.log(*args))
    except ValueError as e:
        print('ValueError', e)

# phase, polar, rect
for z in (0.0, -0.0, complex(-0.0, -0.0), complex(-1, 0.0), complex(-1, -0.0), 1j, -1j, complex(math.inf, math.nan),
          complex(-math.inf, math.inf), complex(1e308, 1e308)):
    try:
        print(repr(z), cmath.phase(z), cmath.polar(z))
    except OverflowError as e:
        print(repr(z), 'OverflowError', e)
for r, phi in ((1, 0), (2, -0.0), (-1, 0.0), (math.inf, 1), (-math.inf, 2), (math.inf, 0), (0, math.inf), (1, math.inf),
               (math.nan, 0), (3, math.nan)):
    try:
        z = cmath.rect(r, phi)
        print(r, phi, show(z.real), show(z.imag))
    except ValueError as e:
        print(r, phi, 'ValueError', e)

# predicates and isclose
for z in (1 + 2j, complex(math.inf, 0), complex(0, math.nan), complex(math.nan, math.inf)):
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.001j), cmath.isclose(1j, 1.001j, rel_tol=0.01))
print(cmath.isclose(complex(math.inf, 1), complex(math.inf, 1)), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isclose(complex(math.inf, 0), complex(math.inf, 1)), cmath.isclose(math.nan, math.nan))
for kw in ({'rel_tol': -1}, {'abs_tol': -1}):
    try:
        cmath.isclose(1, 1, **kw)
    except ValueError as e:
        print('ValueError', e)

# argument conversion: __complex__, __float__, __index__, errors
class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 4.0


class WithIndex:
    def __index__(self):
        return 9


class BadComplex:
    def __complex__(self):
        return 'x'


class BadFloat:
    def __float__(self):
        return 1


print(cmath.sqrt(WithComplex()), cmath.sqrt(WithFloat()), cmath.sqrt(WithIndex()), cmath.sqrt(True))
print(cmath.rect(WithFloat(), WithIndex()).real == 4 * math.cos(9), cmath.polar(WithComplex()))
print(cmath.isclose(WithComplex(), 3 + 4j), cmath.log(WithIndex(), WithFloat()))
for bad in ('1', None, [1], BadComplex(), BadFloat(), 2 ** 2000):
    try:
        cmath.exp(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for call in (lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(), lambda: cmath.log(1, 2, 3),
             lambda: cmath.rect(1), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3),
             lambda: cmath.phase(z=1), lambda: cmath.isclose(1, 1, rel_tol=1j)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

# range errors
for fn, z in (('exp', 710), ('cosh', 711), ('sinh', -711), ('exp', complex(1, math.inf)), ('sqrt', complex(1e308, 1e308)),
              ('atanh', 1), ('atanh', -1), ('log', 0), ('log10', 0), ('cos', complex(0, 711)), ('tan', complex(math.inf, 0))):
    try:
        print(fn, z, getattr(cmath, fn)(z))
    except (ValueError, OverflowError) as e:
        print(fn, z, type(e).__name__, e)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
print(cmath.sqrt.__name__, cmath.sqrt.__module__ if hasattr(cmath.sqrt, '__module__') else None, type(cmath.sqrt).__name__)
