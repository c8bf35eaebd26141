package dev.quicken.runtime;

/**
 * Hash values of the core types for {@code hash()} and hashed containers.
 */
public final class Hashes {

    private Hashes() {
    }

    /** {@code hash(int)} (the values slice's {@link Hashing}). */
    public static long integer(PyInt i) {
        return i.big == null ? Hashing.ofLong(i.value) : Hashing.ofBig(i.big);
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
