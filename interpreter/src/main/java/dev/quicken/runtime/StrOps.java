package dev.quicken.runtime;

import java.util.ArrayList;
import java.util.List;

/** Methods of {@code str} (CPython 3.11: Objects/unicodeobject.c). */
public final class StrOps {

    private StrOps() {
    }

    static String s(PyObject o) {
        return ((PyStr) o).value;
    }

    static PyStr str(String s) {
        return new PyStr(s);
    }

    /** CPython 3.11: Objects/unicodeobject.c unicode_repr. */
    public static String repr(String s) {
        return Repr.str(s);
    }

    /** CPython 3.11: Py_UNICODE_ISPRINTABLE (approximated with Java's general categories). */
    public static boolean isPrintable(int c) {
        if (c != ' ') {
            return Repr.isPrintable(c);
        }
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Length in code points. */
    public static int len(String s) {
        return hasSurrogates(s) ? s.codePointCount(0, s.length()) : s.length();
    }

    /** {@code s[index]} with Python's negative indexing. */
    public static PyStr getItem(String s, PyObject key) {
        if (key instanceof PySlice) {
            return str(slice(s, (PySlice) key));
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            // CPython 3.11: Objects/unicodeobject.c unicode_subscript
            throw Exc.typeError("string indices must be integers, not '" + Abstract.typeName(key) + "'");
        }
        long i = Abstract.asIndex(key, "string");
        if (!hasSurrogates(s)) {
            if (i < 0) {
                i += s.length();
            }
            if (i < 0 || i >= s.length()) {
                throw Exc.indexError("string index out of range");
            }
            return str(String.valueOf(s.charAt((int) i)));
        }
        int[] cps = s.codePoints().toArray();
        if (i < 0) {
            i += cps.length;
        }
        if (i < 0 || i >= cps.length) {
            throw Exc.indexError("string index out of range");
        }
        return str(new String(cps, (int) i, 1));
    }

    static String slice(String s, PySlice sl) {
        boolean sur = hasSurrogates(s);
        int[] cps = sur ? s.codePoints().toArray() : null;
        int n = sur ? cps.length : s.length();
        long[] ix = sl.indices(n);
        long start = ix[0];
        long step = ix[2];
        long len = ix[3];
        if (step == 1 && !sur) {
            return s.substring((int) start, (int) (start + len));
        }
        StringBuilder sb = new StringBuilder((int) len);
        for (long k = 0, j = start; k < len; k++, j += step) {
            if (sur) {
                sb.appendCodePoint(cps[(int) j]);
            } else {
                sb.append(s.charAt((int) j));
            }
        }
        return sb.toString();
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
                || c == 0x1e || c == 0x1f || c == 0x85 || (c > 0x7f && Character.isWhitespace(c)) || c == 0xa0
                || c == 0x2007 || c == 0x202f;
    }

    public static String strip(String s, PyObject chars, boolean left, boolean right) {
        int a = 0;
        int b = s.length();
        if (chars == null || chars == PyNone.NONE) {
            while (left && a < b && isSpace(s.charAt(a))) {
                a++;
            }
            while (right && b > a && isSpace(s.charAt(b - 1))) {
                b--;
            }
        } else {
            String cs = s(chars);
            while (left && a < b && cs.indexOf(s.charAt(a)) >= 0) {
                a++;
            }
            while (right && b > a && cs.indexOf(s.charAt(b - 1)) >= 0) {
                b--;
            }
        }
        return s.substring(a, b);
    }

    public static PyList split(String s, PyObject sep, int maxsplit) {
        PyList out = new PyList();
        if (sep == null || sep == PyNone.NONE) {
            int i = 0;
            int n = s.length();
            int splits = 0;
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && splits >= maxsplit) {
                    // CPython 3.11: Objects/stringlib/split.h split_whitespace (the rest is kept as is)
                    out.append(str(s.substring(i)));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                out.append(str(s.substring(i, j)));
                splits++;
                i = j;
            }
            return out;
        }
        String sp = s(sep);
        if (sp.isEmpty()) {
            throw Exc.valueError("empty separator");
        }
        int i = 0;
        int splits = 0;
        while (maxsplit < 0 || splits < maxsplit) {
            int j = s.indexOf(sp, i);
            if (j < 0) {
                break;
            }
            out.append(str(s.substring(i, j)));
            i = j + sp.length();
            splits++;
        }
        out.append(str(s.substring(i)));
        return out;
    }

