package dev.quicken.modules.io;

import static dev.quicken.modules.io.IoSupport.NONE;
import static dev.quicken.modules.io.IoSupport.def;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.util.Arrays;

/** {@code _io.BytesIO}: a binary stream in memory (CPython 3.11: Modules/_io/bytesio.c). */
final class BytesIO extends IOBaseObj {

    static final PyType TYPE = IoSupport.type("BytesIO", new PyType.Factory() {
        @Override
        public PyObject make(PyType x) {
            return new BytesIO(x);
        }
    }, IoModule.BUFFERED_IOBASE);

    byte[] buf = new byte[0];
    int size;
    int pos;
    boolean closed;

    BytesIO(PyType cls) {
        super(cls);
    }

    static {
        setup();
    }

    private static BytesIO self(PyObject o) {
        BytesIO b = (BytesIO) o;
        if (b.closed) {
            throw Exc.valueError("I/O operation on closed file.");
        }
        return b;
    }

    byte[] read(long n) {
        int avail = Math.max(0, size - pos);
        int k = n < 0 || n > avail ? avail : (int) n;
        byte[] out = Arrays.copyOfRange(buf, pos, pos + k);
        pos += k;
        return out;
    }

    // CPython 3.11: bytesio.c scan_eol
    byte[] readline(long limit) {
        int start = Math.min(pos, size);
        int maxlen = limit < 0 || limit > size - start ? size - start : (int) limit;
        int n = 0;
        while (n < maxlen) {
            if (buf[start + n++] == '\n') {
                break;
            }
        }
        byte[] out = Arrays.copyOfRange(buf, start, start + n);
        pos = start + n;
        return out;
    }

    // CPython 3.11: bytesio.c write_bytes
    int write(byte[] b) {
        int end = pos + b.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2 + 16));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos = end;
        if (end > size) {
            size = end;
        }
        return b.length;
    }

    private static void setup() {
        PyType t = TYPE;
        def(t, "__init__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("BytesIO", a, kw, 1, new String[] {"initial_bytes"}, 0, 1);
                BytesIO b = (BytesIO) a[0];
                b.size = 0;
                b.pos = 0;
                b.buf = new byte[0];
                if (p[0] != null && p[0] != NONE) {
                    b.write(IoSupport.bytesOf(p[0]));
                    b.pos = 0;
                }
                return NONE;
            }
        });
        def(t, "getvalue", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                BytesIO b = self(a[0]);
                return new PyBytes(Arrays.copyOf(b.buf, b.size));
            }
        });
        def(t, "getbuffer", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                BytesIO b = self(a[0]);
                dev.quicken.eval.Interpreter in = dev.quicken.eval.Interpreter.current();
                PyObject mv = in == null ? null : in.builtins.getStr("memoryview");
                if (mv == null) {
                    throw Exc.raise(Exc.NotImplementedError, "memoryview is not available");
                }
                return Abstract.call(mv, new PyBytes(Arrays.copyOf(b.buf, b.size)));
            }
        });
        for (String name : new String[] {"read", "read1"}) {
            def(t, name, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    PyObject[] p = Args.parse(name, a, kw, 1, new String[] {"size"}, 0, 1);
                    return new PyBytes(self(a[0]).read(IoSupport.sizeArg(p[0])));
                }
            });
        }
        def(t, "readline", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("readline", a, kw, 1, new String[] {"size"}, 0, 1);
                return new PyBytes(self(a[0]).readline(IoSupport.sizeArg(p[0])));
            }
        });
        def(t, "readlines", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("readlines", a, kw, 1, new String[] {"size"}, 0, 1);
                BytesIO b = self(a[0]);
                long hint = IoSupport.sizeArg(p[0]);
                java.util.List<PyObject> out = new java.util.ArrayList<>();
                long total = 0;
                while (true) {
                    byte[] line = b.readline(-1);
                    if (line.length == 0) {
                        break;
                    }
                    out.add(new PyBytes(line));
                    total += line.length;
                    if (hint > 0 && total >= hint) {
                        break;
                    }
                }
                return new dev.quicken.runtime.PyList(out.toArray(new PyObject[0]));
            }
        });
        for (String name : new String[] {"readinto", "readinto1"}) {
            def(t, name, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    Args.count(name, a, kw, 1, 1, 1);
                    BytesIO b = self(a[0]);
                    byte[] data = b.read(Abstract.len(a[1]));
                    IoSupport.storeInto(a[1], data, data.length);
                    return PyInt.of(data.length);
                }
            });
        }
        def(t, "write", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("write", a, kw, 1, 1, 1);
                BytesIO b = self(a[0]);
                return PyInt.of(b.write(IoSupport.bytesOf(a[1])));
            }
        });
        def(t, "writelines", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("writelines", a, kw, 1, 1, 1);
                BytesIO b = self(a[0]);
                PyObject it = Abstract.iter(a[1]);
                for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                    b.write(IoSupport.bytesOf(x));
                }
                return NONE;
            }
        });
        // CPython 3.11: bytesio.c _io_BytesIO_seek_impl
        def(t, "seek", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("seek", a, kw, 1, 1, 2);
                BytesIO b = self(a[0]);
                long pos = Abstract.asIndex(a[1], "seek");
                long whence = a.length > 2 ? Args.integer(a[2]) : 0;
                if (pos < 0 && whence == 0) {
                    throw Exc.valueError("negative seek value " + pos);
                }
                if (whence == 1) {
                    pos = pos > Integer.MAX_VALUE - b.pos ? Integer.MAX_VALUE : b.pos + pos;
                } else if (whence == 2) {
                    pos = pos > Integer.MAX_VALUE - b.size ? Integer.MAX_VALUE : b.size + pos;
                } else if (whence != 0) {
                    throw Exc.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
                }
                b.pos = (int) Math.max(0, Math.min(pos, Integer.MAX_VALUE));
                return PyInt.of(b.pos);
            }
        });
        def(t, "tell", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyInt.of(self(a[0]).pos);
            }
        });
        def(t, "truncate", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("truncate", a, kw, 1, 0, 1);
                BytesIO b = self(a[0]);
                long size = a.length > 1 && a[1] != NONE ? Abstract.asIndex(a[1], "truncate") : b.pos;
                if (size < 0) {
                    throw Exc.valueError("negative size value " + size);
                }
                if (size < b.size) {
                    b.size = (int) size;
                }
                return PyInt.of(size);
            }
        });
        for (String n : new String[] {"readable", "writable", "seekable"}) {
            def(t, n, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    self(a[0]);
                    return PyBool.TRUE;
                }
            });
        }
        def(t, "flush", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                self(a[0]);
                return NONE;
            }
        });
        def(t, "isatty", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                self(a[0]);
                return PyBool.FALSE;
            }
        });
        def(t, "close", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                ((BytesIO) a[0]).closed = true;
                ((BytesIO) a[0]).buf = new byte[0];
                return NONE;
            }
        });
        TypeSetup.getset(t, "closed", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return PyBool.of(((BytesIO) s).closed);
            }
        }, null);
        def(t, "__next__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                byte[] line = self(a[0]).readline(-1);
                if (line.length == 0) {
                    throw Exc.stopIteration();
                }
                return new PyBytes(line);
            }
        });
        def(t, "__iter__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return self(a[0]);
            }
        });
        t.recomputeFlags();
    }
}
