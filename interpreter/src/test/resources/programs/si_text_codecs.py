# Re-encoding text between encodings with TextIOWrapper over BytesIO; BOMs, newlines and error handlers.
import codecs
import io

SAMPLE = "Grüße, señor — 3 € / ½ ¼\nΕλληνικά\r\nlast line"


def encode(text, encoding, newline=None, errors="strict"):
    raw = io.BytesIO()
    w = io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline=newline)
    w.write(text)
    w.flush()
    data = raw.getvalue()
    w.detach()
    return data


def decode(data, encoding, newline=None, errors="strict"):
    r = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors=errors, newline=newline)
    lines = r.readlines()
    return lines, r.newlines


for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "latin-1", "cp1252", "iso8859-7", "ascii"]:
    for errors in ["strict", "replace", "xmlcharrefreplace"]:
        try:
            data = encode(SAMPLE, enc, errors=errors)
        except UnicodeEncodeError as e:
            print(f"{enc:10} {errors:18} UnicodeEncodeError at {e.start}-{e.end}: {e.reason}")
            continue
        lines, newlines = decode(data, enc, errors="replace")
        print(f"{enc:10} {errors:18} {len(data):3} bytes {data[:6].hex()} {len(lines)} lines {newlines!r}")
        if errors == "strict":
            print("   ", [l.rstrip("\n") for l in lines])
        break
data = encode("a\nb\n", "utf-8", newline="\r\n")
print(data, decode(data, "utf-8"), decode(data, "utf-8", newline=""))
broken = "naïve".encode("utf-8")[:-2] + b"\xff!"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, decode(broken, "utf-8", errors=errors)[0])
try:
    decode(broken, "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start, e.end)
stream = io.BytesIO(codecs.BOM_UTF16_LE + "hi there".encode("utf-16-le"))
print(io.TextIOWrapper(stream, encoding="utf-16").read())
info = codecs.lookup("utf-8-sig")
print(info.name, info.encode("x")[0], info.decode(codecs.BOM_UTF8 + b"y")[0])
chunks = [b"\xe2", b"\x82", b"\xac\xc3", b"\xa9"]
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(c) for c in chunks], codecs.iterdecode(chunks, "utf-8") and "".join(codecs.iterdecode(chunks, "utf-8")))
