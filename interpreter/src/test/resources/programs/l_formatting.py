vals = [0, 1, -1, 42, 255, 1234567, -98765, 2**40, 3.14159, -2.5, 1e-7, 1.5e300, 0.1, 100.0, float("inf"), float("nan"), -0.0]
specs = ["", "5", "<8", ">8", "^9", "+", " ", "08.3f", ".2e", "g", ".3g", "%", ".1%", ",", "_", "x", "#x", "o", "#b", "e", "10.4", "=+10"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append("E:" + str(e)[:25])
    print(repr(v), "|".join(row))
print("%d %5d %-5d| %05d %x %X %o %e %f %.3g %s %r %%" % (1, 2, 3, 4, 255, 255, 8, 12345.678, 1.5, 0.000123456, "s", "r"))
print("%(a)s-%(b)05.1f" % {"a": "x", "b": 3.14159}, "%c%c" % (65, "b"), "%+d % d" % (5, 5), "%*d|%-*d|" % (4, 1, 4, 2))
print("{} {!r} {x} {y[1]} {z.real}".format("a", "b", x=1, y=[1, 2], z=3j), "{0}{1}{0}".format(1, 2))
print("{:>{w}.{p}f}|{:^{w}}|".format(3.14159, "mid", w=10, p=2))
name, n = "world", 7
print(f"{name!r:>10} {n:#06b} {n * 1.5=} {name.upper()=!s:8}| {'nested ' + f'{n:03}'}")
print(f"{{literal}} {n:{'>'}{5}} {3.0:g} {1e20:g} {1e-5:g} {123456789:,} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{12345.6789:,.2f} {-12345.6789:_.3f} {0.000012:.2e} {12:x^7} {'txt':.2} {True:d} {None!s}")
print(str(1e22), str(1e-5), repr(0.1 + 0.2), str(1 / 3), repr(2 / 3), 1e16, 123456789012345678.0, 5e-324)
print(format(1234.5, "010.2f"), format(-1234.5, "010.2f"), format(12, "+08d"), format(3.0, ".0e"))
print(round(1e300 * 10, 2), 10 ** 20 / 3, 2 ** 63, -(2 ** 63), 7 / 2, 7 // 2, 1 / 8, 0.1 * 3)
print(int("0x1f", 16), int("  42  "), int("-0b101", 0), float("  -1.5e3 "), float("inf"), float("-nan"))
print("{:,}".format(-1000000), "{:e}".format(0), "{:.3}".format(1 / 3), "{:n}".format(1234))
print(format(complex(1, -2)), format(1.5 + 2j, ".2f"), repr(complex(0, 0)), repr(-0j), (1 + 2j) * (3 - 1j))
print("%s" % (1,), "%s" % [1, 2], "%5.1s|" % "abc", "%.3s" % "abcdef", "%i" % 3.99)
print("{:=^20}".format(" center "), "{0:{1}}".format("a", ">4"), "{:%Y}".format if False else "skip")
print(f"{'x'!a} {'é'!a} {b'bytes'} {[1, 'a']!s} {(1,)} {{}} {set()} {frozenset({1})}")
print("{0}{1}{0}".format("ab", "-"), "{:d}".format(True), format(10, "c"), f"{65:c}")
print("%.2f" % 2.675, "%.0f" % 0.5, "%.0f" % 1.5, "%g" % 1e-4, "%g" % 1e-5, "%#g" % 1.0, "%#x" % 255)
print("{:s}".format(3))
