package dev.quicken.runtime;

import java.math.BigInteger;

/**
 * The format-specification mini-language ({@code format(value, spec)}, {@code str.format} fields,
 * f-strings) for int, bool, float, complex and str, exactly as CPython 3.11's
 * {@code Python/formatter_unicode.c} (in the C locale, so 'n' groups nothing and uses '.').
 *
 * <p>{@link #format(PyObject, String)} is {@code format(obj, spec)} for those types; errors are
 * {@link PyTypedError}s with CPython's type and message (ValueError for bad specifiers,
 * OverflowError for {@code %c} out of range or an int too large for a float).
 */
public final class FormatSpec {

    private FormatSpec() {
    }

    /** Parsed {@code InternalFormatSpec}. */
    static final class Spec {
        int fill = ' ';
        int align;
        boolean alternate;
        boolean noNeg0;
        int sign;            // 0, '+', '-', ' '
        long width = -1;
        int separators;      // 0, ',', '_', or UNDER_FOUR
        long precision = -1;
        int type;
    }

    static final int UNDER_FOUR = 1;

    /** {@code format(obj, spec)} for int, bool, float, complex and str. */
    public static String format(PyObject obj, String spec) {
        if (obj instanceof PyStr) {
            return formatStr(((PyStr) obj).value, spec, "str");
        }
        if (obj instanceof PyInt) {
            return formatInt((PyInt) obj, spec);
        }
        if (obj instanceof PyFloat) {
            return formatFloat(((PyFloat) obj).value, spec, "float");
        }
        if (obj instanceof PyComplex) {
            PyComplex c = (PyComplex) obj;
            return formatComplex(c.real, c.imag, spec);
        }
        throw new IllegalArgumentException("FormatSpec.format: not a core value: " + obj.type().name());
    }

    private static String typeName(PyInt v) {
        return v instanceof PyBool ? "bool" : "int";
    }

