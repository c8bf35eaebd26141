package dev.quicken.modules.io;

import static dev.quicken.modules.io.IoSupport.NONE;
import static dev.quicken.modules.io.IoSupport.def;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code _io.StringIO}: a text stream in memory (CPython 3.11: Modules/_io/stringio.c), held as code points
 * so positions are those of Python strings.
 */
final class StringIO extends IOBaseObj {

    static final PyType TYPE = IoSupport.type("StringIO", new PyType.Factory() {
        @Override
        public PyObject make(PyType x) {
            return new StringIO(x);
        }
    }, IoModule.TEXT_IOBASE);

    int[] buf = new int[16];
    int size;
    int pos;
    boolean ok;
    boolean closed;
    boolean readUniversal;
    boolean readTranslate;
    String readnl;
    String writenl;
    /** The newline decoder of universal mode (tracks {@code newlines}), else null. */
    NewlineDecoder decoder;

    StringIO(PyType cls) {
        super(cls);
    }

    static {
        setup();
    }

    private static StringIO self(PyObject o) {
        StringIO s = (StringIO) o;
        if (!s.ok) {
            throw Exc.valueError("I/O operation on uninitialized object");
        }
        if (s.closed) {
            throw Exc.valueError("I/O operation on closed file");
        }
        return s;
    }

