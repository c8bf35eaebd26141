# needs: Lib
# io.StringIO and io.BytesIO: reading, writing, seeking, newline modes, errors with CPython's messages.
import io
import sys

s = io.StringIO()
print("hello", 42, file=s)
s.write("second line\n")
s.writelines(["a\n", "b\n"])
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.readline(2)), s.readlines())
s.seek(0)
print([line for line in s])
s = io.StringIO("abc")
s.seek(6)
s.write("x")
print(repr(s.getvalue()), s.truncate(2), repr(s.getvalue()), s.tell())
print(s.seekable(), s.readable(), s.writable(), s.closed, s.line_buffering, s.newlines, s.isatty())
for args in [(-1,), (1, 1), (0, 5), (0, 2)]:
    try:
        print("seek", args, s.seek(*args))
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
for bad in [lambda: io.StringIO(b"x"), lambda: io.StringIO().write(b"x"), lambda: io.StringIO(newline="x"),
            lambda: io.StringIO(newline=5), lambda: s.truncate(-1), lambda: s.read("3")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), repr(t.newlines))
    t = io.StringIO(newline=nl)
    t.write("x\ny\r\n")
    print(repr(nl), repr(t.getvalue()))
s.close()
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print(e)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
u = io.StringIO("héllo wörld 😀!")
print(u.read(4), u.tell(), u.read(), u.tell())

b = io.BytesIO(b"abc\ndef\nghi")
print(b.read(2), b.readline(), b.tell(), b.getvalue(), b.read1(2), b.readlines())
b.seek(0)
print(list(b), b.seek(-2, 2), b.read(), b.seek(2, 1), b.tell())
b = io.BytesIO()
print(b.write(b"hello"), b.seek(10), b.write(b"!"), b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell(), bytes(b.getbuffer()))
ba = bytearray(4)
b.seek(0)
print(b.readinto(ba), ba)
b.writelines([b"x", b"yz"])
print(b.getvalue())
for bad in [lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.write("str"), lambda: b.truncate(-2),
            lambda: io.BytesIO("text")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b.close()
for op in [b.getvalue, b.read, b.tell]:
    try:
        op()
    except ValueError as e:
        print(e)
print(io.BytesIO(bytearray(b"ba")).read(), io.BytesIO(memoryview(b"mv")).read())

old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2, sep="-")
sys.stdout = old
print(repr(buf.getvalue()))
import contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("redirected")
    help_text = "inside"
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to stderr", file=sys.stderr)
print(repr(buf.getvalue()), repr(err.getvalue()))
class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())
up = Upper()
print("shout", file=up)
print(repr(up.getvalue()), Upper.__mro__)
print(io.StringIO.__mro__, io.BytesIO.__mro__)
