package dev.quicken.modules.io;

import static dev.quicken.modules.io.IoSupport.NONE;
import static dev.quicken.modules.io.IoSupport.call;
import static dev.quicken.modules.io.IoSupport.def;
import static dev.quicken.modules.io.IoSupport.unsupported;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code _io} module (CPython 3.11: Modules/_io): the {@code _IOBase} hierarchy, {@code FileIO},
 * {@code BytesIO}, {@code StringIO}, the buffered classes, {@code TextIOWrapper}, {@code open}.
 */
public final class IoModule {

    private IoModule() {
    }

    static final PyType IOBASE = IoSupport.type("_IOBase", new PyType.Factory() {
        @Override
        public PyObject make(PyType x) {
            return new IOBaseObj(x);
        }
    });
    static final PyType RAW_IOBASE = IoSupport.type("_RawIOBase", null, IOBASE);
    static final PyType BUFFERED_IOBASE = IoSupport.type("_BufferedIOBase", null, IOBASE);
    static final PyType TEXT_IOBASE = IoSupport.type("_TextIOBase", null, IOBASE);

    static {
        setupIOBase();
        setupRawIOBase();
        setupBufferedIOBase();
        setupTextIOBase();
    }

    /** {@code self.closed} is true (CPython 3.11: iobase.c iobase_is_closed via the attribute). */
    static boolean isClosed(PyObject self) {
        return Abstract.isTrue(Abstract.getAttr(self, "closed"));
    }

    // CPython 3.11: Modules/_io/iobase.c _PyIOBase_check_closed
    static void checkClosed(PyObject self) {
        if (isClosed(self)) {
            throw Exc.valueError("I/O operation on closed file.");
        }
    }

    static void checkReadable(PyObject self) {
        if (!Abstract.isTrue(call(self, "readable"))) {
            throw unsupported("File or stream is not readable.");
        }
    }

    static void checkWritable(PyObject self) {
        if (!Abstract.isTrue(call(self, "writable"))) {
            throw unsupported("File or stream is not writable.");
        }
    }

    static void checkSeekable(PyObject self) {
        if (!Abstract.isTrue(call(self, "seekable"))) {
            throw unsupported("File or stream is not seekable.");
        }
    }

