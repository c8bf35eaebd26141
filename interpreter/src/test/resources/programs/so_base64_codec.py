import base64
import binascii

payloads = [b'', b'f', b'fo', b'foo', b'\x00\xff\x10binary', 'unicode ☃'.encode()]
for p in payloads:
    b64 = base64.b64encode(p)
    print(f'{p!r:28} b64={b64.decode():16} hex={binascii.hexlify(p, "-").decode()}')
    assert base64.b64decode(b64) == p and base64.b32decode(base64.b32encode(p)) == p
print(base64.urlsafe_b64encode(b'\xfb\xef\xff'), base64.b85encode(b'quicken'), base64.a85encode(b'quicken'))
token = base64.urlsafe_b64encode(b'user:42|exp:1700000000').rstrip(b'=')
pad = b'=' * (-len(token) % 4)
print(token, base64.urlsafe_b64decode(token + pad))
for bad in (b'abc', b'a=bc'):
    try:
        base64.b64decode(bad, validate=True)
    except binascii.Error as e:
        print('invalid:', bad, e)
print('crc_hqx', binascii.crc_hqx(b'123456789', 0xffff), 'crc32', binascii.crc32(b'123456789'))
