package dev.quicken.runtime;

import dev.quicken.code.CodeObject;
import java.util.function.Function;

/**
 * {@code repr()} of the core immutable values, exactly as CPython 3.11 prints them.
 *
 * <p>{@link #repr(PyObject)} handles None, bool, int, float, complex, str, bytes, tuple,
 * frozenset, Ellipsis and code objects; anything else falls back to {@code toString()}, or to a
 * caller-supplied function with {@link #repr(PyObject, Function)} (the runtime passes its own
 * {@code repr} so that containers of arbitrary objects print right).
 *
 * <p>{@code repr(int)} obeys {@code sys.set_int_max_str_digits} ({@link IntText#maxStrDigits}) and
 * then throws {@link PyTypedError} ("ValueError"), as CPython does.
 */
public final class Repr {

    private Repr() {
    }

    /** {@code repr(obj)} for None, bool, int, float, complex, str, bytes, tuple, frozenset, Ellipsis, code. */
    public static String repr(PyObject obj) {
        return repr(obj, Repr::fallback);
    }

    /** {@code repr(obj)}, using {@code other} for objects that are not core values (also inside containers). */
    public static String repr(PyObject obj, Function<PyObject, String> other) {
        StringBuilder sb = new StringBuilder();
        append(sb, obj, other);
        return sb.toString();
    }

    private static String fallback(PyObject obj) {
        return String.valueOf(obj);
    }

