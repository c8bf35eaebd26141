# Fixed-layout binary records written to and read from io.BytesIO with struct, plus a checksum trailer.
import io
import struct

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<I16sdB")

people = [(1, "Ada", 36.5, 1), (2, "Grace Hopper", 85.25, 0), (3, "Zoë", 0.0, 1), (40000, "x" * 20, -1.5, 2)]


def checksum(data):
    s = 0
    for i, b in enumerate(data):
        s = (s * 31 + b + i) & 0xFFFFFFFF
    return s


buf = io.BytesIO()
buf.write(HEADER.pack(b"PPL1", 1, len(people), 0))
for pid, name, score, flags in people:
    raw = name.encode("utf-8")[:16]
    buf.write(RECORD.pack(pid, raw, score, flags))
body = buf.getvalue()[HEADER.size:]
buf.seek(0)
buf.write(HEADER.pack(b"PPL1", 1, len(people), checksum(body)))
blob = buf.getvalue()
print(len(blob), blob[:12].hex(" "), HEADER.size, RECORD.size)

src = io.BytesIO(blob)
magic, version, count, crc = HEADER.unpack(src.read(HEADER.size))
print(magic, version, count, crc == checksum(blob[HEADER.size:]))
while chunk := src.read(RECORD.size):
    pid, raw, score, flags = RECORD.unpack(chunk)
    name = raw.rstrip(b"\0").decode("utf-8", errors="replace")
    print(f"{pid:>6} {name:<16} {score:>8.2f} {flags:03b}")
print(src.tell() == len(blob), src.read(), src.seek(-RECORD.size, io.SEEK_END), src.read(4))
view = src.getbuffer()
print(bytes(view[4:8]), len(view))
reader = io.BufferedReader(io.BytesIO(blob), buffer_size=16)
print(reader.peek(4)[:4], reader.read(HEADER.size)[:4], len(reader.read()))
damaged = bytearray(blob)
damaged[HEADER.size + 5] ^= 0xFF
print(checksum(bytes(damaged[HEADER.size:])) == crc)
try:
    RECORD.unpack(blob[:10])
except struct.error as e:
    print("struct.error:", e)
