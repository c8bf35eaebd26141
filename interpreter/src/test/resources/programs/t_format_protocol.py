class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        if spec.endswith("c"):
            return f"{self.v * 100:{spec[:-1]}d}c"
        return format(self.v, spec)
    def __str__(self):
        return "Money"
    def __repr__(self):
        return "Money()"
m = Money(3)
print(f"{m}", f"{m:c}", f"{m:>8c}", f"{m:.2f}", format(m), format(m, "08.3f"), "{0} {0!s} {0!r}".format(m))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"), f"{'x':*^9}", f"{42:+}", f"{-42: }", f"{42: }")
print(f"{1234567:,}", f"{1234567:_}", f"{1234567.891:,.2f}", f"{0.5:%}", f"{0.125:.1%}", f"{255:#x}", f"{255:#o}")
print(f"{255:#b}", f"{255:X}", f"{65:c}", f"{3.14159:.3}", f"{3.14159:e}", f"{1e20:g}", f"{1e-5:G}", f"{12:n}")
print(f"{'abc':.2}", f"{'abc':5.1}|", f"{123:010}", f"{-123:010}", f"{123:=+8}", f"{3.0:}", f"{1e16}", f"{True:d}")
print(format(True), format(None), format(1 + 2j), format(1.5 + 0j, ".2f"), format(10, ""), format(2.5, ""))
print(f"{[1, 2]}", f"{ {'a': 1} }", f"{(1,)!r}", f"{'q'!a}", f"{'é'!a}", f"{3:{'>'}{5}}")
class NoFormat:
    pass
print(format(NoFormat(), "").startswith("<__main__.NoFormat"))
for expr in ["format(NoFormat(), 'x')", "format(1, 'z')", "format('a', 'd')", "format(1.0, 'd')",
             "format(1, '.2s')", "'{:,s}'.format('a')", "format([], '>5')", "format(1, ',_')",
             "format(3, '=s')", "'{0:{1}}'.format(1, 'q')", "format(2 ** 70, 'c')"]:
    try:
        print(expr, "=", eval(expr))
    except (TypeError, ValueError, OverflowError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
class BadFormat:
    def __format__(self, spec):
        return 5
format(BadFormat())
