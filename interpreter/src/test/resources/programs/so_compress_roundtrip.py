import zlib

records = [f'{i:05d},user{i % 17},{(i * 7919) % 1000}.{i % 100:02d}\n' for i in range(400)]
blob = ''.join(records).encode()
for level in (1, 6, 9):
    packed = zlib.compress(blob, level)
    assert zlib.decompress(packed) == blob
    print(f'level {level}: {len(blob)} -> {len(packed)} bytes, ratio {len(blob) / len(packed):.2f}')
comp = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
stream = b''.join(comp.compress(r.encode()) for r in records) + comp.flush()
print('raw deflate stream', len(stream), 'bytes')
dec = zlib.decompressobj(-zlib.MAX_WBITS)
out = bytearray()
for i in range(0, len(stream), 64):
    out += dec.decompress(stream[i:i + 64])
print('streamed back:', bytes(out) == blob, dec.eof)
print('crc32 %08x adler32 %08x' % (zlib.crc32(blob), zlib.adler32(blob)))
try:
    zlib.decompress(blob[:50])
except zlib.error as e:
    print('error:', e)
