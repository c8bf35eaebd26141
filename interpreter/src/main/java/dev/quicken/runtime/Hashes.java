package dev.quicken.runtime;

import java.math.BigInteger;

/**
 * Hash values of the core types for {@code hash()} and hashed containers.
 */
public final class Hashes {

    private Hashes() {
    }

    /** CPython 3.11: Include/pyhash.h _PyHASH_MODULUS = 2**61 - 1. */
    static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /** CPython 3.11: Objects/longobject.c long_hash. */
    public static long integer(PyInt i) {
        long h;
        if (i.big == null) {
            long v = i.value;
            if (v == Long.MIN_VALUE) {
                h = -(BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue());
            } else {
                long a = Math.abs(v) % MODULUS;
                h = v < 0 ? -a : a;
            }
        } else {
            long a = i.big.abs().mod(BIG_MODULUS).longValue();
            h = i.big.signum() < 0 ? -a : a;
        }
        return h == -1 ? -2 : h;
    }

    /** {@code hash(float)} (the values slice's {@link Hashing}). */
    public static long dbl(double v) {
        return Hashing.ofDouble(null, v);
    }

    /** {@code hash(str)}: SipHash-1-3 with PYTHONHASHSEED=0 (the values slice's {@link Hashing}). */
    public static long str(String s) {
        return Hashing.str(s);
    }

    /** CPython 3.11: Objects/tupleobject.c tuplehash (xxHash-based). */
    public static long tuple(PyTuple t) {
        long[] lanes = new long[t.items.length];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = Abstract.hash(t.items[i]);
        }
        return Hashing.tuple(lanes);
    }
}
