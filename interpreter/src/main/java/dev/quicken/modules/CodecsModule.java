package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Codecs;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.Items;
import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * The {@code _codecs} module (CPython 3.11: Modules/_codecsmodule.c, Python/codecs.c): the codec registry with
 * its search functions and error handlers, and the built-in codecs over quicken's {@link Codecs}.
 */
final class CodecsModule {

    static final PyObject NONE = PyNone.NONE;

    private CodecsModule() {
    }

    /** The per-interpreter registry (CPython's interp->codec_search_path, codec_search_cache, codec_error_registry). */
    static final class Registry {
        final PyList searchPath = new PyList();
        final PyDict cache = new PyDict();
        final PyDict errors = new PyDict();
        boolean encodingsImported;
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_codecs");
        Registry reg = new Registry();
        for (String h : new String[] {"strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
            "namereplace", "surrogateescape", "surrogatepass"}) {
            reg.errors.setStr(h, new PyBuiltinFunction(h + "_errors", new JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    return builtinHandler(h, a);
                }
            }, null,
                    "_codecs"));
        }
        def(m, "register", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("register", a, kw, 0, 1, 1);
                if (!Abstract.isTrue(Abstract.call(in.builtins.getStr("callable"), a[0]))) {
                    throw Exc.typeError("argument must be callable");
                }
                reg.searchPath.append(a[0]);
                return NONE;
            }
        });
        def(m, "unregister", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("unregister", a, kw, 0, 1, 1);
                for (int i = 0; i < reg.searchPath.size; i++) {
                    if (reg.searchPath.items[i] == a[0]) {
                        reg.searchPath.items = remove(reg.searchPath, i);
                        reg.searchPath.size--;
                        reg.cache.clear();
                        break;
                    }
                }
                return NONE;
            }
        });
        def(m, "lookup", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("lookup", a, kw, 0, 1, 1);
                return lookup(in, reg, Args.str("lookup", a[0], 1));
            }
        });
        def(m, "register_error", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("register_error", a, kw, 0, 2, 2);
                if (!Abstract.isTrue(Abstract.call(in.builtins.getStr("callable"), a[1]))) {
                    throw Exc.typeError("handler must be callable");
                }
                reg.errors.setItem(a[0], a[1]);
                return NONE;
            }
        });
        def(m, "lookup_error", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("lookup_error", a, kw, 0, 1, 1);
                PyObject h = reg.errors.getItem(a[0]);
                if (h == null) {
                    throw Exc.raise(Exc.LookupError, "unknown error handler name '" + Abstract.str(a[0]) + "'");
                }
                return h;
            }
        });
        for (String name : new String[] {"encode", "decode"}) {
            def(m, name, new JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    PyObject[] p = Args.parse(name, a, kw, 0, new String[] {"obj", "encoding", "errors"}, 1, 3);
                    String enc = p[1] == null ? "utf-8" : Args.str(name, p[1], 2);
                    PyObject errors = p[2] == null ? new PyStr("strict") : p[2];
                    PyObject info = lookup(in, reg, enc);
                    PyObject coder = Abstract.toArray(info)[name.equals("encode") ? 0 : 1];
                    PyObject r = Abstract.call(coder, p[0], errors);
                    if (!(r instanceof PyTuple) || ((PyTuple) r).size() != 2) {
                        throw Exc.typeError((name.equals("encode") ? "encoder" : "decoder")
                                + " must return a tuple (object, integer)");
                    }
                    return ((PyTuple) r).get(0);
                }
            });
        }
        simple(m, "utf_8", "utf-8");
        simple(m, "latin_1", "latin-1");
        simple(m, "ascii", "ascii");
        simple(m, "utf_16_le", "utf-16-le");
        simple(m, "utf_16_be", "utf-16-be");
        simple(m, "utf_32_le", "utf-32-le");
        simple(m, "utf_32_be", "utf-32-be");
        bomCodec(m, "utf_16", 2);
        bomCodec(m, "utf_32", 4);
        escapes(m);
        charmaps(m, reg);
        utf7(m);
        def(m, "readbuffer_encode", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("readbuffer_encode", a, kw, 0, 1, 2);
                byte[] b = a[0] instanceof PyStr ? Codecs.encode(((PyStr) a[0]).value, "utf-8", "strict") : data(a[0]);
                return pair(new PyBytes(b), b.length);
            }
        });
        DictOrder.apply(m, "register", "unregister", "lookup", "encode", "decode", "escape_encode", "escape_decode", "utf_8_encode", "utf_8_decode", "utf_7_encode", "utf_7_decode", "utf_16_encode", "utf_16_le_encode", "utf_16_be_encode", "utf_16_decode", "utf_16_le_decode", "utf_16_be_decode", "utf_16_ex_decode", "utf_32_encode", "utf_32_le_encode", "utf_32_be_encode", "utf_32_decode", "utf_32_le_decode", "utf_32_be_decode", "utf_32_ex_decode", "unicode_escape_encode", "unicode_escape_decode", "raw_unicode_escape_encode", "raw_unicode_escape_decode", "latin_1_encode", "latin_1_decode", "ascii_encode", "ascii_decode", "charmap_encode", "charmap_decode", "charmap_build", "readbuffer_encode", "register_error", "lookup_error");
        return m;
    }

    private static PyObject[] remove(PyList l, int i) {
        PyObject[] items = Items.copyOf(l.items, l.size);
        PyObject[] out = new PyObject[items.length - 1];
        System.arraycopy(items, 0, out, 0, i);
        System.arraycopy(items, i + 1, out, i, items.length - i - 1);
        return out;
    }

    private static void def(PyModule m, String name, JFunc f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, f, null, "_codecs"));
    }

    /** CPython 3.11: Python/codecs.c normalizestring: lower case, spaces and hyphens to underscores. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    // CPython 3.11: Python/codecs.c _PyCodec_Lookup
    static PyObject lookup(Interpreter in, Registry reg, String encoding) {
        if (!reg.encodingsImported) {
            reg.encodingsImported = true;
            if (reg.searchPath.size == 0) {
                ImportSystem.importModuleLevel(in, "encodings", NONE, NONE, 0);
            }
        }
        String norm = normalize(encoding);
        PyObject hit = reg.cache.getStr(norm);
        if (hit != null) {
            return hit;
        }
        PyStr key = new PyStr(norm);
        for (PyObject f : Abstract.toArray(reg.searchPath)) {
            PyObject r = Abstract.call(f, key);
            if (r == NONE) {
                continue;
            }
            if (!(r instanceof PyTuple) || ((PyTuple) r).size() != 4) {
                throw Exc.typeError("codec search functions must return 4-tuples");
            }
            reg.cache.setStr(norm, r);
            return r;
        }
        throw Exc.raise(Exc.LookupError, "unknown encoding: " + encoding);
    }

    private static String errors(PyObject o) {
        return o == null || o == NONE ? "strict" : Args.str("codec", o, 2);
    }

    /**
     * The UTF codec {@code surrogatepass} handles for {@code encoding}: {byte length, 1 if little-endian}, or null.
     */
    // CPython 3.11: Python/codecs.c get_standard_encoding
    private static int[] standardEncoding(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT);
        if (!e.startsWith("utf")) {
            return null;
        }
        e = e.substring(3);
        if (e.startsWith("-") || e.startsWith("_")) {
            e = e.substring(1);
        }
        if (e.equals("8")) {
            return new int[] {3, 0};
        }
        int len = e.startsWith("16") ? 2 : e.startsWith("32") ? 4 : 0;
        if (len == 0) {
            return null;
        }
        e = e.substring(2);
        if (e.isEmpty()) {
            return new int[] {len, 1};
        }
        if (e.startsWith("-") || e.startsWith("_")) {
            e = e.substring(1);
        }
        return e.equals("le") ? new int[] {len, 1} : e.equals("be") ? new int[] {len, 0} : null;
    }

    // CPython 3.11: Python/codecs.c PyCodec_SurrogatePassErrors
    private static PyObject surrogatePass(PyObject exc, PyObject object, int start, int end, boolean encoding) {
        int[] std = standardEncoding(Abstract.str(Abstract.getAttr(exc, "encoding")));
        if (std == null) {
            throw new PyException((PyBaseException) exc);
        }
        int len = std[0];
        boolean le = std[1] == 1;
        if (encoding) {
            int[] cps = ((PyStr) object).codePointArray();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = start; i < end; i++) {
                int ch = cps[i];
                if (ch < 0xd800 || ch > 0xdfff) {
                    throw new PyException((PyBaseException) exc);
                }
                if (len == 3) {
                    out.write(0xe0 | ch >> 12);
                    out.write(0x80 | (ch >> 6) & 0x3f);
                    out.write(0x80 | ch & 0x3f);
                } else {
                    for (int k = 0; k < len; k++) {
                        out.write(ch >> 8 * (le ? k : len - 1 - k) & 0xff);
                    }
                }
            }
            return pair(new PyBytes(out.toByteArray()), end);
        }
        byte[] p = data(object);
        int ch = 0;
        if (p.length - start >= len) {
            if (len == 3) {
                if ((p[start] & 0xf0) == 0xe0 && (p[start + 1] & 0xc0) == 0x80 && (p[start + 2] & 0xc0) == 0x80) {
                    ch = (p[start] & 0x0f) << 12 | (p[start + 1] & 0x3f) << 6 | p[start + 2] & 0x3f;
                }
            } else {
                for (int k = 0; k < len; k++) {
                    ch = ch << 8 | p[start + (le ? len - 1 - k : k)] & 0xff;
                }
            }
        }
        if (ch < 0xd800 || ch > 0xdfff) {
            throw new PyException((PyBaseException) exc);
        }
        return pair(new PyStr(String.valueOf((char) ch)), start + len);
    }

    private static byte[] data(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyStr) {
            throw Exc.typeError("a bytes-like object is required, not 'str'");
        }
        try {
            return ((PyBytes) Abstract.call(PyBytes.TYPE, o)).value;
        } catch (PyException e) {
            throw Exc.typeError("a bytes-like object is required, not '" + Abstract.typeName(o) + "'");
        }
    }

    private static PyTuple pair(PyObject a, long n) {
        return new PyTuple(new PyObject[] {a, PyInt.of(n)});
    }

    private static String text(String fname, PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Exc.typeError(fname + "() argument 1 must be str, not " + Abstract.typeName(o));
        }
        return ((PyStr) o).value;
    }

    /** {@code NAME_encode(str, errors=None)} and {@code NAME_decode(data, errors=None, final=False)}. */
    private static void simple(PyModule m, String name, String enc) {
        def(m, name + "_encode", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse(name + "_encode", a, kw, 0, new String[] {"str", "errors"}, 1, 2);
                String s = text(name + "_encode", p[0]);
                return pair(new PyBytes(Codecs.encode(s, enc, errors(p[1]))), s.codePointCount(0, s.length()));
            }
        });
        def(m, name + "_decode", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse(name + "_decode", a, kw, 0, new String[] {"data", "errors", "final"}, 1, 3);
                byte[] b = data(p[0]);
                boolean fin = p[2] != null && Abstract.isTrue(p[2]);
                int keep = fin ? 0 : incompleteTail(b, enc);
                byte[] use = keep == 0 ? b : Arrays.copyOf(b, b.length - keep);
                return pair(new PyStr(Codecs.decode(use, enc, errors(p[1]))), use.length);
            }
        });
    }

    /** {@code utf_16_*}/{@code utf_32_*} with a byte order mark, plus {@code *_ex_decode}. */
    private static void bomCodec(PyModule m, String name, int unit) {
        String enc = name.replace('_', '-');
        def(m, name + "_encode", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse(name + "_encode", a, kw, 0, new String[] {"str", "errors", "byteorder"}, 1, 3);
                String s = text(name + "_encode", p[0]);
                long order = p[2] == null ? 0 : Args.integer(p[2]);
                String e = order == 0 ? enc : order < 0 ? enc + "-le" : enc + "-be";
                return pair(new PyBytes(Codecs.encode(s, e, errors(p[1]))), s.codePointCount(0, s.length()));
            }
        });
        for (boolean ex : new boolean[] {false, true}) {
            String fname = name + (ex ? "_ex_decode" : "_decode");
            def(m, fname, new JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    PyObject[] p = Args.parse(fname, a, kw, 0, ex ? new String[] {"data", "errors", "byteorder", "final"}
                        : new String[] {"data", "errors", "final"}, 1, ex ? 4 : 3);
                    byte[] b = data(p[0]);
                    PyObject finObj = ex ? p[3] : p[2];
                    boolean fin = finObj != null && Abstract.isTrue(finObj);
                    long order = ex && p[2] != null ? Args.integer(p[2]) : 0;
                    int start = 0;
                    String e = order < 0 ? enc + "-le" : order > 0 ? enc + "-be" : enc + "-le";
                    if (order == 0 && b.length >= unit) {
                        if (unit == 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe
                                || unit == 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                            start = unit;
                            order = -1;
                        } else if (unit == 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                                || unit == 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                            start = unit;
                            order = 1;
                            e = enc + "-be";
                        }
                    }
                    int end = fin ? b.length : b.length - (b.length - start) % unit;
                    byte[] use = Arrays.copyOfRange(b, start, Math.max(start, end));
                    PyStr s = new PyStr(Codecs.decode(use, e, errors(p[1])));
                    if (ex) {
                        return new PyTuple(new PyObject[] {s, PyInt.of(Math.max(start, end)), PyInt.of(order)});
                    }
                    return pair(s, Math.max(start, end));
                }
            });
        }
    }

    /** How many bytes at the end of {@code b} begin a character that is not complete. */
    static int incompleteTail(byte[] b, String enc) {
        if (enc.startsWith("utf-16")) {
            return b.length % 2;
        }
        if (enc.startsWith("utf-32")) {
            return b.length % 4;
        }
        if (!enc.equals("utf-8")) {
            return 0;
        }
        for (int back = 1; back <= 3 && back <= b.length; back++) {
            int c = b[b.length - back] & 0xff;
            if ((c & 0xc0) == 0x80) {
                continue;
            }
            int need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 1;
            return need > back ? back : 0;
        }
        return 0;
    }

    // ---------------------------------------------------------------- escapes

    private static void escapes(PyModule m) {
        def(m, "escape_encode", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("escape_encode", a, kw, 0, 1, 2);
                byte[] b = data(a[0]);
                String r = dev.quicken.runtime.Repr.repr(new PyBytes(b));
                String body = r.substring(2, r.length() - 1);
                if (r.charAt(1) == '"') {
                    body = body.replace("'", "\\'");
                }
                return pair(new PyBytes(body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), b.length);
            }
        });
        def(m, "escape_decode", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("escape_decode", a, kw, 0, 1, 2);
                byte[] b = a[0] instanceof PyStr ? Codecs.encode(((PyStr) a[0]).value, "utf-8", "strict") : data(a[0]);
                return pair(new PyBytes(unescapeBytes(b)), b.length);
            }
        });
        for (boolean raw : new boolean[] {false, true}) {
            String name = raw ? "raw_unicode_escape" : "unicode_escape";
            def(m, name + "_encode", new JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    Args.count(name + "_encode", a, kw, 0, 1, 2);
                    String s = text(name + "_encode", a[0]);
                    return pair(new PyBytes(escapeUnicode(s, raw)), s.codePointCount(0, s.length()));
                }
            });
            def(m, name + "_decode", new JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    PyObject[] p = Args.parse(name + "_decode", a, kw, 0, new String[] {"data", "errors", "final"}, 1, 3);
                    byte[] b = p[0] instanceof PyStr ? Codecs.encode(((PyStr) p[0]).value, "utf-8", "strict") : data(p[0]);
                    return pair(new PyStr(unescapeUnicode(b, raw)), b.length);
                }
            });
        }
    }

    private static byte[] escapeUnicode(String s, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.codePoints().forEach(c -> {
            String e;
            if (c >= 0x10000) {
                e = String.format("\\U%08x", c);
            } else if (c >= 0x100 || raw && c >= 0x100) {
                e = String.format("\\u%04x", c);
            } else if (raw) {
                e = String.valueOf((char) c);
            } else if (c == '\\') {
                e = "\\\\";
            } else if (c == '\t') {
                e = "\\t";
            } else if (c == '\n') {
                e = "\\n";
            } else if (c == '\r') {
                e = "\\r";
            } else if (c < 0x20 || c >= 0x7f) {
                e = String.format("\\x%02x", c);
            } else {
                e = String.valueOf((char) c);
            }
            byte[] bs = e.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            out.write(bs, 0, bs.length);
        });
        return out.toByteArray();
    }

    private static String unescapeUnicode(byte[] b, boolean raw) {
        StringBuilder sb = new StringBuilder();
        int n = b.length;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c != '\\' || i + 1 >= n) {
                sb.append((char) c);
                continue;
            }
            int d = b[i + 1] & 0xff;
            int digits = d == 'x' && !raw ? 2 : d == 'u' ? 4 : d == 'U' ? 8 : 0;
            if (digits > 0) {
                if (i + 2 + digits > n) {
                    throw Exc.raise(Exc.UnicodeDecodeError, "'" + (raw ? "rawunicodeescape" : "unicodeescape")
                            + "' codec can't decode bytes in position " + i + "-" + (n - 1) + ": truncated \\"
                            + (char) d + (digits == 2 ? "XX" : digits == 4 ? "XXXX" : "XXXXXXXX") + " escape");
                }
                int v = Integer.parseUnsignedInt(new String(b, i + 2, digits,
                        java.nio.charset.StandardCharsets.ISO_8859_1), 16);
                sb.appendCodePoint(v);
                i += 1 + digits;
                continue;
            }
            if (raw) {
                sb.append('\\');
                continue;
            }
            i++;
            switch (d) {
                case 'n':
                    sb.append('\n');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case '\\':
                    sb.append('\\');
                    break;
                case '\'':
                    sb.append('\'');
                    break;
                case '"':
                    sb.append('"');
                    break;
                case 'a':
                    sb.append('\u0007');
                    break;
                case 'b':
                    sb.append('\b');
                    break;
                case 'f':
                    sb.append('\f');
                    break;
                case 'v':
                    sb.append('\u000b');
                    break;
                case '\n':
                    break;
                default:
                    if (d >= '0' && d <= '7') {
                        int v = d - '0';
                        int k = 1;
                        while (k < 3 && i + 1 < n && (b[i + 1] & 0xff) >= '0' && (b[i + 1] & 0xff) <= '7') {
                            v = v * 8 + ((b[++i] & 0xff) - '0');
                            k++;
                        }
                        sb.append((char) v);
                    } else {
                        sb.append('\\').append((char) d);
                    }
            }
        }
        return sb.toString();
    }

    private static byte[] unescapeBytes(byte[] b) {
        String s = unescapeUnicode(b, false);
        byte[] out = new byte[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) s.charAt(i);
        }
        return out;
    }

    // ---------------------------------------------------------------- utf-7

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static boolean isBase64(int c) {
        return c < 128 && B64.indexOf(c) >= 0;
    }

    /** Set D, set O and white space are written directly (CPython 3.11: unicodeobject.c ENCODE_DIRECT). */
    private static boolean encodeDirect(int c) {
        return c > 0 && c < 128 && (Character.isLetterOrDigit(c) || "'(),-./:?!\"#$%&*;<=>@[]^_`{|} \t\r\n"
                .indexOf(c) >= 0);
    }

    private static void utf7(PyModule m) {
        // CPython 3.11: Objects/unicodeobject.c _PyUnicode_EncodeUTF7
        def(m, "utf_7_encode", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("utf_7_encode", a, kw, 0, new String[] {"str", "errors"}, 1, 2);
                String s = text("utf_7_encode", p[0]);
                StringBuilder out = new StringBuilder();
                boolean inShift = false;
                long buffer = 0;
                int bits = 0;
                int[] cps = s.codePoints().toArray();
                for (int ch : cps) {
                    if (inShift && encodeDirect(ch)) {
                        if (bits > 0) {
                            out.append(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
                            buffer = 0;
                            bits = 0;
                        }
                        inShift = false;
                        if (isBase64(ch) || ch == '-') {
                            out.append('-');
                        }
                        out.append((char) ch);
                        continue;
                    }
                    if (!inShift) {
                        if (ch == '+') {
                            out.append("+-");
                            continue;
                        }
                        if (encodeDirect(ch)) {
                            out.append((char) ch);
                            continue;
                        }
                        out.append('+');
                        inShift = true;
                    }
                    char[] units = Character.toChars(ch);
                    for (char u : units) {
                        bits += 16;
                        buffer = (buffer << 16) | u;
                        while (bits >= 6) {
                            out.append(B64.charAt((int) ((buffer >> (bits - 6)) & 0x3f)));
                            bits -= 6;
                        }
                    }
                }
                if (bits > 0) {
                    out.append(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
                }
                if (inShift) {
                    out.append('-');
                }
                return pair(new PyBytes(out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                        cps.length);
            }
        });
        // CPython 3.11: Objects/unicodeobject.c PyUnicode_DecodeUTF7Stateful
        def(m, "utf_7_decode", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("utf_7_decode", a, kw, 0, new String[] {"data", "errors", "final"}, 1, 3);
                byte[] b = data(p[0]);
                String errors = errors(p[1]);
                boolean fin = p[2] != null && Abstract.isTrue(p[2]);
                StringBuilder out = new StringBuilder();
                boolean inShift = false;
                long buffer = 0;
                int bits = 0;
                int shiftStart = 0;
                int outAtShift = 0;
                for (int i = 0; i < b.length; i++) {
                    int c = b[i] & 0xff;
                    if (inShift) {
                        if (isBase64(c)) {
                            buffer = (buffer << 6) | B64.indexOf(c);
                            bits += 6;
                            if (bits >= 16) {
                                out.append((char) ((buffer >> (bits - 16)) & 0xffff));
                                bits -= 16;
                                buffer &= (1L << bits) - 1;
                            }
                            continue;
                        }
                        inShift = false;
                        if (bits >= 6 || buffer != 0) {
                            if (errors.equals("strict")) {
                                throw unicodeDecodeError("utf7", b, shiftStart, i, bits >= 6
                                        ? "partial character in shift sequence" : "non-zero padding bits in shift sequence");
                            }
                            if (errors.equals("replace")) {
                                out.append('\ufffd');
                            }
                        }
                        if (c == '-') {
                            continue;
                        }
                    }
                    if (c == '+') {
                        if (i + 1 < b.length && b[i + 1] == '-') {
                            out.append('+');
                            i++;
                        } else {
                            inShift = true;
                            shiftStart = i;
                            outAtShift = out.length();
                            buffer = 0;
                            bits = 0;
                        }
                    } else if (c < 128) {
                        out.append((char) c);
                    } else if (errors.equals("strict")) {
                        throw unicodeDecodeError("utf7", b, i, i + 1, "unexpected special character");
                    } else if (errors.equals("replace")) {
                        out.append('\ufffd');
                    }
                }
                int consumed = b.length;
                if (inShift && !fin) {
                    out.setLength(outAtShift);
                    consumed = shiftStart;
                } else if (inShift && (bits >= 6 || buffer != 0) && errors.equals("strict")) {
                    throw unicodeDecodeError("utf7", b, shiftStart, b.length, "unterminated shift sequence");
                }
                return pair(new PyStr(out.toString()), consumed);
            }
        });
    }

    private static PyException unicodeDecodeError(String enc, byte[] b, int start, int end, String reason) {
        PyObject e = Abstract.call(Exc.UnicodeDecodeError, new PyObject[] {new PyStr(enc), new PyBytes(b),
            PyInt.of(start), PyInt.of(end), new PyStr(reason)}, null);
        return new PyException((PyBaseException) e);
    }

    // ---------------------------------------------------------------- charmaps

    private static void charmaps(PyModule m, Registry reg) {
        def(m, "charmap_build", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("charmap_build", a, kw, 0, 1, 1);
                String table = text("charmap_build", a[0]);
                PyDict d = new PyDict();
                int[] cps = table.codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    d.setItem(PyInt.of(cps[i]), PyInt.of(i));
                }
                return d;
            }
        });
        def(m, "charmap_decode", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("charmap_decode", a, kw, 0, new String[] {"data", "errors", "mapping"}, 1, 3);
                byte[] b = data(p[0]);
                PyObject mapping = p[2] == null ? NONE : p[2];
                if (mapping == NONE) {
                    return pair(new PyStr(Codecs.decode(b, "latin-1", "strict")), b.length);
                }
                String err = errors(p[1]);
                StringBuilder sb = new StringBuilder();
                String table = mapping instanceof PyStr ? ((PyStr) mapping).value : null;
                int[] cps = table == null ? null : table.codePoints().toArray();
                for (int i = 0; i < b.length; i++) {
                    int x = b[i] & 0xff;
                    int cp;
                    if (cps != null) {
                        cp = x < cps.length ? cps[x] : 0xfffe;
                    } else {
                        PyObject v = mapped(mapping, x);
                        if (v instanceof PyStr) {
                            sb.append(((PyStr) v).value);
                            continue;
                        }
                        cp = v instanceof PyInt ? (int) ((PyInt) v).value : 0xfffe;
                    }
                    if (cp != 0xfffe) {
                        sb.appendCodePoint(cp);
                        continue;
                    }
                    PyObject exc = Abstract.call(Exc.UnicodeDecodeError, new PyObject[] {new PyStr("charmap"),
                        new PyBytes(b), PyInt.of(i), PyInt.of(i + 1), new PyStr("character maps to <undefined>")}, null);
                    PyObject[] r = handle(reg, err, exc);
                    sb.append(Abstract.str(r[0]));
                    i = (int) Args.integer(r[1]) - 1;
                }
                return pair(new PyStr(sb.toString()), b.length);
            }
        });
        def(m, "charmap_encode", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("charmap_encode", a, kw, 0, new String[] {"str", "errors", "mapping"}, 1, 3);
                String s = text("charmap_encode", p[0]);
                PyObject mapping = p[2] == null ? NONE : p[2];
                if (mapping == NONE) {
                    return pair(new PyBytes(Codecs.encode(s, "latin-1", errors(p[1]))), s.length());
                }
                String err = errors(p[1]);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int[] cps = s.codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    if (encodeOne(mapping, cps[i], out)) {
                        continue;
                    }
                    int j = i + 1;
                    while (j < cps.length && mapped(mapping, cps[j]) == NONE) {
                        j++;
                    }
                    PyObject exc = Abstract.call(Exc.UnicodeEncodeError, new PyObject[] {new PyStr("charmap"), p[0],
                        PyInt.of(i), PyInt.of(j), new PyStr("character maps to <undefined>")}, null);
                    PyObject[] r = handle(reg, err, exc);
                    if (r[0] instanceof PyBytes) {
                        out.write(((PyBytes) r[0]).value, 0, ((PyBytes) r[0]).value.length);
                    } else {
                        for (int c : Abstract.str(r[0]).codePoints().toArray()) {
                            if (!encodeOne(mapping, c, out)) {
                                throw new PyException((PyBaseException) exc);
                            }
                        }
                    }
                    i = (int) Args.integer(r[1]) - 1;
                }
                return pair(new PyBytes(out.toByteArray()), cps.length);
            }
        });
    }

    /** {@code mapping[key]}, or None when the mapping has no entry (a LookupError). */
    private static PyObject mapped(PyObject mapping, int key) {
        try {
            return Abstract.getItem(mapping, PyInt.of(key));
        } catch (PyException e) {
            if (!e.matches(Exc.LookupError)) {
                throw e;
            }
            return NONE;
        }
    }

    private static boolean encodeOne(PyObject mapping, int cp, ByteArrayOutputStream out) {
        PyObject v = mapped(mapping, cp);
        if (v instanceof PyInt) {
            out.write((int) ((PyInt) v).value);
            return true;
        }
        if (v instanceof PyBytes) {
            out.write(((PyBytes) v).value, 0, ((PyBytes) v).value.length);
            return true;
        }
        return false;
    }

    /**
     * Calls the error handler {@code errors} (CPython 3.11: Python/codecs.c PyCodec_LookupError) with the
     * exception: the replacement and the position to resume at; "strict" raises the exception.
     */
    private static PyObject[] handle(Registry reg, String errors, PyObject exc) {
        if (errors.equals("strict")) {
            throw new PyException((PyBaseException) exc);
        }
        PyObject h = reg.errors.getStr(errors);
        if (h == null) {
            throw Exc.raise(Exc.LookupError, "unknown error handler name '" + errors + "'");
        }
        PyObject r = Abstract.call(h, exc);
        if (!(r instanceof PyTuple) || ((PyTuple) r).size() != 2) {
            throw Exc.typeError("encoding error handler must return (str/bytes, int) tuple");
        }
        PyObject[] out = ((PyTuple) r).items.clone();
        long pos = Args.integer(out[1]);
        long len = Abstract.len(Abstract.getAttr(exc, "object"));
        if (pos < 0) {
            pos += len;
        }
        if (pos < 0 || pos > len) {
            throw Exc.indexError("position " + pos + " from error handler out of bounds");
        }
        out[1] = PyInt.of(pos);
        return out;
    }

    // ---------------------------------------------------------------- error handlers

    // CPython 3.11: Python/codecs.c PyCodec_StrictErrors and friends
    private static PyObject builtinHandler(String name, PyObject[] a) {
        if (a.length != 1) {
            throw Exc.typeError(name + "_errors() takes exactly one argument (" + a.length + " given)");
        }
        PyObject exc = a[0];
        if (name.equals("strict")) {
            if (exc instanceof PyBaseException) {
                throw new PyException((PyBaseException) exc);
            }
            throw Exc.typeError("codec must pass exception instance");
        }
        if (!(exc instanceof PyBaseException) || !Abstract.isInstance(exc, Exc.UnicodeError)) {
            throw Exc.typeError("don't know how to handle " + Abstract.typeName(exc) + " in error callback");
        }
        PyObject startObj = Abstract.lookupAttr(exc, "start");
        PyObject endObj = Abstract.lookupAttr(exc, "end");
        PyObject object = Abstract.lookupAttr(exc, "object");
        if (startObj == null || endObj == null || object == null) {
            throw Exc.typeError("don't know how to handle " + Abstract.typeName(exc) + " in error callback");
        }
        int start = (int) Args.integer(startObj);
        int end = (int) Args.integer(endObj);
        boolean encoding = Abstract.isInstance(exc, Exc.UnicodeEncodeError);
        StringBuilder sb = new StringBuilder();
        switch (name) {
            case "ignore":
                break;
            case "replace":
                for (int i = start; i < end; i++) {
                    sb.append(encoding ? '?' : '\ufffd');
                }
                if (!encoding && end > start) {
                    sb.setLength(1);
                }
                break;
            case "backslashreplace":
                if (object instanceof PyStr) {
                    int[] cps = ((PyStr) object).codePointArray();
                    for (int i = start; i < end; i++) {
                        int c = cps[i];
                        sb.append(c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                                : String.format("\\U%08x", c));
                    }
                } else {
                    byte[] bs = data(object);
                    for (int i = start; i < end; i++) {
                        sb.append(String.format("\\x%02x", bs[i] & 0xff));
                    }
                }
                break;
            case "xmlcharrefreplace": {
                int[] cps = ((PyStr) object).codePointArray();
                for (int i = start; i < end; i++) {
                    sb.append("&#").append(cps[i]).append(';');
                }
                break;
            }
            case "namereplace": {
                int[] cps = ((PyStr) object).codePointArray();
                for (int i = start; i < end; i++) {
                    String n = dev.quicken.modules.unicodedata.UnicodeDataModule.name(cps[i]);
                    int c = cps[i];
                    sb.append(n != null ? "\\N{" + n + "}" : c < 0x100 ? String.format("\\x%02x", c)
                            : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
                }
                break;
            }
            case "surrogateescape":
                if (encoding) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    int[] cps = ((PyStr) object).codePointArray();
                    for (int i = start; i < end; i++) {
                        if (cps[i] < 0xdc80 || cps[i] > 0xdcff) {
                            throw new PyException((PyBaseException) exc);
                        }
                        out.write(cps[i] - 0xdc00);
                    }
                    return pair(new PyBytes(out.toByteArray()), end);
                } else {
                    byte[] bs = data(object);
                    for (int i = start; i < end && i < start + 4; i++) {
                        if ((bs[i] & 0xff) < 128) {
                            throw new PyException((PyBaseException) exc);
                        }
                        sb.append((char) (0xdc00 + (bs[i] & 0xff)));
                    }
                }
                break;
            case "surrogatepass":
                return surrogatePass(exc, object, start, end, encoding);
            default:
                throw new PyException((PyBaseException) exc);
        }
        return pair(new PyStr(sb.toString()), end);
    }
}
