# posix for quicken: CPython 3.11's Modules/posixmodule.c interface over the Java primitives of
# _quicken_posix (dev.quicken.modules.PosixModule). Paths are str or bytes (bytes are decoded with the
# file-system encoding, utf-8/surrogateescape, and results come back as bytes for bytes input).
import _quicken_posix as _q

error = OSError

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_NDELAY = O_NONBLOCK
O_DSYNC = 0o10000
O_ASYNC = 0o20000
O_DIRECT = 0o40000
O_LARGEFILE = 0
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_NOATIME = 0o1000000
O_CLOEXEC = 0o2000000
O_SYNC = 0o4010000
O_RSYNC = O_SYNC
O_FSYNC = O_SYNC
O_PATH = 0o10000000
O_TMPFILE = 0o20200000
SEEK_DATA = 3
SEEK_HOLE = 4
WNOHANG = 1
WUNTRACED = 2
WCONTINUED = 8
EX_OK = 0
EX_USAGE = 64
EX_DATAERR = 65
EX_NOINPUT = 66
EX_NOUSER = 67
EX_NOHOST = 68
EX_UNAVAILABLE = 69
EX_SOFTWARE = 70
EX_OSERR = 71
EX_OSFILE = 72
EX_CANTCREAT = 73
EX_IOERR = 74
EX_TEMPFAIL = 75
EX_PROTOCOL = 76
EX_NOPERM = 77
EX_CONFIG = 78
TMP_MAX = 238328
NGROUPS_MAX = 65536

_have_functions = []


def _name(path, fname, allow_fd=False, allow_none=False):
    """(str path for Java, whether the caller gave bytes)."""
    if allow_none and path is None:
        return '.', False
    if allow_fd and isinstance(path, int) and not isinstance(path, bool):
        return path, False
    if isinstance(path, str):
        return path, False
    if isinstance(path, bytes):
        return path.decode('utf-8', 'surrogateescape'), True
    fs = getattr(type(path), '__fspath__', None)
    if fs is not None:
        p = fs(path)
        if isinstance(p, str):
            return p, False
        if isinstance(p, bytes):
            return p.decode('utf-8', 'surrogateescape'), True
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(path).__name__, type(p).__name__))
    allowed = 'string, bytes, os.PathLike, integer' if allow_fd else 'string, bytes or os.PathLike'
    if allow_none:
        allowed += ' or None'
    raise TypeError("%s: path should be %s, not %s" % (fname, allowed, type(path).__name__))


def _out(s, as_bytes):
    return s.encode('utf-8', 'surrogateescape') if as_bytes else s


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    fs = getattr(type(path), '__fspath__', None)
    if fs is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    p = fs(path)
    if isinstance(p, (str, bytes)):
        return p
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(path).__name__, type(p).__name__))


def strerror(code, /):
    """Translate an error code to a message string."""
    return _q.strerror(code)


def getcwd():
    """Return a unicode string representing the current working directory."""
    return _q.getcwd()


def getcwdb():
    """Return a bytes string representing the current working directory."""
    return _q.getcwd().encode('utf-8', 'surrogateescape')


def chdir(path):
    """Change the current working directory to the specified path."""
    _q.chdir(_name(path, 'chdir')[0])


def listdir(path=None):
    """Return a list containing the names of the files in the directory."""
    p, b = _name(path, 'listdir', allow_none=True)
    return [_out(n, b) for n in _q.listdir(p)]


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime',
              'st_mtime', 'st_ctime')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:10])
        extra = list(seq[10:]) + [None] * (19 - len(seq))
        self._extra = extra
        return self

    def __repr__(self):
        return "os.stat_result(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._names, self)) + ")"

    def __reduce__(self):
        return (stat_result, (tuple(self) + tuple(self._extra),))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[3] if self._extra[3] is not None else self[7])
    st_mtime = property(lambda self: self._extra[4] if self._extra[4] is not None else self[8])
    st_ctime = property(lambda self: self._extra[5] if self._extra[5] is not None else self[9])
    st_atime_ns = property(lambda self: self._extra[6])
    st_mtime_ns = property(lambda self: self._extra[7])
    st_ctime_ns = property(lambda self: self._extra[8])
    st_blksize = property(lambda self: self._extra[0])
    st_blocks = property(lambda self: self._extra[1])
    st_rdev = property(lambda self: self._extra[2])


stat_result.__module__ = 'os'


