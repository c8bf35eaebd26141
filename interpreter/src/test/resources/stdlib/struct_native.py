# _struct (Python over Java float packing): formats, byte orders, native alignment, errors.
import _struct as struct
print(struct.calcsize('i'), struct.calcsize('<i'), struct.calcsize('bi'), struct.calcsize('<bi'), struct.calcsize('@qbhd'))
print(struct.pack('<hHiIq', -2, 65535, -7, 7, -1), struct.pack('>d', 1.5), struct.pack('<f', -0.25))
print(struct.pack('bi', 1, 2), struct.pack('!I', 0xdeadbeef), struct.pack('3s2p?c', b'abcd', b'xyz', True, b'Z'))
print(struct.unpack('<hHiIq', struct.pack('<hHiIq', -2, 65535, -7, 7, -1)), struct.unpack('>d', b'?\xf8\x00\x00\x00\x00\x00\x00'))
print(struct.unpack('3s2p?c', b'abc\x01xTZ'), struct.unpack_from('<H', b'\x00\x01\x02', 1))
s = struct.Struct('<2h')
print(s.size, s.format, list(s.iter_unpack(b'\x01\x00\x02\x00\x03\x00\x04\x00')), s.pack(1, 2))
for fmt, args in [('<h', (70000,)), ('h', (70000,)), ('<i', (2**40,)), ('<I', (2**40,)), ('I', (-1,)), ('<q', (2**70,)), ('b', (200,)), ('B', (-1,)), ('<Q', (-1,)), ('i', ('x',)), ('2i', (1,)), ('y', ())]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print('error', e)
try:
    struct.unpack('<i', b'abc')
except struct.error as e:
    print('error', e)
print(struct.error, struct.pack('<d', float('inf')), struct.unpack('<f', struct.pack('<f', 0.1))[0])
