# needs: Lib
import gzip, io, base64, os
data = b'line of text\n' * 200
z = gzip.compress(data, mtime=0)
print(len(z), z[:10].hex(), gzip.decompress(z) == data)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    f.write(b'first ')
    f.write(b'second')
raw = buf.getvalue()
print(raw[:4].hex(), gzip.decompress(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(3), f.read())
print(base64.b64encode(b'any carnal pleas'), base64.b64decode(b'YW55IGNhcm5hbCBwbGVhcw=='), base64.urlsafe_b64encode(b'\xfb\xff'))
print(base64.b32encode(b'abc'), base64.b16encode(b'\x01\xab'), base64.b85encode(b'hello'), base64.a85encode(b'hello'))
print(base64.b32decode(b'MFRGG==='), base64.b16decode(b'01AB'), base64.b85decode(b'Xk~0{Zv'), base64.standard_b64decode('aGk='))
try:
    base64.b64decode(b'abc', validate=True)
except Exception as e:
    print(type(e).__name__, e)
