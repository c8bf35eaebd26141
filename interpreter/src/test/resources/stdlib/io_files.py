# needs: Lib
# open(), FileIO, the buffered classes and TextIOWrapper on real files (in a directory beside this program).
import io
import os

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_io_files_tmp')
os.mkdir(base)
p = os.path.join(base, 'data.txt')
try:
    with open(p, 'w', encoding='utf-8') as f:
        print(type(f).__name__, f.mode, f.encoding, f.errors, f.line_buffering, f.name == p, f.writable(), f.readable())
        for i in range(2000):
            f.write(f'line {i} é ü 😀\n')
    with open(p, encoding='utf-8') as f:
        n = 0
        for line in f:
            n += len(line)
        print(n, f.tell())
    with open(p, encoding='utf-8') as f:
        f.readline()
        f.readline()
        pos = f.tell()
        a = f.readline()
        f.seek(pos)
        print(pos, a == f.readline(), repr(f.read(7)), repr(f.readline(3)))
        f.seek(0, 2)
        print(f.read() == '', f.tell())
    with open(p, 'rb') as f:
        print(type(f).__name__, f.read(10), f.peek(1)[:1], f.read1(3), f.tell(), f.seek(-5, 2), f.read())
        print(f.raw.__class__.__name__, f.mode, f.readable(), f.seekable(), f.writable())
    with open(p, 'r+b') as f:
        f.seek(5)
        f.write(b'XX')
        f.seek(0)
        print(type(f).__name__, f.read(12))
    with open(p, 'a') as f:
        print(f.tell() > 0, f.write('tail'))
    with open(p, 'rb') as f:
        print(f.read()[-12:])
    with open(p, 'rb', buffering=0) as f:
        print(type(f).__name__, f.mode, f.closefd, f.read(4), len(f.readall()), f.seekable())
    f = open(p, 'rb', buffering=0)
    f.close()
    print(f.closed, f.mode)
    for enc in ['latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'ascii', 'cp1252', 'utf-32', 'utf-8-sig']:
        with open(p, 'w', encoding=enc, errors='replace', newline='\r\n') as f:
            f.write('héllo\nwörld €\n')
        with open(p, 'rb') as f:
            print(enc, f.read())
        with open(p, encoding=enc, errors='replace') as f:
            print(' ', repr(f.read()), repr(f.newlines))
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open(p, 'w', newline='') as f:
            f.write('a\r\nb\rc\nd')
        with open(p, newline=nl) as f:
            print(repr(nl), f.readlines())
    try:
        with open(p, 'w', encoding='ascii') as f:
            f.write('é')
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)
    with open(p, 'wb') as f:
        f.write(b'ok\xffbad\n')
    try:
        open(p, encoding='utf-8').read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
    for errors in ['replace', 'surrogateescape', 'ignore', 'backslashreplace']:
        with open(p, encoding='utf-8', errors=errors) as f:
            print(errors, repr(f.read()))
    for bad in ['rw', 'rr', 'z', 'rbt', 'U']:
        try:
            open(p, bad)
        except ValueError as e:
            print(repr(bad), e)
    for kwargs in [dict(mode='rb', encoding='utf-8'), dict(mode='rb', newline=''), dict(mode='w', buffering=0),
                   dict(mode='r', newline='x'), dict(mode='r', encoding='nope')]:
        try:
            open(p, **kwargs)
        except (ValueError, LookupError) as e:
            print(type(e).__name__, e)
    for path in [os.path.join(base, 'missing.txt'), base]:
        try:
            open(path)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        open(p, 'x')
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    f = open(p)
    f.close()
    for op in [f.read, f.readline, lambda: f.write('x'), f.tell]:
        try:
            op()
        except ValueError as e:
            print(e)
    print(f.closed, f.name == p, f.mode)
    try:
        open(p).write('x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    try:
        open(p, 'w').read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    with open(p, 'w') as f:
        f.writelines(['one\n', 'two\n'])
    print(open(p).read().splitlines(), open(p).readlines(), open(p).readline(2))
    w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='\r\n', line_buffering=True)
    w.write('abc\ndef')
    print(w.buffer.getvalue(), w.encoding, w.line_buffering)
    w.reconfigure(newline='\n')
    w.write('\nxyz\n')
    print(w.buffer.getvalue())
    r = io.TextIOWrapper(io.BytesIO(b'x\r\ny\rz'), encoding='utf-8')
    print(r.readlines(), repr(r.newlines))
    br = io.BufferedReader(io.BytesIO(b'0123456789'), buffer_size=4)
    print(br.read(3), br.peek(2)[:2], br.read(5), br.read(), br.read())
    bw = io.BufferedWriter(io.BytesIO(), buffer_size=4)
    print(bw.write(b'ab'), bw.raw.getvalue(), bw.write(b'cdef'), bw.raw.getvalue())
    bw.flush()
    print(bw.raw.getvalue())
    pair = io.BufferedRWPair(io.BytesIO(b'in'), io.BytesIO())
    print(pair.read(), pair.write(b'out'), pair.readable(), pair.writable())
    class Raw(io.RawIOBase):
        def __init__(self, data):
            self.data = data
            self.pos = 0
        def readable(self):
            return True
        def readinto(self, b):
            n = min(len(b), len(self.data) - self.pos)
            b[:n] = self.data[self.pos:self.pos + n]
            self.pos += n
            return n
    print(io.BufferedReader(Raw(b'raw line\nmore')).readlines(), Raw(b'abc').read(), Raw(b'xyz').readall())
    t = io.TextIOWrapper(io.BufferedReader(Raw('ünïcode\n'.encode('utf-8'))), encoding='utf-8')
    print(t.read())
    print(type(open(p)).__mro__, type(open(p, 'rb')).__mro__, open is io.open)
finally:
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
print(os.path.exists(base))
