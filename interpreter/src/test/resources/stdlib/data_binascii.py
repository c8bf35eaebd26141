import binascii
print(binascii.hexlify(b'\x00\xffabc'), binascii.b2a_hex(b'xyz'), binascii.hexlify(b'abcdef', '-', 2), binascii.hexlify(b'abcdef', b':', -4))
print(binascii.hexlify(b'abcde', ' ', 2), binascii.hexlify(b'abcde', ' ', -2), binascii.hexlify(b'', ':'), binascii.hexlify(bytearray(b'q')))
print(binascii.unhexlify(b'00ff6162'), binascii.a2b_hex('DEADbeef'), binascii.unhexlify(memoryview(b'4142')))
for s in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))]:
    e = binascii.b2a_base64(s)
    print(e[:40], binascii.a2b_base64(e) == s, binascii.b2a_base64(s, newline=False)[-3:])
print(binascii.a2b_base64(b'Zm9v\nYmFy'), binascii.a2b_base64('Zm9v YmE='), binascii.a2b_base64(b'Zm9vYg==junk'), binascii.a2b_base64(b'Z!m9v'))
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'x', 2**40 + 5))
print(binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'123456789', 0xffff), binascii.crc_hqx(b'abc', 0x1d0f))
for s in [b'', b'a', b'Hello, uuencode!', bytes(range(45))]:
    u = binascii.b2a_uu(s)
    print(u, binascii.a2b_uu(u) == s, binascii.b2a_uu(s, backtick=True)[:8])
print(binascii.a2b_uu(b''), binascii.a2b_uu(b' \n'))
tests = [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify(b'zz'), lambda: binascii.a2b_base64(b'abc'),
         lambda: binascii.a2b_base64(b'a'), lambda: binascii.a2b_base64(b'abcde'), lambda: binascii.a2b_base64('é'),
         lambda: binascii.hexlify('x'), lambda: binascii.a2b_base64(b'ab=c', strict_mode=True),
         lambda: binascii.a2b_base64(b'=abc', strict_mode=True), lambda: binascii.a2b_base64(b'ab==cd', strict_mode=True),
         lambda: binascii.a2b_base64(b'a!bc', strict_mode=True), lambda: binascii.unhexlify(5),
         lambda: binascii.hexlify(b'ab', '--'), lambda: binascii.b2a_uu(b'x' * 46), lambda: binascii.a2b_uu(b'!\x01')]
for t in tests:
    try:
        print(t())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(binascii.Error.__mro__[1:3], binascii.Incomplete.__mro__[1], issubclass(binascii.Error, ValueError))