    public static PyList rsplit(String s, PyObject sep, int maxsplit) {
        if (maxsplit < 0) {
            return split(s, sep, maxsplit);
        }
        List<PyObject> parts = new ArrayList<>();
        if (sep == null || sep == PyNone.NONE) {
            int e = s.length();
            int splits = 0;
            while (true) {
                while (e > 0 && isSpace(s.charAt(e - 1))) {
                    e--;
                }
                if (e <= 0) {
                    break;
                }
                if (splits >= maxsplit) {
                    parts.add(str(s.substring(0, e)));
                    break;
                }
                int b = e;
                while (b > 0 && !isSpace(s.charAt(b - 1))) {
                    b--;
                }
                parts.add(str(s.substring(b, e)));
                splits++;
                e = b;
            }
        } else {
            String sp = s(sep);
            if (sp.isEmpty()) {
                throw Exc.valueError("empty separator");
            }
            int e = s.length();
            int splits = 0;
            while (splits < maxsplit) {
                int j = s.lastIndexOf(sp, e - sp.length());
                if (j < 0) {
                    break;
                }
                parts.add(str(s.substring(j + sp.length(), e)));
                e = j;
                splits++;
            }
            parts.add(str(s.substring(0, e)));
        }
        PyList out = new PyList();
        for (int i = parts.size() - 1; i >= 0; i--) {
            out.append(parts.get(i));
        }
        return out;
    }

