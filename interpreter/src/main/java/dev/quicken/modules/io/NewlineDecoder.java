package dev.quicken.modules.io;

import static dev.quicken.modules.io.IoSupport.NONE;
import static dev.quicken.modules.io.IoSupport.def;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/**
 * {@code _io.IncrementalNewlineDecoder} (CPython 3.11: Modules/_io/textio.c), and the newline helpers
 * {@code StringIO} and {@code TextIOWrapper} share.
 */
final class NewlineDecoder extends PyInstance {

    static final PyType TYPE = IoSupport.type("IncrementalNewlineDecoder", new PyType.Factory() {
        @Override
        public PyObject make(PyType x) {
            return new NewlineDecoder(x);
        }
    });

    static final int SEEN_CR = 1;
    static final int SEEN_LF = 2;
    static final int SEEN_CRLF = 4;

    PyObject decoder = NONE;
    boolean translate;
    boolean pendingcr;
    int seennl;
    PyObject errors = new PyStr("strict");

    NewlineDecoder(PyType cls) {
        super(cls);
    }

    static {
        setup();
    }

    // CPython 3.11: textio.c _PyIncrementalNewlineDecoder_decode (on text already decoded)
    String decodeText(String output, boolean fin) {
        if (pendingcr && (!output.isEmpty() || fin)) {
            output = "\r" + output;
            pendingcr = false;
        }
        if (!fin && output.endsWith("\r")) {
            output = output.substring(0, output.length() - 1);
            pendingcr = true;
        }
        seennl |= scanNewlines(output);
        if (translate && output.indexOf('\r') >= 0) {
            output = translateNewlines(output);
        }
        return output;
    }

    /** The kinds of newline in {@code s}: {@link #SEEN_CR}, {@link #SEEN_LF}, {@link #SEEN_CRLF}. */
    static int scanNewlines(String s) {
        int seen = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                seen |= SEEN_LF;
            } else if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
            }
        }
        return seen;
    }

    /** {@code \r\n} and {@code \r} become {@code \n}. */
    static String translateNewlines(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The {@code newlines} attribute for the kinds seen. */
    static PyObject newlinesOf(int seen) {
        String[] all = {"\r", "\n", "\r\n"};
        java.util.List<PyObject> l = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if ((seen & (1 << i)) != 0) {
                l.add(new PyStr(all[i]));
            }
        }
        if (l.isEmpty()) {
            return NONE;
        }
        return l.size() == 1 ? l.get(0) : new PyTuple(l.toArray(new PyObject[0]));
    }

    /**
     * The end (exclusive) of the first line of {@code s[start:end]}, or -1 when no line ending is there.
     * CPython 3.11: textio.c _PyIO_find_line_ending.
     */
    static int findLineEnding(String s, int start, int end, boolean translated, boolean universal, String readnl) {
        if (translated) {
            int i = s.indexOf('\n', start);
            return i < 0 || i >= end ? -1 : i + 1;
        }
        if (universal) {
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < end && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            return -1;
        }
        int i = s.indexOf(readnl, start);
        return i < 0 || i + readnl.length() > end ? -1 : i + readnl.length();
    }

    private static NewlineDecoder self(PyObject o) {
        NewlineDecoder d = (NewlineDecoder) o;
        if (d.errors == null) {
            throw Exc.valueError("IncrementalNewlineDecoder.__init__() not called");
        }
        return d;
    }

    private static void setup() {
        PyType t = TYPE;
        def(t, "__init__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("IncrementalNewlineDecoder", a, kw, 1,
                        new String[] {"decoder", "translate", "errors"}, 2, 3);
                NewlineDecoder d = (NewlineDecoder) a[0];
                d.decoder = p[0];
                d.translate = Abstract.isTrue(p[1]);
                d.errors = p[2] == null ? new PyStr("strict") : p[2];
                d.pendingcr = false;
                d.seennl = 0;
                return NONE;
            }
        });
        def(t, "decode", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("decode", a, kw, 1, new String[] {"input", "final"}, 1, 2);
                NewlineDecoder d = self(a[0]);
                boolean fin = p[1] != null && Abstract.isTrue(p[1]);
                PyObject out = d.decoder == NONE ? p[0]
                        : Abstract.call(Abstract.getAttr(d.decoder, "decode"), new PyObject[] {p[0],
                            dev.quicken.runtime.PyBool.of(fin)}, new String[] {"final"});
                if (!(out instanceof PyStr)) {
                    throw Exc.typeError("decoder should return a string result, not '" + Abstract.typeName(out) + "'");
                }
                return new PyStr(d.decodeText(((PyStr) out).value, fin));
            }
        });
        def(t, "getstate", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                NewlineDecoder d = self(a[0]);
                PyObject buf = new PyBytes(new byte[0]);
                long flag = 0;
                if (d.decoder != NONE) {
                    PyObject st = Abstract.callMethod(d.decoder, "getstate");
                    PyObject[] items = Abstract.toArray(st);
                    buf = items[0];
                    flag = Args.integer(items[1]) << 1;
                }
                if (d.pendingcr) {
                    flag |= 1;
                }
                return new PyTuple(new PyObject[] {buf, PyInt.of(flag)});
            }
        });
        def(t, "setstate", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("setstate", a, kw, 1, 1, 1);
                NewlineDecoder d = self(a[0]);
                PyObject[] items = Abstract.toArray(a[1]);
                long flag = Args.integer(items[1]);
                d.pendingcr = (flag & 1) != 0;
                if (d.decoder != NONE) {
                    Abstract.callMethod(d.decoder, "setstate",
                            new PyTuple(new PyObject[] {items[0], PyInt.of(flag >> 1)}));
                }
                return NONE;
            }
        });
        def(t, "reset", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                NewlineDecoder d = self(a[0]);
                d.seennl = 0;
                d.pendingcr = false;
                if (d.decoder != NONE) {
                    Abstract.callMethod(d.decoder, "reset");
                }
                return NONE;
            }
        });
        TypeSetup.getset(t, "newlines", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject s) {
                return newlinesOf(self(s).seennl);
            }
        }, null);
        t.recomputeFlags();
    }
}
