m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.hex(), m.hex("-", 2))
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m.obj)
s = m[1:5]
print(s.tobytes(), len(s), s[0], s.obj is m.obj, s[::2].tobytes(), s[::-1].tobytes(), s.strides)
print(m[::2][1:].tobytes(), m[::-2].tolist())
print(m == b"abcdef", m[1:3] == b"bc", m == bytearray(b"abcdef"), m != b"x", m == "abcdef")
print(bytes(m[2:]), bytearray(m[:2]), list(m[:3]), b"".join([m[:1], m[-1:]]))
print(hash(memoryview(b"ab")) == hash(b"ab"))
ba = bytearray(b"hello")
mv = memoryview(ba)
print(mv.readonly)
mv[0] = ord("J")
mv[1:3] = b"EL"
mv[-1] = 79
print(ba, mv.tobytes())
ba[2] = ord("x")
print(mv[2], bytes(mv))
c = memoryview(b"xyz").cast("c")
print(c.format, c[0], c.tolist(), c[1:].tolist())
sb = memoryview(b"\xff\x01\x80").cast("b")
print(sb.format, sb.tolist(), sb[0])
ub = sb.cast("B")
print(ub.tolist())
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print("released:", e)
r = memoryview(b"q")
r.release()
r.release()
print(r == r, r == memoryview(b"q"))
ro = memoryview(bytearray(b"rw")).toreadonly()
print(ro.readonly, ro.tobytes())
for bad in ["memoryview('x')", "memoryview(5)", "m[10]", "m['a']", "m.__setitem__(0, 1)",
            "mv.__setitem__(0, 256)", "mv.__setitem__(0, 'a')", "mv.__setitem__(slice(0, 2), b'xyz')",
            "mv.__delitem__(0)", "m.__delitem__(0)", "hash(mv)", "m.cast('x')", "memoryview(b'abc').cast('i')",
            "ro.__setitem__(0, 1)", "c.__setitem__(0, b'ab')"]:
    try:
        print(bad, "=", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__ + ":", e)
len(r)