    // CPython 3.11: Modules/_io/iobase.c (the _IOBase methods)
    private static void setupIOBase() {
        PyType t = IOBASE;
        t.dict().setStr("__doc__", new PyStr("The abstract base class for all I/O classes."));
        def(t, IOBaseDefN.seek);
        def(t, "tell", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return IoSupport.call(a[0], "seek", PyInt.of(0), PyInt.of(1));
            }
        });
        def(t, IOBaseDefN.truncate);
        def(t, IOBaseDefN.flush);
        def(t, "close", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                IOBaseObj self = (IOBaseObj) a[0];
                if (self.iobaseClosed) {
                    return NONE;
                }
                try {
                    IoSupport.call(self, "flush");
                } finally {
                    self.iobaseClosed = true;
                }
                return NONE;
            }
        });
        TypeSetup.getset(t, IOBaseGet.closed, null);
        for (String n : new String[] {"seekable", "readable", "writable"}) {
            def(t, n, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    return PyBool.FALSE;
                }
            });
        }
        def(t, IOBaseDefN._checkClosed);
        def(t, IOBaseDefN._checkSeekable);
        def(t, IOBaseDefN._checkReadable);
        def(t, IOBaseDefN._checkWritable);
        def(t, IOBaseDefN.fileno);
        def(t, IOBaseDefN.isatty);
        def(t, IOBaseDefN.__enter__);
        def(t, "__exit__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return IoSupport.call(a[0], "close");
            }
        });
        def(t, IOBaseDefN.__iter__);
        def(t, "__next__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject line = IoSupport.call(a[0], "readline");
                if (Abstract.len(line) == 0) {
                    throw Exc.stopIteration();
                }
                return line;
            }
        });
        // CPython 3.11: iobase.c _io__IOBase_readline_impl (peek when available, else read(1))
        def(t, "readline", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("readline", a, kw, 1, new String[] {"size"}, 0, 1);
                long limit = IoSupport.sizeArg(p[0]);
                PyObject self = a[0];
                PyObject peek = Abstract.lookupAttr(self, "peek");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                while (limit < 0 || out.size() < limit) {
                    long nreadahead = 1;
                    if (peek != null) {
                        PyObject ahead = Abstract.call(peek, PyInt.of(1));
                        byte[] buf = IoSupport.bytesOf(ahead);
                        if (buf.length > 0) {
                            int n = 0;
                            while (n < buf.length && (limit < 0 || n < limit - out.size())) {
                                if (buf[n++] == '\n') {
                                    break;
                                }
                            }
                            nreadahead = n;
                        }
                    }
                    PyObject b = IoSupport.call(self, "read", PyInt.of(nreadahead));
                    if (!(b instanceof PyBytes)) {
                        throw Exc.raise(Exc.OSError, "read() should have returned a bytes object, not '"
                                + Abstract.typeName(b) + "'");
                    }
                    byte[] bb = ((PyBytes) b).value;
                    if (bb.length == 0) {
                        break;
                    }
                    out.write(bb, 0, bb.length);
                    if (bb[bb.length - 1] == '\n') {
                        break;
                    }
                }
                return new PyBytes(out.toByteArray());
            }
        });
        def(t, IOBaseDefN.readlines);
        def(t, "writelines", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("writelines", a, kw, 1, 1, 1);
                checkClosed(a[0]);
                PyObject it = Abstract.iter(a[1]);
                for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
                    IoSupport.call(a[0], "write", line);
                }
                return NONE;
            }
        });
        def(t, IOBaseDefN._dealloc_warn);
        t.recomputeFlags();
    }

    /** The functions of an argument vector that setupIOBase registers on its type: one switch instead of a lambda class each. */
    private enum IOBaseDefN implements dev.quicken.runtime.JFunc {
        seek, truncate, flush, _checkClosed, _checkSeekable, _checkReadable, _checkWritable, fileno, isatty,
        __enter__, __iter__, readlines, _dealloc_warn;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case seek:
                return seek_impl(a, kw);
            case truncate:
                return truncate_impl(a, kw);
            case flush:
                return flush_impl(a, kw);
            case _checkClosed:
                return _checkClosed_impl(a, kw);
            case _checkSeekable:
                return _checkSeekable_impl(a, kw);
            case _checkReadable:
                return _checkReadable_impl(a, kw);
            case _checkWritable:
                return _checkWritable_impl(a, kw);
            case fileno:
                return fileno_impl(a, kw);
            case isatty:
                return isatty_impl(a, kw);
            case __enter__:
                return __enter___impl(a, kw);
            case __iter__:
                return __iter___impl(a, kw);
            case readlines:
                return readlines_impl(a, kw);
            case _dealloc_warn:
                return NONE;
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject seek_impl(PyObject[] a, String[] kw) {
            throw unsupported("seek");
        }

        private static PyObject truncate_impl(PyObject[] a, String[] kw) {
            throw unsupported("truncate");
        }

        private static PyObject flush_impl(PyObject[] a, String[] kw) {
            if (((IOBaseObj) a[0]).iobaseClosed) {
                throw Exc.valueError("I/O operation on closed file.");
            }
            return NONE;
        }

        private static PyObject _checkClosed_impl(PyObject[] a, String[] kw) {
            checkClosed(a[0]);
            return NONE;
        }

        private static PyObject _checkSeekable_impl(PyObject[] a, String[] kw) {
            checkSeekable(a[0]);
            return PyBool.TRUE;
        }

        private static PyObject _checkReadable_impl(PyObject[] a, String[] kw) {
            checkReadable(a[0]);
            return PyBool.TRUE;
        }

        private static PyObject _checkWritable_impl(PyObject[] a, String[] kw) {
            checkWritable(a[0]);
            return PyBool.TRUE;
        }

        private static PyObject fileno_impl(PyObject[] a, String[] kw) {
            throw unsupported("fileno");
        }

        private static PyObject isatty_impl(PyObject[] a, String[] kw) {
            checkClosed(a[0]);
            return PyBool.FALSE;
        }

        private static PyObject __enter___impl(PyObject[] a, String[] kw) {
            checkClosed(a[0]);
            return a[0];
        }

        private static PyObject __iter___impl(PyObject[] a, String[] kw) {
            checkClosed(a[0]);
            return a[0];
        }

        private static PyObject readlines_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("readlines", a, kw, 1, new String[] {"hint"}, 0, 1);
            return readlines(a[0], IoSupport.sizeArg(p[0]));
        }
    }

    /** The attribute getters that setupIOBase registers on its type: one switch instead of a lambda class each. */
    private enum IOBaseGet implements java.util.function.Function<PyObject, PyObject> {
        closed;

        @Override
        public PyObject apply(PyObject self) {
            switch (this) {
            case closed:
                return PyBool.of(((IOBaseObj) self).iobaseClosed);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** CPython 3.11: iobase.c _io__IOBase_readlines_impl. */
    static PyObject readlines(PyObject self, long hint) {
        List<PyObject> out = new ArrayList<>();
        PyObject it = Abstract.iter(self);
        long total = 0;
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            out.add(line);
            if (hint > 0) {
                total += Abstract.len(line);
                if (total >= hint) {
                    break;
                }
            }
        }
        return new PyList(out.toArray(new PyObject[0]));
    }

    // CPython 3.11: Modules/_io/iobase.c (the _RawIOBase methods)
    private static void setupRawIOBase() {
        PyType t = RAW_IOBASE;
        t.dict().setStr("__doc__", new PyStr("Base class for raw binary I/O."));
        def(t, "read", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("read", a, kw, 1, new String[] {"size"}, 0, 1);
                long n = IoSupport.sizeArg(p[0]);
                if (n < 0) {
                    return IoSupport.call(a[0], "readall");
                }
                PyObject b = IoSupport.newByteArray(n);
                PyObject got = IoSupport.call(a[0], "readinto", b);
                if (got == NONE) {
                    return NONE;
                }
                long k = Abstract.asIndex(got, "readinto");
                byte[] all = IoSupport.bytesOf(b);
                return IoSupport.bytes(all, 0, (int) k);
            }
        });
        def(t, "readall", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                while (true) {
                    PyObject data = IoSupport.call(a[0], "read", PyInt.of(IoSupport.DEFAULT_BUFFER_SIZE));
                    if (data == NONE) {
                        if (out.size() == 0) {
                            return NONE;
                        }
                        break;
                    }
                    if (!(data instanceof PyBytes)) {
                        throw Exc.typeError("read() should return bytes");
                    }
                    byte[] d = ((PyBytes) data).value;
                    if (d.length == 0) {
                        break;
                    }
                    out.write(d, 0, d.length);
                }
                return new PyBytes(out.toByteArray());
            }
        });
        def(t, RawIOBaseDefN.readinto);
        def(t, RawIOBaseDefN.write);
        t.recomputeFlags();
    }

    /** The functions of an argument vector that setupRawIOBase registers on its type: one switch instead of a lambda class each. */
    private enum RawIOBaseDefN implements dev.quicken.runtime.JFunc {
        readinto, write;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case readinto:
                return readinto_impl(a, kw);
            case write:
                return write_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject readinto_impl(PyObject[] a, String[] kw) {
            throw Exc.raise(Exc.NotImplementedError, "");
        }

        private static PyObject write_impl(PyObject[] a, String[] kw) {
            throw Exc.raise(Exc.NotImplementedError, "");
        }
    }

    // CPython 3.11: Modules/_io/bufferedio.c (the _BufferedIOBase methods)
    private static void setupBufferedIOBase() {
        PyType t = BUFFERED_IOBASE;
        t.dict().setStr("__doc__", new PyStr("Base class for buffered IO objects."));
        def(t, BufferedIOBaseDefN.detach);
        def(t, BufferedIOBaseDefN.read);
        def(t, BufferedIOBaseDefN.read1);
        def(t, BufferedIOBaseDefN.write);
        for (String name : new String[] {"readinto", "readinto1"}) {
            String reader = name.equals("readinto") ? "read" : "read1";
            def(t, name, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    Args.count(name, a, kw, 1, 1, 1);
                    long len = Abstract.len(a[1]);
                    byte[] data = IoSupport.bytesOf(IoSupport.call(a[0], reader, PyInt.of(len)));
                    if (data.length > len) {
                        throw Exc.valueError("read() returned too much data: " + len + " bytes requested, "
                                + data.length + " returned");
                    }
                    IoSupport.storeInto(a[1], data, data.length);
                    return PyInt.of(data.length);
                }
            });
        }
        t.recomputeFlags();
    }

    /** The functions of an argument vector that setupBufferedIOBase registers on its type: one switch instead of a lambda class each. */
    private enum BufferedIOBaseDefN implements dev.quicken.runtime.JFunc {
        detach, read, read1, write;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case detach:
                return detach_impl(a, kw);
            case read:
                return read_impl(a, kw);
            case read1:
                return read1_impl(a, kw);
            case write:
                return write_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject detach_impl(PyObject[] a, String[] kw) {
            throw unsupported("detach");
        }

        private static PyObject read_impl(PyObject[] a, String[] kw) {
            throw unsupported("read");
        }

        private static PyObject read1_impl(PyObject[] a, String[] kw) {
            throw unsupported("read1");
        }

        private static PyObject write_impl(PyObject[] a, String[] kw) {
            throw unsupported("write");
        }
    }

    // CPython 3.11: Modules/_io/textio.c (the _TextIOBase methods)
    private static void setupTextIOBase() {
        PyType t = TEXT_IOBASE;
        t.dict().setStr("__doc__", new PyStr("Base class for text I/O."));
        for (String n : new String[] {"detach", "read", "readline", "write"}) {
            def(t, n, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    throw unsupported(n);
                }
            });
        }
        for (String n : new String[] {"encoding", "newlines", "errors"}) {
            TypeSetup.getset(t, n, new java.util.function.Function<PyObject, PyObject>() {
                @Override
                public PyObject apply(PyObject self) {
                    return NONE;
                }
            }, null);
        }
        t.recomputeFlags();
    }

    // ---------------------------------------------------------------- the module

    /** Writes out what files not yet closed hold in their buffers (at exit; CPython does it as they die). */
    public static void flushPending() {
        IoStart.flushPending();
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_io");
        m.dict.setStr("__doc__", new PyStr("The io module provides the Python interfaces to stream handling."));
        m.dict.setStr("DEFAULT_BUFFER_SIZE", PyInt.of(IoSupport.DEFAULT_BUFFER_SIZE));
        m.dict.setStr("UnsupportedOperation", IoSupport.UNSUPPORTED_OPERATION);
        m.dict.setStr("BlockingIOError", Exc.BlockingIOError);
        m.dict.setStr("_IOBase", IOBASE);
        m.dict.setStr("_RawIOBase", RAW_IOBASE);
        m.dict.setStr("_BufferedIOBase", BUFFERED_IOBASE);
        m.dict.setStr("_TextIOBase", TEXT_IOBASE);
        m.dict.setStr("FileIO", FileIO.TYPE);
        m.dict.setStr("BytesIO", BytesIO.TYPE);
        m.dict.setStr("StringIO", StringIO.TYPE);
        m.dict.setStr("BufferedReader", Buffered.READER);
        m.dict.setStr("BufferedWriter", Buffered.WRITER);
        m.dict.setStr("BufferedRandom", Buffered.RANDOM);
        m.dict.setStr("BufferedRWPair", Buffered.RWPAIR);
        m.dict.setStr("TextIOWrapper", TextIOWrapper.TYPE);
        m.dict.setStr("IncrementalNewlineDecoder", NewlineDecoder.TYPE);
        m.dict.setStr("open", OPEN);
        m.dict.setStr("open_code", new PyBuiltinFunction("open_code", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("open_code", a, kw, 0, new String[] {"path"}, 1, 1);
                if (!(p[0] instanceof PyStr)) {
                    throw Exc.typeError("open_code() argument 'path' must be str, not " + Abstract.typeName(p[0]));
                }
                return Open.open(p[0], "rb", -1, NONE, NONE, NONE, true, NONE);
            }
        }, null, "_io"));
        m.dict.setStr("text_encoding", new PyBuiltinFunction("text_encoding", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("text_encoding", a, kw, 0, new String[] {"encoding", "stacklevel"}, 1, 2);
                return p[0] == NONE ? new PyStr("locale") : p[0];
            }
        }, null, "_io"));
        dev.quicken.modules.DictOrder.apply(m, "open", "text_encoding", "open_code", "DEFAULT_BUFFER_SIZE", "UnsupportedOperation", "BlockingIOError", "_IOBase", "IncrementalNewlineDecoder", "_BufferedIOBase", "_RawIOBase", "_TextIOBase", "BytesIO", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom", "FileIO", "StringIO", "TextIOWrapper");
        return m;
    }

    /** The builtin {@code open} (also {@code io.open}); made by {@link IoStart} so that start-up makes no _io type. */
    public static final PyObject OPEN = IoStart.OPEN;
}
