package dev.quicken.runtime;

import java.math.BigInteger;

/**
 * Text to numbers as CPython 3.11: {@code float(str)}, {@code int(str, base)},
 * {@code float.fromhex}, plus {@code float.hex}.
 *
 * <p>Errors are thrown as {@link PyTypedError} with CPython's exception type and exact message,
 * e.g. {@code ValueError: could not convert string to float: 'abc'}.
 */
public final class NumberParse {

    private NumberParse() {
    }

    /**
     * The ASCII string CPython parses: code points below 127 kept, Unicode whitespace as ' ',
     * Unicode decimal digits as ASCII digits; the first other character becomes '?' and ends it.
     */
    // CPython 3.11: Objects/unicodeobject.c _PyUnicode_TransformDecimalAndSpaceToASCII
    static String transformDecimalAndSpaceToAscii(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            int ch = s.codePointAt(i);
            i += Character.charCount(ch);
            if (ch < 127) {
                sb.append((char) ch);
            } else if (isUnicodeSpace(ch)) {
                sb.append(' ');
            } else {
                int d = UnicodeTables.decimal(ch);
                if (d < 0) {
                    sb.append('?');
                    break;
                }
                sb.append((char) ('0' + d));
            }
        }
        return sb.toString();
    }

    /** The NaN {@code float('-nan')} gives: the quiet NaN with its sign bit set. */
    static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /** {@code str.isspace()} for one code point. */
    public static boolean isUnicodeSpace(int cp) {
        if (cp < 128) {
            return isAsciiSpace(cp) || (cp >= 0x1c && cp <= 0x1f);
        }
        return UnicodeTables.inRuns(UnicodeTables.SPACE, cp);
    }

    /** {@code Py_ISSPACE}: C-locale ASCII whitespace. */
    static boolean isAsciiSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---------------------------------------------------------------- float(str)

    /** {@code float(s)} for a str argument. */
    // CPython 3.11: Objects/floatobject.c PyFloat_FromString / float_from_string_inner
    public static double parseFloat(String s) {
        String t = transformDecimalAndSpaceToAscii(s);
        if (hasUnderscore(t)) {
            t = removeUnderscores(t);
            if (t == null) {
                throw floatError(s);
            }
        }
        Double r = parseFloatAscii(t);
        if (r == null) {
            throw floatError(s);
        }
        return r;
    }

    private static PyTypedError floatError(String s) {
        return PyTypedError.valueError("could not convert string to float: " + Repr.str(s));
    }

    /** {@code strchr(s, '_') != NULL}: an underscore before the first NUL. */
    private static boolean hasUnderscore(String t) {
        int nul = t.indexOf('\0');
        int u = t.indexOf('_');
        return u >= 0 && (nul < 0 || u < nul);
    }

    /**
     * Underscores only between digits; null when misplaced.
     */
    // CPython 3.11: Python/pystrtod.c _Py_string_to_number_with_underscores
    static String removeUnderscores(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        char prev = '\0';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!isDigit(prev)) {
                    return null;
                }
            } else {
                if (c == '\0') {
                    return null;
                }
                sb.append(c);
                if (prev == '_' && !isDigit(c)) {
                    return null;
                }
            }
            prev = c;
        }
        if (prev == '_') {
            return null;
        }
        return sb.toString();
    }

    /**
     * The float an ASCII string (already stripped of underscores) denotes, with surrounding
     * whitespace allowed, or null when it is not a float literal.
     */
    // CPython 3.11: Objects/floatobject.c float_from_string_inner, Python/pystrtod.c _PyOS_ascii_strtod
    static Double parseFloatAscii(String t) {
        int s = 0;
        int last = t.length();
        while (s < last && isAsciiSpace(t.charAt(s))) {
            s++;
        }
        if (s == last) {
            return null;
        }
        while (s < last - 1 && isAsciiSpace(t.charAt(last - 1))) {
            last--;
        }
        // _Py_dg_strtod: [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]
        int p = s;
        boolean neg = false;
        if (p < last && (t.charAt(p) == '+' || t.charAt(p) == '-')) {
            neg = t.charAt(p) == '-';
            p++;
        }
        int mantStart = p;
        int nd = 0;
        while (p < last && isDigit(t.charAt(p))) {
            p++;
            nd++;
        }
        if (p < last && t.charAt(p) == '.') {
            p++;
            while (p < last && isDigit(t.charAt(p))) {
                p++;
                nd++;
            }
        }
        if (nd == 0) {
            // not a number: maybe inf or nan
            return parseInfOrNan(t, s, last);
        }
        int mantEnd = p;
        if (p < last && (t.charAt(p) == 'e' || t.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < last && (t.charAt(q) == '+' || t.charAt(q) == '-')) {
                q++;
            }
            int ds = q;
            while (q < last && isDigit(t.charAt(q))) {
                q++;
            }
            if (q > ds) {
                p = q;
            }
        }
        if (p != last) {
            return null;
        }
        double v = Double.parseDouble(t.substring(mantStart, mantEnd) + clampExponent(t, mantEnd, p));
        return neg ? -v : v;
    }

    /** The exponent part, clamped so that Java's parser sees a sane number of digits. */
    private static String clampExponent(String t, int from, int to) {
        if (from == to) {
            return "";
        }
        String e = t.substring(from + 1, to);
        boolean neg = e.startsWith("-");
        String digits = e.startsWith("+") || neg ? e.substring(1) : e;
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        digits = digits.substring(i);
        if (digits.length() > 9) {
            digits = "999999999";
        }
        return "e" + (neg ? "-" : "") + digits;
    }

    // CPython 3.11: Python/pystrtod.c _Py_parse_inf_or_nan
    private static Double parseInfOrNan(String t, int s, int last) {
        int p = s;
        boolean negate = false;
        if (p < last && t.charAt(p) == '-') {
            negate = true;
            p++;
        } else if (p < last && t.charAt(p) == '+') {
            p++;
        }
        String rest = t.substring(p, last).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negate ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return negate ? NEGATIVE_NAN : Double.NaN;
        }
        return null;
    }

    /** {@code float(b)} for a bytes-like argument (no Unicode digit or space mapping). */
    public static double parseFloat(byte[] b) {
        String t = latin1(b);
        if (hasUnderscore(t)) {
            t = removeUnderscores(t);
        }
        Double r = t == null ? null : parseFloatAscii(t);
        if (r == null) {
            throw PyTypedError.valueError("could not convert string to float: " + Repr.bytes(b));
        }
        return r;
    }

    private static String latin1(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * {@code _Py_dg_strtod} then {@code _Py_parse_inf_or_nan} on a prefix of t from {@code start}:
     * the value, and in {@code end[0]} the index after it ({@code start} when nothing parsed).
     */
    // CPython 3.11: Python/pystrtod.c _PyOS_ascii_strtod
    static double strtodPrefix(String t, int start, int[] end) {
        int n = t.length();
        int p = start;
        boolean neg = false;
        if (p < n && (t.charAt(p) == '+' || t.charAt(p) == '-')) {
            neg = t.charAt(p) == '-';
            p++;
        }
        int mantStart = p;
        int nd = 0;
        while (p < n && isDigit(t.charAt(p))) {
            p++;
            nd++;
        }
        if (p < n && t.charAt(p) == '.') {
            p++;
            while (p < n && isDigit(t.charAt(p))) {
                p++;
                nd++;
            }
        }
        if (nd == 0) {
            int[] pos = {start};
            Double special = parseInfOrNanPrefix(t, pos);
            end[0] = special == null ? start : pos[0];
            return special == null ? -1.0 : special;
        }
        int mantEnd = p;
        if (p < n && (t.charAt(p) == 'e' || t.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < n && (t.charAt(q) == '+' || t.charAt(q) == '-')) {
                q++;
            }
            int ds = q;
            while (q < n && isDigit(t.charAt(q))) {
                q++;
            }
            if (q > ds) {
                p = q;
            }
        }
        end[0] = p;
        double v = Double.parseDouble(t.substring(mantStart, mantEnd) + clampExponent(t, mantEnd, p));
        return neg ? -v : v;
    }

    /** {@code complex(s)} for a str argument: {real, imag}. */
    // CPython 3.11: Objects/complexobject.c complex_subtype_from_string / complex_from_string_inner
    public static double[] parseComplex(String s) {
        String t = transformDecimalAndSpaceToAscii(s);
        if (hasUnderscore(t)) {
            t = removeUnderscores(t);
            if (t == null) {
                throw PyTypedError.valueError("could not convert string to complex: " + Repr.str(s));
            }
        }
        int n = t.length();
        int p = 0;
        double x = 0.0;
        double y = 0.0;
        boolean gotBracket = false;
        while (p < n && isAsciiSpace(t.charAt(p))) {
            p++;
        }
        if (p < n && t.charAt(p) == '(') {
            gotBracket = true;
            p++;
            while (p < n && isAsciiSpace(t.charAt(p))) {
                p++;
            }
        }
        int[] end = new int[1];
        double z = strtodPrefix(t, p, end);
        if (end[0] != p) {
            p = end[0];
            char c = p < n ? t.charAt(p) : '\0';
            if (c == '+' || c == '-') {
                x = z;
                y = strtodPrefix(t, p, end);
                if (end[0] != p) {
                    p = end[0];
                } else {
                    y = c == '+' ? 1.0 : -1.0;
                    p++;
                }
                if (!(p < n && (t.charAt(p) == 'j' || t.charAt(p) == 'J'))) {
                    throw malformedComplex();
                }
                p++;
            } else if (c == 'j' || c == 'J') {
                p++;
                y = z;
            } else {
                x = z;
            }
        } else {
            char c = p < n ? t.charAt(p) : '\0';
            if (c == '+' || c == '-') {
                y = c == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (!(p < n && (t.charAt(p) == 'j' || t.charAt(p) == 'J'))) {
                throw malformedComplex();
            }
            p++;
        }
        while (p < n && isAsciiSpace(t.charAt(p))) {
            p++;
        }
        if (gotBracket) {
            if (!(p < n && t.charAt(p) == ')')) {
                throw malformedComplex();
            }
            p++;
            while (p < n && isAsciiSpace(t.charAt(p))) {
                p++;
            }
        }
        if (p != n) {
            throw malformedComplex();
        }
        return new double[] {x, y};
    }

    private static PyTypedError malformedComplex() {
        return PyTypedError.valueError("complex() arg is a malformed string");
    }

    // ---------------------------------------------------------------- int(str, base)

    /** {@code int(s, base)} for a str argument; base 0 or 2..36. */
    // CPython 3.11: Objects/longobject.c PyLong_FromUnicodeObject / PyLong_FromString
    public static PyInt parseInt(String s, int base) {
        if ((base != 0 && base < 2) || base > 36) {
            throw PyTypedError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String t = transformDecimalAndSpaceToAscii(s);
        BigInteger v = parseIntAscii(t, base);
        if (v == null) {
            throw PyTypedError.valueError("invalid literal for int() with base " + base + ": "
                    + truncate(Repr.str(s), 200));
        }
        return PyInt.of(v);
    }

    /** {@code int(b, base)} for a bytes-like argument. */
    // CPython 3.11: Objects/longobject.c _PyLong_FromBytes
    public static PyInt parseInt(byte[] b, int base) {
        if ((base != 0 && base < 2) || base > 36) {
            throw PyTypedError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        BigInteger v = parseIntAscii(latin1(b), base);
        if (v == null) {
            throw PyTypedError.valueError("invalid literal for int() with base " + base + ": "
                    + truncate(Repr.bytes(java.util.Arrays.copyOf(b, Math.min(b.length, 200))), 200));
        }
        return PyInt.of(v);
    }

    /** {@code %.200R}: the repr cut to 200 code points. */
    static String truncate(String r, int n) {
        if (r.codePointCount(0, r.length()) <= n) {
            return r;
        }
        return r.substring(0, r.offsetByCodePoints(0, n));
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    /** The value of an ASCII int literal, or null when invalid (the digit limit throws). */
    static BigInteger parseIntAscii(String t, int base) {
        int n = t.length();
        int p = 0;
        while (p < n && isAsciiSpace(t.charAt(p))) {
            p++;
        }
        boolean neg = false;
        if (p < n && t.charAt(p) == '+') {
            p++;
        } else if (p < n && t.charAt(p) == '-') {
            p++;
            neg = true;
        }
        boolean errorIfNonzero = false;
        char c0 = p < n ? t.charAt(p) : '\0';
        char c1 = p + 1 < n ? t.charAt(p + 1) : '\0';
        if (base == 0) {
            if (c0 != '0') {
                base = 10;
            } else if (c1 == 'x' || c1 == 'X') {
                base = 16;
            } else if (c1 == 'o' || c1 == 'O') {
                base = 8;
            } else if (c1 == 'b' || c1 == 'B') {
                base = 2;
            } else {
                errorIfNonzero = true;
                base = 10;
            }
        }
        if (c0 == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X'))
                || (base == 8 && (c1 == 'o' || c1 == 'O'))
                || (base == 2 && (c1 == 'b' || c1 == 'B')))) {
            p += 2;
            if (p < n && t.charAt(p) == '_') {
                p++;
            }
        }
        if (p < n && t.charAt(p) == '_') {
            return null;
        }
        int start = p;
        StringBuilder digits = new StringBuilder();
        char prev = '\0';
        while (p < n && (digitValue(t.charAt(p)) < base || t.charAt(p) == '_')) {
            char c = t.charAt(p);
            if (c == '_') {
                if (prev == '_') {
                    return null;
                }
            } else {
                digits.append(c);
            }
            prev = c;
            p++;
        }
        if (prev == '_') {
            return null;
        }
        if ((base & (base - 1)) != 0) {
            int limit = IntText.maxStrDigits;
            int nd = digits.length();
            if (nd > IntText.MAX_STR_DIGITS_THRESHOLD && limit > 0 && nd > limit) {
                throw PyTypedError.valueError(IntText.toIntLimitMessage(limit, nd));
            }
        }
        if (p == start) {
            return null;
        }
        BigInteger v = digitsToBig(digits.toString(), base);
        if (errorIfNonzero && v.signum() != 0) {
            return null;
        }
        while (p < n && isAsciiSpace(t.charAt(p))) {
            p++;
        }
        if (p != n) {
            return null;
        }
        return neg ? v.negate() : v;
    }

    /** Digits (valid in {@code radix}) to a BigInteger, subquadratic for long strings. */
    static BigInteger digitsToBig(String digits, int radix) {
        if (digits.length() <= 1000) {
            return new BigInteger(digits, radix);
        }
        return digitsToBig(digits, 0, digits.length(), BigInteger.valueOf(radix), new java.util.HashMap<>());
    }

    private static BigInteger digitsToBig(String digits, int lo, int hi, BigInteger radix,
            java.util.Map<Integer, BigInteger> powers) {
        if (hi - lo <= 1000) {
            return new BigInteger(digits.substring(lo, hi), radix.intValue());
        }
        int lowLen = (hi - lo) / 2;
        int mid = hi - lowLen;
        BigInteger high = digitsToBig(digits, lo, mid, radix, powers);
        BigInteger low = digitsToBig(digits, mid, hi, radix, powers);
        BigInteger scale = powers.computeIfAbsent(lowLen, radix::pow);
        return high.multiply(scale).add(low);
    }

    // ---------------------------------------------------------------- float.hex / fromhex

    /** {@code float.hex(x)}. */
    // CPython 3.11: Objects/floatobject.c float_hex
    public static String floatHex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return FloatFormat.repr(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        String sign = bits < 0 ? "-" : "";
        if (x == 0.0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & 0xfffffffffffffL;
        String digits = String.format("%013x", frac);
        if (biased == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = biased - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** {@code float.fromhex(s)}. */
    // CPython 3.11: Objects/floatobject.c float_fromhex
    public static double floatFromHex(String s) {
        int n = s.length();
        int p = 0;
        while (p < n && isAsciiSpace(s.charAt(p))) {
            p++;
        }
        int[] end = {p};
        Double special = parseInfOrNanPrefix(s, end);
        double x;
        boolean negate = false;
        if (special != null) {
            x = special;
            p = end[0];
        } else {
            if (p < n && s.charAt(p) == '-') {
                p++;
                negate = true;
            } else if (p < n && s.charAt(p) == '+') {
                p++;
            }
            if (p + 1 < n && s.charAt(p) == '0' && (s.charAt(p + 1) == 'x' || s.charAt(p + 1) == 'X')) {
                p += 2;
            }
            StringBuilder hex = new StringBuilder();
            int intDigits = 0;
            while (p < n && hexValue(s.charAt(p)) >= 0) {
                hex.append(s.charAt(p++));
                intDigits++;
            }
            int fracDigits = 0;
            if (p < n && s.charAt(p) == '.') {
                p++;
                while (p < n && hexValue(s.charAt(p)) >= 0) {
                    hex.append(s.charAt(p++));
                    fracDigits++;
                }
            }
            if (intDigits + fracDigits == 0) {
                throw PyTypedError.valueError("invalid hexadecimal floating-point string");
            }
            long exp = 0;
            if (p < n && (s.charAt(p) == 'p' || s.charAt(p) == 'P')) {
                p++;
                int es = p;
                if (p < n && (s.charAt(p) == '-' || s.charAt(p) == '+')) {
                    p++;
                }
                if (!(p < n && isDigit(s.charAt(p)))) {
                    throw PyTypedError.valueError("invalid hexadecimal floating-point string");
                }
                while (p < n && isDigit(s.charAt(p))) {
                    p++;
                }
                BigInteger e = new BigInteger(s.substring(es, p).replace("+", ""));
                exp = e.bitLength() > 40 ? (e.signum() < 0 ? -(1L << 40) : (1L << 40)) : e.longValue();
            }
            BigInteger mant = new BigInteger(hex.toString(), 16);
            x = scaleExact(mant, exp - 4L * fracDigits, "hexadecimal value too large to represent as a float");
        }
        while (p < n && isAsciiSpace(s.charAt(p))) {
            p++;
        }
        if (p != n) {
            throw PyTypedError.valueError("invalid hexadecimal floating-point string");
        }
        return negate ? -x : x;
    }

    /** {@code _Py_parse_inf_or_nan} on a prefix of s from pos[0]; on a match pos[0] is set past it. */
    private static Double parseInfOrNanPrefix(String s, int[] pos) {
        int q = pos[0];
        boolean negate = false;
        if (q < s.length() && s.charAt(q) == '-') {
            negate = true;
            q++;
        } else if (q < s.length() && s.charAt(q) == '+') {
            q++;
        }
        if (s.regionMatches(true, q, "inf", 0, 3)) {
            q += 3;
            if (s.regionMatches(true, q, "inity", 0, 5)) {
                q += 5;
            }
            pos[0] = q;
            return negate ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (s.regionMatches(true, q, "nan", 0, 3)) {
            pos[0] = q + 3;
            return negate ? NEGATIVE_NAN : Double.NaN;
        }
        return null;
    }

    /**
     * {@code mant * 2**exp} correctly rounded (half-even) to a double, or an OverflowError with
     * {@code overflowMessage} when it rounds to 2**1024 or more.
     */
    public static double scaleExact(BigInteger mant, long exp, String overflowMessage) {
        if (mant.signum() == 0) {
            return 0.0;
        }
        boolean neg = mant.signum() < 0;
        BigInteger m = mant.abs();
        long top = m.bitLength() + exp;  // value in [2**(top-1), 2**top)
        if (top > 1024) {
            throw PyTypedError.overflowError(overflowMessage);
        }
        if (top < -1075) {
            return neg ? -0.0 : 0.0;
        }
        long lsb = Math.max(top, -1021) - 53;
        long shift = lsb - exp;
        BigInteger q;
        if (shift <= 0) {
            q = m.shiftLeft((int) -shift);
        } else {
            q = m.shiftRight((int) shift);
            boolean half = m.testBit((int) shift - 1);
            boolean rest = m.getLowestSetBit() < shift - 1;
            if (half && (rest || q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
        }
        if (q.bitLength() + lsb > 1024) {
            throw PyTypedError.overflowError(overflowMessage);
        }
        double r = Math.scalb(q.doubleValue(), (int) lsb);
        return neg ? -r : r;
    }
}
