import struct
import zlib

Record = struct.Struct('<IhHd8s')
rows = [(i, -i * 3, i * 100 % 65536, i / 7, f'item{i}'.encode()) for i in range(1, 9)]
blob = b''.join(Record.pack(*r) for r in rows)
header = struct.pack('>4sHI', b'QREC', 1, zlib.crc32(blob))
data = header + blob
print(len(data), Record.size, data[:4])
magic, version, crc = struct.unpack_from('>4sHI', data)
body = data[struct.calcsize('>4sHI'):]
print(magic, version, crc == zlib.crc32(body))
for fields in Record.iter_unpack(body):
    i, neg, wrapped, ratio, name = fields
    print(f'{i:2d} {neg:4d} {wrapped:5d} {ratio:.4f} {name.rstrip(bytes(1)).decode()}')
try:
    struct.pack('<h', 70000)
except struct.error as e:
    print('struct.error', e)
