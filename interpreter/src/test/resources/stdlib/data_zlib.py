import zlib
text = b'hello hello hello zlib world ' * 50 + bytes(range(256))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(text, level)
    print(level, len(c), c[:6].hex(), zlib.decompress(c) == text, zlib.crc32(c), zlib.adler32(c))
for wbits in (15, -15, 31):
    c = zlib.compress(text, 6, wbits)
    print(wbits, len(c), c[:4].hex(), zlib.decompress(c, wbits) == text, zlib.decompress(c, 47) == text if wbits > 0 else '')
co = zlib.compressobj(9, zlib.DEFLATED, -12 + 27, 8, zlib.Z_FILTERED)
parts = [co.compress(text[i:i + 100]) for i in range(0, len(text), 100)]
sync = co.flush(zlib.Z_SYNC_FLUSH)
parts.append(sync)
parts.append(co.flush())
blob = b''.join(parts)
print(sync[-4:].hex(), zlib.decompress(blob) == text)
do = zlib.decompressobj()
out = do.decompress(blob + b'TAIL', 100)
print(len(out), len(do.unconsumed_tail) > 0, do.eof)
while do.unconsumed_tail and not do.eof:
    out += do.decompress(do.unconsumed_tail, 500)
print(out == text, do.eof, do.unused_data, do.flush())
do = zlib.decompressobj()
res = b''.join(do.decompress(blob[i:i + 7]) for i in range(0, len(blob), 7))
print(res == text, do.eof, do.unused_data)
gz = zlib.compress(b'gzip me', wbits=31)
d2 = zlib.decompressobj(31)
print(b''.join(d2.decompress(gz[i:i + 3]) for i in range(0, len(gz), 3)), d2.eof, d2.unused_data)
zd = b'hello world zlib'
c = zlib.compressobj(zdict=zd)
z = c.compress(b'hello world zlib hello') + c.flush()
print(zlib.decompressobj(zdict=zd).decompress(z))
print(zlib.crc32(b'abc'), zlib.crc32(b'c', zlib.crc32(b'ab')), zlib.adler32(b'abc'), zlib.adler32(b'c', zlib.adler32(b'ab')), zlib.adler32(b''))
for f in [lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(zlib.compress(b'hello')[:-3]), lambda: zlib.compress(b'', 10),
          lambda: zlib.decompress(b'x', 99), lambda: zlib.compressobj(wbits=99), lambda: zlib.decompressobj().decompress(b'x', -1),
          lambda: zlib.decompress(zlib.compress(b'abc', wbits=-15)), lambda: zlib.compress('text')]:
    try:
        print(f())
    except (zlib.error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.Z_FINISH, zlib.Z_BEST_COMPRESSION, zlib.DEF_BUF_SIZE, zlib.error.__mro__[1].__name__)
