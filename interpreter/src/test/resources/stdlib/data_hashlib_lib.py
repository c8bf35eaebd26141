# needs: Lib
# needs: Lib
import hashlib
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.md5(b'hello').hexdigest(), hashlib.sha1(b'hello').hexdigest(), hashlib.sha256(b'hello').hexdigest())
print(hashlib.new('sha384', b'x').hexdigest()[:32], hashlib.new('SHA256', b'x').name, hashlib.sha3_512(b'').hexdigest()[:32])
print(hashlib.blake2b(b'a', digest_size=20).hexdigest(), hashlib.blake2s(b'a').hexdigest(), hashlib.new('blake2b', b'a').digest_size)
print(hashlib.shake_256(b'x').hexdigest(10), hashlib.shake_128().digest(4))
h = hashlib.sha256(); h.update(b'ab'); h2 = h.copy(); h2.update(b'c')
print(h.hexdigest() == hashlib.sha256(b'ab').hexdigest(), h2.digest() == hashlib.sha256(b'abc').digest(), h.block_size, h.digest_size)
try:
    hashlib.new('nope')
except ValueError as e:
    print(e)
try:
    hashlib.sha256('str')
except TypeError as e:
    print(e)
