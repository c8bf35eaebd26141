ba = bytearray(b"hello world")
print(ba, len(ba), repr(ba), str(ba))
print(ba[0], ba[-1], ba[1:4], ba[::-1], ba[::3])
print(bytearray(), bytearray(4), bytearray([65, 66, 67]), bytearray(range(3)))
print(bytearray("héllo", "utf-8"), bytearray("abc", "ascii", "strict"))
print(bytearray(b"x") * 3, 2 * bytearray(b"ab"), bytearray(b"a") + b"b", b"a" + bytearray(b"b"))
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"abc") < b"abd")
print(bytearray(b"abc") > bytearray(b"ab"), bytearray(b"") <= b"", bytearray(b"b") >= b"a")
print(list(bytearray(b"xyz")), [c for c in bytearray(b"\x00\xff")])
print(98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), bytearray(b"c") in bytearray(b"abc"))
print(bytes(bytearray(b"copy")), bytearray(bytearray(b"nested")), bytearray(memoryview(b"mv")))
print(bytearray(b"a\x00\n\t'\"\\\x7f\x80"), bytearray(b"it's"))
print(bytearray.fromhex("de ad be ef"), bytearray(b"\xde\xad").hex(), bytearray(b"abc").hex(":"))
print(bytearray(b"caf\xc3\xa9").decode(), bytearray(b"abc").decode("ascii"))
print(bytearray(b"%d-%s-%r") % (5, b"x", "y"), bytearray(b"%x") % 255)
print(bytearray(b"abc").copy(), bytearray(b"abc").__alloc__() >= 4)
h = None
try:
    h = hash(bytearray(b"x"))
except TypeError as e:
    print("hash:", e)
class Sub(bytearray):
    pass
s = Sub(b"sub")
s.tag = "t"
print(s, s.tag, type(s + b"!").__name__, Sub.fromhex("41 42"), type(Sub.fromhex("41")).__name__)
print(bytearray(b"abc").__reduce_ex__(2)[0].__name__, bytearray(b"abc").__reduce_ex__(4)[1])
for bad in ["bytearray('x')", "bytearray(b'x', 'utf-8')", "bytearray(1.5)", "bytearray([1, 300])",
            "bytearray([1, 'a'])", "bytearray(-1)", "bytearray(b'a') + 'b'", "bytearray(b'a') * 'b'",
            "'b' + bytearray(b'a')", "bytearray(b'a')[5]", "bytearray(b'a')['x']", "bytearray(b'a') < 'a'",
            "'x' in bytearray(b'a')", "300 in bytearray(b'a')", "bytearray(b'a') % 3"]:
    try:
        print(bad, "=", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__ + ":", e)
bytearray(b"abc").decode("ascii", 5)
