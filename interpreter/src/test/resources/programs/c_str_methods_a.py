s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), " a  b  ".split(), " a  b  ".split(None, 1))
print("a,b,,c".rsplit(",", 1), " a  b  ".rsplit(None, 1), "".split(), "".split(","), "abc".split("abc"))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x"))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(3), "x\ty\nz\tw".expandtabs(2), "\t".expandtabs(0))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcd-abcd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1", "b": None}), "abc".translate(str.maketrans({"a": "AA"})))
print("Straße".casefold(), "Straße".lower(), "ß".upper(), "ǅ".lower(), "ǅ".upper(), "ǆ".title())
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("ab".center(7, "*"), "ab".center(6), "abc".center(2), "a".ljust(3, "-"), "a".rjust(3, "-"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} and {y}".format_map(D(x=5)))
print([w.isidentifier() for w in ["abc", "1a", "_", "a b", "", "ñ", "class"]])
print("héllo".encode(), "héllo".encode("latin-1"), "h€".encode("utf-16-le"), "abc".encode("ascii"))
print("h€llo".encode("ascii", "ignore"), "h€llo".encode("ascii", "replace"), "h€".encode("ascii", "xmlcharrefreplace"), "h€".encode("ascii", "backslashreplace"))
for bad in [lambda: "h€".encode("ascii"), lambda: b"h\xe2".decode("utf-8"), lambda: "x".encode("nope"),
            lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: "a".center(5, "ab"),
            lambda: "a".split(""), lambda: str.maketrans("ab", "c"), lambda: "{0}{1}".format(1),
            lambda: "{x}".format(y=1), lambda: "a".zfill("3"), lambda: "abc".startswith(1),
            lambda: "ab".join([1, 2]), lambda: "x" * 1.5, lambda: "%d" % "x", lambda: "%s %s" % (1,)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "hELLO".capitalize())
print("abcabc".count("bc"), "aaaa".count("aa"), "abc".count(""), "abc".find("c", 1, 2), "abc".rfind(""))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".startswith("b", 1), "abc".endswith(""))
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "a\x0bb\x1cc".splitlines())
print("abc".replace("", "-"), "aaa".replace("a", "b", 2), "abc".replace("x", "y"), "aaa".replace("a", "", -1))
print("12".isdecimal(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), "Ab".istitle(), " ".isspace(), "".isspace())
print("abc".isascii(), "é".isascii(), "\x7f".isprintable(), "a b".isprintable(), "ABC1".isupper(), "abc!".islower())
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix(""))
print("-".join("abc"), ", ".join(["x"]), "".join([]), "ab" in "cabd", "" in "", "abc"[::-1])
print("%5s|%-5s|%.2s|%c|%c" % ("ab", "cd", "xyz", 65, "z"), "%r %a" % ("é", "é"), "%%" % ())
print("%(a)s %(b)05.1f" % {"a": "A", "b": 3.14159}, "%x %X %o %#x %#o %e" % (255, 255, 8, 255, 8, 12345.678))
print("%+d % d %05d %-5d|" % (5, 5, -5, 5), "%.3g %g %G" % (0.0001234, 1e20, 1e-10))
