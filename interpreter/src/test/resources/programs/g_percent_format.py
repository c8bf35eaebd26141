rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 200, 0.1), ("kiwi", 0, 1.125)]
print("%-10s|%5s|%8s" % ("name", "qty", "price"))
for name, qty, price in rows:
    print("%-10s|%5d|%8.3f" % (name, qty, price))
print("%s and %r" % ("str", "repr"))
print("%5.1f%%" % 99.44)
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.000123, 1e-5, 1e20))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 33})
print("%c%c%c" % (72, "i", 33))
print("%+d % d %05d %-5d| %.3d" % (5, 5, -42, 42, 7))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % [1, 2, (3, 4)])
print("%s" % ((1, 2),))
print("%r %a" % ("ü", "ü"))
print("%i %u" % (3.99, -2.5))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%10.4s|" % "abcdefgh")
print("%s %s" % (None, True), "%d" % True)
print("%.2e" % 0.0, "%g" % 100000, "%g" % 1000000, "%g" % 0.0001, "%g" % 0.00001)
print("%s" % 1e16, "%s" % 1.0, "%r" % 0.1, "%s" % -0.0)
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", 1114112), ("%c", "ab")]:
    fmt, arg = bad
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("%(a)s %(a)s" % {"a": "twice"})
print("100%% done" % ())
print("%-6s|%6s|" % ("ab", "cd") * 2)
