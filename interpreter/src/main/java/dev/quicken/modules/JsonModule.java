package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.FloatFormat;
import dev.quicken.runtime.IntText;
import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.NumberParse;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _json}, the JSON accelerator (CPython 3.11: Modules/_json.c): {@code scanstring},
 * {@code encode_basestring_ascii}, {@code encode_basestring}, and the types {@code make_scanner} (the scanner
 * {@code json.decoder} calls as {@code scan_once(string, idx)}) and {@code make_encoder} (the one-shot encoder
 * {@code json.encoder} calls as {@code _iterencode(obj, _current_indent_level)}). Strings are scanned as arrays of
 * code points, so every index is CPython's.
 */
public final class JsonModule {

    private static final PyObject NONE = PyNone.NONE;

    static final PyType SCANNER = type("Scanner");
    static final PyType ENCODER = type("Encoder");

    private static final PyBuiltinFunction ENCODE_BASESTRING_ASCII =
            new PyBuiltinFunction("encode_basestring_ascii", new JFunc() {
                @Override
                public PyObject call(PyObject[] x0, String[] x1) {
                    return JsonModule.pyEncodeBasestringAscii(x0, x1);
                }
            }, null, "_json");
    private static final PyBuiltinFunction ENCODE_BASESTRING =
            new PyBuiltinFunction("encode_basestring", new JFunc() {
                @Override
                public PyObject call(PyObject[] x0, String[] x1) {
                    return JsonModule.pyEncodeBasestring(x0, x1);
                }
            }, null, "_json");

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonModule() {
    }

    private static PyType type(String name) {
        PyType t = new PyType(name);
        TypeSetup.registerExtra(t);
        t.dict().setStr("__module__", new PyStr("_json"));
        return t;
    }

