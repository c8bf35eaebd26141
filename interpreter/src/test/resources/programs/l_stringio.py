import io
import contextlib

buf = io.StringIO()
print("hello", 42, sep=", ", file=buf)
buf.write("second line\n")
buf.writelines(["a\n", "b\n"])
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readline(), buf.read(6), buf.readlines())
out = io.StringIO()
with contextlib.redirect_stdout(out):
    print("captured")
    print(1, 2, 3)
print(repr(out.getvalue()))
b = io.BytesIO(b"binary\x00data\nline2\n")
print(b.read(6), b.read(1), b.readline(), b.getvalue()[:4], b.seek(0, 2), b.tell())
b.write(b"more")
print(b.getvalue())
lines = io.StringIO("x=1\ny=2\n\nz=3\n")
conf = {}
for line in lines:
    line = line.strip()
    if line:
        k, v = line.split("=")
        conf[k] = int(v)
print(conf)
s = io.StringIO("abc")
print(s.read(), s.read(), s.closed)
s.close()
print(s.closed)
try:
    s.read()
except ValueError as e:
    print(e)
