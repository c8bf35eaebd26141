# needs: Lib
# re's Pattern and Match objects, substitution templates and callables, split, scanner, bytes patterns, errors.
import re

m = re.search(r"(?P<first>\w+)\s(?P<last>\w+)(?P<opt>!)?", "say Jane Doe here")
print(m, repr(m.group()), m.group(1, 2), m.group("last"), m["first"], m[0])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.span(), m.span(2), m.start("last"), m.end(1), m.span("opt"), m.start(3))
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.re.pattern, m.string)
print(m.expand(r"\g<last>, \1 [\g<0>]"), m.expand(r"\2\n"))
for bad in [lambda: m.group(4), lambda: m.group("nope"), lambda: m.span(-1), lambda: m["x"]]:
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)
p = re.compile(r"(\d+)\.(\d+)", re.ASCII)
print(p, p.pattern, p.flags, p.groups, p.groupindex, p == re.compile(r"(\d+)\.(\d+)", re.ASCII))
print(p.match("3.14 2.71"), p.match("x3.14"), p.match("x3.14", 1), p.search("x3.14", 2, 4))
print(p.fullmatch("3.14"), p.fullmatch("3.14 "), p.fullmatch("3.14 ", 0, 4))
print(p.findall("1.2 33.44 5.6"), p.findall("1.2 33.44 5.6", 4), [x.group(0) for x in p.finditer("1.2 33.44", 1)])
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"))
print(re.sub(r"(?P<n>\d)", r"<\g<n>\g<0>>", "a1b2"), re.subn(r"\s+", " ", "a  b \t c\n"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"\b", "|", "ab cd"), re.sub("a", "b", "aaa", count=2))
print(re.sub(r"\d+", lambda m: str(int(m.group()) ** 2), "1 2 3 10"))
print(re.sub(r"(a)|(b)", lambda m: m.group(1) or m.group(2).upper(), "abab"))
print(re.sub("a", r"\n\t\\", "xa"), re.sub("a", "\\\\", "xa"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split("x*", "axbc"), re.split(r"\b", "a b"))
print(re.split("[a-f]+", "0a3B9", flags=re.I), re.split(r"(?=,)", "a,b,c"))
sc = re.compile(r"\d").scanner("a1b22")
print(sc.search(), sc.search(), sc.match(), sc.search(), sc.search())
sc = re.compile(r"[a-z]").scanner("ab1")
print(sc.match(), sc.match(), sc.match(), sc.pattern)
print(re.escape("1.5*2 [x] {y} ^$ a-b\n"), re.escape(b"a.b"))
bp = re.compile(rb"(\w+)=(\d+)")
print(bp.findall(b"a=1 bb=22"), bp.sub(rb"\2=\1", b"a=1"), bp.search(b"xx q=9").groups(), bp)
print(re.match(rb"[\x80-\xff]+", b"\x80\xfe!"), re.findall(rb"\s", b"a b\tc"))
for pat, text in [(r"\w+", b"bytes"), (rb"\w+", "text")]:
    try:
        re.search(pat, text)
    except TypeError as e:
        print("TypeError", e)
try:
    re.search(r"a", 5)
except TypeError as e:
    print("TypeError", e)
for bad in ["(", ")", "[a", "a{2,1}", "*a", "a**", r"\1", "(?P<n>a)(?P<n>b)", "(?<=a+)b", r"\p", "(?z)",
            "[z-a]", "(?P<1a>x)", r"\N{NOPE}", "a{1,2}{3}", "(?#unterminated"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e.msg, e.pos, "|", e)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("template:", e)
print(repr(re.compile("a", re.I | re.M | re.S | re.X)), repr(re.compile(b"a", re.L)))
print(re.compile(r"(?i)a").flags & re.I, re.I | re.M, re.IGNORECASE.value, repr(re.A), str(re.X))
print(re.match("a", "A", flags=re.IGNORECASE), re.search("^b", "a\nb", re.MULTILINE), re.match(".", "\n", re.DOTALL))
print(re.match(r"(?a)\w+", "héllo"), re.match(r"(?u)\w+", "héllo"), re.fullmatch(r"(?x) \d+ \s* ; # c", "12 ;"))
print(type(m).__name__, type(p).__name__, re.Match, re.Pattern, isinstance(p, re.Pattern))
print(re.compile("x") is re.compile("x"), re.purge())
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"((a)b)", "abab"), re.findall("", "ab"))
print(list(re.finditer(r"\w+", "hi yo")), re.compile(r"\w").findall("a b", pos=1, endpos=2))
print(p.__copy__() is p, m.__deepcopy__({}) is m)
big = "ab" * 5000 + "c"
print(len(re.findall("ab", big)), re.search("(ab)*c", big).span(), re.match(r"(?:a|b)*c", big).end())
print(re.sub(r"(?m)^", "> ", "l1\nl2\n"), re.sub(r"(?m)$", ";", "l1\nl2"))
print(re.match(r"(?P<a>x)(?(a)y|z)", "xy"), re.match(r"(x)?(?(1)y|z)", "z"), re.match(r"(?:(?P<q>')|\")[^'\"]*(?(q)'|\")", "\"ab\""))
print(re.match(r"(a)(?=(b))", "ab").groups(), re.match(r"(?!ab)..", "ac"), re.search(r"(?<=(a))b", "ab").group(1))
