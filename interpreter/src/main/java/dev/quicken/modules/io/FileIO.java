package dev.quicken.modules.io;

import static dev.quicken.modules.io.IoSupport.NONE;
import static dev.quicken.modules.io.IoSupport.def;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/** {@code _io.FileIO}: raw binary I/O on a file (CPython 3.11: Modules/_io/fileio.c) over a Java channel. */
final class FileIO extends IOBaseObj {

    static final PyType TYPE = IoSupport.type("FileIO", new PyType.Factory() {
        @Override
        public PyObject make(PyType x) {
            return new FileIO(x);
        }
    }, IoModule.RAW_IOBASE);

    /** POSIX open flags as {@code opener} receives them. */
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0x40;
    static final int O_EXCL = 0x80;
    static final int O_TRUNC = 0x200;
    static final int O_APPEND = 0x400;
    static final int O_CLOEXEC = 0x80000;

    int fd = -1;
    FileChannel ch;
    boolean readable;
    boolean writable;
    boolean appending;
    boolean created;
    boolean closefd = true;

    FileIO(PyType cls) {
        super(cls);
    }

    static {
        setup();
    }

    private static FileIO self(PyObject o) {
        return (FileIO) o;
    }

    void checkOpen() {
        if (fd < 0) {
            throw Exc.valueError("I/O operation on closed file");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw IoSupport.unsupported("File not open for reading");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw IoSupport.unsupported("File not open for writing");
        }
    }

