package dev.quicken.runtime;

import dev.quicken.code.CodeObject;
import java.math.BigInteger;
import java.util.function.ToLongFunction;

/**
 * {@code hash()} of the core immutable values, exactly as CPython 3.11 on a 64-bit build with
 * {@code PYTHONHASHSEED=0}.
 *
 * <p>With seed 0 CPython zeroes its hash secret ({@code Python/bootstrap_hash.c}
 * {@code _Py_HashRandomization_Init}), so str and bytes hash with SipHash-1-3 under the key
 * (k0, k1) = (0, 0). A str is hashed over the bytes of its compact representation, which CPython
 * picks per string: 1 byte per code point when all are below U+0100, 2 bytes (little-endian) when
 * all are below U+10000, else 4 bytes. Numbers hash by reduction modulo 2**61 - 1
 * ({@code sys.hash_info}).
 *
 * <p>Where CPython 3.11 hashes by address, quicken hashes a fake address: fixed ones for the
 * singletons None, Ellipsis and NotImplemented (see {@link #singletonAddress}), so sets holding
 * them iterate as in CPython; one derived from the Java identity hash for other objects (a NaN
 * float, code objects, instances), whose hashes differ from CPython's as they do between CPython
 * runs.
 */
public final class Hashing {

    private Hashing() {
    }

    /** {@code _PyHASH_MODULUS} = 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    /** {@code _PyHASH_BITS}. */
    public static final int BITS = 61;
    /** {@code _PyHASH_INF}. */
    public static final long INF = 314159;
    /** {@code _PyHASH_IMAG} ({@code _PyHASH_MULTIPLIER}). */
    public static final long IMAG = 1000003;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /** {@code hash(obj)} for the core values; other objects go to {@link #identity(Object)}. */
    public static long hash(PyObject obj) {
        return hash(obj, Hashing::identity);
    }

    /** {@code hash(obj)}, with {@code other} hashing objects that are not core values (also inside tuples). */
    public static long hash(PyObject obj, ToLongFunction<PyObject> other) {
        if (obj instanceof PyStr) {
            return str((PyStr) obj);
        } else if (obj instanceof PyInt) {
            PyInt i = (PyInt) obj;
            return i.big == null ? ofLong(i.value) : ofBig(i.big);
        } else if (obj instanceof PyFloat) {
            return ofDouble(obj, ((PyFloat) obj).value);
        } else if (obj instanceof PyTuple) {
            PyObject[] items = ((PyTuple) obj).items;
            long[] lanes = new long[items.length];
            for (int i = 0; i < items.length; i++) {
                lanes[i] = hash(items[i], other);
            }
            return tuple(lanes);
        } else if (obj instanceof PyBytes) {
            return bytes(((PyBytes) obj).value);
        } else if (obj instanceof PyComplex) {
            PyComplex c = (PyComplex) obj;
            return complex(obj, c.real, c.imag);
        } else if (obj instanceof PyFrozenSet) {
            return ((PyFrozenSet) obj).hash();
        } else if (obj instanceof PyNone || obj instanceof PyEllipsis || obj instanceof CodeObject) {
            return identity(obj);
        }
        return other.applyAsLong(obj);
    }

    /** {@code _Py_HashPointer} of a stable fake address for {@code o} (see {@link Repr#fakeAddress}). */
    // CPython 3.11: Python/pyhash.c _Py_HashPointerRaw
    public static long identity(Object o) {
        long y = singletonAddress(o);
        if (y == 0) {
            y = 0x7f0000000000L + ((System.identityHashCode(o) & 0xffffffffL) << 4);
        }
        long x = (y >>> 4) | (y << 60);
        return x == -1 ? -2 : x;
    }

    /**
     * A fixed fake address for the static singletons None, Ellipsis and NotImplemented, or 0.
     *
     * <p>CPython hashes them by address. They are static objects of the interpreter binary, so
     * only the load address of the library changes between runs; the low 20 bits of their
     * addresses (which are all a set of fewer than 2**16 slots looks at) are those of the
     * python3.11 (3.11.7, x86-64) build that quicken is checked against, so sets holding them
     * iterate in CPython's order.
     */
    static long singletonAddress(Object o) {
        if (o == PyNone.NONE) {
            return 0x7f0000005bbe0L;
        } else if (o == PyEllipsis.ELLIPSIS) {
            return 0x7f0000005de60L;
        } else if (o == PyNotImplemented.NOT_IMPLEMENTED) {
            return 0x7f0000005ba30L;
        }
        return 0;
    }

    /** {@code hash(int)} for a value that fits in a long. */
    // CPython 3.11: Objects/longobject.c long_hash
    public static long ofLong(long v) {
        long x;
        if (v >= 0) {
            x = v % MODULUS;
        } else {
            x = -Long.remainderUnsigned(-v, MODULUS);  // -v as unsigned also covers Long.MIN_VALUE
        }
        return x == -1 ? -2 : x;
    }

