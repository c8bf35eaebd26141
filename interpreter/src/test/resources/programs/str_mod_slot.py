# str % args as str's nb_remainder, str subclasses' __rmod__ first, other right operands' __rmod__ never
class S(str):
    def __rmod__(self, other): return "S.__rmod__"
    def __mod__(self, other): return "S.__mod__"
class R:
    def __rmod__(self, other): return "R.__rmod__"
    def __str__(self): return "R()"
def f():
    out = []
    for i in range(3):
        out.append("v%d" % i)
        out.append("%s-%s" % ("a", i))
        out.append("%(k)s" % {"k": i})
        out.append("x" % ())
        out.append("%s" % S("q"))
        out.append("%s" % R())
        out.append(S("%s") % 1)
        out.append("%s" % [1])
    return out
for _ in range(30):
    r = f()
print(r)
for bad in ('"%d" % "x"', '"%s %s" % (1,)', '"%s" % (1, 2)', '"x" % 1', '"%z" % 1'):
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
s = "a%s"; s %= 5; print(s)
