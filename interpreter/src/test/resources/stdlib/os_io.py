# needs: Lib
import os
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_os_io_tmp')
os.mkdir(base)
try:
    old = os.getcwd()
    os.chdir(base)
    with open('f.txt', 'w') as f:
        f.write('line one\nline two\n')
    print(os.listdir('.'), os.path.getsize('f.txt'), os.path.exists(os.path.join(base, 'f.txt')))
    fd = os.open('f.txt', os.O_RDONLY)
    with open(fd, 'r', closefd=True) as f:
        print(repr(f.read()))
    try:
        os.close(fd)
    except OSError as e:
        print('closed', e.errno)
    fd = os.open('g.bin', os.O_WRONLY | os.O_CREAT)
    with os.fdopen(fd, 'wb') as f:
        f.write(b'\x00\x01abc')
    with open('g.bin', 'rb') as f:
        print(f.read(), os.fstat(f.fileno()).st_size)
    with open('f.txt') as f:
        st = os.fstat(f.fileno())
        print(st.st_size, os.read(f.fileno(), 4))
    os.chdir(old)
    print(sorted(os.listdir(base)))
finally:
    for n in os.listdir(base):
        os.unlink(os.path.join(base, n))
    os.rmdir(base)