    // CPython 3.11: stringio.c write_str
    int write(String s) {
        int len = s.codePointCount(0, s.length());
        if (decoder != null) {
            s = decoder.decodeText(s, true);
        }
        if (writenl != null && s.indexOf('\n') >= 0) {
            s = s.replace("\n", writenl);
        }
        int[] cps = s.codePoints().toArray();
        int end = pos + cps.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, 0);
        }
        System.arraycopy(cps, 0, buf, pos, cps.length);
        pos = end;
        if (end > size) {
            size = end;
        }
        return len;
    }

    String substring(int start, int end) {
        return new String(buf, start, end - start);
    }

    String read(long n) {
        int start = Math.min(pos, size);
        int avail = size - start;
        int k = n < 0 || n > avail ? avail : (int) n;
        pos = start + k;
        return substring(start, start + k);
    }

    // CPython 3.11: stringio.c _stringio_readline
    String readline(long limit) {
        if (pos >= size) {
            return "";
        }
        int start = pos;
        int end = limit < 0 || limit > size - start ? size : start + (int) limit;
        int lineEnd = findLineEnd(start, end);
        int stop = lineEnd < 0 ? end : lineEnd;
        pos = stop;
        return substring(start, stop);
    }

    private int findLineEnd(int start, int end) {
        if (readTranslate) {
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') {
                    return i + 1;
                }
            }
            return -1;
        }
        if (readUniversal) {
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') {
                    return i + 1;
                }
                if (buf[i] == '\r') {
                    return i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1;
                }
            }
            return -1;
        }
        int nl0 = readnl.charAt(0);
        for (int i = start; i < end; i++) {
            if (buf[i] == nl0) {
                if (readnl.length() == 1) {
                    return i + 1;
                }
                if (i + 1 < end && buf[i + 1] == readnl.charAt(1)) {
                    return i + 2;
                }
            }
        }
        return -1;
    }

    // CPython 3.11: stringio.c _io_StringIO___init___impl
    void init(PyObject value, PyObject newlineObj) {
        String newline = "\n";
        if (newlineObj == NONE) {
            newline = null;
        } else if (newlineObj != null) {
            if (!(newlineObj instanceof PyStr)) {
                throw Exc.typeError("newline must be str or None, not " + Abstract.typeName(newlineObj));
            }
            newline = ((PyStr) newlineObj).value;
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Exc.valueError("illegal newline value: " + Abstract.repr(newlineObj));
        }
        if (value != null && value != NONE && !(value instanceof PyStr)) {
            throw Exc.typeError("initial_value must be str or None, not " + Abstract.typeName(value));
        }
        ok = false;
        readnl = newline;
        readUniversal = newline == null || newline.isEmpty();
        readTranslate = newline == null;
        writenl = newline != null && newline.startsWith("\r") ? newline : null;
        decoder = null;
        if (readUniversal) {
            decoder = new NewlineDecoder(NewlineDecoder.TYPE);
            decoder.translate = readTranslate;
        }
        size = 0;
        pos = 0;
        buf = new int[16];
        if (value instanceof PyStr && !((PyStr) value).value.isEmpty()) {
            write(((PyStr) value).value);
        }
        pos = 0;
        closed = false;
        ok = true;
    }

    private static void setup() {
        PyType t = TYPE;
        def(t, "__init__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("StringIO", a, kw, 1, new String[] {"initial_value", "newline"}, 0, 2);
                ((StringIO) a[0]).init(p[0], p[1]);
                return NONE;
            }
        });
        def(t, "getvalue", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                StringIO s = self(a[0]);
                return new PyStr(s.substring(0, s.size));
            }
        });
        def(t, "read", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("read", a, kw, 1, new String[] {"size"}, 0, 1);
                return new PyStr(self(a[0]).read(IoSupport.sizeArg(p[0])));
            }
        });
        def(t, "readline", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("readline", a, kw, 1, new String[] {"size"}, 0, 1);
                return new PyStr(self(a[0]).readline(IoSupport.sizeArg(p[0])));
            }
        });
        def(t, "readlines", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("readlines", a, kw, 1, new String[] {"hint"}, 0, 1);
                StringIO s = self(a[0]);
                long hint = IoSupport.sizeArg(p[0]);
                List<PyObject> out = new ArrayList<>();
                long total = 0;
                while (true) {
                    String line = s.readline(-1);
                    if (line.isEmpty()) {
                        break;
                    }
                    out.add(new PyStr(line));
                    total += line.length();
                    if (hint > 0 && total >= hint) {
                        break;
                    }
                }
                return new PyList(out.toArray(new PyObject[0]));
            }
        });
        def(t, "write", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("write", a, kw, 1, 1, 1);
                StringIO s = self(a[0]);
                if (!(a[1] instanceof PyStr)) {
                    throw Exc.typeError("string argument expected, got '" + Abstract.typeName(a[1]) + "'");
                }
                return PyInt.of(s.write(((PyStr) a[1]).value));
            }
        });
        // CPython 3.11: stringio.c _io_StringIO_seek_impl
        def(t, "seek", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("seek", a, kw, 1, 1, 2);
                StringIO s = self(a[0]);
                long pos = Abstract.asIndex(a[1], "seek");
                long whence = a.length > 2 ? Args.integer(a[2]) : 0;
                if (whence != 0 && whence != 1 && whence != 2) {
                    throw Exc.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
                } else if (pos < 0 && whence == 0) {
                    throw Exc.valueError("Negative seek position " + pos);
                } else if (whence != 0 && pos != 0) {
                    throw Exc.raise(Exc.OSError, "Can't do nonzero cur-relative seeks");
                }
                if (whence == 1) {
                    pos = s.pos;
                } else if (whence == 2) {
                    pos = s.size;
                }
                s.pos = (int) Math.min(pos, Integer.MAX_VALUE - 16);
                return PyInt.of(s.pos);
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
                StringIO s = self(a[0]);
                long size = a.length > 1 && a[1] != NONE ? Abstract.asIndex(a[1], "truncate") : s.pos;
                if (size < 0) {
                    throw Exc.valueError("Negative size value " + size);
                }
                if (size < s.size) {
                    s.size = (int) size;
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
        def(t, "close", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                StringIO s = (StringIO) a[0];
                s.closed = true;
                s.buf = new int[0];
                s.size = 0;
                return NONE;
            }
        });
        TypeSetup.getset(t, "closed", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                if (!((StringIO) s).ok) {
                    throw Exc.valueError("I/O operation on uninitialized object");
                }
                return PyBool.of(((StringIO) s).closed);
            }
        }, null);
        TypeSetup.getset(t, "line_buffering", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                self(s);
                return PyBool.FALSE;
            }
        }, null);
        TypeSetup.getset(t, "newlines", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                StringIO so = self(s);
                return so.decoder == null ? NONE : NewlineDecoder.newlinesOf(so.decoder.seennl);
            }
        }, null);
        def(t, "__next__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                StringIO s = self(a[0]);
                String line;
                if (a[0].type() == TYPE) {
                    line = s.readline(-1);
                } else {
                    PyObject r = Abstract.callMethod(a[0], "readline");
                    if (!(r instanceof PyStr)) {
                        throw Exc.raise(Exc.OSError, "readline() should have returned a str object, not '"
                                + Abstract.typeName(r) + "'");
                    }
                    line = ((PyStr) r).value;
                }
                if (line.isEmpty()) {
                    throw Exc.stopIteration();
                }
                return new PyStr(line);
            }
        });
        def(t, "__getstate__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                StringIO s = self(a[0]);
                PyObject d = s.dict == null && s.values == null ? NONE : s.materialize().copy();
                return new dev.quicken.runtime.PyTuple(new PyObject[] {new PyStr(s.substring(0, s.size)),
                    s.readnl == null ? NONE : new PyStr(s.readnl), PyInt.of(s.pos), d});
            }
        });
        t.recomputeFlags();
    }
}
