package dev.quicken.modules.io;

import static dev.quicken.modules.io.IoSupport.NONE;
import static dev.quicken.modules.io.IoSupport.call;
import static dev.quicken.modules.io.IoSupport.def;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.Items;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * {@code BufferedReader}, {@code BufferedWriter}, {@code BufferedRandom} (CPython 3.11: Modules/_io/bufferedio.c)
 * over a raw stream: a read buffer, a write buffer flushed when full, and position bookkeeping between them.
 * {@code BufferedRWPair} joins a reader and a writer.
 */
final class Buffered extends IOBaseObj {

    static final PyType READER = IoSupport.type("BufferedReader", new PyType.Factory() {
        @Override
        public PyObject make(PyType x) {
            return new Buffered(x);
        }
    }, IoModule.BUFFERED_IOBASE);
    static final PyType WRITER = IoSupport.type("BufferedWriter", new PyType.Factory() {
        @Override
        public PyObject make(PyType x) {
            return new Buffered(x);
        }
    }, IoModule.BUFFERED_IOBASE);
    static final PyType RANDOM = IoSupport.type("BufferedRandom", new PyType.Factory() {
        @Override
        public PyObject make(PyType x) {
            return new Buffered(x);
        }
    }, IoModule.BUFFERED_IOBASE);
    static final PyType RWPAIR = IoSupport.type("BufferedRWPair", new PyType.Factory() {
        @Override
        public PyObject make(PyType x) {
            return new Buffered(x);
        }
    }, IoModule.BUFFERED_IOBASE);

    PyObject raw;
    /** For BufferedRWPair: the reader and the writer. */
    Buffered pairReader;
    Buffered pairWriter;
    boolean readable;
    boolean writable;
    boolean detached;
    int bufferSize = IoSupport.DEFAULT_BUFFER_SIZE;
    byte[] rbuf = new byte[0];
    int rpos;
    int rlen;
    final ByteArrayOutputStream wbuf = new ByteArrayOutputStream();

    Buffered(PyType cls) {
        super(cls);
    }

    static {
        for (PyType t : new PyType[] {READER, WRITER, RANDOM}) {
            setup(t);
        }
        setupPair();
    }

    private static Buffered self(PyObject o) {
        Buffered b = (Buffered) o;
        if (b.raw == null && b.pairReader == null) {
            throw Exc.valueError(b.detached ? "raw stream has been detached"
                    : "I/O operation on uninitialized object");
        }
        return b;
    }

    private FileIO fastRaw() {
        return raw instanceof FileIO && raw.type() == FileIO.TYPE ? (FileIO) raw : null;
    }

    boolean rawClosed() {
        FileIO f = fastRaw();
        return f != null ? f.fd < 0 : IoModule.isClosed(raw);
    }

    void checkClosed(String msg) {
        if (rawClosed()) {
            if (rlen - rpos > 0 && msg.startsWith("read")) {
                return;
            }
            throw Exc.valueError(msg);
        }
    }

    // ---------------------------------------------------------------- raw calls

    /** Up to {@code n} bytes from the raw stream; null when it would block. */
    private byte[] rawRead(int n) {
        FileIO f = fastRaw();
        if (f != null) {
            return f.read(n);
        }
        PyObject readinto = raw.type().lookup("readinto");
        if (readinto != IoModule.RAW_IOBASE.dict().getStr("readinto") && readinto != null) {
            // CPython 3.11: bufferedio.c _bufferedreader_raw_read calls raw.readinto
            PyObject b = IoSupport.newByteArray(n);
            PyObject got = call(raw, "readinto", b);
            if (got == NONE) {
                return null;
            }
            long k = Abstract.asIndex(got, "readinto");
            if (k < 0 || k > n) {
                throw Exc.raise(Exc.OSError, "raw readinto() returned invalid length " + k
                        + " (should have been between 0 and " + n + ")");
            }
            return Arrays.copyOf(IoSupport.bytesOf(b), (int) k);
        }
        PyObject r = call(raw, "read", PyInt.of(n));
        if (r == NONE) {
            return null;
        }
        if (!(r instanceof PyBytes)) {
            throw Exc.typeError("read() should return bytes");
        }
        return ((PyBytes) r).value;
    }

