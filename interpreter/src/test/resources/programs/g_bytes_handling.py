data = "Grüße, 世界! 🎉".encode("utf-8")
print(data, len(data), len(data.decode()), data[:5], data[-4:])
print(data.hex()[:20], bytes.fromhex("48 65 6c 6c 6f"), b"abc".upper(), b"a,b,,c".split(b","))
print("é".encode("latin-1"), "é".encode("utf-16-le"), "abc".encode("ascii"), b"\xc3\xa9".decode("utf-8"))
for text, enc in [("naïve", "ascii"), ("ok", "ascii"), ("€", "latin-1")]:
    try:
        print(text.encode(enc))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
for raw in [b"\xff\xfe", b"\xe4\xb8", b"plain"]:
    try:
        print(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"), "ü".encode("ascii", "replace"),
      "ü".encode("ascii", "backslashreplace"), "ü".encode("ascii", "xmlcharrefreplace"))
b = bytes(range(0, 256, 51))
print(b, list(b), b[1], b[1:3], b.startswith(b"\x00"), 51 in b, b"\x33" in b, sum(b))
print(b"hello world".replace(b"o", b"0"), b"  pad ".strip(), b"x".join([b"a", b"b"]), b"abc" * 2, b"a" + b"b")
print(b"Hello".lower(), b"hello".title(), b"abc".find(b"c"), b"aaa".count(b"a"), b"12".isdigit(), b"ab".isalpha())
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(checksum, hex(checksum), int.from_bytes(b"\x00\x01", "big"), (258).to_bytes(2, "little"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\x00\x7f"), bytes(4), bytes([104, 105]))
