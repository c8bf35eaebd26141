package dev.quicken.runtime;

import java.math.BigInteger;

/**
 * Hash values of the core types for {@code hash()} and hashed containers.
 * TODO(values): delegate str/bytes to the values slice's {@code Hashing} (SipHash with
 * PYTHONHASHSEED=0) once it lands; the str hash here is a stand-in.
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

    /** CPython 3.11: Python/pyhash.c _Py_HashDouble (NaN hashes by identity there; 0 here). */
    public static long dbl(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return integer(PyInt.of((long) v));
        }
        int[] e = new int[1];
        double m = frexp(v, e);
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        int exp = e[0];
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            exp -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        exp = exp >= 0 ? exp % 61 : 61 - 1 - ((-1 - exp) % 61);
        x = ((x << exp) & MODULUS) | x >>> (61 - exp);
        x = x * sign;
        if (x == -1) {
            x = -2;
        }
        return x;
    }

    static double frexp(double v, int[] exp) {
        if (v == 0) {
            exp[0] = 0;
            return v;
        }
        int e = Math.getExponent(v) + 1;
        double m = v / Math.pow(2, e);
        if (Math.abs(m) >= 1.0) {
            m /= 2;
            e++;
        } else if (Math.abs(m) < 0.5) {
            m *= 2;
            e--;
        }
        exp[0] = e;
        return m;
    }

    /** Stand-in str hash (see class comment). */
    public static long str(String s) {
        long h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = h * 1000003L ^ s.charAt(i);
        }
        h ^= s.length();
        return h == -1 ? -2 : h;
    }

    /** CPython 3.11: Objects/tupleobject.c tuplehash (xxHash-based). */
    public static long tuple(PyTuple t) {
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 2870177450012600261L;
        long acc = p5;
        for (PyObject x : t.items) {
            long lane = Abstract.hash(x);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += t.items.length ^ (p5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }
}
