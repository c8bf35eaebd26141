package dev.quicken.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The text-like methods of {@code bytes}. Most are the {@code str} methods run on a
 * one-to-one image of the bytes: ASCII bytes stay themselves and bytes 0x80..0xff become
 * private-use code points U+E080..U+E0FF, which have no case, are not letters, digits or
 * spaces, so the {@code str} algorithms see exactly what CPython's ASCII-only
 * {@code bytes} methods see; the results are mapped back.
 */
final class BytesMethods {

    private BytesMethods() {
    }

    private static final int HIGH = 0xe000;

    static String image(byte[] b) {
        return image(b, false);
    }

    /**
     * The image of {@code b}. The control bytes 0x1c..0x1f are spaces and line breaks to {@code str} but not
     * to {@code bytes}, so they map to private-use code points too; so do 0x0b and 0x0c for {@code splitlines}
     * ({@code lines}), which are bytes whitespace but not bytes line breaks.
     */
    static String image(byte[] b, boolean lines) {
        char[] c = new char[b.length];
        for (int k = 0; k < b.length; k++) {
            int x = b[k] & 0xff;
            boolean keep = x < 0x80 && (x < 0x1c || x > 0x1f) && !(lines && (x == 0x0b || x == 0x0c));
            c[k] = (char) (keep ? x : HIGH + x);
        }
        return new String(c);
    }

    static byte[] unimage(String s) {
        byte[] b = new byte[s.length()];
        for (int k = 0; k < b.length; k++) {
            int c = s.charAt(k);
            b[k] = (byte) (c >= HIGH ? c - HIGH : c);
        }
        return b;
    }

    private static PyObject back(PyObject r, java.util.function.Function<byte[], PyObject> wrap) {
        if (r instanceof PyStr) {
            return wrap.apply(unimage(((PyStr) r).value));
        }
        if (r instanceof PyList) {
            PyList l = (PyList) r;
            PyList out = new PyList();
            for (int k = 0; k < l.size; k++) {
                out.append(back(l.items[k], wrap));
            }
            return out;
        }
        if (r instanceof PyTuple) {
            PyObject[] it = ((PyTuple) r).items.clone();
            for (int k = 0; k < it.length; k++) {
                it[k] = back(it[k], wrap);
            }
            return new PyTuple(it);
        }
        return r;
    }

    /** How a method names a wrong first argument (CPython's messages differ by family). */
    private enum Arg { PLAIN, FIND, AFFIX, NONE }

    private static PyObject arg(String name, PyObject o, Arg kind) {
        byte[] buf = Buffers.of(o);
        if (buf != null) {
            return new PyStr(image(buf));
        }
        if (kind == Arg.FIND && o instanceof PyInt) {
            long v = ((PyInt) o).value;
            if (((PyInt) o).big != null || v < 0 || v > 255) {
                throw Exc.valueError("byte must be in range(0, 256)");
            }
            return new PyStr(image(new byte[] {(byte) v}));
        }
        if (kind == Arg.AFFIX && o instanceof PyTuple) {
            PyObject[] it = ((PyTuple) o).items.clone();
            for (int k = 0; k < it.length; k++) {
                if (!Buffers.check(it[k])) {
                    throw Exc.typeError("a bytes-like object is required, not '" + Abstract.typeName(it[k]) + "'");
                }
                it[k] = arg(name, it[k], Arg.PLAIN);
            }
            return new PyTuple(it);
        }
        if (o instanceof PyInt || o == PyNone.NONE) {
            return o;
        }
        switch (kind) {
            case FIND:
                throw Exc.typeError("argument should be integer or bytes-like object, not '" + Abstract.typeName(o) + "'");
            case AFFIX:
                throw Exc.typeError(name + " first arg must be bytes or a tuple of bytes, not " + Abstract.typeName(o));
            default:
                throw Exc.typeError("a bytes-like object is required, not '" + Abstract.typeName(o) + "'");
        }
    }

