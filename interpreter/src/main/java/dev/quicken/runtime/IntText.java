package dev.quicken.runtime;

import java.math.BigInteger;

/**
 * {@code int} to and from text as CPython 3.11: {@code str(int)}/{@code repr(int)} with the
 * integer string conversion length limit, and {@code int(str, base)}.
 *
 * <p>Errors are thrown as {@link PyTypedError} carrying CPython's exception type and message.
 */
public final class IntText {

    private IntText() {
    }

    /** {@code sys.int_info.default_max_str_digits}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** {@code sys.int_info.str_digits_check_threshold}. */
    public static final int MAX_STR_DIGITS_THRESHOLD = 640;

    /** {@code sys.get_int_max_str_digits()}; 0 means no limit. Set by {@code sys.set_int_max_str_digits}. */
    public static volatile int maxStrDigits = DEFAULT_MAX_STR_DIGITS;

    private static final double LOG10_2 = Math.log10(2);

    /** {@code str(v)} / {@code repr(v)} for an int (bool prints as an int here). */
    public static String toDecimal(PyInt v) {
        if (v.big == null) {
            return Long.toString(v.value);
        }
        return toDecimal(v.big);
    }

    // CPython 3.11: Objects/longobject.c long_to_decimal_string_internal (the digit limit)
    public static String toDecimal(BigInteger v) {
        int limit = maxStrDigits;
        int bits = v.bitLength();
        if (limit > 0 && bits > 2000) {
            // a lower bound on the number of decimal digits: floor((bits - 1) * log10(2)) + 1
            long lower = (long) Math.floor((bits - 1) * LOG10_2 - 1e-9) + 1;
            if (lower > limit) {
                throw PyTypedError.valueError(toStrLimitMessage(limit));
            }
        }
        String s = v.toString();
        if (limit > 0) {
            int digits = s.length() - (v.signum() < 0 ? 1 : 0);
            if (digits > MAX_STR_DIGITS_THRESHOLD && digits > limit) {
                throw PyTypedError.valueError(toStrLimitMessage(limit));
            }
        }
        return s;
    }

    /** {@code round(v, ndigits)} for an int: unchanged for ndigits >= 0, else round half to even. */
    // CPython 3.11: Objects/longobject.c int___round___impl (via _PyLong_DivmodNear)
    public static PyInt round(PyInt v, BigInteger ndigits) {
        if (ndigits.signum() >= 0) {
            return v;
        }
        BigInteger x = v.toBigInteger();
        BigInteger neg = ndigits.negate();
        // 10**k > 10*|x| once k exceeds the digit count, and then x rounds to 0
        long digits = (long) Math.ceil(x.abs().bitLength() * LOG10_2) + 1;
        if (neg.compareTo(BigInteger.valueOf(digits)) > 0) {
            return PyInt.of(0);
        }
        BigInteger pow = BigInteger.TEN.pow(neg.intValueExact());
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {  // floor division, as Python's divmod
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int cmp = r.shiftLeft(1).compareTo(pow);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }

    /**
     * {@code a / b} for ints: the exact quotient correctly rounded (half-even) to a float, as
     * CPython's {@code long_true_divide}; ZeroDivisionError or OverflowError otherwise.
     */
    // CPython 3.11: Objects/longobject.c long_true_divide
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw new PyTypedError("ZeroDivisionError", "division by zero");
        }
        if (a.signum() == 0) {
            return (b.signum() < 0) ? -0.0 : 0.0;
        }
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            return a.doubleValue() / b.doubleValue();  // both exact, one correctly rounded operation
        }
        boolean neg = a.signum() != b.signum();
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        long shift = 55L - (x.bitLength() - y.bitLength());  // quotient gets at least 55 bits
        if (shift > 0) {
            x = x.shiftLeft((int) shift);
        } else if (shift < 0) {
            y = y.shiftLeft((int) -shift);
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        // a sticky bit below the quotient keeps half-way detection exact
        BigInteger q = qr[0].shiftLeft(1).add(qr[1].signum() != 0 ? BigInteger.ONE : BigInteger.ZERO);
        double r = NumberParse.scaleExact(q, -shift - 1, "integer division result too large for a float");
        return neg ? -r : r;
    }

    static String toStrLimitMessage(int limit) {
        return "Exceeds the limit (" + limit + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit";
    }

    static String toIntLimitMessage(int limit, long digits) {
        return "Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                + digits + " digits; use sys.set_int_max_str_digits() to increase the limit";
    }
}
