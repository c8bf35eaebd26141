ba = bytearray(b"abcdefgh")
ba[0] = 65
print(ba)
ba[-1] = ord("H")
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[0:0] = [48, 49]
print(ba)
ba[2:5] = bytearray(b"")
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba = bytearray(b"0123456789")
ba[::3] = b"abcd"
print(ba)
ba[8:2:-2] = b"xyz"
print(ba)
del ba[::-3]
print(ba)
ba[5:] = ba
print(ba)
ba[:] = range(5)
print(ba)
ba = bytearray(b"ab")
ba += b"cd"
ba += bytearray(b"ef")
ba += memoryview(b"gh")
print(ba)
ba *= 2
print(ba)
ba *= 0
print(ba, len(ba))
ba.append(1)
ba.extend(b"23")
ba.extend([52, 53])
ba.extend(x for x in (54, 55))
ba.insert(0, 0)
ba.insert(-1, 99)
ba.insert(100, 100)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(50)
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
b = bytearray(b"shared")
alias = b
b += b"!"
print(alias is b, alias)
for bad in ["ba.__setitem__(0, 256)", "ba.__setitem__(0, 'a')", "ba.__setitem__(slice(0, 1), 5)",
            "ba.__setitem__(slice(0, 1), 'ab')", "ba.__setitem__(slice(0, 4, 2), b'x')",
            "ba.pop()", "ba.remove(1)", "ba.append(-1)", "ba.append('a')", "ba.extend(5)",
            "ba.insert(0, 256)", "ba.__iadd__(5)", "ba.__imul__('a')", "ba.__delitem__(3)"]:
    ba = bytearray(b"") if bad in ("ba.pop()", "ba.__delitem__(3)") else bytearray(b"abcd")
    try:
        print(bad, "=", eval(bad), ba)
    except Exception as e:
        print(bad, "->", type(e).__name__ + ":", e)
x = bytearray(b"abc")
x[5] = 1