    /** The spec as code points (CPython indexes code points, not UTF-16 units). */
    private static int[] cps(String s) {
        return s.codePoints().toArray();
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    // CPython 3.11: Python/formatter_unicode.c parse_internal_render_format_spec
    static Spec parse(String specText, String typeName, int defaultType, int defaultAlign) {
        int[] s = cps(specText);
        int end = s.length;
        int pos = 0;
        Spec f = new Spec();
        f.align = defaultAlign;
        f.type = defaultType;
        boolean alignSpecified = false;
        boolean fillSpecified = false;
        if (end - pos >= 2 && isAlign(s[pos + 1])) {
            f.align = s[pos + 1];
            f.fill = s[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(s[pos])) {
            f.align = s[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && (s[pos] == ' ' || s[pos] == '+' || s[pos] == '-')) {
            f.sign = s[pos];
            pos++;
        }
        if (end - pos >= 1 && s[pos] == 'z') {
            f.noNeg0 = true;
            pos++;
        }
        if (end - pos >= 1 && s[pos] == '#') {
            f.alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && s[pos] == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int[] p = {pos};
        long[] value = new long[1];
        int consumed = getInteger(s, p, end, value);
        pos = p[0];
        f.width = consumed == 0 ? -1 : value[0];
        if (end - pos > 0 && s[pos] == ',') {
            f.separators = ',';
            pos++;
        }
        if (end - pos > 0 && s[pos] == '_') {
            if (f.separators != 0) {
                throw PyTypedError.valueError("Cannot specify both ',' and '_'.");
            }
            f.separators = '_';
            pos++;
        }
        if (end - pos > 0 && s[pos] == ',' && f.separators == '_') {
            throw PyTypedError.valueError("Cannot specify both ',' and '_'.");
        }
        if (end - pos > 0 && s[pos] == '.') {
            pos++;
            p[0] = pos;
            consumed = getInteger(s, p, end, value);
            pos = p[0];
            if (consumed == 0) {
                throw PyTypedError.valueError("Format specifier missing precision");
            }
            f.precision = value[0];
        }
        if (end - pos > 1) {
            throw PyTypedError.valueError("Invalid format specifier '" + specText + "' for object of type '"
                    + typeName + "'");
        }
        if (end - pos == 1) {
            f.type = s[pos];
            pos++;
        }
        if (f.separators != 0) {
            switch (f.type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.separators == '_') {
                        f.separators = UNDER_FOUR;
                        break;
                    }
                    throw invalidThousandsSeparatorType(f.separators, f.type);
                default:
                    throw invalidThousandsSeparatorType(f.separators == UNDER_FOUR ? '_' : f.separators, f.type);
            }
        }
        return f;
    }

    // CPython 3.11: Python/formatter_unicode.c get_integer
    private static int getInteger(int[] s, int[] pos, int end, long[] result) {
        long acc = 0;
        int n = 0;
        int p = pos[0];
        for (; p < end; p++, n++) {
            int d = UnicodeTables.decimal(s[p]);
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PyTypedError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        pos[0] = p;
        result[0] = acc;
        return n;
    }

    private static PyTypedError invalidThousandsSeparatorType(int specifier, int type) {
        if (type > 32 && type < 128) {
            return PyTypedError.valueError("Cannot specify '" + (char) specifier + "' with '" + (char) type + "'.");
        }
        return PyTypedError.valueError("Cannot specify '" + (char) specifier + "' with '\\x"
                + Integer.toHexString(type) + "'.");
    }

    private static PyTypedError unknownPresentationType(int type, String typeName) {
        if (type > 32 && type < 128) {
            return PyTypedError.valueError("Unknown format code '" + (char) type + "' for object of type '"
                    + typeName + "'");
        }
        return PyTypedError.valueError("Unknown format code '\\x" + Integer.toHexString(type)
                + "' for object of type '" + typeName + "'");
    }

    // ---------------------------------------------------------------- str

    /** {@code format(str, spec)}; {@code typeName} names the object's type in errors. */
    // CPython 3.11: Python/formatter_unicode.c _PyUnicode_FormatAdvancedWriter
    public static String formatStr(String value, String specText, String typeName) {
        if (specText.isEmpty()) {
            return value;
        }
        Spec f = parse(specText, typeName, 's', '<');
        if (f.type != 's') {
            throw unknownPresentationType(f.type, typeName);
        }
        return formatStringInternal(value, f);
    }

    // CPython 3.11: Python/formatter_unicode.c format_string_internal
    private static String formatStringInternal(String value, Spec f) {
        int len = value.codePointCount(0, value.length());
        if (f.sign != 0) {
            throw PyTypedError.valueError(f.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNeg0) {
            throw PyTypedError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PyTypedError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PyTypedError.valueError("'=' alignment not allowed in string format specifier");
        }
        if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) {
            return value;
        }
        String shown = value;
        if (f.precision >= 0 && len >= f.precision) {
            len = (int) f.precision;
            shown = value.substring(0, value.offsetByCodePoints(0, len));
        }
        long total = f.width >= 0 && f.width > len ? f.width : len;
        long lpad = lpad(total - len, f.align);
        StringBuilder sb = new StringBuilder();
        fill(sb, f.fill, lpad);
        sb.append(shown);
        fill(sb, f.fill, total - len - lpad);
        return sb.toString();
    }

    // CPython 3.11: Python/formatter_unicode.c calc_padding
    private static long lpad(long room, int align) {
        if (align == '>') {
            return room;
        } else if (align == '^') {
            return room / 2;
        }
        return 0;
    }

    private static void fill(StringBuilder sb, int fillChar, long n) {
        if (n > Integer.MAX_VALUE - 16) {
            throw new OutOfMemoryError("format width too large");
        }
        for (long i = 0; i < n; i++) {
            sb.appendCodePoint(fillChar);
        }
    }

    // ---------------------------------------------------------------- numbers: layout

    /** The locale's grouping: {@code groupWidth} 0 means none. */
    private static final class Locale {
        final String thousandsSep;
        final int groupWidth;

        Locale(String thousandsSep, int groupWidth) {
            this.thousandsSep = thousandsSep;
            this.groupWidth = groupWidth;
        }
    }

    // CPython 3.11: Python/formatter_unicode.c get_locale_info (the C locale for 'n')
    private static Locale locale(int separators, boolean currentLocale) {
        if (currentLocale) {
            return new Locale("", 0);
        }
        switch (separators) {
            case ',':
                return new Locale(",", 3);
            case '_':
                return new Locale("_", 3);
            case UNDER_FOUR:
                return new Locale("_", 4);
            default:
                return new Locale("", 0);
        }
    }

    /**
     * Digits grouped from the right, zero-padded to at least {@code minWidth} characters when that
     * is positive.
     */
    // CPython 3.11: Objects/unicodeobject.c _PyUnicode_InsertThousandsGrouping
    private static String group(String digits, long minWidth, Locale loc) {
        minWidth = Math.max(0, minWidth);
        int sepLen = loc.thousandsSep.length();
        long remaining = digits.length();
        int digitsPos = digits.length();
        java.util.ArrayList<String> chunks = new java.util.ArrayList<>();  // right to left
        boolean useSeparator = false;
        boolean loopBroken = false;
        if (loc.groupWidth > 0) {
            while (true) {
                long len = Math.min(loc.groupWidth, Math.max(Math.max(remaining, minWidth), 1));
                long nZeros = Math.max(0, len - remaining);
                long nChars = Math.max(0, Math.min(remaining, len));
                chunks.add(chunk(digits, digitsPos, nChars, nZeros, useSeparator ? loc.thousandsSep : ""));
                digitsPos -= nChars;
                useSeparator = true;
                remaining -= nChars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    loopBroken = true;
                    break;
                }
                minWidth -= sepLen;
            }
        }
        if (!loopBroken) {
            long len = Math.max(Math.max(remaining, minWidth), 1);
            long nZeros = Math.max(0, len - remaining);
            long nChars = Math.max(0, Math.min(remaining, len));
            chunks.add(chunk(digits, digitsPos, nChars, nZeros, useSeparator ? loc.thousandsSep : ""));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = chunks.size() - 1; i >= 0; i--) {
            sb.append(chunks.get(i));
        }
        return sb.toString();
    }

    /** One group as it reads left to right: zeros, digits, then the separator that follows it. */
    private static String chunk(String digits, int digitsEnd, long nChars, long nZeros, String sep) {
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < nZeros; i++) {
            sb.append('0');
        }
        sb.append(digits, (int) (digitsEnd - nChars), digitsEnd);
        sb.append(sep);
        return sb.toString();
    }

    /**
     * Lays out a number: sign, prefix, digits (grouped), decimal point and remainder, padded.
     */
    // CPython 3.11: Python/formatter_unicode.c calc_number_widths / fill_number
    private static String layoutNumber(char signChar, String prefix, String digits, boolean hasDecimal,
            String remainder, Spec f, int fillChar, int align, long width, int formatSign, Locale loc,
            boolean upper) {
        int nSign = 0;
        char sign = 0;
        switch (formatSign) {
            case '+':
                nSign = 1;
                sign = signChar == '-' ? '-' : '+';
                break;
            case ' ':
                nSign = 1;
                sign = signChar == '-' ? '-' : ' ';
                break;
            default:
                if (signChar == '-') {
                    nSign = 1;
                    sign = '-';
                }
        }
        int nDecimal = hasDecimal ? 1 : 0;
        long nonDigit = nSign + prefix.length() + nDecimal + remainder.codePointCount(0, remainder.length());
        long minWidth = (fillChar == '0' && align == '=') ? width - nonDigit : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, loc);
        if (upper) {
            grouped = grouped.toUpperCase(java.util.Locale.ROOT);
            prefix = prefix.toUpperCase(java.util.Locale.ROOT);
        }
        long nPadding = width - (nonDigit + grouped.length());
        long lp = 0;
        long sp = 0;
        long rp = 0;
        if (nPadding > 0) {
            switch (align) {
                case '<':
                    rp = nPadding;
                    break;
                case '^':
                    lp = nPadding / 2;
                    rp = nPadding - lp;
                    break;
                case '=':
                    sp = nPadding;
                    break;
                default:
                    lp = nPadding;
            }
        }
        StringBuilder sb = new StringBuilder();
        fill(sb, fillChar, lp);
        if (nSign == 1) {
            sb.append(sign);
        }
        sb.append(prefix);
        fill(sb, fillChar, sp);
        sb.append(grouped);
        if (hasDecimal) {
            sb.append('.');
        }
        sb.append(remainder);
        fill(sb, fillChar, rp);
        return sb.toString();
    }

    // ---------------------------------------------------------------- int

    /** {@code format(int, spec)} (also bool). */
    // CPython 3.11: Python/formatter_unicode.c _PyLong_FormatAdvancedWriter
    public static String formatInt(PyInt v, String specText) {
        return formatInt(v, specText, typeName(v));
    }

    /** {@code format(int, spec)} for an int of the type named {@code typeName} (a subclass, in errors). */
    public static String formatInt(PyInt v, String specText, String typeName) {
        if (specText.isEmpty()) {
            return v instanceof PyBool ? v.toString() : IntText.toDecimal(v);
        }
        Spec f = parse(specText, typeName, 'd', '>');
        switch (f.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return formatLongInternal(v, f);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloatInternal(toDouble(v), f);
            default:
                throw unknownPresentationType(f.type, typeName);
        }
    }

    /** {@code float(int)}: correctly rounded, OverflowError when too large. */
    public static double toDouble(PyInt v) {
        if (v.big == null) {
            long x = v.value;
            if (Math.abs(x) < (1L << 53)) {
                return x;
            }
        }
        return NumberParse.scaleExact(v.toBigInteger(), 0, "int too large to convert to float");
    }

    // CPython 3.11: Python/formatter_unicode.c format_long_internal
    private static String formatLongInternal(PyInt v, Spec f) {
        if (f.precision != -1) {
            throw PyTypedError.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNeg0) {
            throw PyTypedError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        char signChar = 0;
        String prefix = "";
        String digits;
        String remainder = "";
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PyTypedError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PyTypedError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.big != null) {
                throw PyTypedError.overflowError("Python int too large to convert to C long");
            }
            long x = v.value;
            if (x < 0 || x > 0x10ffff) {
                throw PyTypedError.overflowError("%c arg not in range(0x110000)");
            }
            digits = "";
            remainder = new String(Character.toChars((int) x));
        } else {
            int base;
            switch (f.type) {
                case 'b':
                    base = 2;
                    break;
                case 'o':
                    base = 8;
                    break;
                case 'x':
                case 'X':
                    base = 16;
                    break;
                default:
                    base = 10;
            }
            BigInteger b = v.toBigInteger();
            if (b.signum() < 0) {
                signChar = '-';
                b = b.negate();
            }
            digits = base == 10 ? IntText.toDecimal(b) : b.toString(base);
            if (f.alternate && base != 10) {
                prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
            }
        }
        Locale loc = locale(f.separators, f.type == 'n');
        return layoutNumber(signChar, prefix, digits, false, remainder, f, f.fill, f.align, f.width, f.sign, loc,
                f.type == 'X');
    }

