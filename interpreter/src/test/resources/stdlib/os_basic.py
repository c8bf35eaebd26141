# needs: Lib
import os, sys, stat, posixpath, errno
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '_os_basic_tmp')
def rmtree(p):
    for e in os.scandir(p):
        if e.is_dir(follow_symlinks=False):
            rmtree(e.path)
        else:
            os.unlink(e.path)
    os.rmdir(p)
if os.path.exists(base):
    rmtree(base)
os.mkdir(base)
try:
    print(os.name, os.sep, os.curdir, os.pardir, os.extsep, os.linesep == '\n', os.devnull)
    fn = os.path.join(base, 'a.txt')
    fd = os.open(fn, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, os.write(fd, b'hello world\n'), os.write(fd, b'second line\n'))
    os.close(fd)
    fd = os.open(fn, os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100))
    print(os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 5), os.read(fd, 0))
    print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100), os.read(fd, 10))
    st = os.fstat(fd)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    st = os.stat(fn)
    print(st.st_size, len(st), st[6], st.st_nlink, isinstance(st.st_mtime, float), isinstance(st[8], int))
    print(st.st_mtime_ns // 10**9 == st[8], type(st).__name__, stat.filemode(st.st_mode))
    fd = os.open(fn, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b'third\n')
    os.close(fd)
    print(os.path.getsize(fn), os.path.isfile(fn), os.path.isdir(fn), os.path.exists(fn + 'x'))
    os.mkdir(os.path.join(base, 'sub'))
    os.mkdir(os.path.join(base, 'sub', 'deeper'))
    for n in ('x.py', 'y.txt'):
        os.close(os.open(os.path.join(base, 'sub', n), os.O_CREAT | os.O_WRONLY))
    print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'sub'))))
    print(sorted(os.listdir(os.fsencode(base))))
    ents = sorted(os.scandir(base), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in ents])
    print(repr(ents[0]), os.fspath(ents[0]) == os.path.join(base, 'a.txt'), ents[0].stat().st_size)
    with os.scandir(base) as it:
        print(sorted(e.name for e in it))
    walked = []
    for root, dirs, files in os.walk(base):
        dirs.sort()
        walked.append((os.path.relpath(root, base), sorted(dirs), sorted(files)))
    print(walked)
    old = os.getcwd()
    os.chdir(base)
    print(os.getcwd() == base, os.path.abspath('a.txt') == fn, sorted(os.listdir()), os.path.exists('sub/x.py'))
    os.chdir('sub')
    print(os.path.basename(os.getcwd()), sorted(os.listdir('.')))
    os.chdir(old)
    print(os.getcwd() == old)
    os.rename(fn, os.path.join(base, 'b.txt'))
    print(sorted(os.listdir(base)))
    os.replace(os.path.join(base, 'b.txt'), os.path.join(base, 'sub', 'x.py'))
    print(sorted(os.listdir(base)), os.path.getsize(os.path.join(base, 'sub', 'x.py')))
    for call, args in [(os.stat, ('nope',)), (os.rmdir, (os.path.join(base, 'sub'),)), (os.mkdir, (base,)),
                       (os.unlink, (os.path.join(base, 'sub'),)), (os.listdir, (os.path.join(base, 'sub', 'x.py'),)),
                       (os.chdir, ('nope',)), (os.open, ('nope', os.O_RDONLY)), (os.rmdir, (os.path.join(base, 'sub', 'x.py'),))]:
        try:
            call(*args)
        except OSError as e:
            print(call.__name__, type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror, os.path.basename(e.filename))
    os.makedirs(os.path.join(base, 'm', 'n', 'o'))
    os.makedirs(os.path.join(base, 'm', 'n', 'o'), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, 'm', 'n'))
    except FileExistsError as e:
        print('makedirs', e.errno)
    os.removedirs(os.path.join(base, 'm', 'n', 'o'))
    print(sorted(os.listdir(base)))
    print(os.access(base, os.F_OK), os.access(os.path.join(base, 'zz'), os.F_OK), os.access(base, os.R_OK | os.W_OK))
    print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(9999))
    print(os.fspath('x'), os.fspath(b'y'), os.fsencode('z'), os.fsdecode(b'w'))
    try:
        os.fspath(3)
    except TypeError as e:
        print(e)
    print(type(os.getpid()).__name__, len(os.urandom(16)), type(os.urandom(0)), os.cpu_count() >= 1)
    print(type(os.environ).__name__, 'PATH' in os.environ, type(os.environb), os.environ.get('QUICKEN_NOPE', 'dflt'))
    os.environ['QUICKEN_TEST_VAR'] = 'v1'
    print(os.environ['QUICKEN_TEST_VAR'], os.getenv('QUICKEN_TEST_VAR'), os.environb[b'QUICKEN_TEST_VAR'])
    del os.environ['QUICKEN_TEST_VAR']
    print(os.getenv('QUICKEN_TEST_VAR'))
    u = os.uname()
    print(u.sysname, len(u), type(u).__name__)
    t = os.times()
    print(len(t), type(t.user).__name__)
    print(os.waitstatus_to_exitcode(0), os.waitstatus_to_exitcode(256 * 3), os.waitstatus_to_exitcode(9))
    old_mask = os.umask(0o077)
    print(oct(os.umask(old_mask)))
    print(os.path.splitext('a/b.tar.gz'), os.path.split('/x/y/z'), os.path.normpath('a//b/../c/.'))
    print(os.path.commonpath(['/a/b/c', '/a/b/d']), os.path.expanduser('~') != '~', os.path.isabs('/x'))
    st = os.stat(base)
    print(stat.S_ISDIR(st.st_mode), os.path.samefile(base, base + '/.'))
finally:
    rmtree(base)
print(os.path.exists(base))
