s = "  Hello, World! Hello again.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.count("Hello"), s.find("o", 10), s.rfind("o"))
print(s.strip().split(", "), s.split("Hello"), s.strip().rsplit(" ", 1), s.replace("Hello", "Bye", 1))
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x".split(","))
print("hello world".capitalize(), "HELLO".casefold(), "hello world".title(), "Hello".swapcase(), "ǆ".title())
print("abc".center(9, "*"), "abc".ljust(5, "-"), "abc".rjust(5), "7".zfill(3), "-7".zfill(4), "+7".zfill(4))
print("tab\tsep\tvalues".expandtabs(4), "a\tb".expandtabs(), len("\t".expandtabs(8)))
print("Python".startswith("Py"), "Python".endswith(("on", "x")), "Python".startswith("th", 2), "abc".endswith(""))
print("123".isdigit(), "12.3".isdigit(), "½".isnumeric(), "½".isdigit(), "abc".isalpha(), "abc1".isalnum())
print("  ".isspace(), "".isspace(), "Title Case".istitle(), "UPPER".isupper(), "lower".islower(), "A1".isupper())
print("a-b-c".partition("-"), "abc".partition("x"), "a-b-c".rpartition("-"), "abc".rpartition("x"))
print(",".join(["a", "b"]), "".join(reversed("abc")), " ".join(map(str, [1, 2, 3])), "-".join("xyz"))
print("hello"[1:4], "hello"[::-1], "hello"[-3:], "hello"[10:], "hello".index("l"), "hello".rindex("l"))
print("%s|%5s|%-5s|" % ("a", "b", "c"), "{:>6}".format("r"), "x".encode(), str(b"x", "ascii"))
print("abcabc".removeprefix("abc"), "abcabc".removesuffix("bc"), "abc".removeprefix("x"))
print("Straße".upper(), "ΣΑΣ".lower(), "İ".lower() == "i̇", "ß".casefold(), len("ﬃ".upper()))
print(str.maketrans({"a": "1", "b": None}), "abcab".translate(str.maketrans({"a": "1", "b": None})))
print("one two three".split(maxsplit=1), "a,b,c".split(",", maxsplit=-1), "  a  b  ".split(" "))
print(min("hello"), max("hello"), sorted("hello"), "l" in "hello", "lo" in "hello", "hello" * 2)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "x".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(ord("A"), chr(97), [ord(c) for c in "€uro"], "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", len("👍🏽"))
