b = b"Hello, World"
print(b.lower(), b.upper(), b.split(b", "), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.replace(b"l", b"L"))
print(b[0], b[-1], b[1:3], b[::-1], b + b"!", b * 2, b"l" in b, 108 in b, list(b[:3]), bytes(3), bytes([65, 66]))
print(b.hex(), b.hex(" ", 4), bytes.fromhex("41 42 43"), b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"))
print(b"%s is %d years, %5.1f%%" % (b"Bob", 30, 99.5), b"%c%c" % (65, b"B"), b"%r" % "x", b"%x|%o" % (255, 8))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes("é", "utf-8"), bytes(range(3)))
class HasBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(HasBytes()), b"%b" % HasBytes(), b"-".join([b"a", bytearray(b"b")]), b"a b  c".split(), b" x ".strip())
print(b"abc" == b"abc", b"abc" < b"abd", b"a" != bytearray(b"a"), b"" < b"\x00", sorted([b"b", b"a"]), max(b"abc"))
print(repr(b"\x00\x7f\x80'"), repr(b"it's"), repr(b'say "hi"'), repr(b"both'\""), b"tab\tnl\n")
print(b"a,b".partition(b","), b"AbC".swapcase(), b"hello world".title(), b"12".isdigit(), b"x".isalpha(), b"  ".isspace())
print(b"abc".startswith(b"ab"), b"abc".endswith((b"bc", b"x")), b"a\tb".expandtabs(3), b"7".zfill(3), b"x".center(5, b"-"))
print(b"aXbXc".rsplit(b"X", 1), b"l1\nl2\r\n".splitlines(), b"abc".translate(None, b"b"), bytes.maketrans(b"a", b"z")[97])
print(hash(b"abc") == hash(b"abc"), len(b"\xe2\x82\xac"), b"%(k)s" % {b"k": b"v"}, b"abc".removeprefix(b"a"))
for expr in ["b'a' + 'b'", "b'a' + 1", "'a' + b'b'", "b'abc'[5]", "bytes('x')", "bytes(-1)", "bytes([256])",
             "bytes(1.5)", "b'abc'.index(b'z')", "b'%d' % 'x'", "b'%s' % 'str'", "b'abc'.decode('ascii', 1)", "b'\\xff'.decode()",
             "b'a'.join(['x'])", "bytes.fromhex('zz')", "b'a' < 'a'", "b'x'.split(1)"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
bb = b"a"
bb[0] = 1