    private void rawWrite(byte[] b) {
        FileIO f = fastRaw();
        int off = 0;
        while (off < b.length) {
            int n;
            if (f != null) {
                n = f.write(b, off, b.length - off);
            } else {
                PyObject r = call(raw, "write", new PyBytes(off == 0 ? b : Arrays.copyOfRange(b, off, b.length)));
                if (r == NONE) {
                    throw Exc.raise(Exc.BlockingIOError, "write could not complete without blocking");
                }
                n = (int) Abstract.asIndex(r, "write");
                if (n < 0 || n > b.length - off) {
                    throw Exc.raise(Exc.OSError, "raw write() returned invalid length " + n + " (should have been "
                            + "between 0 and " + (b.length - off) + ")");
                }
            }
            off += n;
        }
    }

    private long rawSeek(long pos, int whence) {
        FileIO f = fastRaw();
        if (f != null) {
            return f.seek(pos, whence);
        }
        PyObject r = call(raw, "seek", PyInt.of(pos), PyInt.of(whence));
        long v = Abstract.asIndex(r, "seek");
        if (v < 0) {
            throw Exc.raise(Exc.OSError, "Raw stream returned invalid position " + v);
        }
        return v;
    }

    private long rawTell() {
        FileIO f = fastRaw();
        if (f != null) {
            return f.tell();
        }
        long v = Abstract.asIndex(call(raw, "tell"), "tell");
        if (v < 0) {
            throw Exc.raise(Exc.OSError, "Raw stream returned invalid position " + v);
        }
        return v;
    }

    // ---------------------------------------------------------------- buffering

    /** Writes out the buffers of every writer still holding bytes (errors are ignored, as in a finalizer). */
    static void flushPending() {
        IoStart.flushPending();
    }

    /** Writes out what this abandoned writer holds (called by {@link IoStart#flushPending}). */
    void flushAbandoned() {
        try {
            if (raw != null && !rawClosed()) {
                flushWrites();
            }
        } catch (RuntimeException e) {
            // as CPython's finalizer: an error while flushing an abandoned file is not reported
        }
    }

    /** Writes out the write buffer (CPython 3.11: bufferedio.c _bufferedwriter_flush_unlocked). */
    void flushWrites() {
        if (wbuf.size() > 0) {
            byte[] b = wbuf.toByteArray();
            wbuf.reset();
            rawWrite(b);
        }
    }

    /** Drops the read buffer, moving the raw position back over what was not consumed. */
    private void dropReadAhead() {
        int ahead = rlen - rpos;
        rpos = rlen = 0;
        if (ahead > 0) {
            rawSeek(-ahead, 1);
        }
    }

    /** Fills the read buffer; false at end of file (or when the raw stream would block). */
    private boolean fill() {
        byte[] b = rawRead(bufferSize);
        if (b == null || b.length == 0) {
            return false;
        }
        rbuf = b;
        rpos = 0;
        rlen = b.length;
        return true;
    }