def _stat_result(t):
    mode, ino, dev, nlink, uid, gid, size, a_ns, m_ns, c_ns, blksize, blocks, rdev = t
    return stat_result((mode, ino, dev, nlink, uid, gid, size, a_ns // 10**9, m_ns // 10**9, c_ns // 10**9,
                        blksize, blocks, rdev, a_ns / 1e9, m_ns / 1e9, c_ns / 1e9, a_ns, m_ns, c_ns))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    p, _ = _name(path, 'stat', allow_fd=True)
    if isinstance(p, int):
        return fstat(p)
    return _stat_result(_q.stat(p, follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    p, _ = _name(path, 'lstat')
    return _stat_result(_q.stat(p, False))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return _stat_result(_q.fstat(fd))


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file for low level IO.  Returns a file descriptor (integer)."""
    return _q.open(_name(path, 'open')[0], flags, mode)


def read(fd, length, /):
    """Read from a file descriptor.  Returns a bytes object."""
    return _q.read(fd, length)


def write(fd, data, /):
    """Write a bytes object to a file descriptor."""
    return _q.write(fd, bytes(data))


def close(fd):
    """Close a file descriptor."""
    _q.close(fd)


def closerange(fd_low, fd_high, /):
    """Closes all file descriptors in [fd_low, fd_high), ignoring errors."""
    for fd in range(fd_low, fd_high):
        try:
            _q.close(fd)
        except OSError:
            pass


def lseek(fd, position, whence, /):
    """Set the position of a file descriptor.  Return the new position."""
    return _q.lseek(fd, position, whence)


def ftruncate(fd, length, /):
    """Truncate a file, specified by file descriptor, to a specific length."""
    _q.ftruncate(fd, length)


def truncate(path, length):
    """Truncate a file, specified by path, to a specific length."""
    fd = open(path, O_WRONLY)
    try:
        _q.ftruncate(fd, length)
    finally:
        _q.close(fd)


def fsync(fd):
    """Force write of fd to disk."""
    if not _q.is_open(fd if isinstance(fd, int) else fd.fileno()):
        raise OSError(9, strerror(9))


fdatasync = fsync


def isatty(fd, /):
    """Return True if the fd is connected to a terminal."""
    return _q.isatty(fd)


def device_encoding(fd):
    """Return a string describing the encoding of a terminal's file descriptor."""
    return 'utf-8' if _q.isatty(fd) else None


def get_inheritable(fd, /):
    return False


def set_inheritable(fd, inheritable, /):
    pass


def get_blocking(fd, /):
    return True


def set_blocking(fd, blocking, /):
    pass


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create a directory."""
    _q.mkdir(_name(path, 'mkdir')[0], mode)


def rmdir(path, *, dir_fd=None):
    """Remove a directory."""
    _q.rmdir(_name(path, 'rmdir')[0])


def unlink(path, *, dir_fd=None):
    """Remove a file (same as remove())."""
    _q.unlink(_name(path, 'unlink')[0])


def remove(path, *, dir_fd=None):
    """Remove a file (same as unlink())."""
    _q.unlink(_name(path, 'remove')[0])


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory."""
    _q.rename(_name(src, 'rename')[0], _name(dst, 'rename')[0])


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory, overwriting the destination."""
    _q.rename(_name(src, 'replace')[0], _name(dst, 'replace')[0])


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    """Create a symbolic link pointing to src named dst."""
    _q.symlink(_name(src, 'symlink')[0], _name(dst, 'symlink')[0])


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    """Create a hard link to a file."""
    _q.link(_name(src, 'link')[0], _name(dst, 'link')[0])


def readlink(path, *, dir_fd=None):
    """Return a string representing the path to which the symbolic link points."""
    p, b = _name(path, 'readlink')
    return _out(_q.readlink(p), b)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Change the access permissions of a file."""
    _q.chmod(_name(path, 'chmod')[0], mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path."""
    p = _name(path, 'utime')[0]
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        a, m = (int(t * 10**9) for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        a, m = ns
    else:
        import time
        a = m = time.time_ns()
    _q.utime(p, a, m)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Use the real uid/gid to test for access to a path."""
    return _q.access(_name(path, 'access')[0], mode)


def umask(mask, /):
    """Set the current numeric umask and return the previous umask."""
    return _q.umask(mask)


def getpid():
    """Return the current process id."""
    return _q.getpid()


def getppid():
    """Return the parent's process id."""
    return _q.getppid()


def getuid():
    """Return the current process's user id."""
    return _q.getuid()


geteuid = getuid


def getgid():
    """Return the current process's group id."""
    return _q.getgid()


getegid = getgid


def getlogin():
    """Return the actual login name."""
    return environ.get(b'USER', b'root').decode('utf-8', 'surrogateescape')


def urandom(size, /):
    """Return a bytes object containing random bytes suitable for cryptographic use."""
    return _q.urandom(size)


def cpu_count():
    """Return the number of CPUs in the system; return None if indeterminable."""
    return _q.cpu_count()


def _exit(status):
    """Exit to the system with specified status, without normal exit processing."""
    _q._exit(status)


def abort():
    """Abort the interpreter immediately."""
    _q.kill_self(6)


def kill(pid, signal, /):
    """Kill a process with a signal."""
    if pid != getpid():
        raise PermissionError(1, strerror(1))
    if signal != 0:
        _q.kill_self(signal)


def waitpid(pid, options, /):
    """Wait for completion of a given child process."""
    # quicken starts no child processes (_posixsubprocess.fork_exec fails with ENOSYS): there is none to wait for
    raise ChildProcessError(10, strerror(10))


def wait():
    """Wait for completion of a child process."""
    raise ChildProcessError(10, strerror(10))


class uname_result(tuple):
    """uname_result: Result from os.uname()."""
    n_sequence_fields = n_fields = 5
    n_unnamed_fields = 0
    _names = ('sysname', 'nodename', 'release', 'version', 'machine')

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return "posix.uname_result(" + ", ".join("%s=%r" % (n, v) for n, v in zip(self._names, self)) + ")"

    def __reduce__(self):
        return (uname_result, (tuple(self),))

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])


uname_result.__module__ = 'posix'


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(_q.uname())


class times_result(tuple):
    """times_result: Result from os.times()."""
    n_sequence_fields = n_fields = 5
    n_unnamed_fields = 0
    _names = ('user', 'system', 'children_user', 'children_system', 'elapsed')

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return "posix.times_result(" + ", ".join("%s=%r" % (n, v) for n, v in zip(self._names, self)) + ")"

    user = property(lambda self: self[0])
    system = property(lambda self: self[1])
    children_user = property(lambda self: self[2])
    children_system = property(lambda self: self[3])
    elapsed = property(lambda self: self[4])


times_result.__module__ = 'posix'


def times():
    """Return a collection containing process timing information."""
    return times_result(_q.times())


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""
    n_sequence_fields = n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % tuple(self)

    def __reduce__(self):
        return (terminal_size, (tuple(self),))

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


terminal_size.__module__ = 'os'


def get_terminal_size(fd=1, /):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(_q.terminal_size())


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return ((status & 0x7f) + 1) >> 1 > 0 and (status & 0x7f) != 0x7f


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def WCOREDUMP(status):
    return bool(status & 0x80)


def WIFCONTINUED(status):
    return status == 0xffff


def waitstatus_to_exitcode(status):
    """Convert a wait status to an exit code."""
    if not isinstance(status, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(status).__name__)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError("invalid wait status: %i" % status)


def putenv(name, value, /):
    """Change or add an environment variable."""
    n = _name(name, 'putenv')[0]
    if not n or '=' in n:
        raise ValueError("illegal environment variable name")


def unsetenv(name, /):
    """Delete an environment variable."""
    n = _name(name, 'unsetenv')[0]
    if not n or '=' in n:
        raise ValueError("illegal environment variable name")


environ = _q.environ()


class DirEntry:
    """An entry of a directory listing made by os.scandir()."""
    __slots__ = ('name', 'path', '_dir', '_lstat', '_stat')

    def __init__(self, *a, **k):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def _lst(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._lst()
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self._lst()
        return self._stat

    def inode(self):
        return self._lst().st_ino

    def is_symlink(self):
        try:
            return (self._lst().st_mode & 0o170000) == 0o120000
        except FileNotFoundError:
            return False

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o100000

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class ScandirIterator:
    """Iterator of DirEntry objects for os.scandir()."""

    def __init__(self, *a, **k):
        raise TypeError("cannot create 'posix.ScandirIterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        try:
            name = next(self._names)
        except StopIteration:
            self._names = None
            raise
        e = object.__new__(DirEntry)
        e.name = _out(name, self._bytes)
        p = self._path
        e.path = _out(p + name if p.endswith('/') else p + '/' + name, self._bytes)
        e._lstat = None
        e._stat = None
        return e

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    it = object.__new__(ScandirIterator)
    p, b = _name(path, 'scandir', allow_none=True)
    it._path = p
    it._bytes = b
    it._names = iter(_q.listdir(p))
    return it


def _path_normpath(path):
    """Normalize path, eliminating double slashes and . and .. components ('' for '')."""
    if isinstance(path, bytes):
        return _path_normpath(path.decode('latin-1')).encode('latin-1')
    if not path:
        return path
    initial = 2 if path.startswith('//') and not path.startswith('///') else 1 if path.startswith('/') else 0
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    return '/' * initial + '/'.join(parts) or '.'