    private static void append(StringBuilder sb, PyObject obj, Function<PyObject, String> other) {
        if (obj instanceof PyStr) {
            appendStr(sb, (PyStr) obj);
        } else if (obj instanceof PyBool) {
            sb.append(((PyBool) obj).value != 0 ? "True" : "False");
        } else if (obj instanceof PyInt) {
            sb.append(IntText.toDecimal((PyInt) obj));
        } else if (obj instanceof PyFloat) {
            sb.append(FloatFormat.repr(((PyFloat) obj).value));
        } else if (obj instanceof PyNone) {
            sb.append("None");
        } else if (obj instanceof PyTuple) {
            PyObject[] items = ((PyTuple) obj).items;
            sb.append('(');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(sb, items[i], other);
            }
            if (items.length == 1) {
                sb.append(',');
            }
            sb.append(')');
        } else if (obj instanceof PyBytes) {
            appendBytes(sb, ((PyBytes) obj).value);
        } else if (obj instanceof PyComplex) {
            PyComplex c = (PyComplex) obj;
            sb.append(complex(c.real, c.imag));
        } else if (obj instanceof PyFrozenSet) {
            PyObject[] items = ((PyFrozenSet) obj).items();
            if (items.length == 0) {
                sb.append("frozenset()");
                return;
            }
            sb.append("frozenset({");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(sb, items[i], other);
            }
            sb.append("})");
        } else if (obj instanceof PyEllipsis) {
            sb.append("Ellipsis");
        } else if (obj instanceof CodeObject) {
            CodeObject co = (CodeObject) obj;
            // CPython 3.11: Objects/codeobject.c code_repr (the address is a stable fake)
            sb.append("<code object ").append(co.name == null ? "???" : co.name.value)
                    .append(" at ").append(fakeAddress(co));
            if (co.filename != null) {
                sb.append(", file \"").append(co.filename.value).append('"');
            } else {
                sb.append(", file ???");
            }
            sb.append(", line ").append(co.firstlineno).append('>');
        } else {
            sb.append(other.apply(obj));
        }
    }

    /** A stable stand-in for {@code %p}: the same for one object for as long as it lives. */
    public static String fakeAddress(Object o) {
        long a = 0x7f0000000000L + ((System.identityHashCode(o) & 0xffffffffL) << 4);
        return "0x" + Long.toHexString(a);
    }

    /** {@code repr(complex(real, imag))}. */
    // CPython 3.11: Objects/complexobject.c complex_repr
    public static String complex(double real, double imag) {
        if (real == 0.0 && Math.copySign(1.0, real) == 1.0) {
            return FloatFormat.toString(imag, 'r', 0, 0) + "j";
        }
        return "(" + FloatFormat.toString(real, 'r', 0, 0)
                + FloatFormat.toString(imag, 'r', 0, FloatFormat.DTSF_SIGN) + "j)";
    }

    /** {@code repr(str)}. */
    public static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendStr(sb, s);
        return sb.toString();
    }

    /** {@code ascii()} from a repr text: non-ASCII code points as backslash escapes. */
    // CPython 3.11: Objects/object.c PyObject_ASCII (backslashreplace)
    public static String ascii(String reprText) {
        StringBuilder sb = null;
        int n = reprText.length();
        for (int i = 0; i < n; ) {
            int ch = reprText.codePointAt(i);
            int next = i + Character.charCount(ch);
            if (ch >= 0x80 && sb == null) {
                sb = new StringBuilder(n + 16).append(reprText, 0, i);
            }
            if (sb != null) {
                if (ch < 0x80) {
                    sb.append((char) ch);
                } else if (ch <= 0xff) {
                    sb.append("\\x").append(HEX[(ch >> 4) & 0xf]).append(HEX[ch & 0xf]);
                } else if (ch <= 0xffff) {
                    sb.append("\\u");
                    hex(sb, ch, 4);
                } else {
                    sb.append("\\U");
                    hex(sb, ch, 8);
                }
            }
            i = next;
        }
        return sb == null ? reprText : sb.toString();
    }

    /** {@code repr(bytes)}. */
    public static String bytes(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length + 3);
        appendBytes(sb, b);
        return sb.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code repr(str)}, exact also for a string with paired surrogate code points. */
    public static String str(PyStr s) {
        StringBuilder sb = new StringBuilder(s.value.length() + 2);
        appendStr(sb, s);
        return sb.toString();
    }

    static void appendStr(StringBuilder sb, PyStr s) {
        if (s.codePoints == null) {
            appendStr(sb, s.value);
            return;
        }
        char quote = quoteFor(s.value);
        sb.append(quote);
        for (int ch : s.codePoints) {
            appendStrChar(sb, ch, quote);
        }
        sb.append(quote);
    }

    private static char quoteFor(String s) {
        return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_repr
    static void appendStr(StringBuilder sb, String s) {
        char quote = quoteFor(s);
        sb.append(quote);
        int n = s.length();
        for (int i = 0; i < n; ) {
            int ch = s.codePointAt(i);
            i += Character.charCount(ch);
            appendStrChar(sb, ch, quote);
        }
        sb.append(quote);
    }

    private static void appendStrChar(StringBuilder sb, int ch, char quote) {
        if (ch == quote || ch == '\\') {
            sb.append('\\').append((char) ch);
        } else if (ch == '\t') {
            sb.append("\\t");
        } else if (ch == '\n') {
            sb.append("\\n");
        } else if (ch == '\r') {
            sb.append("\\r");
        } else if (ch < ' ' || ch == 0x7f) {
            sb.append("\\x").append(HEX[(ch >> 4) & 0xf]).append(HEX[ch & 0xf]);
        } else if (ch < 0x7f) {
            sb.append((char) ch);
        } else if (isPrintable(ch)) {
            sb.appendCodePoint(ch);
        } else if (ch <= 0xff) {
            sb.append("\\x").append(HEX[(ch >> 4) & 0xf]).append(HEX[ch & 0xf]);
        } else if (ch <= 0xffff) {
            sb.append("\\u");
            hex(sb, ch, 4);
        } else {
            sb.append("\\U");
            hex(sb, ch, 8);
        }
    }

    private static void hex(StringBuilder sb, int v, int digits) {
        for (int k = digits - 1; k >= 0; k--) {
            sb.append(HEX[(v >>> (4 * k)) & 0xf]);
        }
    }

    /** {@code str.isprintable()} for one code point (Unicode 14.0.0, as CPython 3.11). */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7f) {
            return cp >= ' ';
        }
        return UnicodeTables.inRuns(UnicodeTables.PRINTABLE, cp);
    }

    // CPython 3.11: Objects/bytesobject.c PyBytes_Repr
    static void appendBytes(StringBuilder sb, byte[] b) {
        char quote = '\'';
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            if (x == '\'') {
                hasSingle = true;
            } else if (x == '"') {
                hasDouble = true;
            }
        }
        if (hasSingle && !hasDouble) {
            quote = '"';
        }
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
    }
}
