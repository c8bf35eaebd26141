v = 3.14159
n = 1234567
s = "hi"
print(f"{v:10.3f}|{v:<10.2e}|{v:+.1%}|{n:_}|{n:,.2f}|{n:>12,}|{-n:=+12}|{n:#o}|{n:#X}")
print(f"{s!r:>6}|{s:*^8}|{s!a}|{'é'!a}|{s:.1}|{42:c}|{0:#b}|{255:08x}|{-3:04d}")
print(f"{v=}", f"{n = :,}", f"{s=!s}", f"{{literal}}", f"{'nested ' + f'{n:>3}'}", f"{3 + 4}")
w, p = 10, 3
print(f"{v:{w}.{p}f}|", f"{s:{'>'}{w}}|", format(v, f".{p}g"), format(1e-7, "g"), format(1e16, "g"), format(123456789.0, ".3g"))
print("{0}{1}{0}".format("a", "b"), "{x.real}".format(x=3j), "{0[1]}".format([7, 8]), "{d[k]}".format(d={"k": 9}), "{:{}}".format(5, 4))
print(format(True, "d"), format(True, ""), format(None, ""), format(0.0, "e"), format(-0.0, ".1f"), format(float("nan"), "+f"), format(float("-inf"), ">8"))
print(format(1.5, "n"), format(12345, "n"), format(0.1, ".20f"), format(2 ** 70, ","), format(10 ** 20, "e"), format(5, "%"))
print("%s|%5.1f|%-6d|%x|%o|%e|%g|%c|%r|%%|%i" % ("s", 2.25, 7, 255, 8, 1234.5, 0.00001, 97, "q", 3))
print("%(x)s-%(y)d" % {"x": "X", "y": 2}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%#x %#o %+.2e" % (255, 8, 12345.678))
print("%s" % [1, 2], "%s" % ((1, 2),), "%d" % 3.99, "%x" % -255, "%5s|" % "toolong", "%.0f %.0f" % (0.5, 1.5))
for bad in [lambda: f"{n:q}", lambda: format("s", "d"), lambda: format(1.5, "d"), lambda: "{0} {}".format(1, 2),
            lambda: "{".format(), lambda: "}".format(), lambda: "{:=}".format("s"), lambda: format(3, ",s"),
            lambda: "%d" % None, lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1,
            lambda: "{0:,_}".format(1), lambda: "{!x}".format(1), lambda: format(1j, "="), lambda: "%c" % 1114112]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
    def __str__(self):
        return "strF"
    def __repr__(self):
        return "reprF"
print(f"{F()}", f"{F():abc}", f"{F()!s}", f"{F()!r:>8}", "{0:x}".format(F()), "%s %r" % (F(), F()))
