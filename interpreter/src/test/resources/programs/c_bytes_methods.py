b = b"Hello, World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111))
print(b.split(b", "), b.split(), b" a  b ".split(), b"a,b,,c".split(b",", 2))
print(b"a,b,c".rsplit(b",", 1), b.partition(b", "), b.rpartition(b"o"))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.replace(b"l", b"L", 2))
print(b"  x ".strip(), b"xxaxx".strip(b"x"), b"  x ".lstrip(), b"  x ".rstrip())
print(b.hex(), b.hex(":"), bytes.fromhex("de ad be ef"), b"\x00\xff".hex("-", 1))
print(b.center(20, b"*"), b.ljust(15, b"."), b.rjust(15), b"42".zfill(5), b"-42".zfill(6))
print(b"-".join([b"a", b"b", b"c"]))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"ab12".isalnum(), b" \t".isspace(), b"AB".isupper(), b"ab".islower(), b"Ab Cd".istitle())
print(b"a\tb\tc".expandtabs(4), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
print(b[0], b[-1], b[1:4], b[::-2], list(b[:3]))
print(bytes(3), bytes([1, 2, 3]), bytes("hé", "utf-8"), bytes(range(5)))
print(b"abc" * 2, b"x" + b"y", b"b" in b"abc", 98 in b"abc", b"abc" < b"abd")
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), "café".encode("utf-8"))
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"), "é".encode("ascii", "replace"))
print(repr(b"\x00\n\t'\""), repr(b'\''))
print(b"abcabc".removeprefix(b"ab"), b"abcabc".removesuffix(b"bc"), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"))
for bad in [lambda: b"abc".index(b"z"), lambda: b"a" + "b", lambda: bytes("x"), lambda: b"abc"[10],
            lambda: bytes([256]), lambda: b"\xff".decode(), lambda: "é".encode("ascii"),
            lambda: bytes.fromhex("zz"), lambda: b"x".join(["a"]), lambda: b"abc".count("a"),
            lambda: bytes(-1), lambda: b"x" * "y"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
