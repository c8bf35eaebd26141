# posix directly (os needs _collections_abc): files, descriptors, directories, errors, stat_result
import posix
base = posix.getcwd() + '/_os_posix_native_tmp'
def rmtree(p):
    for e in posix.scandir(p):
        if e.is_dir(follow_symlinks=False):
            rmtree(e.path)
        else:
            posix.unlink(e.path)
    posix.rmdir(p)
try:
    rmtree(base)
except FileNotFoundError:
    pass
posix.mkdir(base)
try:
    fn = base + '/a.txt'
    fd = posix.open(fn, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    print(posix.write(fd, b'hello world\n'), posix.write(fd, b'second line\n'))
    posix.close(fd)
    fd = posix.open(fn, posix.O_RDONLY)
    print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.read(fd, 100), posix.read(fd, 10))
    print(posix.lseek(fd, -5, 2), posix.read(fd, 100))
    st = posix.fstat(fd)
    print(st.st_size, oct(st.st_mode), len(st), st[6], type(st).__name__, type(st.st_mtime).__name__)
    print(st.st_mtime_ns // 10**9 == st[8] == st.st_mtime // 1, st.st_blksize > 0)
    posix.close(fd)
    try:
        posix.read(fd, 1)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    fd = posix.open(fn, posix.O_WRONLY | posix.O_APPEND)
    posix.write(fd, b'third\n')
    posix.ftruncate(fd, 10)
    posix.close(fd)
    print(posix.stat(fn).st_size, posix.stat(fn) == posix.lstat(fn))
    posix.mkdir(base + '/sub')
    posix.close(posix.open(base + '/sub/x.py', posix.O_CREAT | posix.O_WRONLY))
    print(sorted(posix.listdir(base)), posix.listdir(base + '/sub'), sorted(posix.listdir(base.encode())))
    ents = sorted(posix.scandir(base), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in ents], repr(ents[0]))
    print(ents[0].path == fn, ents[0].stat().st_size, ents[0].inode() == posix.stat(fn).st_ino)
    old = posix.getcwd()
    posix.chdir(base)
    print(posix.getcwd() == base, sorted(posix.listdir()), posix.stat('sub/x.py').st_size)
    print(sorted(e.path for e in posix.scandir()), sorted(e.path for e in posix.scandir('sub')))
    posix.chdir(old)
    posix.rename(fn, base + '/b.txt')
    posix.replace(base + '/b.txt', base + '/sub/x.py')
    print(sorted(posix.listdir(base)), posix.stat(base + '/sub/x.py').st_size)
    for name, args in [('stat', ('nope',)), ('rmdir', (base + '/sub',)), ('mkdir', (base,)),
                       ('unlink', (base + '/sub',)), ('listdir', (base + '/sub/x.py',)), ('chdir', ('nope',)),
                       ('open', ('nope', posix.O_RDONLY)), ('rmdir', (base + '/sub/x.py',)),
                       ('rename', ('nope', 'nope2'))]:
        try:
            getattr(posix, name)(*args)
        except OSError as e:
            print(name, type(e).__name__, e.errno, e.strerror, e.filename.rsplit('/')[-1], e.filename2)
    print(posix.access(base, posix.F_OK), posix.access(base + '/zz', posix.F_OK), posix.access(base, posix.R_OK))
    print(posix.strerror(2), '|', posix.strerror(39), '|', posix.strerror(9999))
    print(posix.fspath('x'), posix.fspath(b'y'), type(posix.getpid()).__name__, len(posix.urandom(16)))
    try:
        posix.fspath(3)
    except TypeError as e:
        print(e)
    print(type(posix.environ).__name__, b'PATH' in posix.environ, type(next(iter(posix.environ))).__name__)
    print(posix.uname().sysname, len(posix.times()), posix.cpu_count() >= 1)
    print(posix.waitstatus_to_exitcode(0), posix.waitstatus_to_exitcode(768), posix.waitstatus_to_exitcode(9))
    old = posix.umask(0o077)
    print(oct(posix.umask(old)))
    print(posix.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
    posix.write(1, b'written to fd 1\n')
    print(posix._path_normpath('a//b/../c/.'), posix._path_normpath(''), posix._path_normpath('//x/..'))
finally:
    rmtree(base)
print(posix.access(base, posix.F_OK))
