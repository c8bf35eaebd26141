s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), "hello world".capitalize(), "ß".upper(), "ǅ".lower())
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.find("o", 5, 8), s.rindex("l"), s.find(""))
print(s.split(", "), s.rsplit("o", 1), s.partition(" "), s.rpartition("o"), "a  b".split(), "a  b".split(" "))
print(s.replace("l", "L", 2), s.startswith(("He", "x")), s.endswith("ld", 0, 12), s.strip("Hd"), "  x ".lstrip())
print("-".join(["a", "b"]), s.center(20, "*"), s.ljust(15, "."), s.rjust(15), "42".zfill(5), "-3".zfill(4))
print("a\tb".expandtabs(), "a\tb".expandtabs(2), "x\ny\r\nz".splitlines(), "x\ny".splitlines(True))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "½".isnumeric(), "²".isdecimal(), " ".isspace(), "Ab".istitle())
print("ABC".isupper(), "abc".islower(), "_x1".isidentifier(), "1x".isidentifier(), "\t".isprintable(), "é".isascii())
print("prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py"), "aXbXc".split("X", maxsplit=1))
print("{}-{}".format(1, 2), "{b}{a}".format(a=1, b=2), "{0[1]}".format([5, 6]), "%s=%d" % ("x", 5), "%-5s|" % "ab")
print(str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy", "c")), "abc".translate({97: None}))
print("Straße".casefold(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "abc"[::-1], "abc" * 2, "a" in "cat")
print(repr("quote'"), repr('dq"'), repr("both'\""), repr("\x00\t\n\u200b\U0001f600"), ascii("é☃"))
print(ord("€"), chr(8364), str(b"bytes"), str(5), str(), "x".encode(), "é".encode("latin-1"))
print(sorted("hello"), min("hello"), "".join(reversed("abc")), "a,b,,c".split(","), ",".join("abc"))
for expr in ["s.index('z')", "s.rindex('z')", "'a'.join([1])", "'x'.center(5, 'ab')", "'%d' % 'x'", "'%s %s' % ('a',)",
             "'{0}'.format()", "'{x}'.format()", "s[50]", "s['a']", "'a' + 1", "'a' * 'b'", "str.upper(1)", "'x'.split('')",
             "chr(-1)", "ord('ab')", "'abc'.encode('nope')", "'é'.encode('ascii')", "'x'.replace('a')", "'a' < 1"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
"abc".zfill("5")
