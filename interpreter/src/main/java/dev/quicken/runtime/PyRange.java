package dev.quicken.runtime;

import java.math.BigInteger;

/**
 * {@code range}. When start, stop, step and the length all fit a Java long (CPython's C long
 * case) the long fields hold them and {@link #big} is null; otherwise {@link #big} holds
 * {start, stop, step, length} and the long fields are 0.
 */
public final class PyRange extends PyObject {

    public static final PyType TYPE = new PyType("range");

    public final long start;
    public final long stop;
    public final long step;
    public final long length;
    /** {start, stop, step, length} for a range beyond longs, else null. */
    final BigInteger[] big;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
        this.big = null;
    }

    private PyRange(BigInteger[] big) {
        this.start = 0;
        this.stop = 0;
        this.step = 0;
        this.length = 0;
        this.big = big;
    }

    /** CPython 3.11: Objects/rangeobject.c compute_range_length. */
    static BigInteger length(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return BigInteger.ZERO;
        }
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    private static boolean fits(BigInteger b) {
        return b.bitLength() < 63;
    }

    /** A range of arbitrary ints (the long form when everything fits). */
    public static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger n = length(start, stop, step);
        if (fits(start) && fits(stop) && fits(step) && fits(n)) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyRange(new BigInteger[] {start, stop, step, n});
    }

    public BigInteger bigStart() {
        return big != null ? big[0] : BigInteger.valueOf(start);
    }

    public BigInteger bigStop() {
        return big != null ? big[1] : BigInteger.valueOf(stop);
    }

    public BigInteger bigStep() {
        return big != null ? big[2] : BigInteger.valueOf(step);
    }

    public BigInteger bigLength() {
        return big != null ? big[3] : BigInteger.valueOf(length);
    }

    /** Item {@code i} (0 &lt;= i &lt; length) of a long range. */
    public long get(long i) {
        return start + i * step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        BigInteger st = bigStep();
        return st.equals(BigInteger.ONE) ? "range(" + bigStart() + ", " + bigStop() + ")"
                : "range(" + bigStart() + ", " + bigStop() + ", " + st + ")";
    }
}