    // CPython 3.11: Modules/_io/fileio.c _io_FileIO___init___impl
    void init(PyObject nameobj, String mode, boolean closefd, PyObject opener) {
        if (fd >= 0) {
            if (this.closefd) {
                FdTable.close(fd);
            }
            fd = -1;
        }
        int flags = 0;
        boolean rwa = false;
        boolean plus = false;
        readable = writable = appending = created = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x':
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    created = true;
                    writable = true;
                    flags |= O_EXCL | O_CREAT;
                    break;
                case 'r':
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    readable = true;
                    break;
                case 'w':
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    writable = true;
                    flags |= O_CREAT | O_TRUNC;
                    break;
                case 'a':
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    writable = true;
                    appending = true;
                    flags |= O_APPEND | O_CREAT;
                    break;
                case 'b':
                    break;
                case '+':
                    if (plus) {
                        throw badMode();
                    }
                    readable = writable = true;
                    plus = true;
                    break;
                default:
                    throw Exc.valueError("invalid mode: " + mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        flags |= readable && writable ? O_RDWR : writable ? O_WRONLY : 0;
        flags |= O_CLOEXEC;
        if (nameobj instanceof PyFloat) {
            throw Exc.typeError("integer argument expected, got float");
        }
        if (nameobj instanceof PyInt) {
            long f = Args.integer(nameobj);
            if (f < 0) {
                throw Exc.valueError("negative file descriptor");
            }
            attach((int) f, nameobj);
            this.closefd = closefd;
        } else {
            if (!closefd) {
                throw Exc.valueError("Cannot use closefd=False with file name");
            }
            this.closefd = true;
            String path = fsPath(nameobj);
            if (opener != null && opener != NONE) {
                PyObject fdobj = Abstract.call(opener, nameobj, PyInt.of(flags));
                if (!(fdobj instanceof PyInt)) {
                    throw Exc.typeError("expected integer from opener");
                }
                long f = Args.integer(fdobj);
                if (f < 0) {
                    throw Exc.valueError("opener returned " + f);
                }
                attach((int) f, nameobj);
            } else {
                Buffered.flushPending();
                ch = openChannel(path, flags, nameobj);
                fd = FdTable.add(ch);
            }
        }
        setInstanceAttr("name", nameobj);
        if (appending && ch != null) {
            try {
                ch.position(ch.size());
            } catch (IOException e) {
                // unseekable: keep the position
            }
        }
    }

    private void attach(int f, PyObject nameobj) {
        fd = f;
        ch = FdTable.get(f);
        if (ch == null && f > 2) {
            throw IoSupport.osError(9, "Bad file descriptor", null);
        }
    }

    private static dev.quicken.runtime.PyException badMode() {
        return Exc.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    /** The path of a str, bytes or os.PathLike file argument (CPython's PyUnicode_FSConverter). */
    static String fsPath(PyObject nameobj) {
        PyObject p = nameobj;
        if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
            PyObject fspath = p.type().lookup("__fspath__");
            if (fspath == null) {
                throw Exc.typeError("expected str, bytes or os.PathLike object, not " + Abstract.typeName(p));
            }
            p = Abstract.callMethod(p, "__fspath__");
        }
        String s = p instanceof PyStr ? ((PyStr) p).value
                : p instanceof PyBytes ? new String(((PyBytes) p).value, StandardCharsets.UTF_8) : null;
        if (s == null) {
            throw Exc.typeError("expected str, bytes or os.PathLike object, not " + Abstract.typeName(p));
        }
        if (s.indexOf('\0') >= 0) {
            throw Exc.valueError("embedded null byte");
        }
        return s;
    }

    private static FileChannel openChannel(String path, int flags, PyObject nameobj) {
        Path p = path.isEmpty() ? Path.of("\0") : dev.quicken.modules.PosixModule.resolve(path); // os.chdir's cwd
        Set<OpenOption> opts = new HashSet<>();
        int acc = flags & 3;
        if (acc == 0 || acc == O_RDWR) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == O_WRONLY || acc == O_RDWR) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (path.isEmpty()) {
            throw IoSupport.osError(2, "No such file or directory", nameobj);
        }
        if (Files.isDirectory(p)) {
            if (acc != 0) {
                throw IoSupport.osError(21, "Is a directory", nameobj);
            }
            throw IoSupport.osError(21, "Is a directory", nameobj);
        }
        try {
            return FileChannel.open(p, opts);
        } catch (NoSuchFileException e) {
            Path parent = p.toAbsolutePath().getParent();
            if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
                throw IoSupport.osError(20, "Not a directory", nameobj);
            }
            throw IoSupport.osError(2, "No such file or directory", nameobj);
        } catch (FileAlreadyExistsException e) {
            throw IoSupport.osError(17, "File exists", nameobj);
        } catch (AccessDeniedException e) {
            throw IoSupport.osError(13, "Permission denied", nameobj);
        } catch (NotDirectoryException e) {
            throw IoSupport.osError(20, "Not a directory", nameobj);
        } catch (IOException e) {
            throw IoSupport.osError(5, "Input/output error", nameobj);
        }
    }

    // ---------------------------------------------------------------- raw operations (used by Buffered too)

    /** Reads up to {@code n} bytes (fewer at end of file). */
    byte[] read(int n) {
        checkReadable();
        try {
            if (ch == null) {
                InputStream in = fd == 0 ? dev.quicken.eval.Interpreter.currentStdin() : null;
                if (in == null) {
                    throw IoSupport.osError(9, "Bad file descriptor", null);
                }
                byte[] b = new byte[n];
                int k = in.read(b, 0, n);
                return k <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, k);
            }
            ByteBuffer bb = ByteBuffer.allocate(n);
            while (bb.hasRemaining()) {
                int k = ch.read(bb);
                if (k <= 0) {
                    break;
                }
            }
            return java.util.Arrays.copyOf(bb.array(), bb.position());
        } catch (IOException e) {
            throw IoSupport.osError(5, "Input/output error", null);
        }
    }

    byte[] readAll() {
        checkReadable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            byte[] b = read(65536);
            if (b.length == 0) {
                return out.toByteArray();
            }
            out.write(b, 0, b.length);
        }
    }

    int write(byte[] b, int off, int len) {
        checkWritable();
        try {
            if (ch == null) {
                OutputStream out = fd == 1 ? System.out : fd == 2 ? System.err : null;
                if (out == null) {
                    throw IoSupport.osError(9, "Bad file descriptor", null);
                }
                out.write(b, off, len);
                out.flush();
                return len;
            }
            if (appending) {
                ch.position(ch.size());
            }
            ByteBuffer bb = ByteBuffer.wrap(b, off, len);
            while (bb.hasRemaining()) {
                ch.write(bb);
            }
            return len;
        } catch (IOException e) {
            throw IoSupport.osError(5, "Input/output error", null);
        }
    }

    long seek(long pos, int whence) {
        checkOpen();
        if (ch == null) {
            throw IoSupport.osError(29, "Illegal seek", null);
        }
        try {
            long target;
            switch (whence) {
                case 0:
                    target = pos;
                    break;
                case 1:
                    target = ch.position() + pos;
                    break;
                case 2:
                    target = ch.size() + pos;
                    break;
                default:
                    throw IoSupport.osError(22, "Invalid argument", null);
            }
            if (target < 0) {
                throw IoSupport.osError(22, "Invalid argument", null);
            }
            ch.position(target);
            return target;
        } catch (IOException e) {
            throw IoSupport.osError(5, "Input/output error", null);
        }
    }

    long tell() {
        checkOpen();
        if (ch == null) {
            throw IoSupport.osError(29, "Illegal seek", null);
        }
        try {
            return ch.position();
        } catch (IOException e) {
            throw IoSupport.osError(5, "Input/output error", null);
        }
    }

    long truncate(long size) {
        checkWritable();
        try {
            long cur = ch.size();
            if (size < cur) {
                ch.truncate(size);
            } else if (size > cur) {
                ch.write(ByteBuffer.allocate((int) (size - cur)), cur);
            }
            return size;
        } catch (IOException e) {
            throw IoSupport.osError(5, "Input/output error", null);
        }
    }

    void closeRaw() {
        if (fd >= 0) {
            if (closefd && fd > 2) {
                FdTable.close(fd);
            }
            fd = -1;
            ch = null;
        }
    }

    String modeString() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    // ---------------------------------------------------------------- the Python methods

    private static void setup() {
        PyType t = TYPE;
        def(t, "__init__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("FileIO", a, kw, 1, new String[] {"file", "mode", "closefd", "opener"}, 1, 4);
                String mode = p[1] == null ? "r" : Args.str("FileIO", p[1], 2);
                self(a[0]).init(p[0], mode, p[2] == null || Abstract.isTrue(p[2]), p[3]);
                return NONE;
            }
        });
        def(t, "read", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("read", a, kw, 1, new String[] {"size"}, 0, 1);
                long n = IoSupport.sizeArg(p[0]);
                FileIO f = self(a[0]);
                return new PyBytes(n < 0 ? f.readAll() : f.read((int) Math.min(n, Integer.MAX_VALUE - 16)));
            }
        });
        def(t, "readall", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return new PyBytes(self(a[0]).readAll());
            }
        });
        def(t, "readinto", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("readinto", a, kw, 1, 1, 1);
                FileIO f = self(a[0]);
                f.checkReadable();
                byte[] data = f.read((int) Abstract.len(a[1]));
                IoSupport.storeInto(a[1], data, data.length);
                return PyInt.of(data.length);
            }
        });
        def(t, "write", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("write", a, kw, 1, 1, 1);
                FileIO f = self(a[0]);
                f.checkWritable();
                byte[] b = IoSupport.bytesOf(a[1]);
                return PyInt.of(f.write(b, 0, b.length));
            }
        });
        def(t, "seek", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("seek", a, kw, 1, 1, 2);
                if (a[1] instanceof PyFloat) {
                    throw Exc.typeError("an integer is required");
                }
                return PyInt.of(self(a[0]).seek(Args.integer(a[1]), a.length > 2 ? (int) Args.integer(a[2]) : 0));
            }
        });
        def(t, "tell", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyInt.of(self(a[0]).tell());
            }
        });
        def(t, "truncate", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("truncate", a, kw, 1, 0, 1);
                FileIO f = self(a[0]);
                f.checkOpen();
                long size = a.length > 1 && a[1] != NONE ? Args.integer(a[1]) : f.tell();
                return PyInt.of(f.truncate(size));
            }
        });
        def(t, "close", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                FileIO f = self(a[0]);
                PyObject base = IoModule.RAW_IOBASE.lookup("close");
                try {
                    Abstract.callMethodDescr(base, f, new PyObject[0], null);
                } finally {
                    f.closeRaw();
                }
                return NONE;
            }
        });
        def(t, "seekable", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                FileIO f = self(a[0]);
                f.checkOpen();
                return PyBool.of(f.ch != null);
            }
        });
        def(t, "readable", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                self(a[0]).checkOpen();
                return PyBool.of(self(a[0]).readable);
            }
        });
        def(t, "writable", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                self(a[0]).checkOpen();
                return PyBool.of(self(a[0]).writable);
            }
        });
        def(t, "fileno", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                self(a[0]).checkOpen();
                return PyInt.of(self(a[0]).fd);
            }
        });
        def(t, "isatty", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                FileIO f = self(a[0]);
                f.checkOpen();
                return PyBool.of(f.ch == null && System.console() != null);
            }
        });
        TypeSetup.getset(t, "closed", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return PyBool.of(self(s).fd < 0);
            }
        }, null);
        TypeSetup.getset(t, "closefd", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return PyBool.of(self(s).closefd);
            }
        }, null);
        TypeSetup.getset(t, "mode", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return new PyStr(self(s).modeString());
            }
        }, null);
        def(t, "__repr__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                FileIO f = self(a[0]);
                String cls = a[0].type() == TYPE ? "_io.FileIO" : a[0].type().qualname();
                if (f.fd < 0) {
                    return new PyStr("<" + cls + " [closed]>");
                }
                PyObject name = Abstract.lookupAttr(f, "name");
                String nm = name == null ? "fd=" + f.fd : "name=" + Abstract.repr(name);
                return new PyStr("<" + cls + " " + nm + " mode='" + f.modeString() + "' closefd="
                        + (f.closefd ? "True" : "False") + ">");
            }
        });
        def(t, "__getstate__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                throw Exc.typeError("cannot pickle '" + Abstract.typeName(a[0]) + "' object");
            }
        });
        t.recomputeFlags();
    }
}
