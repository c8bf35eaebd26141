s = "Hello, World! Привет мир. 日本語 ✓"
print(len(s), s.lower(), s.upper(), s.casefold(), s[::-1][:10], s[7:12], s[-5:])
print(s.encode("utf-8")[:20], len(s.encode()), s.encode("utf-8").decode() == s, s.isascii())
print(s.split(" ", 2), s.rsplit(" ", 2), s.splitlines(), "a\nb\r\nc".splitlines(True))
print("  x  ".lstrip(), "  x  ".rstrip() + "|", "abc".startswith(("x", "a")), "abc".endswith("bc", 1))
print("{:*^20}".format("mid"), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|", "10".zfill(5))
print("a-b-c".replace("-", "+"), "aaa".replace("a", "b", 2), "abcabc".count("bc"), "abc" * 3, "" * 5)
print("hello".capitalize(), "hello world".title(), "ǅungla".istitle(), "ABC".isupper(), "abc1".isalnum())
print("123".isdigit(), "½".isnumeric(), "½".isdigit(), "٣".isdecimal(), " \t\n".isspace(), "".isspace())
print(ord("A"), chr(8364), ord("€"), "é" == "e\u0301", "\N{GREEK SMALL LETTER ALPHA}", "\x41\u0042\U00000043")
print(", ".join(["a", "b", "c"]), "".join(map(str, range(5))), "x".join("abc"), str.join("-", ("1", "2")))
print("abc" < "abd", "Z" < "a", "abc" < "ab", "a" * 0 == "", "ab" in "cabd", "" in "x")
print("tab\tsep".expandtabs(4), repr("quote'\""), repr('single\''), repr("\x00\x7f\x80\xff"), repr("\u200b"))
print("%-10s|%10s|" % ("left", "right"), "café".encode("latin-1"), b"caf\xc3\xa9".decode("utf-8"))
print("Straße".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "ß".casefold())
print("a,b;c d".translate(str.maketrans(",;", "  ")).split(), "hello".translate({ord("l"): None}))
print("abc".find("c"), "abc".find("z"), "abcabc".rindex("a"), "abc".index("b", 1), "x".center(4))
t = "The rain in Spain"
print(t.partition("ain"), t.rpartition("ain"), t.removeprefix("The "), t.removesuffix("pain"))
print(sorted(set(t.lower()) - {" "}), max(t), min(t.replace(" ", "")), list(enumerate("ab", 1)))
b = "😀"
print(len(b), b.encode("utf-8"), b.encode("utf-16-le"), hex(ord(b)), ascii(b), repr(b))
print(str(b"bytes"), str(123), str(1.0), str([1, "a"]), str(None), repr("a\\b"))
parts = []
for i, ch in enumerate("mississippi"):
    if ch not in parts:
        parts.append(ch)
print(parts, "mississippi".count("ss"), "mississippi".split("ss"), "a".join(parts))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "x" + 1
except TypeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print("%s and %s" % ("only one",))