    public static String join(String sep, PyObject iterable) {
        PyObject[] items = Abstract.toArray(iterable);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr)) {
                throw Exc.typeError("sequence item " + i + ": expected str instance, " + Abstract.typeName(items[i])
                        + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s(items[i]));
        }
        return sb.toString();
    }

    public static String replace(String s, String old, String nw, long count) {
        if (count < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(nw);
                for (int i = 0; i < s.length(); i++) {
                    sb.append(s.charAt(i)).append(nw);
                }
                return sb.toString();
            }
            return s.replace(old, nw);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        if (old.isEmpty()) {
            while (done < count && i <= s.length()) {
                sb.append(nw);
                if (i < s.length()) {
                    sb.append(s.charAt(i));
                }
                i++;
                done++;
            }
            if (i <= s.length()) {
                sb.append(s, Math.min(i, s.length()), s.length());
            }
            return sb.toString();
        }
        while (done < count) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(nw);
            i = j + old.length();
            done++;
        }
        sb.append(s.substring(i));
        return sb.toString();
    }

    /** Resolves optional start/end arguments into [start, end) char indices. */
    static int[] range(String s, PyObject[] a, int from) {
        int n = s.length();
        long st = 0;
        long en = n;
        if (a.length > from && a[from] != PyNone.NONE) {
            st = Abstract.indexClamped(a[from]);
        }
        if (a.length > from + 1 && a[from + 1] != PyNone.NONE) {
            en = Abstract.indexClamped(a[from + 1]);
        }
        if (st < 0) {
            st = Math.max(0, st + n);
        }
        if (en < 0) {
            en = Math.max(0, en + n);
        }
        if (en > n) {
            en = n;
        }
        return new int[] {(int) Math.min(st, n + 1L), (int) en};
    }

    public static long find(String s, String sub, PyObject[] a, boolean reverse) {
        int[] r = range(s, a, 2);
        if (r[0] > r[1] || r[0] > s.length()) {
            return -1;
        }
        String region = s.substring(r[0], r[1]);
        int i = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
        return i < 0 ? -1 : i + r[0];
    }

    public static long count(String s, String sub, PyObject[] a) {
        int[] r = range(s, a, 2);
        if (r[0] > r[1] || r[0] > s.length()) {
            return 0;
        }
        String region = s.substring(r[0], r[1]);
        if (sub.isEmpty()) {
            return region.length() + 1;
        }
        long c = 0;
        int i = 0;
        while ((i = region.indexOf(sub, i)) >= 0) {
            c++;
            i += sub.length();
        }
        return c;
    }

    public static boolean startsOrEnds(String s, PyObject prefix, PyObject[] a, boolean ends) {
        int[] r = range(s, a, 2);
        if (r[0] > s.length()) {
            return false;
        }
        String region = r[0] <= r[1] ? s.substring(r[0], r[1]) : "";
        if (prefix instanceof PyTuple) {
            for (PyObject p : ((PyTuple) prefix).items) {
                if (startsOrEnds1(region, p, ends, r[0] > r[1])) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof PyStr)) {
            throw Exc.typeError((ends ? "endswith" : "startswith") + " first arg must be str or a tuple of str, not "
                    + Abstract.typeName(prefix));
        }
        return startsOrEnds1(region, prefix, ends, r[0] > r[1]);
    }

    private static boolean startsOrEnds1(String region, PyObject p, boolean ends, boolean empty) {
        String ps = s(p);
        if (empty) {
            return false;
        }
        return ends ? region.endsWith(ps) : region.startsWith(ps);
    }

    public static String pad(String s, long width, String fill, int align) {
        if (len(fill) != 1) {
            throw Exc.typeError("The fill character must be exactly one character long");
        }
        int n = len(s);
        if (width <= n) {
            return s;
        }
        int total = (int) width - n;
        int left;
        if (align < 0) {
            left = 0;
        } else if (align > 0) {
            left = total;
        } else {
            left = total / 2 + (total & (int) width & 1);
        }
        return fill.repeat(left) + s + fill.repeat(total - left);
    }

    public static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (prevCased) {
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(Character.toTitleCase(c));
            }
            prevCased = Character.isLetter(c) && (Character.isUpperCase(c) || Character.isLowerCase(c)
                    || Character.isTitleCase(c));
        }
        return sb.toString();
    }

    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        return Character.toTitleCase(s.charAt(0)) + s.substring(1).toLowerCase();
    }

    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c)
                    : Character.isLowerCase(c) ? Character.toUpperCase(c) : c);
        }
        return sb.toString();
    }

    public static PyList splitlines(String s, boolean keepends) {
        PyList out = new PyList();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.append(str(s.substring(i, keepends ? j : eol)));
            i = j;
        }
        return out;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    public static String expandtabs(String s, int tab) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tab > 0) {
                    int sp = tab - col % tab;
                    sb.append(" ".repeat(sp));
                    col += sp;
                }
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c0 = s.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(c0) || c0 == '_')) {
            return false;
        }
        for (int i = Character.charCount(c0); i < s.length();) {
            int c = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** {@code fmt % args} (the values slice's {@link PercentFormat} with the object model as host). */
    public static String percent(String fmt, PyObject args) {
        try {
            return PercentFormat.format(fmt, args, HOST);
        } catch (PyTypedError e) {
            throw Exc.fromTyped(e);
        }
    }

    static final PercentFormat.Host HOST = new PercentFormat.Host() {
        @Override
        public String str(PyObject v) {
            return Abstract.str(v);
        }

        @Override
        public String repr(PyObject v) {
            return Abstract.repr(v);
        }

        @Override
        public String ascii(PyObject v) {
            return Repr.ascii(Abstract.repr(v));
        }

        @Override
        public boolean isMapping(PyObject v) {
            return v.type().lookup("__getitem__") != null;
        }

        @Override
        public PyObject getItem(PyObject mapping, PyObject key) {
            return Abstract.getItem(mapping, key);
        }

        @Override
        public boolean isNumber(PyObject v) {
            PyType t = v.type();
            return v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex || t.lookup("__index__") != null
                    || t.lookup("__int__") != null || t.lookup("__float__") != null;
        }

        @Override
        public PyInt index(PyObject v) {
            if (v instanceof PyInt || v.type().lookup("__index__") != null) {
                return Abstract.index(v);
            }
            return null;
        }

        @Override
        public PyInt toInt(PyObject v) {
            if (v instanceof PyFloat) {
                return FloatOps.toInt(((PyFloat) v).value);
            }
            if (v instanceof PyInt || v.type().lookup("__int__") != null || v.type().lookup("__index__") != null
                    || v.type().lookup("__trunc__") != null) {
                return BuiltinMethods.intNew(v, null);
            }
            return null;
        }

        @Override
        public double toDouble(PyObject v) {
            return Abstract.asDouble(v);
        }
    };
}