    static {
        setupScanner();
        setupEncoder();
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_json");
        m.dict.setStr("__doc__", new PyStr("json speedups\n"));
        m.dict.setStr("encode_basestring_ascii", ENCODE_BASESTRING_ASCII);
        m.dict.setStr("encode_basestring", ENCODE_BASESTRING);
        def(m, "scanstring", new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return JsonModule.pyScanstring(x0, x1);
            }
        });
        m.dict.setStr("make_scanner", SCANNER);
        m.dict.setStr("make_encoder", ENCODER);
        return m;
    }

    private static void def(PyModule m, String name, JFunc f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, f, null, "_json"));
    }

    // ---------------------------------------------------------------- strings

    private static boolean sChar(int c) {
        return c >= ' ' && c <= '~' && c != '\\' && c != '"';
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The code points of {@code s}. */
    private static int[] codePoints(PyStr s) {
        if (s.codePoints != null) {
            return s.codePoints;
        }
        String v = s.value;
        int n = v.length();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (Character.isSurrogate(c)) {
                return v.codePoints().toArray();
            }
            out[i] = c;
        }
        return out;
    }

    private static PyStr substring(PyStr s, int[] buf, int from, int to) {
        if (buf.length == s.value.length() && s.codePoints == null) {
            return new PyStr(s.value.substring(from, to));
        }
        return PyStr.ofCodePoints(java.util.Arrays.copyOfRange(buf, from, to), to - from);
    }

    private static void hex4(StringBuilder sb, int c) {
        sb.append('u').append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
    }

    // CPython 3.11: Modules/_json.c ascii_escape_unichar
    private static void asciiEscapeUnichar(StringBuilder sb, int c) {
        sb.append('\\');
        switch (c) {
            case '\\':
            case '"':
                sb.append((char) c);
                break;
            case '\b':
                sb.append('b');
                break;
            case '\f':
                sb.append('f');
                break;
            case '\n':
                sb.append('n');
                break;
            case '\r':
                sb.append('r');
                break;
            case '\t':
                sb.append('t');
                break;
            default:
                if (c >= 0x10000) {
                    // a UTF-16 surrogate pair
                    hex4(sb, Character.highSurrogate(c));
                    sb.append('\\');
                    c = Character.lowSurrogate(c);
                }
                hex4(sb, c);
        }
    }

    // CPython 3.11: Modules/_json.c ascii_escape_unicode
    static PyStr asciiEscape(PyStr s) {
        int[] buf = codePoints(s);
        StringBuilder sb = new StringBuilder(buf.length + 2);
        sb.append('"');
        for (int c : buf) {
            if (sChar(c)) {
                sb.append((char) c);
            } else {
                asciiEscapeUnichar(sb, c);
            }
        }
        return new PyStr(sb.append('"').toString());
    }

    // CPython 3.11: Modules/_json.c escape_unicode
    static PyStr escape(PyStr s) {
        int[] buf = codePoints(s);
        int n = 2;
        for (int c : buf) {
            n += c == '\\' || c == '"' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t' ? 2
                    : c <= 0x1f ? 6 : 1;
        }
        int[] out = new int[n];
        int k = 0;
        out[k++] = '"';
        for (int c : buf) {
            int esc;
            switch (c) {
                case '\\':
                case '"':
                    esc = c;
                    break;
                case '\b':
                    esc = 'b';
                    break;
                case '\f':
                    esc = 'f';
                    break;
                case '\n':
                    esc = 'n';
                    break;
                case '\r':
                    esc = 'r';
                    break;
                case '\t':
                    esc = 't';
                    break;
                default:
                    esc = c <= 0x1f ? 'u' : 0;
            }
            if (esc == 0) {
                out[k++] = c;
            } else {
                out[k++] = '\\';
                out[k++] = esc;
                if (esc == 'u') {
                    out[k++] = '0';
                    out[k++] = '0';
                    out[k++] = HEX[(c >> 4) & 0xf];
                    out[k++] = HEX[c & 0xf];
                }
            }
        }
        out[k++] = '"';
        return PyStr.ofCodePoints(out, k);
    }

    /** A Py_ssize_t argument ({@code PyArg_ParseTuple}'s "n"). */
    private static long ssize(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.big != null) {
            throw Exc.overflowError("Python int too large to convert to C ssize_t");
        }
        return v.value;
    }

    private static PyStr strArg(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Exc.typeError("first argument must be a string, not " + Abstract.typeName(o));
        }
        return (PyStr) o;
    }

    // CPython 3.11: Modules/_json.c py_encode_basestring_ascii
    static PyObject pyEncodeBasestringAscii(PyObject[] a, String[] kw) {
        Args.count("encode_basestring_ascii", a, kw, 0, 1, 1);
        return asciiEscape(strArg(a[0]));
    }

    // CPython 3.11: Modules/_json.c py_encode_basestring
    static PyObject pyEncodeBasestring(PyObject[] a, String[] kw) {
        Args.count("encode_basestring", a, kw, 0, 1, 1);
        return escape(strArg(a[0]));
    }

    // CPython 3.11: Modules/_json.c raise_errmsg (a json.decoder.JSONDecodeError)
    private static PyException errmsg(String msg, PyStr s, int end) {
        Interpreter in = Interpreter.current();
        PyObject decoder = in.modules.getStr("json.decoder");
        if (decoder == null) {
            decoder = Abstract.call(in.builtins.getStr("__import__"), new PyStr("json.decoder"));
            decoder = in.modules.getStr("json.decoder");
        }
        PyObject cls = Abstract.getAttr(decoder, "JSONDecodeError");
        PyObject exc = Abstract.call(cls, new PyObject[] {new PyStr(msg), s, PyInt.of(end)}, null);
        return new PyException((PyBaseException) exc);
    }

    private static PyException stopIteration(int idx) {
        return new PyException((PyBaseException) Abstract.call(Exc.StopIteration, PyInt.of(idx)));
    }

    /** The string value and the index after its closing quote. */
    private static final class Scanned {
        PyObject value;
        int next;
    }

    private static int hexDigit(int d) {
        if (d >= '0' && d <= '9') {
            return d - '0';
        }
        if (d >= 'a' && d <= 'f') {
            return d - 'a' + 10;
        }
        if (d >= 'A' && d <= 'F') {
            return d - 'A' + 10;
        }
        return -1;
    }

    /**
     * CPython 3.11: Modules/_json.c scanstring_unicode. {@code end} is the index after the opening quote; sets
     * {@code out.next} to the index after the closing quote.
     */
    static PyObject scanstring(PyStr pystr, int[] buf, int end, boolean strict, Scanned out) {
        int len = buf.length;
        int begin = end - 1;
        if (end < 0 || len < end) {
            throw Exc.valueError("end is out of bounds");
        }
        StringBuilder sb = null;
        while (true) {
            // find the end of the string or the next escape
            int c = 0;
            int next;
            for (next = end; next < len; next++) {
                c = buf[next];
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    throw errmsg("Invalid control character at", pystr, next);
                }
            }
            if (next >= len) {
                c = 0;
            }
            if (c == '"') {
                if (sb == null) {
                    out.next = next + 1;
                    return substring(pystr, buf, end, next);
                }
            } else if (c != '\\') {
                throw errmsg("Unterminated string starting at", pystr, begin);
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            for (int k = end; k < next; k++) {
                sb.appendCodePoint(buf[k]);
            }
            next++;
            if (c == '"') {
                end = next;
                break;
            }
            if (next == len) {
                throw errmsg("Unterminated string starting at", pystr, begin);
            }
            c = buf[next];
            if (c != 'u') {
                // the other backslash escapes
                end = next + 1;
                switch (c) {
                    case '"':
                    case '\\':
                    case '/':
                        break;
                    case 'b':
                        c = '\b';
                        break;
                    case 'f':
                        c = '\f';
                        break;
                    case 'n':
                        c = '\n';
                        break;
                    case 'r':
                        c = '\r';
                        break;
                    case 't':
                        c = '\t';
                        break;
                    default:
                        throw errmsg("Invalid \\escape", pystr, end - 2);
                }
            } else {
                c = 0;
                next++;
                end = next + 4;
                if (end >= len) {
                    throw errmsg("Invalid \\uXXXX escape", pystr, next - 1);
                }
                for (; next < end; next++) {
                    int d = hexDigit(buf[next]);
                    if (d < 0) {
                        throw errmsg("Invalid \\uXXXX escape", pystr, end - 5);
                    }
                    c = (c << 4) | d;
                }
                // a surrogate pair
                if (Character.isHighSurrogate((char) c) && end + 6 < len && buf[next++] == '\\'
                        && buf[next++] == 'u') {
                    int c2 = 0;
                    end += 6;
                    for (; next < end; next++) {
                        int d = hexDigit(buf[next]);
                        if (d < 0) {
                            throw errmsg("Invalid \\uXXXX escape", pystr, end - 5);
                        }
                        c2 = (c2 << 4) | d;
                    }
                    if (Character.isLowSurrogate((char) c2)) {
                        c = Character.toCodePoint((char) c, (char) c2);
                    } else {
                        end -= 6;
                    }
                }
            }
            sb.appendCodePoint(c);
        }
        out.next = end;
        return newStr(sb);
    }

    private static PyStr newStr(StringBuilder sb) {
        return new PyStr(sb.toString());
    }

    // CPython 3.11: Modules/_json.c py_scanstring
    static PyObject pyScanstring(PyObject[] a, String[] kw) {
        Args.noKw("scanstring", kw);
        if (a.length < 2 || a.length > 3) {
            throw Exc.typeError("scanstring expected " + (a.length < 2 ? "at least 2" : "at most 3")
                    + " arguments, got " + a.length);
        }
        long end = ssize(a[1]);
        boolean strict = a.length < 3 || Args.integer(a[2]) != 0;
        PyStr s = strArg(a[0]);
        int[] buf = codePoints(s);
        Scanned out = new Scanned();
        PyObject v = scanstring(s, buf, (int) Math.max(Math.min(end, Integer.MAX_VALUE), -1), strict, out);
        return new PyTuple(new PyObject[] {v, PyInt.of(out.next)});
    }

    // ---------------------------------------------------------------- the scanner

    /** {@code make_scanner(context)} (CPython's PyScannerObject). */
    static final class Scanner extends PyInstance {
        boolean strict;
        PyObject objectHook;
        PyObject objectPairsHook;
        PyObject parseFloat;
        PyObject parseInt;
        PyObject parseConstant;
        PyDict memo = new PyDict();

        Scanner(PyType cls) {
            super(cls);
        }
    }

    private static void setupScanner() {
        PyType t = SCANNER;
        t.dict().setStr("__doc__", new PyStr("JSON scanner object"));
        // CPython 3.11: Modules/_json.c scanner_new
        TypeSetup.defNew(t, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("make_scanner", a, kw, 1, new String[] {"context"}, 1, 1);
                PyObject ctx = p[0];
                Scanner s = new Scanner((PyType) a[0]);
                s.strict = Abstract.isTrue(Abstract.getAttr(ctx, "strict"));
                s.objectHook = Abstract.getAttr(ctx, "object_hook");
                s.objectPairsHook = Abstract.getAttr(ctx, "object_pairs_hook");
                s.parseFloat = Abstract.getAttr(ctx, "parse_float");
                s.parseInt = Abstract.getAttr(ctx, "parse_int");
                s.parseConstant = Abstract.getAttr(ctx, "parse_constant");
                return s;
            }
        });
        // CPython 3.11: Modules/_json.c scanner_call
        TypeSetup.def(t, "__call__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("scan_once", a, kw, 1, new String[] {"string", "idx"}, 2, 2);
                Scanner s = (Scanner) a[0];
                long idx = ssize(p[1]);
                PyStr str = strArg(p[0]);
                int[] buf = codePoints(str);
                Scanned out = new Scanned();
                try {
                    PyObject v = scanOnce(s, str, buf, (int) Math.max(Math.min(idx, Integer.MAX_VALUE),
                            Integer.MIN_VALUE), out);
                    return new PyTuple(new PyObject[] {v, PyInt.of(out.next)});
                } finally {
                    s.memo.clear();
                }
            }
        });
        TypeSetup.getset(t, "strict", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return PyBool.of(((Scanner) o).strict);
            }
        }, null);
        TypeSetup.getset(t, "object_hook", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Scanner) o).objectHook;
            }
        }, null);
        TypeSetup.getset(t, "object_pairs_hook", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Scanner) o).objectPairsHook;
            }
        }, null);
        TypeSetup.getset(t, "parse_float", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Scanner) o).parseFloat;
            }
        }, null);
        TypeSetup.getset(t, "parse_int", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Scanner) o).parseInt;
            }
        }, null);
        TypeSetup.getset(t, "parse_constant", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Scanner) o).parseConstant;
            }
        }, null);
        t.recomputeFlags();
    }

    private static int skipWhitespace(int[] buf, int idx) {
        while (idx < buf.length && isWhitespace(buf[idx])) {
            idx++;
        }
        return idx;
    }

    // CPython 3.11: Modules/_json.c _parse_object_unicode
    private static PyObject parseObject(Scanner s, PyStr pystr, int[] buf, int idx, Scanned out) {
        int endIdx = buf.length - 1;
        boolean hasPairsHook = s.objectPairsHook != NONE;
        List<PyObject> pairs = hasPairsHook ? new ArrayList<>() : null;
        PyDict rval = hasPairsHook ? null : new PyDict();
        idx = skipWhitespace(buf, idx);
        // only loop if the object is non-empty
        if (idx > endIdx || buf[idx] != '}') {
            while (true) {
                // the key
                if (idx > endIdx || buf[idx] != '"') {
                    throw errmsg("Expecting property name enclosed in double quotes", pystr, idx);
                }
                PyObject key = scanstring(pystr, buf, idx + 1, s.strict, out);
                PyObject memokey = s.memo.getItem(key);
                if (memokey == null) {
                    s.memo.setItem(key, key);
                } else {
                    key = memokey;
                }
                idx = skipWhitespace(buf, out.next);
                if (idx > endIdx || buf[idx] != ':') {
                    throw errmsg("Expecting ':' delimiter", pystr, idx);
                }
                idx = skipWhitespace(buf, idx + 1);
                // any JSON term
                PyObject val = scanOnce(s, pystr, buf, idx, out);
                if (hasPairsHook) {
                    pairs.add(new PyTuple(new PyObject[] {key, val}));
                } else {
                    rval.setItem(key, val);
                }
                idx = skipWhitespace(buf, out.next);
                // done when the object is closed, else there must be a ','
                if (idx <= endIdx && buf[idx] == '}') {
                    break;
                }
                if (idx > endIdx || buf[idx] != ',') {
                    throw errmsg("Expecting ',' delimiter", pystr, idx);
                }
                idx = skipWhitespace(buf, idx + 1);
            }
        }
        out.next = idx + 1;
        if (hasPairsHook) {
            return Abstract.call(s.objectPairsHook, new PyList(pairs.toArray(new PyObject[0])));
        }
        if (s.objectHook != NONE) {
            return Abstract.call(s.objectHook, rval);
        }
        return rval;
    }

    // CPython 3.11: Modules/_json.c _parse_array_unicode
    private static PyObject parseArray(Scanner s, PyStr pystr, int[] buf, int idx, Scanned out) {
        int endIdx = buf.length - 1;
        PyList rval = new PyList();
        idx = skipWhitespace(buf, idx);
        // only loop if the array is non-empty
        if (idx > endIdx || buf[idx] != ']') {
            while (true) {
                rval.append(scanOnce(s, pystr, buf, idx, out));
                idx = skipWhitespace(buf, out.next);
                // done when the array is closed, else there must be a ','
                if (idx <= endIdx && buf[idx] == ']') {
                    break;
                }
                if (idx > endIdx || buf[idx] != ',') {
                    throw errmsg("Expecting ',' delimiter", pystr, idx);
                }
                idx = skipWhitespace(buf, idx + 1);
            }
        }
        if (idx > endIdx || buf[idx] != ']') {
            throw errmsg("Expecting value", pystr, endIdx);
        }
        out.next = idx + 1;
        return rval;
    }

    // CPython 3.11: Modules/_json.c _parse_constant
    private static PyObject parseConstant(Scanner s, String constant, int idx, Scanned out) {
        PyObject rval = Abstract.call(s.parseConstant, new PyStr(constant));
        out.next = idx + constant.length();
        return rval;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    // CPython 3.11: Modules/_json.c _match_number_unicode
    private static PyObject matchNumber(Scanner s, int[] buf, int start, Scanned out) {
        int endIdx = buf.length - 1;
        int idx = start;
        boolean isFloat = false;
        // a sign, and then not the end of the string
        if (buf[idx] == '-') {
            idx++;
            if (idx > endIdx) {
                throw stopIteration(start);
            }
        }
        // the integer digits: one 0, or digits not starting with 0
        if (buf[idx] >= '1' && buf[idx] <= '9') {
            idx++;
            while (idx <= endIdx && isDigit(buf[idx])) {
                idx++;
            }
        } else if (buf[idx] == '0') {
            idx++;
        } else {
            throw stopIteration(start);
        }
        // a fraction: '.' followed by a digit
        if (idx < endIdx && buf[idx] == '.' && isDigit(buf[idx + 1])) {
            isFloat = true;
            idx += 2;
            while (idx <= endIdx && isDigit(buf[idx])) {
                idx++;
            }
        }
        // an exponent, or backtrack to the 'e'
        if (idx < endIdx && (buf[idx] == 'e' || buf[idx] == 'E')) {
            int eStart = idx;
            idx++;
            if (idx < endIdx && (buf[idx] == '-' || buf[idx] == '+')) {
                idx++;
            }
            while (idx <= endIdx && isDigit(buf[idx])) {
                idx++;
            }
            if (isDigit(buf[idx - 1])) {
                isFloat = true;
            } else {
                idx = eStart;
            }
        }
        PyObject custom;
        if (isFloat && s.parseFloat != PyFloat.TYPE) {
            custom = s.parseFloat;
        } else if (!isFloat && s.parseInt != PyInt.TYPE) {
            custom = s.parseInt;
        } else {
            custom = null;
        }
        String numstr = new String(buf, start, idx - start);
        PyObject rval;
        if (custom != null) {
            rval = Abstract.call(custom, new PyStr(numstr));
        } else if (isFloat) {
            rval = new PyFloat(NumberParse.parseFloat(numstr));
        } else {
            rval = NumberParse.parseInt(numstr, 10);
        }
        out.next = idx;
        return rval;
    }

    private static boolean startsWith(int[] buf, int idx, String word) {
        if (idx + word.length() > buf.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (buf[idx + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // CPython 3.11: Modules/_json.c scan_once_unicode
    static PyObject scanOnce(Scanner s, PyStr pystr, int[] buf, int idx, Scanned out) {
        if (idx < 0) {
            throw Exc.valueError("idx cannot be negative");
        }
        if (idx >= buf.length) {
            throw stopIteration(idx);
        }
        switch (buf[idx]) {
            case '"':
                return scanstring(pystr, buf, idx + 1, s.strict, out);
            case '{': {
                Interpreter in = Interpreter.enterRecursiveCall(" while decoding a JSON object from a unicode string");
                try {
                    return parseObject(s, pystr, buf, idx + 1, out);
                } finally {
                    Interpreter.leaveRecursiveCall(in);
                }
            }
            case '[': {
                Interpreter in = Interpreter.enterRecursiveCall(" while decoding a JSON array from a unicode string");
                try {
                    return parseArray(s, pystr, buf, idx + 1, out);
                } finally {
                    Interpreter.leaveRecursiveCall(in);
                }
            }
            case 'n':
                if (startsWith(buf, idx, "null")) {
                    out.next = idx + 4;
                    return NONE;
                }
                break;
            case 't':
                if (startsWith(buf, idx, "true")) {
                    out.next = idx + 4;
                    return PyBool.TRUE;
                }
                break;
            case 'f':
                if (startsWith(buf, idx, "false")) {
                    out.next = idx + 5;
                    return PyBool.FALSE;
                }
                break;
            case 'N':
                if (startsWith(buf, idx, "NaN")) {
                    return parseConstant(s, "NaN", idx, out);
                }
                break;
            case 'I':
                if (startsWith(buf, idx, "Infinity")) {
                    return parseConstant(s, "Infinity", idx, out);
                }
                break;
            case '-':
                if (startsWith(buf, idx, "-Infinity")) {
                    return parseConstant(s, "-Infinity", idx, out);
                }
                break;
            default:
                break;
        }
        // not a string, object, array or named constant: a number
        return matchNumber(s, buf, idx, out);
    }

    // ---------------------------------------------------------------- the encoder

    /** {@code make_encoder(...)} (CPython's PyEncoderObject). */
    static final class Encoder extends PyInstance {
        PyObject markers;
        PyObject defaultfn;
        PyObject encoder;
        PyObject indent;
        PyObject keySeparator;
        PyObject itemSeparator;
        boolean sortKeys;
        boolean skipkeys;
        boolean allowNan;
        /** The encoder is this module's encode_basestring(_ascii): call it directly. */
        PyBuiltinFunction fastEncode;

        Encoder(PyType cls) {
            super(cls);
        }
    }

    private static final String[] ENCODER_ARGS = {"markers", "default", "encoder", "indent", "key_separator",
        "item_separator", "sort_keys", "skipkeys", "allow_nan"};

    private static void setupEncoder() {
        PyType t = ENCODER;
        t.dict().setStr("__doc__", new PyStr("_iterencode(obj, _current_indent_level) -> iterable"));
        // CPython 3.11: Modules/_json.c encoder_new
        TypeSetup.defNew(t, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("make_encoder", a, kw, 1, ENCODER_ARGS, 9, 9);
                for (int i = 4; i <= 5; i++) {
                    if (!(p[i] instanceof PyStr)) {
                        throw Exc.typeError("make_encoder() argument " + (i + 1) + " must be str, not "
                                + Abstract.typeName(p[i]));
                    }
                }
                boolean sortKeys = Abstract.isTrue(p[6]);
                boolean skipkeys = Abstract.isTrue(p[7]);
                boolean allowNan = Abstract.isTrue(p[8]);
                if (p[0] != NONE && !(p[0] instanceof PyDict)) {
                    throw Exc.typeError("make_encoder() argument 1 must be dict or None, not " + Abstract.typeName(p[0]));
                }
                Encoder s = new Encoder((PyType) a[0]);
                s.markers = p[0];
                s.defaultfn = p[1];
                s.encoder = p[2];
                s.indent = p[3];
                s.keySeparator = p[4];
                s.itemSeparator = p[5];
                s.sortKeys = sortKeys;
                s.skipkeys = skipkeys;
                s.allowNan = allowNan;
                if (p[2] == ENCODE_BASESTRING_ASCII || p[2] == ENCODE_BASESTRING) {
                    s.fastEncode = (PyBuiltinFunction) p[2];
                }
                return s;
            }
        });
        // CPython 3.11: Modules/_json.c encoder_call
        TypeSetup.def(t, "__call__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("_iterencode", a, kw, 1, new String[] {"obj", "_current_indent_level"}, 2, 2);
                Encoder s = (Encoder) a[0];
                long indentLevel = ssize(p[1]);
                List<PyObject> acc = new ArrayList<>();
                listencodeObj(s, acc, p[0], indentLevel);
                return new PyList(acc.toArray(new PyObject[0]));
            }
        });
        TypeSetup.getset(t, "markers", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Encoder) o).markers;
            }
        }, null);
        TypeSetup.getset(t, "default", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Encoder) o).defaultfn;
            }
        }, null);
        TypeSetup.getset(t, "encoder", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Encoder) o).encoder;
            }
        }, null);
        TypeSetup.getset(t, "indent", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Encoder) o).indent;
            }
        }, null);
        TypeSetup.getset(t, "key_separator", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Encoder) o).keySeparator;
            }
        }, null);
        TypeSetup.getset(t, "item_separator", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return ((Encoder) o).itemSeparator;
            }
        }, null);
        TypeSetup.getset(t, "sort_keys", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return PyBool.of(((Encoder) o).sortKeys);
            }
        }, null);
        TypeSetup.getset(t, "skipkeys", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                return PyBool.of(((Encoder) o).skipkeys);
            }
        }, null);
        t.recomputeFlags();
    }

    private static final PyStr NULL = new PyStr("null");
    private static final PyStr TRUE = new PyStr("true");
    private static final PyStr FALSE = new PyStr("false");
    private static final PyStr OPEN_DICT = new PyStr("{");
    private static final PyStr CLOSE_DICT = new PyStr("}");
    private static final PyStr EMPTY_DICT = new PyStr("{}");
    private static final PyStr OPEN_ARRAY = new PyStr("[");
    private static final PyStr CLOSE_ARRAY = new PyStr("]");
    private static final PyStr EMPTY_ARRAY = new PyStr("[]");

    // CPython 3.11: Modules/_json.c _encoded_const
    private static PyStr encodedConst(PyObject o) {
        return o == NONE ? NULL : o == PyBool.TRUE ? TRUE : FALSE;
    }

    // CPython 3.11: Modules/_json.c encoder_encode_float
    private static PyStr encodeFloat(Encoder s, PyObject o) {
        double d = ((PyFloat) o).value;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            if (!s.allowNan) {
                throw Exc.valueError("Out of range float values are not JSON compliant");
            }
            return new PyStr(d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
        }
        return new PyStr(FloatFormat.repr(d));
    }

    // CPython 3.11: Modules/_json.c encoder_encode_string
    private static PyObject encodeString(Encoder s, PyObject o) {
        if (s.fastEncode != null) {
            return s.fastEncode == ENCODE_BASESTRING_ASCII ? asciiEscape((PyStr) o) : escape((PyStr) o);
        }
        PyObject encoded = Abstract.call(s.encoder, o);
        if (!(encoded instanceof PyStr)) {
            throw Exc.typeError("encoder() must return a string, not " + Abstract.typeName(encoded));
        }
        return encoded;
    }

    /** Enters {@code o} in the markers (circular reference check); the key to remove, or null. */
    private static PyObject markEnter(Encoder s, PyObject o) {
        if (s.markers == NONE) {
            return null;
        }
        PyDict markers = (PyDict) s.markers;
        PyObject ident = PyInt.of(Abstract.id(o));
        if (markers.containsKey(ident)) {
            throw Exc.valueError("Circular reference detected");
        }
        markers.setItem(ident, o);
        return ident;
    }

    private static void markLeave(Encoder s, PyObject ident) {
        if (ident != null) {
            PyDict markers = (PyDict) s.markers;
            if (markers.delItem(ident) == null) {
                throw Exc.keyError(ident);
            }
        }
    }

    // CPython 3.11: Modules/_json.c encoder_listencode_obj
    private static void listencodeObj(Encoder s, List<PyObject> acc, PyObject obj, long indentLevel) {
        if (obj == NONE || obj == PyBool.TRUE || obj == PyBool.FALSE) {
            acc.add(encodedConst(obj));
        } else if (obj instanceof PyStr) {
            acc.add(encodeString(s, obj));
        } else if (obj instanceof PyInt) {
            acc.add(new PyStr(IntText.toDecimal((PyInt) obj)));
        } else if (obj instanceof PyFloat) {
            acc.add(encodeFloat(s, obj));
        } else if (obj instanceof PyList || obj instanceof PyTuple) {
            Interpreter in = Interpreter.enterRecursiveCall(" while encoding a JSON object");
            try {
                listencodeList(s, acc, obj, indentLevel);
            } finally {
                Interpreter.leaveRecursiveCall(in);
            }
        } else if (obj instanceof PyDict) {
            Interpreter in = Interpreter.enterRecursiveCall(" while encoding a JSON object");
            try {
                listencodeDict(s, acc, (PyDict) obj, indentLevel);
            } finally {
                Interpreter.leaveRecursiveCall(in);
            }
        } else {
            PyObject ident = markEnter(s, obj);
            PyObject newobj = Abstract.call(s.defaultfn, obj);
            Interpreter in = Interpreter.enterRecursiveCall(" while encoding a JSON object");
            try {
                listencodeObj(s, acc, newobj, indentLevel);
            } finally {
                Interpreter.leaveRecursiveCall(in);
            }
            markLeave(s, ident);
        }
    }

    // CPython 3.11: Modules/_json.c encoder_listencode_dict
    private static void listencodeDict(Encoder s, List<PyObject> acc, PyDict dct, long indentLevel) {
        if (dct.size() == 0) {
            acc.add(EMPTY_DICT);
            return;
        }
        PyObject ident = markEnter(s, dct);
        acc.add(OPEN_DICT);
        // PyMapping_Items: a list of the items (a dict subclass's items())
        PyObject items;
        if (dct.type() == PyDict.TYPE) {
            PyObject[] keys = dct.keysArray();
            PyObject[] values = dct.valuesArray();
            PyObject[] pairs = new PyObject[keys.length];
            for (int i = 0; i < keys.length; i++) {
                pairs[i] = new PyTuple(new PyObject[] {keys[i], values[i]});
            }
            items = new PyList(pairs);
        } else {
            items = Abstract.call(PyList.TYPE, Abstract.callMethod(dct, "items"));
        }
        if (s.sortKeys) {
            Abstract.callMethod(items, "sort");
        }
        boolean first = true;
        for (PyObject item : ((PyList) items).toArray()) {
            if (!(item instanceof PyTuple) || ((PyTuple) item).size() != 2) {
                throw Exc.valueError("items must return 2-tuples");
            }
            PyObject key = ((PyTuple) item).get(0);
            PyObject kstr;
            if (key instanceof PyStr) {
                kstr = key;
            } else if (key instanceof PyFloat) {
                kstr = encodeFloat(s, key);
            } else if (key == PyBool.TRUE || key == PyBool.FALSE || key == NONE) {
                // before the int case: True and False are ints
                kstr = encodedConst(key);
            } else if (key instanceof PyInt) {
                kstr = new PyStr(IntText.toDecimal((PyInt) key));
            } else if (s.skipkeys) {
                continue;
            } else {
                throw Exc.typeError("keys must be str, int, float, bool or None, not " + Abstract.typeName(key));
            }
            if (!first) {
                acc.add(s.itemSeparator);
            }
            acc.add(encodeString(s, kstr));
            acc.add(s.keySeparator);
            listencodeObj(s, acc, ((PyTuple) item).get(1), indentLevel);
            first = false;
        }
        markLeave(s, ident);
        acc.add(CLOSE_DICT);
    }

    // CPython 3.11: Modules/_json.c encoder_listencode_list
    private static void listencodeList(Encoder s, List<PyObject> acc, PyObject seq, long indentLevel) {
        int n = seq instanceof PyList ? ((PyList) seq).size() : ((PyTuple) seq).size();
        if (n == 0) {
            acc.add(EMPTY_ARRAY);
            return;
        }
        PyObject ident = markEnter(s, seq);
        acc.add(OPEN_ARRAY);
        for (int i = 0; i < (seq instanceof PyList ? ((PyList) seq).size() : n); i++) {
            PyObject obj = seq instanceof PyList ? ((PyList) seq).get(i) : ((PyTuple) seq).get(i);
            if (i > 0) {
                acc.add(s.itemSeparator);
            }
            listencodeObj(s, acc, obj, indentLevel);
        }
        markLeave(s, ident);
        acc.add(CLOSE_ARRAY);
    }
}