    /** Methods whose first argument (and replace's second) must be bytes-like, never an int. */
    private static final java.util.Set<String> BYTES_ARGS = java.util.Set.of("split", "rsplit", "partition",
            "rpartition", "strip", "lstrip", "rstrip", "replace", "removeprefix", "removesuffix");
    /** Methods whose second argument is a fill byte. */
    private static final java.util.Set<String> FILL_ARGS = java.util.Set.of("center", "ljust", "rjust");

    private static void delegate(PyType t, String name, Arg kind, java.util.function.Function<byte[], PyObject> wrap) {
        boolean index = name.endsWith("index");
        String strName = index ? name.replace("index", "find") : name;
        JFunc impl = ((PyMethodDescr) PyStr.TYPE.dict.getStr(strName)).impl;
        TypeSetup.def(t, name, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] c = a.clone();
                c[0] = new PyStr(image(Buffers.of(a[0]), name.equals("splitlines")));
                int npos = c.length - (kw == null ? 0 : kw.length);
                for (int k = 1; k < c.length; k++) {
                    if (k < npos && BYTES_ARGS.contains(name) && (k == 1 || k == 2 && name.equals("replace"))
                            && c[k] instanceof PyInt) {
                        throw Exc.typeError("a bytes-like object is required, not '" + Abstract.typeName(c[k]) + "'");
                    }
                    if (k == 2 && k < npos && FILL_ARGS.contains(name)) {
                        byte[] f = Buffers.of(c[k]);
                        if (f == null || f.length != 1 || c[k] instanceof PyMemoryView) {
                            throw Exc.typeError(name + "() argument 2 must be a byte string of length 1, not "
                                    + Abstract.typeName(c[k]));
                        }
                    }
                    c[k] = arg(name, c[k], k == 1 ? kind : Arg.PLAIN);
                }
                PyObject r = back(impl.call(c, kw), wrap);
                if (index && ((PyInt) r).value < 0) {
                    throw Exc.valueError("subsection not found");
                }
                return r;
            }
        });
    }

    static void setup(PyType t) {
        setup(t, new java.util.function.Function<byte[], PyObject>() {
            @Override
            public PyObject apply(byte[] x) {
                return new PyBytes(x);
            }
        });
    }

    /** The text methods for {@code bytes} or {@code bytearray}; {@code wrap} makes a result of the type. */
    static void setup(PyType t, java.util.function.Function<byte[], PyObject> wrap) {
        for (String n : new String[] {"split", "rsplit", "partition", "rpartition", "strip", "lstrip", "rstrip",
                "replace", "removeprefix", "removesuffix", "splitlines", "expandtabs", "zfill", "center", "ljust",
                "rjust"}) {
            delegate(t, n, Arg.PLAIN, wrap);
        }
        for (String n : new String[] {"find", "rfind", "index", "rindex", "count"}) {
            delegate(t, n, Arg.FIND, wrap);
        }
        delegate(t, "startswith", Arg.AFFIX, wrap);
        delegate(t, "endswith", Arg.AFFIX, wrap);
        for (String n : new String[] {"lower", "upper", "swapcase", "title", "capitalize", "isalpha", "isalnum",
                "isdigit", "isupper", "islower", "istitle", "isspace", "isascii"}) {
            delegate(t, n, Arg.NONE, wrap);
        }
        TypeSetup.def1(t, "join", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject it) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] sep = Buffers.of(a);
                PyObject[] items = Abstract.toArray(it);
                for (int k = 0; k < items.length; k++) {
                    if (!Buffers.check(items[k])) {
                        throw Exc.typeError("sequence item " + k + ": expected a bytes-like object, "
                                + Abstract.typeName(items[k]) + " found");
                    }
                    if (k > 0) {
                        out.writeBytes(sep);
                    }
                    out.writeBytes(Buffers.of(items[k]));
                }
                return wrap.apply(out.toByteArray());
            }
        });
        TypeSetup.def1(t, "__mul__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject n) {
                return repeat(a, n, wrap);
            }
        });
        TypeSetup.def1(t, "__rmul__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject n) {
                return repeat(a, n, wrap);
            }
        });
        TypeSetup.def(t, SetupDefN.hex);
        TypeSetup.defClassMethod(t, "fromhex", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("fromhex", a, kw, 1, 1, 1);
                PyObject r = wrap.apply(fromhex(Args.str("fromhex", a[1], 1)));
                return a[0] == t ? r : Abstract.call(a[0], r);
            }
        });
        TypeSetup.def(t, "translate", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("translate", a, kw, 1, new String[] {"table", "delete"}, 1, 2);
                byte[] src = Buffers.of(a[0]);
                byte[] table = null;
                if (p[0] != PyNone.NONE) {
                    table = bytesArg(p[0]);
                    if (table.length != 256) {
                        throw Exc.valueError("translation table must be 256 characters long");
                    }
                }
                boolean[] del = new boolean[256];
                if (p[1] != null) {
                    for (byte x : bytesArg(p[1])) {
                        del[x & 0xff] = true;
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (byte x : src) {
                    if (!del[x & 0xff]) {
                        out.write(table == null ? x : table[x & 0xff]);
                    }
                }
                return wrap.apply(out.toByteArray());
            }
        });
        JFunc maketrans = new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("maketrans", a, kw, 0, 2, 2);
                byte[] from = bytesArg(a[0]);
                byte[] to = bytesArg(a[1]);
                if (from.length != to.length) {
                    throw Exc.valueError("maketrans arguments must have same length");
                }
                byte[] r = new byte[256];
                for (int k = 0; k < 256; k++) {
                    r[k] = (byte) k;
                }
                for (int k = 0; k < from.length; k++) {
                    r[from[k] & 0xff] = to[k];
                }
                return new PyBytes(r);
            }
        };
        t.dict.setStr("maketrans", new PyDescriptors.StaticMethod(PyDescriptors.STATICMETHOD,
                new PyBuiltinFunction("maketrans", maketrans)));
    }

    /** The functions of an argument vector that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDefN implements JFunc {
        hex;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case hex:
                return hex_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject hex_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("hex", a, kw, 1, new String[] {"sep", "bytes_per_sep"}, 0, 2);
            return new PyStr(hex(Buffers.of(a[0]), p[0], p[1] == null ? 1 : Args.integer(p[1])));
        }
    }

    private static byte[] bytesArg(PyObject o) {
        return Buffers.require(o);
    }

    private static PyObject repeat(PyObject a, PyObject n, java.util.function.Function<byte[], PyObject> wrap) {
        if (!(n instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        byte[] b = Buffers.of(a);
        long c = Args.repeatCount(n, b.length, "bytes");
        if ((c == 1 || b.length == 0) && a.getClass() == PyBytes.class) { // CPython 3.11: bytes_repeat
            return a;
        }
        byte[] r = new byte[(int) (c * b.length)];
        for (int k = 0; k < c; k++) {
            System.arraycopy(b, 0, r, k * b.length, b.length);
        }
        return wrap.apply(r);
    }

    /** CPython 3.11: Python/pystrhex.c _Py_strhex_impl (groups counted from the right for a positive count). */
    static String hex(byte[] b, PyObject sepObj, long perSep) {
        StringBuilder sb = new StringBuilder();
        String sep = null;
        if (sepObj != null) {
            byte[] sb0 = Buffers.of(sepObj);
            sep = sb0 != null ? new String(sb0, java.nio.charset.StandardCharsets.ISO_8859_1)
                    : Args.str("hex", sepObj, 1);
            if (sep.length() != 1) {
                throw Exc.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) > 0x7f) {
                throw Exc.valueError("sep must be ASCII.");
            }
        }
        int n = b.length;
        long g = Math.abs(perSep);
        for (int k = 0; k < n; k++) {
            if (sep != null && g > 0 && k > 0) {
                boolean boundary = perSep > 0 ? (n - k) % g == 0 : k % g == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((b[k] >> 4) & 0xf, 16)).append(Character.forDigit(b[k] & 0xf, 16));
        }
        return sb.toString();
    }

    /** CPython 3.11: Objects/bytesobject.c _PyBytes_FromHex. */
    static byte[] fromhex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            int lo = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || c > 127) {
                throw Exc.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            if (lo < 0 || s.charAt(i + 1) > 127) {
                throw Exc.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }
}
