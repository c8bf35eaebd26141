package dev.quicken.runtime;

/** {@code str.format} (CPython 3.11: Objects/stringlib/unicode_format.h). */
public final class StrFormat {

    private StrFormat() {
    }

    public static String format(String fmt, PyObject[] a, String[] kw) {
        int npos = Args.npos(a, kw);
        PyDict kwargs = new PyDict();
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                kwargs.setStr(kw[i], a[npos + i]);
            }
        }
        PyObject[] pos = Items.copyOfRange(a, 1, npos);
        return render(fmt, pos, kwargs, new int[] {0}, 2);
    }

    public static String formatMap(String fmt, PyObject mapping) {
        return render(fmt, new PyObject[0], mapping, new int[] {0}, 2);
    }

    private static String render(String fmt, PyObject[] pos, PyObject kwargs, int[] auto, int depth) {
        if (depth < 0) {
            throw Exc.valueError("Max string recursion exceeded");
        }
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i++;
                    continue;
                }
                throw Exc.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                sb.append(c);
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                sb.append('{');
                i++;
                continue;
            }
            if (i + 1 == n) {
                // CPython 3.11: Objects/stringlib/unicode_format.h MarkupIterator_next
                throw Exc.valueError("Single '{' encountered in format string");
            }
            int level = 1;
            int j = i + 1;
            while (j < n && level > 0) {
                if (fmt.charAt(j) == '{') {
                    level++;
                } else if (fmt.charAt(j) == '}') {
                    level--;
                }
                j++;
            }
            if (level > 0) {
                throw Exc.valueError("expected '}' before end of string");
            }
            String field = fmt.substring(i + 1, j - 1);
            i = j - 1;
            String spec = "";
            char conv = 0;
            int colon = -1;
            int bracket = 0;
            for (int k = 0; k < field.length(); k++) {
                char fc = field.charAt(k);
                if (fc == '[') {
                    bracket++;
                } else if (fc == ']') {
                    bracket--;
                } else if (fc == ':' && bracket == 0) {
                    colon = k;
                    break;
                }
            }
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            int bang = field.indexOf('!');
            if (bang >= 0) {
                if (bang + 2 != field.length()) {
                    throw Exc.valueError("expected ':' after conversion specifier");
                }
                conv = field.charAt(bang + 1);
                field = field.substring(0, bang);
            }
            PyObject v = resolve(field, pos, kwargs, auto);
            if (conv == 'r') {
                v = Abstract.reprObj(v);
            } else if (conv == 's') {
                v = Abstract.strObj(v);
            } else if (conv == 'a') {
                v = new PyStr(Repr.ascii(Abstract.repr(v)));
            } else if (conv != 0) {
                throw Exc.valueError("Unknown conversion specifier " + conv);
            }
            if (spec.indexOf('{') >= 0) {
                spec = render(spec, pos, kwargs, auto, depth - 1);
            }
            sb.append(Abstract.str(Builtin.format(v, spec)));
        }
        return sb.toString();
    }

    private static PyObject resolve(String field, PyObject[] pos, PyObject kwargs, int[] auto) {
        int k = 0;
        while (k < field.length() && field.charAt(k) != '.' && field.charAt(k) != '[') {
            k++;
        }
        String first = field.substring(0, k);
        PyObject v;
        if (first.isEmpty()) {
            if (auto[0] < 0) {
                throw Exc.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            int idx = auto[0]++;
            if (idx >= pos.length) {
                throw Exc.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            v = pos[idx];
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto[0] > 0) {
                throw Exc.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            auto[0] = -1;
            int idx = Integer.parseInt(first);
            if (idx >= pos.length) {
                throw Exc.indexError("Replacement index " + idx + " out of range for positional args tuple");
            }
            v = pos[idx];
        } else {
            v = Abstract.getItem(kwargs, new PyStr(first));
        }
        while (k < field.length()) {
            if (field.charAt(k) == '.') {
                int e = k + 1;
                while (e < field.length() && field.charAt(e) != '.' && field.charAt(e) != '[') {
                    e++;
                }
                v = Abstract.getAttr(v, field.substring(k + 1, e));
                k = e;
            } else {
                int e = field.indexOf(']', k);
                String key = field.substring(k + 1, e);
                PyObject kk = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                        ? PyInt.of(Long.parseLong(key)) : new PyStr(key);
                v = Abstract.getItem(v, kk);
                k = e + 1;
            }
        }
        return v;
    }

    /** Small bridge so str.format and f-strings share {@code format()}. */
    public static final class Builtin {
        private Builtin() {
        }

        /** CPython 3.11: Objects/abstract.c PyObject_Format. */
        public static PyObject format(PyObject v, String spec) {
            if (spec.isEmpty()) {
                if (v instanceof PyStr && v.type() == PyStr.TYPE) {
                    return v;
                }
                if (v.getClass() == PyInt.class) {
                    return new PyStr(v.toString());
                }
            }
            PyObject m = v.type().lookup("__format__");
            PyObject r = Abstract.callMethodDescr(m, v, new PyObject[] {new PyStr(spec)}, null);
            if (!(r instanceof PyStr)) {
                throw Exc.typeError("__format__ must return a str, not " + Abstract.typeName(r));
            }
            return r;
        }
    }
}