    /** {@code hash(int)} for any value. */
    public static long ofBig(BigInteger v) {
        long x = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    /** {@code hash(float)}; {@code inst} is the float object (a NaN hashes by its identity). */
    // CPython 3.11: Python/pyhash.c _Py_HashDouble
    public static long ofDouble(Object inst, double v) {
        if (Double.isNaN(v)) {
            return identity(inst);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & 0xfffffffffffffL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        // v = +-m * 2**e exactly; 2**61 = 1 (mod P), so multiplying by 2**e is a 61-bit rotation
        long x = m;  // m < 2**53 < P
        int r = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << r) & MODULUS) | (x >>> (BITS - r));
        if (bits < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    /** {@code hash(complex)}. */
    // CPython 3.11: Objects/complexobject.c complex_hash
    public static long complex(Object inst, double real, double imag) {
        long combined = ofDouble(inst, real) + IMAG * ofDouble(inst, imag);
        return combined == -1 ? -2 : combined;
    }

    // CPython 3.11: Objects/tupleobject.c tuplehash (xxHash-derived)
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;  // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;  // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;  // 2870177450012600261

    /** {@code hash(tuple)} from the hashes of its items. */
    public static long tuple(long[] lanes) {
        long acc = XXPRIME_5;
        for (long lane : lanes) {
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += lanes.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** {@code hash(str)}. */
    // CPython 3.11: Objects/unicodeobject.c unicode_hash -> Python/pyhash.c _Py_HashBytes
    public static long str(String s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        int maxChar = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > maxChar) {
                maxChar = c;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                return strUcs4(s);
            }
        }
        int kind = maxChar < 0x100 ? 1 : 2;
        long x = siphash13(s, kind, n);
        return x == -1 ? -2 : x;
    }

    /** {@code hash(str)}, exact also for a string with paired surrogate code points. */
    public static long str(PyStr s) {
        if (s.codePoints == null) {
            return str(s.value);
        }
        for (int cp : s.codePoints) {
            if (cp > 0xffff) {
                return ucs4(s.codePoints);
            }
        }
        // every code point is one UTF-16 unit of the value, and one is a surrogate (>= 0x100)
        long x = siphash13(s.value, 2, s.value.length());
        return x == -1 ? -2 : x;
    }

    private static long strUcs4(String s) {
        return ucs4(s.codePoints().toArray());
    }

    private static long ucs4(int[] cps) {
        byte[] data = new byte[cps.length * 4];
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            data[4 * i] = (byte) cp;
            data[4 * i + 1] = (byte) (cp >>> 8);
            data[4 * i + 2] = (byte) (cp >>> 16);
            data[4 * i + 3] = (byte) (cp >>> 24);
        }
        return bytesHash(data, data.length);
    }

    /** SipHash-1-3 with key (0, 0) over the UCS1 (kind 1) or UCS2 (kind 2) form of s, without copying. */
    private static long siphash13(String s, int kind, int n) {
        int len = n * kind;
        long b = ((long) len) << 56;
        long v0 = 0x736f6d6570736575L;
        long v1 = 0x646f72616e646f6dL;
        long v2 = 0x6c7967656e657261L;
        long v3 = 0x7465646279746573L;
        int perBlock = 8 / kind;
        int shift = 8 * kind;
        int i = 0;
        for (; i + perBlock <= n; i += perBlock) {
            long mi = 0;
            for (int k = perBlock - 1; k >= 0; k--) {
                mi = (mi << shift) | s.charAt(i + k);
            }
            v3 ^= mi;
            v0 += v1; v2 += v3;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int k = n - 1; k >= i; k--) {
            t = (t << shift) | s.charAt(k);
        }
        b |= t;
        v3 ^= b;
        for (int round = 0; round < 4; round++) {
            if (round == 1) {
                v0 ^= b;
                v2 ^= 0xff;
            }
            v0 += v1; v2 += v3;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    /** {@code hash(bytes)}. */
    public static long bytes(byte[] b) {
        return bytesHash(b, b.length);
    }

    // CPython 3.11: Python/pyhash.c _Py_HashBytes
    private static long bytesHash(byte[] b, int len) {
        if (len == 0) {
            return 0;
        }
        long x = siphash13(0, 0, b, len);
        return x == -1 ? -2 : x;
    }

    /** {@code _Py_KeyedHash(key, src)}: SipHash-1-3 under the key (key, 0) (the .pyc source hash). */
    // CPython 3.11: Python/pyhash.c _Py_KeyedHash
    public static long keyedHash(long key, byte[] src) {
        return siphash13(key, 0, src, src.length);
    }

    /** SipHash-1-3 of {@code src[0:len]} under the key (k0, k1). */
    // CPython 3.11: Python/pyhash.c siphash13
    static long siphash13(long k0, long k1, byte[] src, int len) {
        long b = ((long) len) << 56;
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int off = 0;
        int remaining = len;
        while (remaining >= 8) {
            long mi = 0;
            for (int k = 7; k >= 0; k--) {
                mi = (mi << 8) | (src[off + k] & 0xffL);
            }
            off += 8;
            remaining -= 8;
            v3 ^= mi;
            // SINGLE_ROUND
            v0 += v1; v2 += v3;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int k = remaining - 1; k >= 0; k--) {
            t = (t << 8) | (src[off + k] & 0xffL);
        }
        b |= t;
        v3 ^= b;
        for (int round = 0; round < 4; round++) {
            if (round == 1) {
                v0 ^= b;
                v2 ^= 0xff;
            }
            v0 += v1; v2 += v3;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }
}
