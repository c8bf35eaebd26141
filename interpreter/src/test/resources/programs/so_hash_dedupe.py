import hashlib

files = {
    'a.txt': b'hello world\n', 'b.txt': b'other content\n', 'c.txt': b'hello world\n',
    'd.bin': bytes(range(256)) * 4, 'e.bin': bytes(range(256)) * 4, 'f.txt': b'',
}
by_digest = {}
for name, data in sorted(files.items()):
    digest = hashlib.sha256(data).hexdigest()
    by_digest.setdefault(digest, []).append(name)
for digest, names in sorted(by_digest.items()):
    tag = 'DUP ' if len(names) > 1 else '    '
    print(tag, digest[:16], names)
h = hashlib.md5()
for name in sorted(files):
    h.update(name.encode())
    h.update(files[name])
print('manifest md5', h.hexdigest())
for algo in ('sha1', 'sha512', 'sha3_256', 'blake2b', 'blake2s'):
    print(algo, hashlib.new(algo, b'quicken').hexdigest()[:24])
print('shake', hashlib.shake_128(b'quicken').hexdigest(12))
