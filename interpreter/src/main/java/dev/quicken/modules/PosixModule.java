package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.modules.io.FdTable;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Codecs;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code _quicken_posix}: the operating-system primitives under quicken's {@code posix} module
 * ({@code lib/posix.py} builds CPython's interface on them). The JVM has neither a settable working directory
 * nor file descriptors, so this class keeps both for the process: a current directory that relative paths are
 * resolved against, and a descriptor table (0, 1, 2 are the interpreter's standard streams).
 * Failures raise CPython's {@code OSError} subclasses with Linux errno values and {@code strerror} texts.
 */
public final class PosixModule {

    private PosixModule() {
    }

    // ---------------------------------------------------------------- errors

    private static final Map<Integer, String> STRERROR = new HashMap<>();
    private static final Map<String, Integer> ERRNO_OF_TEXT = new HashMap<>();

    static {
        try (InputStream s = PosixModule.class.getResourceAsStream("strerror.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                int sp = line.indexOf(' ');
                int n = Integer.parseInt(line.substring(0, sp));
                STRERROR.put(n, line.substring(sp + 1));
                ERRNO_OF_TEXT.putIfAbsent(line.substring(sp + 1), n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final int EPERM = 1;
    static final int ENOENT = 2;
    static final int EIO = 5;
    static final int EBADF = 9;
    static final int EACCES = 13;
    static final int EEXIST = 17;
    static final int ENOTDIR = 20;
    static final int EISDIR = 21;
    static final int EINVAL = 22;
    static final int ENOTTY = 25;
    static final int ESPIPE = 29;
    static final int ELOOP = 40;
    static final int ENOTEMPTY = 39;

    /** {@code os.strerror(code)}. */
    // CPython 3.11: Modules/posixmodule.c os_strerror_impl
    public static String strerror(int code) {
        String s = STRERROR.get(code);
        return s != null ? s : "Unknown error " + code;
    }

    /** {@code OSError(errno, strerror(errno)[, filename[, winerror, filename2]])} of the right subclass. */
    public static PyException osError(int errno, PyObject filename, PyObject filename2) {
        PyObject[] args = filename == null ? new PyObject[] {PyInt.of(errno), new PyStr(strerror(errno))}
                : filename2 == null ? new PyObject[] {PyInt.of(errno), new PyStr(strerror(errno)), filename}
                : new PyObject[] {PyInt.of(errno), new PyStr(strerror(errno)), filename, PyNone.NONE, filename2};
        PyObject e = Abstract.call(Exc.OSError, args, null);
        if (filename2 != null) {
            Abstract.setAttr(e, "filename2", filename2);
        }
        return new PyException((dev.quicken.runtime.PyBaseException) e);
    }

    /** The errno of a failed Java file operation (its reason text is the C library's strerror). */
    static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        } else if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        } else if (e instanceof AccessDeniedException) {
            return EACCES;
        } else if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        } else if (e instanceof FileSystemLoopException) {
            return ELOOP;
        } else if (e instanceof NotLinkException) {
            return EINVAL;
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            Integer n = ERRNO_OF_TEXT.get(((FileSystemException) e).getReason());
            if (n != null) {
                return n;
            }
        }
        String m = e.getMessage();
        if (m != null) {
            for (Map.Entry<String, Integer> en : ERRNO_OF_TEXT.entrySet()) {
                if (m.contains("(" + en.getKey() + ")") || m.endsWith(en.getKey())) {
                    return en.getValue();
                }
            }
        }
        return EIO;
    }

    static PyException osError(IOException e, PyObject filename) {
        return osError(errnoOf(e), filename, null);
    }

    // ---------------------------------------------------------------- current directory

    private static volatile Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();

    /** The process's current directory as {@code os.getcwd()} reports it. */
    public static Path cwd() {
        return cwd;
    }

    /** {@code path} resolved against the current directory. */
    public static Path resolve(String path) {
        if (path.indexOf('\0') >= 0) {
            throw Exc.valueError("embedded null byte");
        }
        return cwd.resolve(path);
    }

    // ---------------------------------------------------------------- descriptors

    /** What {@code os.open} knows of a descriptor; its channel lives in {@link FdTable} (shared with {@code FileIO}). */
    static final class Fd {
        FileChannel ch;
        final Path path;
        final boolean append;
        final boolean readable;
        final boolean writable;
        boolean inheritable;

        Fd(FileChannel ch, Path path, boolean append, boolean readable, boolean writable) {
            this.ch = ch;
            this.path = path;
            this.append = append;
            this.readable = readable;
            this.writable = writable;
        }
    }

    private static final Map<Integer, Fd> META = new TreeMap<>();
    private static final Set<Integer> CLOSED_STD = new HashSet<>();

    static final int O_RDONLY = 0;
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int O_NOCTTY = 0400;
    static final int O_TRUNC = 01000;
    static final int O_APPEND = 02000;
    static final int O_NONBLOCK = 04000;
    static final int O_DSYNC = 010000;
    static final int O_DIRECTORY = 0200000;
    static final int O_NOFOLLOW = 0400000;
    static final int O_CLOEXEC = 02000000;
    static final int O_SYNC = 04010000;

    /** {@code os.open(path, flags, mode)}: the lowest free descriptor. */
    // CPython 3.11: Modules/posixmodule.c os_open_impl
    public static synchronized int open(String path, int flags, int mode) {
        Path p = resolve(path);
        int acc = flags & 3;
        Set<OpenOption> opts = new HashSet<>();
        if (acc == O_RDONLY || acc == O_RDWR) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == O_WRONLY || acc == O_RDWR) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && acc != O_RDONLY) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_NOFOLLOW) != 0) {
            opts.add(LinkOption.NOFOLLOW_LINKS);
        }
        boolean isDir = Files.isDirectory(p);
        if (isDir) {
            if (acc != O_RDONLY) {
                throw osError(EISDIR, new PyStr(path), null);
            }
            try {
                return allocate(new Fd(FileChannel.open(p, StandardOpenOption.READ), p, false, false, false));
            } catch (IOException e) {
                throw osError(e, new PyStr(path));
            }
        }
        if ((flags & O_DIRECTORY) != 0) {
            throw osError(Files.exists(p) ? ENOTDIR : ENOENT, new PyStr(path), null);
        }
        try {
            FileChannel ch = (flags & O_CREAT) != 0
                    ? FileChannel.open(p, opts, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            permissions(mode & ~umask)))
                    : FileChannel.open(p, opts);
            return allocate(new Fd(ch, p, (flags & O_APPEND) != 0, opts.contains(StandardOpenOption.READ),
                    opts.contains(StandardOpenOption.WRITE)));
        } catch (UnsupportedOperationException e) {
            throw osError(EINVAL, new PyStr(path), null);
        } catch (IOException e) {
            throw osError(e, new PyStr(path));
        }
    }

    private static int allocate(Fd f) {
        int n = FdTable.add(f.ch);
        META.put(n, f);
        return n;
    }

    /** The descriptor {@code n}: one {@code os.open} made, or one {@code FileIO} opened (path unknown). */
    private static synchronized Fd fd(int n) {
        FileChannel ch = FdTable.get(n);
        if (ch == null) {
            META.remove(n);
            throw osError(EBADF, null, null);
        }
        Fd f = META.get(n);
        if (f == null || f.ch != ch) {
            f = new Fd(ch, null, false, true, true);
            META.put(n, f);
        }
        return f;
    }

    private static boolean isStd(int n) {
        return n >= 0 && n <= 2 && !CLOSED_STD.contains(n);
    }

    /** {@code os.close(fd)}. */
    public static synchronized void close(int n) {
        if (isStd(n)) {
            CLOSED_STD.add(n);
            return;
        }
        META.remove(n);
        if (!FdTable.close(n)) {
            throw osError(EBADF, null, null);
        }
    }

    /** {@code os.read(fd, n)}. */
    public static byte[] read(int n, int size) {
        if (size < 0) {
            throw osError(EINVAL, null, null);
        }
        if (isStd(n)) {
            if (n != 0) {
                throw osError(EBADF, null, null);
            }
            try {
                byte[] b = new byte[size];
                int got = dev.quicken.eval.Interpreter.currentStdin().read(b, 0, size);
                return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, got);
            } catch (IOException e) {
                throw osError(e, null);
            }
        }
        Fd f = fd(n);
        if (f.path != null && !f.readable && !f.writable) {
            throw osError(EISDIR, null, null);
        }
        if (!f.readable) {
            throw osError(EBADF, null, null);
        }
        try {
            ByteBuffer buf = ByteBuffer.allocate(size);
            int got = f.ch.read(buf);
            return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf.array(), got);
        } catch (IOException e) {
            throw osError(e, null);
        }
    }

    /** {@code os.write(fd, data)}. */
    public static int write(int n, byte[] data) {
        if (isStd(n)) {
            if (n == 0) {
                throw osError(EBADF, null, null);
            }
            Interpreter in = Interpreter.current();
            PyObject stream = in == null ? null : in.sys.dict.getStr(n == 1 ? "__stdout__" : "__stderr__");
            if (stream == null || stream == PyNone.NONE) {
                (n == 1 ? System.out : System.err).write(data, 0, data.length);
                (n == 1 ? System.out : System.err).flush();
            } else {
                Abstract.callMethod(stream, "flush");
                Abstract.callMethod(stream, "write", new PyStr(Codecs.decode(data, "utf-8", "surrogateescape")));
                Abstract.callMethod(stream, "flush");
            }
            return data.length;
        }
        Fd f = fd(n);
        if (!f.writable) {
            throw osError(EBADF, null, null);
        }
        try {
            if (f.append) {
                f.ch.position(f.ch.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) {
                f.ch.write(buf);
            }
            return data.length;
        } catch (IOException e) {
            throw osError(e, null);
        }
    }

    /** {@code os.lseek(fd, pos, how)}. */
    public static long lseek(int n, long pos, int how) {
        if (isStd(n)) {
            throw osError(ESPIPE, null, null);
        }
        Fd f = fd(n);
        try {
            long base = how == 0 ? 0 : how == 1 ? f.ch.position() : how == 2 ? f.ch.size() : -1;
            if (base < 0 || base + pos < 0) {
                throw osError(EINVAL, null, null);
            }
            f.ch.position(base + pos);
            return base + pos;
        } catch (IOException e) {
            throw osError(e, null);
        }
    }

    /** {@code os.ftruncate(fd, length)}. */
    public static void ftruncate(int n, long length) {
        Fd f = fd(n);
        try {
            if (length < f.ch.size()) {
                f.ch.truncate(length);
            } else if (length > f.ch.size()) {
                long p = f.ch.position();
                f.ch.write(ByteBuffer.wrap(new byte[(int) (length - f.ch.size())]), f.ch.size());
                f.ch.position(p);
            }
        } catch (IOException e) {
            throw osError(e, null);
        }
    }

    /** The file path an open descriptor was opened with (null for the standard streams). */
    public static Path fdPath(int n) {
        return isStd(n) ? null : fd(n).path;
    }

    // ---------------------------------------------------------------- stat

    private static int umask = 022;

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << i)) != 0) {
                s.add(all[i]);
            }
        }
        return s;
    }

    /**
     * The fields of {@code os.stat_result} as a tuple: mode, ino, dev, nlink, uid, gid, size, atime_ns,
     * mtime_ns, ctime_ns, blksize, blocks, rdev.
     */
    static PyTuple stat(Path p, boolean follow, PyObject filename) {
        try {
            Map<String, Object> a = follow ? Files.readAttributes(p, "unix:*")
                    : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
            long size = ((Number) a.get("size")).longValue();
            return new PyTuple(new PyObject[] {PyInt.of(((Number) a.get("mode")).longValue()),
                PyInt.of(((Number) a.get("ino")).longValue()), PyInt.of(((Number) a.get("dev")).longValue()),
                PyInt.of(((Number) a.get("nlink")).longValue()), PyInt.of(((Number) a.get("uid")).longValue()),
                PyInt.of(((Number) a.get("gid")).longValue()), PyInt.of(size), nanos((FileTime) a.get("lastAccessTime")),
                nanos((FileTime) a.get("lastModifiedTime")), nanos((FileTime) a.get("ctime")), PyInt.of(4096),
                PyInt.of((size + 4095) / 4096 * 8), PyInt.of(((Number) a.get("rdev")).longValue())});
        } catch (IOException e) {
            throw osError(e, filename);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw osError(EINVAL, filename, null);
        }
    }

    private static PyInt nanos(FileTime t) {
        java.time.Instant i = t.toInstant();
        return PyInt.of(java.math.BigInteger.valueOf(i.getEpochSecond()).multiply(java.math.BigInteger.valueOf(
                1_000_000_000L)).add(java.math.BigInteger.valueOf(i.getNano())));
    }

    // ---------------------------------------------------------------- the module

    interface F {
        PyObject apply(PyObject[] a);
    }

    private static void fn(PyModule m, String name, F f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw(name, kw);
                return f.apply(a);
            }
        }, null, "_quicken_posix"));
    }

    private static String s(PyObject o) {
        return ((PyStr) o).value;
    }

    private static int i(PyObject o) {
        return (int) Args.integer(o);
    }

    private static final PyObject NONE = PyNone.NONE;

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_quicken_posix");
        fn(m, "strerror", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyStr(strerror(i(a[0])));
            }
        });
        fn(m, "getcwd", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyStr(cwd.toString());
            }
        });
        fn(m, "chdir", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Path p = resolve(s(a[0])).normalize();
                if (!Files.exists(p)) {
                    throw osError(ENOENT, a[0], null);
                }
                if (!Files.isDirectory(p)) {
                    throw osError(ENOTDIR, a[0], null);
                }
                cwd = p;
                return NONE;
            }
        });
        fn(m, "listdir", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Path p = resolve(s(a[0]));
                PyList out = new PyList();
                try (Stream<Path> st = Files.list(p)) {
                    st.forEach(c -> out.append(new PyStr(c.getFileName().toString())));
                } catch (NotDirectoryException e) {
                    throw osError(Files.exists(p) ? ENOTDIR : ENOENT, a[0], null);
                } catch (IOException e) {
                    throw osError(e, a[0]);
                }
                return out;
            }
        });
        fn(m, "stat", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return stat(resolve(s(a[0])), Abstract.isTrue(a[1]), a[0]);
            }
        });
        fn(m, "fstat", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                int n = i(a[0]);
                if (isStd(n)) {
                    return new PyTuple(new PyObject[] {PyInt.of(0020620), PyInt.of(0), PyInt.of(0), PyInt.of(1),
                        PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(1024),
                        PyInt.of(0), PyInt.of(0)});
                }
                Fd f = fd(n);
                if (f.path == null) {
                    long size;
                    try {
                        size = f.ch.size();
                    } catch (IOException e) {
                        throw osError(e, null);
                    }
                    return new PyTuple(new PyObject[] {PyInt.of(0100644), PyInt.of(n), PyInt.of(0), PyInt.of(1),
                        PyInt.of(0), PyInt.of(0), PyInt.of(size), PyInt.of(0), PyInt.of(0), PyInt.of(0), PyInt.of(4096),
                        PyInt.of((size + 4095) / 4096 * 8), PyInt.of(0)});
                }
                return stat(f.path, true, null);
            }
        });
        fn(m, "exists", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyBool.of(Files.exists(resolve(s(a[0])), LinkOption.NOFOLLOW_LINKS));
            }
        });
        fn(m, "open", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(open(s(a[0]), i(a[1]), i(a[2])));
            }
        });
        fn(m, "read", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyBytes(read(i(a[0]), i(a[1])));
            }
        });
        fn(m, "write", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(write(i(a[0]), ((PyBytes) a[1]).value));
            }
        });
        fn(m, "close", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                close(i(a[0]));
                return NONE;
            }
        });
        fn(m, "lseek", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(lseek(i(a[0]), Args.integer(a[1]), i(a[2])));
            }
        });
        fn(m, "ftruncate", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                ftruncate(i(a[0]), Args.integer(a[1]));
                return NONE;
            }
        });
        fn(m, "isatty", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyBool.of(isStd(i(a[0])) && System.console() != null);
            }
        });
        fn(m, "fdpath", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Path p = fdPath(i(a[0]));
                return p == null ? NONE : new PyStr(p.toString());
            }
        });
        fn(m, "is_open", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                int n = i(a[0]);
                synchronized (PosixModule.class) {
                    return PyBool.of(isStd(n) || FdTable.get(n) != null);
                }
            }
        });
        fn(m, "mkdir", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Path p = resolve(s(a[0]));
                try {
                    Files.createDirectory(p, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            permissions(i(a[1]) & ~umask)));
                } catch (IOException e) {
                    throw osError(e, a[0]);
                }
                return NONE;
            }
        });
        fn(m, "rmdir", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Path p = resolve(s(a[0]));
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw osError(ENOTDIR, a[0], null);
                }
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw osError(e, a[0]);
                }
                return NONE;
            }
        });
        fn(m, "unlink", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Path p = resolve(s(a[0]));
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw osError(EISDIR, a[0], null);
                }
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw osError(e, a[0]);
                }
                return NONE;
            }
        });
        fn(m, "rename", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Path src = resolve(s(a[0]));
                Path dst = resolve(s(a[1]));
                try {
                    if (Files.isDirectory(dst, LinkOption.NOFOLLOW_LINKS)
                            && !Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS)) {
                        throw osError(EISDIR, a[0], a[1]);
                    }
                    Files.move(src, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw osError(errnoOf(e), a[0], a[1]);
                }
                return NONE;
            }
        });
        fn(m, "symlink", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                try {
                    Files.createSymbolicLink(resolve(s(a[1])), Path.of(s(a[0])));
                } catch (IOException e) {
                    throw osError(errnoOf(e), a[0], a[1]);
                }
                return NONE;
            }
        });
        fn(m, "link", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                try {
                    Files.createLink(resolve(s(a[1])), resolve(s(a[0])));
                } catch (IOException e) {
                    throw osError(errnoOf(e), a[0], a[1]);
                }
                return NONE;
            }
        });
        fn(m, "readlink", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                try {
                    return new PyStr(Files.readSymbolicLink(resolve(s(a[0]))).toString());
                } catch (IOException e) {
                    throw osError(e, a[0]);
                }
            }
        });
        fn(m, "chmod", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                try {
                    Files.setPosixFilePermissions(resolve(s(a[0])), permissions(i(a[1])));
                } catch (IOException e) {
                    throw osError(e, a[0]);
                }
                return NONE;
            }
        });
        fn(m, "utime", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                // a[1], a[2]: atime_ns, mtime_ns
                Path p = resolve(s(a[0]));
                try {
                    java.nio.file.attribute.BasicFileAttributeView v = Files.getFileAttributeView(p,
                            java.nio.file.attribute.BasicFileAttributeView.class);
                    v.setTimes(ftime(a[2]), ftime(a[1]), null);
                } catch (IOException e) {
                    throw osError(e, a[0]);
                }
                return NONE;
            }
        });
        fn(m, "access", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Path p = resolve(s(a[0]));
                int mode = i(a[1]);
                boolean ok = Files.exists(p);
                if (ok && (mode & 4) != 0) {
                    ok = Files.isReadable(p);
                }
                if (ok && (mode & 2) != 0) {
                    ok = Files.isWritable(p);
                }
                if (ok && (mode & 1) != 0) {
                    ok = Files.isExecutable(p);
                }
                return PyBool.of(ok);
            }
        });
        fn(m, "umask", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                int old = umask;
                umask = i(a[0]) & 0777;
                return PyInt.of(old);
            }
        });
        fn(m, "getpid", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(ProcessHandle.current().pid());
            }
        });
        fn(m, "getppid", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
            }
        });
        fn(m, "getuid", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(procSelf("uid"));
            }
        });
        fn(m, "getgid", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(procSelf("gid"));
            }
        });
        fn(m, "urandom", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                int n = i(a[0]);
                if (n < 0) {
                    throw Exc.valueError("negative argument not allowed");
                }
                byte[] b = new byte[n];
                RANDOM.nextBytes(b);
                return new PyBytes(b);
            }
        });
        fn(m, "cpu_count", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(Runtime.getRuntime().availableProcessors());
            }
        });
        fn(m, "_exit", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Interpreter cur = Interpreter.current();
                if (cur != null) {
                    for (String n : new String[] {"stdout", "stderr"}) {
                        PyObject st = cur.sys.dict.getStr(n);
                        if (st != null && st != NONE) {
                            try {
                                Abstract.callMethod(st, "flush");
                            } catch (PyException ignored) {
                                // exiting anyway
                            }
                        }
                    }
                }
                Runtime.getRuntime().halt(i(a[0]));
                return NONE;
            }
        });
        fn(m, "uname", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyTuple(new PyObject[] {new PyStr(System.getProperty("os.name")),
            new PyStr(readProc("/proc/sys/kernel/hostname", "localhost")),
            new PyStr(readProc("/proc/sys/kernel/osrelease", System.getProperty("os.version"))),
            new PyStr(readProc("/proc/sys/kernel/version", "")), new PyStr(machine())});
            }
        });
        fn(m, "times", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
                double cpu = 0;
                if (os instanceof com.sun.management.OperatingSystemMXBean) {
                    cpu = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9;
                }
                double elapsed = System.nanoTime() / 1e9;
                return new PyTuple(new PyObject[] {new PyFloat(cpu), new PyFloat(0.0), new PyFloat(0.0),
                    new PyFloat(0.0), new PyFloat(elapsed)});
            }
        });
        fn(m, "terminal_size", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                if (System.console() == null) {
                    throw osError(ENOTTY, null, null);
                }
                return new PyTuple(new PyObject[] {PyInt.of(envInt("COLUMNS", 80)), PyInt.of(envInt("LINES", 24))});
            }
        });
        fn(m, "environ", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                PyDict d = new PyDict();
                for (Map.Entry<String, String> e : System.getenv().entrySet()) {
                    d.setItem(new PyBytes(Codecs.encode(e.getKey(), "utf-8", "surrogateescape")),
                            new PyBytes(Codecs.encode(e.getValue(), "utf-8", "surrogateescape")));
                }
                return d;
            }
        });
        fn(m, "kill_self", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Runtime.getRuntime().halt(128 + i(a[0]));
                return NONE;
            }
        });
        return m;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static FileTime ftime(PyObject ns) {
        if (ns == NONE) {
            return null;
        }
        java.math.BigInteger[] qr = Abstract.index(ns).toBigInteger().divideAndRemainder(
                java.math.BigInteger.valueOf(1_000_000_000L));
        return FileTime.from(java.time.Instant.ofEpochSecond(qr[0].longValue(), qr[1].longValue()));
    }

    private static long procSelf(String attr) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:" + attr)).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    private static String readProc(String file, String dflt) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            return dflt == null ? "" : dflt;
        }
    }

    private static String machine() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static int envInt(String name, int dflt) {
        try {
            return Integer.parseInt(System.getenv().getOrDefault(name, "" + dflt));
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
