# needs: Lib
# CPython's string.py on quicken's _string: Formatter, Template, capwords and the constants.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(repr(string.punctuation), len(string.printable), string.capwords("hello  wide   world"), string.capwords("a-b c-d", "-"))
f = string.Formatter()
print(f.format("{0}-{x!r:>5}|{y[1]}|{z.real:.2f}", 1, x="a", y=[0, 9], z=2.5))
print(f.format("{:*^{w}}", "mid", w=11), f.format("{!s:<6}|{!a}", "é", "é"), f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("a{0}b{x.y[2]!s:^{w}}c{{d}}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "<" + str(key) + ">") if isinstance(key, str) else args[key]
print(Upper().format("{greet}, {0}! {missing}", "bob", greet="hi"))
for bad in ["{0", "{0!x}", "{}{0}", "}"]:
    try:
        print(f.format(bad, 1))
    except (ValueError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
t = string.Template("$who likes ${what}; $$5 each")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
print(t.get_identifiers(), t.is_valid(), string.Template("$bad $").is_valid())
for bad in [lambda: t.substitute(who="x"), lambda: string.Template("$").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(Percent("%name is %{age} years").substitute(name="ada", age=36))
