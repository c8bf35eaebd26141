import math

values = [0, 1, -1, 42, -42, 3.14159, -2.5, 1e10, 1.5e-7, 123456789, 0.1 + 0.2, 2**53 + 1]
for v in values:
    print(f"{v!r:>22} | {v:10} | {v:<10}| {v:^12} | {v:+} |")

for v in [3.14159, -2.5, 1e10, 1.5e-7, 1234.5678, 0.0, -0.0, 100.0]:
    print(f"{v:.2f} {v:.3e} {v:.4g} {v:g} {v:10.1%} {v:,.3f} {v:_.2f} {v:E} {v:G} {v:08.2f} {v:+.1f}")

for n in [0, 7, 255, -255, 65535, 2**40, -1]:
    print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:#X} {n:08b} {n:,} {n:_} {n:_x} {n % 95 + 32:c}" if n >= 0 else
          f"{n:b} {n:o} {n:x} {n:#x} {n:,} {n:+d} {n: d}")

width, prec = 12, 3
print(f"[{math.pi:{width}.{prec}f}] [{math.e:<{width}.{prec + 2}}] [{'txt':*^{width}}]")
name = "world"
print(f"hello {name!s:>10}|{name!r:<10}|{name!a}|{name.upper()=}|{len(name) = }")
tab = "tab\t"
print(f"{'é':>4}|{'naïve'!a}|{tab!r}|{'ü'!r}")
print(f"{{literal}} {{{name}}} {'{'}")
d = {"a": 1, "b": [1, 2]}
print(f"{d['a']} {d['b'][1]} {d!r} {len(d):03d}")
print(f"{True} {True:d} {False!r} {None!r} {None}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':~^9}|{'z':0>5}")
print(f"{12345.6789:,.2f} {-12345.6789:>+15,.1f} {0.000012345:.3g} {1/3:.15f} {2/3:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{1e300 * 1e10} {-1e300 * 1e10} {float('nan')} {float('inf'):10.2f}|{float('-inf'):<8}|")
print(f"{123:=+8} {-123:=8} {123:=08} {-0.0:+.2f} {0.0:-.2f}")
x = 10
print(f"{x=}, {x*2=:>6}, {x!r:>4}")
print(f"{3+4j} {complex(1.5, -2):.2f} {2**100:e} {10**20:,}")
print(f"{'%s' % 'nested'} {'{}'.format('fmt')} {f'{x:>4}'}")