    // ---------------------------------------------------------------- float

    /** {@code format(float, spec)}. */
    // CPython 3.11: Python/formatter_unicode.c _PyFloat_FormatAdvancedWriter
    public static String formatFloat(double v, String specText, String typeName) {
        if (specText.isEmpty()) {
            return FloatFormat.repr(v);
        }
        Spec f = parse(specText, typeName, 0, '>');
        switch (f.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return formatFloatInternal(v, f);
            default:
                throw unknownPresentationType(f.type, typeName);
        }
    }

    // CPython 3.11: Python/formatter_unicode.c format_float_internal
    private static String formatFloatInternal(double val, Spec f) {
        if (f.precision > Integer.MAX_VALUE) {
            throw PyTypedError.valueError("precision too big");
        }
        int precision = (int) f.precision;
        int defaultPrecision = 6;
        int type = f.type;
        int flags = 0;
        boolean addPct = false;
        if (f.alternate) {
            flags |= FloatFormat.DTSF_ALT;
        }
        if (f.noNeg0) {
            flags |= FloatFormat.DTSF_NO_NEG_0;
        }
        if (type == 0) {
            flags |= FloatFormat.DTSF_ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        if (type == '%') {
            type = 'f';
            val *= 100;
            addPct = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String buf = FloatFormat.toString(val, (char) type, precision, flags);
        if (addPct) {
            buf = buf + "%";
        }
        return layoutFloatText(buf, f, f.fill, f.align, f.width, f.sign, locale(f.separators, f.type == 'n'));
    }

    /** Splits a formatted float into sign, digits, decimal point and remainder, then lays it out. */
    private static String layoutFloatText(String buf, Spec f, int fillChar, int align, long width, int formatSign,
            Locale loc) {
        char signChar = 0;
        int index = 0;
        if (buf.charAt(0) == '-') {
            signChar = '-';
            index = 1;
        }
        // CPython 3.11: Python/formatter_unicode.c parse_number
        int p = index;
        while (p < buf.length() && buf.charAt(p) >= '0' && buf.charAt(p) <= '9') {
            p++;
        }
        String digits = buf.substring(index, p);
        boolean hasDecimal = p < buf.length() && buf.charAt(p) == '.';
        String remainder = buf.substring(hasDecimal ? p + 1 : p);
        return layoutNumber(signChar, "", digits, hasDecimal, remainder, f, fillChar, align, width, formatSign, loc,
                false);
    }

    // ---------------------------------------------------------------- complex

    /** {@code format(complex, spec)}. */
    // CPython 3.11: Python/formatter_unicode.c _PyComplex_FormatAdvancedWriter
    public static String formatComplex(double re, double im, String specText) {
        return formatComplex(re, im, specText, "complex");
    }

    /** {@code format(complex, spec)} for a complex of the type named {@code typeName}. */
    public static String formatComplex(double re, double im, String specText, String typeName) {
        if (specText.isEmpty()) {
            return Repr.complex(re, im);
        }
        Spec f = parse(specText, typeName, 0, '>');
        switch (f.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw unknownPresentationType(f.type, typeName);
        }
        if (f.precision > Integer.MAX_VALUE) {
            throw PyTypedError.valueError("precision too big");
        }
        int precision = (int) f.precision;
        if (f.fill == '0') {
            throw PyTypedError.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw PyTypedError.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        int flags = 0;
        if (f.alternate) {
            flags |= FloatFormat.DTSF_ALT;
        }
        if (f.noNeg0) {
            flags |= FloatFormat.DTSF_NO_NEG_0;
        }
        int type = f.type;
        int defaultPrecision = 6;
        boolean skipRe = false;
        boolean addParens = false;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
                skipRe = true;
            } else {
                addParens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String reBuf = FloatFormat.toString(re, (char) type, precision, flags);
        String imBuf = FloatFormat.toString(im, (char) type, precision, flags);
        Locale loc = locale(f.separators, f.type == 'n');
        String reText = skipRe ? "" : layoutFloatText(reBuf, f, 0, '<', -1, f.sign, loc);
        String imText = layoutFloatText(imBuf, f, 0, '<', -1, skipRe ? f.sign : '+', loc);
        String body = (addParens ? "(" : "") + reText + imText + "j" + (addParens ? ")" : "");
        int len = body.length();
        long total = f.width >= 0 && f.width > len ? f.width : len;
        long lp = lpad(total - len, f.align);
        StringBuilder sb = new StringBuilder();
        fill(sb, f.fill, lp);
        sb.append(body);
        fill(sb, f.fill, total - len - lp);
        return sb.toString();
    }
}
