package dev.quicken.runtime;

import java.math.BigInteger;

/**
 * {@code int}: arbitrary precision, with a {@code long} fast path.
 *
 * <p>When the value fits in a {@code long}, {@link #big} is null and {@link #value} holds it;
 * otherwise {@link #big} holds it. Small values (-5..256) are cached, as CPython does.
 * {@code bool} is the subclass {@link PyBool}; exact-int guards compare
 * {@code getClass() == PyInt.class}.
 */
public class PyInt extends PyObject {

    public static final PyType TYPE = new PyType("int");

    private static final int SMALL_MIN = -5;
    private static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            SMALL[i - SMALL_MIN] = new PyInt(i, null);
        }
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The value, when {@link #big} is null. */
    public final long value;
    /** The value, when it does not fit in a long; otherwise null. */
    public final BigInteger big;

    PyInt(long value, BigInteger big) {
        this.value = value;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return new PyInt(v, null);
    }

    public static PyInt of(BigInteger v) {
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
            return of(v.longValue());
        }
        return new PyInt(0, v);
    }

    /** True when the value fits in a long (and {@link #value} holds it). */
    public final boolean isSmall() {
        return big == null;
    }

    public final BigInteger toBigInteger() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }
}
