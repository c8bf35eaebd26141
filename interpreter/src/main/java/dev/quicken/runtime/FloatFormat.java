package dev.quicken.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text as CPython 3.11 does it: {@code PyOS_double_to_string} with David Gay's
 * {@code _Py_dg_dtoa} digit generation.
 *
 * <p>Digits come from exact decimal arithmetic ({@link BigDecimal} holds a double's binary value
 * exactly), so modes 2 and 3 are correctly rounded with round-half-even, as dtoa is. Mode 0
 * (shortest round-trip) is a search that is correct by construction: the set of decimals that read
 * back as {@code x} is an interval containing {@code x}, so if any decimal with {@code p}
 * significant digits reads back as {@code x}, then so does the {@code p}-digit decimal just below
 * or just above {@code x}; and "some p-digit decimal round-trips" is monotone in {@code p}.
 * A binary search over p in 1..17 checking those two neighbours finds the shortest length, and
 * of the neighbours that round-trip the one nearest {@code x} is taken (ties to even), which is
 * dtoa mode 0's choice. {@link Double#parseDouble} is correctly rounded, so the check is exact.
 * (JDK 17's {@link Double#toString} is not always shortest, so it is not used.)
 */
public final class FloatFormat {

    private FloatFormat() {
    }

    /** {@code Py_DTSF_SIGN}: always add a sign. */
    public static final int DTSF_SIGN = 0x01;
    /** {@code Py_DTSF_ADD_DOT_0}: add ".0" to a number without a point or exponent. */
    public static final int DTSF_ADD_DOT_0 = 0x02;
    /** {@code Py_DTSF_ALT}: the '#' alternate form (keep the point, keep trailing zeros for g). */
    public static final int DTSF_ALT = 0x04;
    /** {@code Py_DTSF_NO_NEG_0}: the 'z' option, negative zero prints without its sign. */
    public static final int DTSF_NO_NEG_0 = 0x08;

    /** Result of {@code _Py_dg_dtoa}: digits without trailing zeros, the decimal point position. */
    static final class Digits {
        /** The significant digits ("" when the value rounds to nothing in mode 3). */
        final String digits;
        /** Value = 0.DIGITS x 10^decpt. */
        final int decpt;
        final boolean negative;

        Digits(String digits, int decpt, boolean negative) {
            this.digits = digits;
            this.decpt = decpt;
            this.negative = negative;
        }
    }

    /** {@code repr(float)}. */
    public static String repr(double x) {
        return toString(x, 'r', 0, DTSF_ADD_DOT_0);
    }

    // CPython 3.11: Python/dtoa.c _Py_dg_dtoa mode 0
    static Digits shortest(double x) {
        boolean neg = (Double.doubleToRawLongBits(x) < 0);
        double a = Math.abs(x);
        if (a == 0.0) {
            return new Digits("0", 1, neg);
        }
        int lo = 1;
        if (a >= Double.MIN_NORMAL) {
            Digits fast = shortestUpTo15(a, neg);
            if (fast != null) {
                return fast;
            }
            lo = 16;
        }
        return shortestExact(a, neg, lo);
    }

    /** The exact search over lengths lo..17 (lo = 1 makes it the reference for the fast path). */
    static Digits shortestExact(double a, boolean neg, int lo) {
        BigDecimal exact = new BigDecimal(a);
        int hi = 17;
        BigDecimal best = null;
        int bestP = 0;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal c = nearestRoundTrip(exact, a, mid);
            if (c != null) {
                hi = mid;
                best = c;
                bestP = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (best == null || bestP != lo) {
            best = nearestRoundTrip(exact, a, lo);
        }
        return digitsOf(best, neg);
    }

    /**
     * The shortest repr when it has at most 15 significant digits, else null; for normal doubles.
     *
     * <p>Adjacent decimals of p <= 15 significant digits are more than 4 ulps apart, while all the
     * decimals that read back as {@code a} lie within one ulp, so at most one p-digit decimal
     * reads back as {@code a}, and it is the p-digit rounding of any decimal that reads back as
     * {@code a} — such as {@link Double#toString}'s, which always does (it is just not always the
     * shortest on JDK 17). Whether a length works is monotone in p, so a binary search over the
     * roundings of that string, checked with the correctly rounded {@link Double#parseDouble},
     * finds the shortest length.
     */
    private static Digits shortestUpTo15(double a, boolean neg) {
        String js = Double.toString(a);  // "123.456" or "1.234E-5"
        int ePos = js.indexOf('E');
        String mant = ePos < 0 ? js : js.substring(0, ePos);
        int exp = ePos < 0 ? 0 : Integer.parseInt(js.substring(ePos + 1));
        int dot = mant.indexOf('.');
        String all = mant.substring(0, dot) + mant.substring(dot + 1);
        int decpt = dot + exp;
        int lz = 0;
        while (lz < all.length() - 1 && all.charAt(lz) == '0') {
            lz++;
        }
        all = all.substring(lz);
        decpt -= lz;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        all = all.substring(0, end);
        int n = all.length();
        int hi = Math.min(n, 15);
        int lo = 1;
        Digits best = null;
        int bestP = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Digits c = roundDigits(all, decpt, mid, neg);
            if (Double.parseDouble("0." + c.digits + "E" + c.decpt) == a) {
                best = c;
                bestP = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return bestP == 0 ? null : best;
    }

    /** {@code 0.DIGITS x 10^decpt} rounded half-up to p significant digits, trailing zeros stripped. */
    private static Digits roundDigits(String digits, int decpt, int p, boolean neg) {
        if (p >= digits.length()) {
            return new Digits(digits, decpt, neg);
        }
        char[] d = digits.substring(0, p).toCharArray();
        if (digits.charAt(p) >= '5') {
            int i = p - 1;
            while (i >= 0 && d[i] == '9') {
                d[i] = '0';
                i--;
            }
            if (i < 0) {
                return new Digits("1", decpt + 1, neg);
            }
            d[i]++;
        }
        int end = p;
        while (end > 1 && d[end - 1] == '0') {
            end--;
        }
        return new Digits(new String(d, 0, end), decpt, neg);
    }

    /** The p-significant-digit neighbour of {@code exact} nearest to it that reads back as a, or null. */
    private static BigDecimal nearestRoundTrip(BigDecimal exact, double a, int p) {
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
        boolean downOk = Double.parseDouble(down.toString()) == a;
        boolean upOk = Double.parseDouble(up.toString()) == a;
        if (downOk && upOk) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp < 0) {
                return down;
            } else if (cmp > 0) {
                return up;
            }
            return exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        }
        return downOk ? down : upOk ? up : null;
    }

    private static Digits digitsOf(BigDecimal v, boolean neg) {
        if (v.signum() == 0) {
            return new Digits("0", 1, neg);
        }
        BigDecimal s = v.stripTrailingZeros();
        String d = s.unscaledValue().toString();
        // value = d * 10^-scale = 0.d * 10^(len - scale)
        return new Digits(d, d.length() - s.scale(), neg);
    }

    // CPython 3.11: Python/dtoa.c _Py_dg_dtoa mode 2 (ndigits significant digits, ndigits >= 1)
    static Digits significant(double x, int ndigits) {
        boolean neg = (Double.doubleToRawLongBits(x) < 0);
        double a = Math.abs(x);
        if (a == 0.0) {
            return new Digits("0", 1, neg);
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(Math.max(1, ndigits), RoundingMode.HALF_EVEN));
        return digitsOf(r, neg);
    }

    // CPython 3.11: Python/dtoa.c _Py_dg_dtoa mode 3 (ndigits past the decimal point)
    static Digits fixed(double x, int ndigits) {
        boolean neg = (Double.doubleToRawLongBits(x) < 0);
        double a = Math.abs(x);
        if (a == 0.0) {
            return new Digits("0", 1, neg);
        }
        BigDecimal r = new BigDecimal(a).setScale(ndigits, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return new Digits("", -ndigits, neg);
        }
        return digitsOf(r, neg);
    }

    /**
     * {@code PyOS_double_to_string(val, format_code, precision, flags, NULL)}: format codes
     * 'e', 'E', 'f', 'F', 'g', 'G', 'r'.
     */
    // CPython 3.11: Python/pystrtod.c PyOS_double_to_string
    public static String toString(double val, char formatCode, int precision, int flags) {
        boolean upper = false;
        char code;
        int mode;
        switch (formatCode) {
            case 'E':
                upper = true;
                // fall through
            case 'e':
                code = 'e';
                mode = 2;
                precision++;
                break;
            case 'F':
                upper = true;
                // fall through
            case 'f':
                code = 'f';
                mode = 3;
                break;
            case 'G':
                upper = true;
                // fall through
            case 'g':
                code = 'g';
                mode = 2;
                if (precision == 0) {
                    precision = 1;
                }
                break;
            case 'r':
                code = 'r';
                mode = 0;
                break;
            default:
                throw new IllegalArgumentException("bad format code " + formatCode);
        }
        return formatFloatShort(val, code, mode, precision, (flags & DTSF_SIGN) != 0,
                (flags & DTSF_ADD_DOT_0) != 0, (flags & DTSF_ALT) != 0, (flags & DTSF_NO_NEG_0) != 0, upper);
    }

    // CPython 3.11: Python/pystrtod.c format_float_short
    private static String formatFloatShort(double d, char code, int mode, int precision, boolean alwaysAddSign,
            boolean addDot0IfInteger, boolean useAltFormatting, boolean noNegativeZero, boolean upper) {
        StringBuilder sb = new StringBuilder(24);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            boolean neg = Double.isInfinite(d) && d < 0;  // the sign of a nan is ignored
            if (neg) {
                sb.append('-');
            } else if (alwaysAddSign) {
                sb.append('+');
            }
            String s = Double.isNaN(d) ? "nan" : "inf";
            sb.append(upper ? s.toUpperCase() : s);
            return sb.toString();
        }
        Digits dg = mode == 0 ? shortest(d) : mode == 2 ? significant(d, precision) : fixed(d, precision);
        String digits = dg.digits;
        int digitsLen = digits.length();
        int decpt = dg.decpt;
        boolean sign = dg.negative;
        if (noNegativeZero && sign && (digitsLen == 0 || (digitsLen == 1 && digits.charAt(0) == '0'))) {
            sign = false;
        }
        int vdigitsEnd = digitsLen;
        boolean useExp = false;
        int exp = 0;
        switch (code) {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0IfInteger ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (useAltFormatting) {
                    vdigitsEnd = precision;
                }
                break;
            default: // 'r'
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0IfInteger) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        if (sign) {
            sb.append('-');
        } else if (alwaysAddSign) {
            sb.append('+');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vdigitsStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vdigitsEnd - decpt);
        } else {
            zeros(sb, vdigitsEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !useAltFormatting) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }

    /** {@code int(x)} for a float: truncation toward zero. */
    // CPython 3.11: Objects/floatobject.c float___trunc___impl / PyLong_FromDouble
    public static PyInt truncate(double x) {
        if (Double.isNaN(x)) {
            throw PyTypedError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw PyTypedError.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 9.0e18) {
            return PyInt.of((long) x);
        }
        return PyInt.of(new BigDecimal(x).toBigInteger());
    }

    /** {@code round(x)}: round half to even, to an int. */
    // CPython 3.11: Objects/floatobject.c float___round___impl (ndigits is None)
    public static PyInt roundToInt(double x) {
        return truncate(Math.rint(x));
    }

    /** {@code NDIGITS_MAX}: beyond this many digits every float rounds to itself. */
    static final int NDIGITS_MAX = 323;
    /** {@code NDIGITS_MIN}: below this every float rounds to a zero. */
    static final int NDIGITS_MIN = -308;

    /**
     * {@code round(x, ndigits)}: the float nearest to x rounded half-even, in decimal, at
     * {@code ndigits} places (correctly rounded, as CPython's dtoa-based {@code double_round}).
     */
    // CPython 3.11: Objects/floatobject.c float___round___impl / double_round
    public static double round(double x, long ndigits) {
        if (ndigits > NDIGITS_MAX) {
            return x;
        } else if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double rounded = Double.parseDouble(r.toString());
        if (Double.isInfinite(rounded)) {
            throw PyTypedError.overflowError("rounded value too large to represent");
        }
        return rounded == 0.0 ? Math.copySign(0.0, x) : rounded;
    }

    /** The exact value of a finite double as a BigInteger pair helper (used by hashing/rounding). */
    static BigInteger exactMantissa(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int e = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & 0xfffffffffffffL;
        return BigInteger.valueOf(e == 0 ? m : m | (1L << 52));
    }
}
