import _hashlib, _blake2
msgs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 5]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
             'sha512_224', 'sha512_256']:
    for m in msgs:
        h = _hashlib.new(name, m)
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
for name in ['shake_128', 'shake_256']:
    for m in msgs:
        h = _hashlib.new(name, m)
        print(name, h.digest_size, h.block_size, h.hexdigest(20), h.digest(300).hex()[-16:])
for cls in (_blake2.blake2b, _blake2.blake2s):
    for m in msgs:
        print(cls.__name__, cls(m).hexdigest(), cls(m, digest_size=16, key=b'secret', salt=b'salty', person=b'me').hexdigest())
    h = cls(b'part one ')
    c = h.copy()
    h.update(b'part two')
    print(h.hexdigest() == cls(b'part one part two').hexdigest(), c.hexdigest() == cls(b'part one ').hexdigest(), h.name, h.digest_size, h.block_size)
    print(cls(b'x', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=8, last_node=True).hexdigest())
    for bad in [dict(digest_size=0), dict(key=b'k' * 65), dict(salt=b's' * 17), dict(depth=0)]:
        try:
            cls(**bad)
        except ValueError as e:
            print(e)
h = _hashlib.new('sha256')
for chunk in (b'a', b'b' * 100, memoryview(b'xyz'), bytearray(b'123')):
    h.update(chunk)
c = h.copy()
h.update(b'more')
print(c.hexdigest(), h.hexdigest())
print(_hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex(), _hashlib.pbkdf2_hmac('sha1', b'pw', b'', 2, 50).hex())
print(_hashlib.hmac_digest(b'key', b'msg', 'md5').hex(), _hashlib.hmac_digest(b'k' * 200, b'msg', 'sha512').hex())
x = _hashlib.hmac_new(b'', b'hello', 'sha3_256')
print(x.name, x.digest_size, x.hexdigest())
print(_hashlib.compare_digest(b'abc', b'abc'), _hashlib.compare_digest('abc', 'abd'))
for bad in [lambda: _hashlib.new('nope'), lambda: _hashlib.new('sha256', 'text'), lambda: _hashlib.pbkdf2_hmac('sha1', b'', b'', 0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