    byte[] read(long n) {
        if (writable) {
            flushWrites();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (n < 0) {
            out.write(rbuf, rpos, rlen - rpos);
            rpos = rlen = 0;
            FileIO f = fastRaw();
            if (f != null) {
                byte[] rest = f.readAll();
                out.write(rest, 0, rest.length);
            } else {
                PyObject r = Abstract.lookupAttr(raw, "readall") != null ? call(raw, "readall") : null;
                if (r instanceof PyBytes) {
                    out.write(((PyBytes) r).value, 0, ((PyBytes) r).value.length);
                } else if (r == NONE && out.size() == 0) {
                    return null;
                } else if (r == null) {
                    while (true) {
                        byte[] b = rawRead(bufferSize);
                        if (b == null || b.length == 0) {
                            break;
                        }
                        out.write(b, 0, b.length);
                    }
                }
            }
            return out.toByteArray();
        }
        while (out.size() < n) {
            int avail = rlen - rpos;
            if (avail > 0) {
                int k = (int) Math.min(avail, n - out.size());
                out.write(rbuf, rpos, k);
                rpos += k;
                continue;
            }
            long want = n - out.size();
            if (want >= bufferSize) {
                byte[] b = rawRead((int) Math.min(want, Integer.MAX_VALUE - 16));
                if (b == null) {
                    return out.size() == 0 ? null : out.toByteArray();
                }
                if (b.length == 0) {
                    break;
                }
                out.write(b, 0, b.length);
            } else if (!fill()) {
                break;
            }
        }
        return out.toByteArray();
    }

    byte[] read1(long n) {
        if (writable) {
            flushWrites();
        }
        if (n < 0) {
            n = bufferSize;
        }
        if (n == 0) {
            return new byte[0];
        }
        if (rlen - rpos == 0 && !fill()) {
            return new byte[0];
        }
        int k = (int) Math.min(n, rlen - rpos);
        byte[] out = Arrays.copyOfRange(rbuf, rpos, rpos + k);
        rpos += k;
        return out;
    }

    byte[] peek() {
        if (writable) {
            flushWrites();
        }
        if (rlen - rpos == 0) {
            fill();
        }
        return Arrays.copyOfRange(rbuf, rpos, rlen);
    }

    byte[] readline(long limit) {
        if (writable) {
            flushWrites();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (rlen - rpos == 0 && !fill()) {
                break;
            }
            int end = rlen;
            if (limit >= 0) {
                end = (int) Math.min(end, rpos + (limit - out.size()));
            }
            int i = rpos;
            while (i < end && rbuf[i] != '\n') {
                i++;
            }
            boolean found = i < end;
            int stop = found ? i + 1 : end;
            out.write(rbuf, rpos, stop - rpos);
            rpos = stop;
            if (found) {
                break;
            }
        }
        return out.toByteArray();
    }

    int write(byte[] b) {
        if (readable && rlen - rpos > 0) {
            dropReadAhead();
        } else {
            rpos = rlen = 0;
        }
        // CPython 3.11: bufferedio.c _io_BufferedWriter_write_impl
        if (b.length <= bufferSize - wbuf.size()) {
            wbuf.write(b, 0, b.length);
        } else {
            flushWrites();
            int written = 0;
            if (b.length > bufferSize) {
                rawWrite(written == 0 ? b : Arrays.copyOfRange(b, written, b.length));
                written = b.length;
            }
            wbuf.write(b, written, b.length - written);
        }
        if (wbuf.size() > 0) {
            synchronized (IoStart.PENDING) {
                IoStart.PENDING.put(this, Boolean.TRUE);
            }
        }
        return b.length;
    }

    long tell() {
        long pos = rawTell();
        return pos - (rlen - rpos) + wbuf.size();
    }

    long seek(long target, int whence) {
        if (whence < 0 || whence > 2) {
            throw Exc.valueError("whence value " + whence + " unsupported");
        }
        if (writable) {
            flushWrites();
        }
        if (whence == 1) {
            target -= rlen - rpos;
        }
        rpos = rlen = 0;
        return rawSeek(target, whence);
    }

    // ---------------------------------------------------------------- the Python methods

    // CPython 3.11: bufferedio.c _io_BufferedReader___init___impl and friends
    private static void setup(PyType t) {
        boolean canRead = t != WRITER;
        boolean canWrite = t != READER;
        String tname = t.name();
        def(t, "__init__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse(tname, a, kw, 1, new String[] {"raw", "buffer_size"}, 1, 2);
                Buffered b = (Buffered) a[0];
                PyObject raw = p[0];
                if (canRead && canWrite) {
                    IoModule.checkSeekable(raw);
                }
                if (canRead) {
                    IoModule.checkReadable(raw);
                }
                if (canWrite) {
                    IoModule.checkWritable(raw);
                }
                long size = p[1] == null ? IoSupport.DEFAULT_BUFFER_SIZE : Args.integer(p[1]);
                if (size <= 0) {
                    throw Exc.valueError("buffer size must be strictly positive");
                }
                b.raw = raw;
                b.bufferSize = (int) Math.min(size, Integer.MAX_VALUE - 16);
                b.readable = canRead;
                b.writable = canWrite;
                b.detached = false;
                b.rpos = b.rlen = 0;
                b.wbuf.reset();
                return NONE;
            }
        });
        if (canRead) {
            def(t, SetupDefN.read);
            def(t, SetupDefN.read1);
            def(t, SetupDefN.peek);
            def(t, SetupDefN.readline);
            for (String name : new String[] {"readinto", "readinto1"}) {
                def(t, name, new dev.quicken.runtime.JFunc() {
                    @Override
                    public PyObject call(PyObject[] a, String[] kw) {
                        Args.count(name, a, kw, 1, 1, 1);
                        Buffered b = self(a[0]);
                        b.checkClosed("readinto of closed file");
                        long n = Abstract.len(a[1]);
                        byte[] data = name.equals("readinto") ? b.read(n) : b.read1(n);
                        if (data == null) {
                            return NONE;
                        }
                        IoSupport.storeInto(a[1], data, data.length);
                        return PyInt.of(data.length);
                    }
                });
            }
            def(t, SetupDefN.__next__);
        }
        if (canWrite) {
            def(t, SetupDefN.write);
        }
        def(t, "flush", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Buffered b = self(a[0]);
                b.checkClosed("flush of closed file");
                if (b.writable) {
                    b.flushWrites();
                    if (b.fastRaw() == null) {
                        IoSupport.call(b.raw, "flush");
                    }
                }
                return NONE;
            }
        });
        def(t, SetupDefN.tell);
        def(t, SetupDefN.seek);
        def(t, "truncate", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("truncate", a, kw, 1, 0, 1);
                Buffered b = self(a[0]);
                b.checkClosed("truncate of closed file");
                if (!b.writable) {
                    throw IoSupport.unsupported("truncate");
                }
                b.flushWrites();
                PyObject pos = a.length > 1 && a[1] != NONE ? a[1] : PyInt.of(b.tell());
                b.rpos = b.rlen = 0;
                PyObject r = IoSupport.call(b.raw, "truncate", pos);
                return r;
            }
        });
        def(t, "close", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Buffered b = self(a[0]);
                if (b.rawClosed()) {
                    return NONE;
                }
                RuntimeException first = null;
                try {
                    if (b.writable) {
                        b.flushWrites();
                    }
                } catch (RuntimeException e) {
                    first = e;
                }
                b.rpos = b.rlen = 0;
                IoSupport.call(b.raw, "close");
                if (first != null) {
                    throw first;
                }
                return NONE;
            }
        });
        def(t, SetupDefN.detach);
        for (String n : new String[] {"seekable", "readable", "writable", "fileno", "isatty"}) {
            def(t, n, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    return IoSupport.call(self(a[0]).raw, n);
                }
            });
        }
        def(t, SetupDefN._dealloc_warn);
        TypeSetup.getset(t, SetupGet.raw, null);
        TypeSetup.getset(t, SetupGet.closed, null);
        TypeSetup.getset(t, SetupGet.name, null);
        TypeSetup.getset(t, SetupGet.mode, null);
        def(t, SetupDefN.__repr__);
        def(t, SetupDefN.__getstate__);
        t.recomputeFlags();
    }

    /** The functions of an argument vector that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDefN implements dev.quicken.runtime.JFunc {
        read, read1, peek, readline, __next__, write, tell, seek, detach, _dealloc_warn, __repr__, __getstate__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case read:
                return read_impl(a, kw);
            case read1:
                return read1_impl(a, kw);
            case peek:
                return peek_impl(a, kw);
            case readline:
                return readline_impl(a, kw);
            case __next__:
                return __next___impl(a, kw);
            case write:
                return write_impl(a, kw);
            case tell:
                return PyInt.of(self(a[0]).tell());
            case seek:
                return seek_impl(a, kw);
            case detach:
                return detach_impl(a, kw);
            case _dealloc_warn:
                return NONE;
            case __repr__:
                return __repr___impl(a, kw);
            case __getstate__:
                return __getstate___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject read_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("read", a, kw, 1, new String[] {"size"}, 0, 1);
            Buffered b = self(a[0]);
            long n = IoSupport.sizeArg(p[0]);
            if (n < -1) {
                throw Exc.valueError("read length must be non-negative or -1");
            }
            b.checkClosed("read of closed file");
            byte[] r = b.read(n);
            return r == null ? NONE : new PyBytes(r);
        }

        private static PyObject read1_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("read1", a, kw, 1, new String[] {"size"}, 0, 1);
            Buffered b = self(a[0]);
            b.checkClosed("read of closed file");
            return new PyBytes(b.read1(IoSupport.sizeArg(p[0])));
        }

        private static PyObject peek_impl(PyObject[] a, String[] kw) {
            Args.count("peek", a, kw, 1, 0, 1);
            Buffered b = self(a[0]);
            b.checkClosed("peek of closed file");
            return new PyBytes(b.peek());
        }

        private static PyObject readline_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("readline", a, kw, 1, new String[] {"size"}, 0, 1);
            Buffered b = self(a[0]);
            b.checkClosed("readline of closed file");
            return new PyBytes(b.readline(IoSupport.sizeArg(p[0])));
        }

        private static PyObject __next___impl(PyObject[] a, String[] kw) {
            Buffered b = self(a[0]);
            b.checkClosed("readline of closed file");
            byte[] line = b.readline(-1);
            if (line.length == 0) {
                throw Exc.stopIteration();
            }
            return new PyBytes(line);
        }

        private static PyObject write_impl(PyObject[] a, String[] kw) {
            Args.count("write", a, kw, 1, 1, 1);
            Buffered b = self(a[0]);
            if (b.rawClosed()) {
                throw Exc.valueError("write to closed file");
            }
            return PyInt.of(b.write(IoSupport.bytesOf(a[1])));
        }

        private static PyObject seek_impl(PyObject[] a, String[] kw) {
            Args.count("seek", a, kw, 1, 1, 2);
            Buffered b = self(a[0]);
            if (a[1] instanceof dev.quicken.runtime.PyFloat) {
                throw Exc.typeError("an integer is required");
            }
            long target = Abstract.asIndex(a[1], "seek");
            int whence = a.length > 2 ? (int) Args.integer(a[2]) : 0;
            b.checkClosed("seek of closed file");
            IoModule.checkSeekable(b.raw);
            return PyInt.of(b.seek(target, whence));
        }

        private static PyObject detach_impl(PyObject[] a, String[] kw) {
            Buffered b = self(a[0]);
            if (b.writable) {
                b.flushWrites();
            }
            PyObject raw = b.raw;
            b.raw = null;
            b.detached = true;
            return raw;
        }

        private static PyObject __repr___impl(PyObject[] a, String[] kw) {
            Buffered b = self(a[0]);
            String cls = a[0].type().isHeapType() ? a[0].type().qualname() : "_io." + a[0].type().name();
            PyObject name;
            try {
                name = Abstract.lookupAttr(a[0], "name");
            } catch (dev.quicken.runtime.PyException e) {
                if (!e.matches(Exc.Exception) || e.matches(Exc.ValueError)) {
                    throw e;
                }
                name = null;
            }
            return new PyStr(name == null ? "<" + cls + ">" : "<" + cls + " name=" + Abstract.repr(name) + ">");
        }

        private static PyObject __getstate___impl(PyObject[] a, String[] kw) {
            throw Exc.typeError("cannot pickle '" + Abstract.typeName(a[0]) + "' object");
        }
    }

    /** The attribute getters that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupGet implements java.util.function.Function<PyObject, PyObject> {
        raw, closed, name, mode;

        @Override
        public PyObject apply(PyObject s) {
            switch (this) {
            case raw:
                return self(s).raw;
            case closed:
                return PyBool.of(self(s).rawClosed());
            case name:
                return Abstract.getAttr(self(s).raw, "name");
            case mode:
                return Abstract.getAttr(self(s).raw, "mode");
            default:
                throw new AssertionError(this);
            }
        }
    }

    // CPython 3.11: bufferedio.c (BufferedRWPair)
    private static void setupPair() {
        PyType t = RWPAIR;
        def(t, PairDefN.__init__);
        for (String n : new String[] {"read", "peek", "read1", "readinto", "readinto1", "readline", "__next__"}) {
            def(t, n, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    return Abstract.call(Abstract.getAttr(self(a[0]).pairReader, n),
                    Items.copyOfRange(a, 1, a.length), kw);
                }
            });
        }
        for (String n : new String[] {"write", "flush"}) {
            def(t, n, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    return Abstract.call(Abstract.getAttr(self(a[0]).pairWriter, n),
                    Items.copyOfRange(a, 1, a.length), kw);
                }
            });
        }
        def(t, "readable", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return IoSupport.call(self(a[0]).pairReader, "readable");
            }
        });
        def(t, "writable", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return IoSupport.call(self(a[0]).pairWriter, "writable");
            }
        });
        def(t, "isatty", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyBool.of(Abstract.isTrue(IoSupport.call(self(a[0]).pairWriter, "isatty"))
                || Abstract.isTrue(IoSupport.call(self(a[0]).pairReader, "isatty")));
            }
        });
        def(t, "close", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Buffered b = self(a[0]);
                try {
                    IoSupport.call(b.pairWriter, "close");
                } finally {
                    IoSupport.call(b.pairReader, "close");
                }
                return NONE;
            }
        });
        TypeSetup.getset(t, PairGet.closed, null);
        t.recomputeFlags();
    }

    /** The functions of an argument vector that setupPair registers on its type: one switch instead of a lambda class each. */
    private enum PairDefN implements dev.quicken.runtime.JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            Args.count("BufferedRWPair", a, kw, 1, 2, 3);
            Buffered b = (Buffered) a[0];
            PyObject size = a.length > 3 ? a[3] : PyInt.of(IoSupport.DEFAULT_BUFFER_SIZE);
            b.pairReader = (Buffered) Abstract.call(READER, a[1], size);
            b.pairWriter = (Buffered) Abstract.call(WRITER, a[2], size);
            b.readable = true;
            b.writable = true;
            return NONE;
        }
    }

    /** The attribute getters that setupPair registers on its type: one switch instead of a lambda class each. */
    private enum PairGet implements java.util.function.Function<PyObject, PyObject> {
        closed;

        @Override
        public PyObject apply(PyObject s) {
            switch (this) {
            case closed:
                return Abstract.getAttr(self(s).pairWriter, "closed");
            default:
                throw new AssertionError(this);
            }
        }
    }
}
