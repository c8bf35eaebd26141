package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PySet;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.math.BigInteger;

/**
 * {@code random} with CPython's Mersenne Twister (MT19937), seeding ({@code init_by_array} of the
 * integer seed's 32-bit words) and the 3.11 algorithms of {@code Lib/random.py} on top, so seeded
 * sequences equal CPython's.
 */
public final class RandomModule {

    private RandomModule() {
    }

    static final PyObject NONE = PyNone.NONE;
    static final PyType RANDOM = FunctoolsModules.moduleType("Random", "random");

    /** MT19937 state. */
    static final class Mt extends PyObject {
        final int[] mt = new int[624];
        int mti = 625;

        @Override
        public PyType type() {
            return RANDOM;
        }

        // CPython 3.11: Modules/_randommodule.c init_genrand
        void initGenrand(int s) {
            mt[0] = s;
            for (mti = 1; mti < 624; mti++) {
                mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
            }
        }

        // CPython 3.11: Modules/_randommodule.c init_by_array
        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            int k = Math.max(624, key.length);
            for (; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (k = 623; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
            mti = 624;
        }

        // CPython 3.11: Modules/_randommodule.c genrand_uint32
        int next32() {
            int y;
            if (mti >= 624) {
                int kk;
                for (kk = 0; kk < 624 - 397; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + 397] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < 623; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (397 - 624)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                y = (mt[623] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[623] = mt[396] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                mti = 0;
            }
            y = mt[mti++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        double random() {
            long a = (next32() & 0xffffffffL) >>> 5;
            long b = (next32() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        void seed(PyObject s) {
            BigInteger n;
            if (s == null || s == NONE) {
                n = BigInteger.valueOf(System.nanoTime() ^ System.currentTimeMillis());
            } else if (s instanceof PyInt) {
                n = ((PyInt) s).toBigInteger().abs();
            } else if (s instanceof PyFloat) {
                n = BigInteger.valueOf(Abstract.hash(s)).abs();
            } else if (s instanceof PyStr) {
                // CPython 3.11 (version 2): int.from_bytes(s.encode() + sha512(s.encode()).digest())
                try {
                    byte[] b = ((PyStr) s).value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    byte[] d = java.security.MessageDigest.getInstance("SHA-512").digest(b);
                    byte[] all = new byte[b.length + d.length];
                    System.arraycopy(b, 0, all, 0, b.length);
                    System.arraycopy(d, 0, all, b.length, d.length);
                    n = new BigInteger(1, all);
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw Exc.systemError("no SHA-512");
                }
            } else {
                n = BigInteger.valueOf(Abstract.hash(s)).abs();
            }
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            initByArray(key);
        }

        BigInteger getrandbits(int k) {
            if (k <= 32) {
                return BigInteger.valueOf((next32() & 0xffffffffL) >>> (32 - k));
            }
            BigInteger r = BigInteger.ZERO;
            int shift = 0;
            while (k > 0) {
                long w = next32() & 0xffffffffL;
                if (k < 32) {
                    w >>>= 32 - k;
                }
                r = r.or(BigInteger.valueOf(w).shiftLeft(shift));
                shift += 32;
                k -= 32;
            }
            return r;
        }

        // CPython 3.11: Lib/random.py _randbelow_with_getrandbits
        BigInteger randbelow(BigInteger n) {
            int k = n.bitLength();
            BigInteger r = getrandbits(k);
            while (r.compareTo(n) >= 0) {
                r = getrandbits(k);
            }
            return r;
        }

        long randbelow(long n) {
            return randbelow(BigInteger.valueOf(n)).longValue();
        }
    }

    static void def(PyType t, String name, JFunc f) {
        TypeSetup.def(t, name, f);
    }

    static Mt M(PyObject o) {
        return (Mt) o;
    }

    static {
        TypeSetup.defNew(RANDOM, (a, kw) -> {
            Mt m = new Mt();
            m.seed(a.length > 1 ? a[1] : null);
            return m;
        });
        def(RANDOM, "seed", (a, kw) -> {
            M(a[0]).seed(a.length > 1 ? a[1] : null);
            return NONE;
        });
        def(RANDOM, "random", (a, kw) -> new PyFloat(M(a[0]).random()));
        def(RANDOM, "getrandbits", (a, kw) -> PyInt.of(M(a[0]).getrandbits((int) Args.integer(a[1]))));
        def(RANDOM, "uniform", (a, kw) -> {
            double x = Abstract.asDouble(a[1]);
            double y = Abstract.asDouble(a[2]);
            return new PyFloat(x + (y - x) * M(a[0]).random());
        });
        def(RANDOM, "randrange", (a, kw) -> randrange(M(a[0]), a));
        def(RANDOM, "randint", (a, kw) -> {
            Args.count("randint", a, kw, 1, 2, 2);
            return randrange(M(a[0]), new PyObject[] {a[0], a[1], Abstract.add(a[2], PyInt.of(1))});
        });
        def(RANDOM, "choice", (a, kw) -> {
            long n = Abstract.len(a[1]);
            if (n == 0) {
                throw Exc.indexError("Cannot choose from an empty sequence");
            }
            return Abstract.getItem(a[1], PyInt.of(M(a[0]).randbelow(n)));
        });
        def(RANDOM, "shuffle", (a, kw) -> {
            PyObject x = a[1];
            long n = Abstract.len(x);
            for (long i = n - 1; i >= 1; i--) {
                long j = M(a[0]).randbelow(i + 1);
                PyObject xi = Abstract.getItem(x, PyInt.of(i));
                PyObject xj = Abstract.getItem(x, PyInt.of(j));
                Abstract.setItem(x, PyInt.of(i), xj);
                Abstract.setItem(x, PyInt.of(j), xi);
            }
            return NONE;
        });
        def(RANDOM, "sample", (a, kw) -> {
            PyObject[] p = Args.parse("sample", a, kw, 1, new String[] {"population", "k", "counts"}, 2, 2);
            PyObject pop = p[0];
            if (pop instanceof PySet || pop instanceof dev.quicken.runtime.PyDict) {
                throw Exc.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            long n = Abstract.len(pop);
            long k = Args.integer(p[1]);
            if (k < 0 || k > n) {
                throw Exc.valueError("Sample larger than population or is negative");
            }
            PyObject[] result = new PyObject[(int) k];
            long setsize = 21;
            if (k > 5) {
                setsize += (long) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
            }
            Mt m = M(a[0]);
            if (n <= setsize) {
                PyObject[] pool = Abstract.toArray(pop);
                for (int i = 0; i < k; i++) {
                    int j = (int) m.randbelow(n - i);
                    result[i] = pool[j];
                    pool[j] = pool[(int) (n - i - 1)];
                }
            } else {
                java.util.HashSet<Long> selected = new java.util.HashSet<>();
                for (int i = 0; i < k; i++) {
                    long j = m.randbelow(n);
                    while (selected.contains(j)) {
                        j = m.randbelow(n);
                    }
                    selected.add(j);
                    result[i] = Abstract.getItem(pop, PyInt.of(j));
                }
            }
            return new PyList(result);
        });
        def(RANDOM, "choices", (a, kw) -> {
            PyObject[] p = Args.parse("choices", a, kw, 1, new String[] {"population", "weights", "cum_weights",
                "k"}, 1, 2);
            PyObject pop = p[0];
            long k = p[3] == null ? 1 : Args.integer(p[3]);
            double n = Abstract.len(pop);
            Mt m = M(a[0]);
            PyList out = new PyList();
            if ((p[1] == null || p[1] == NONE) && (p[2] == null || p[2] == NONE)) {
                for (long i = 0; i < k; i++) {
                    out.append(Abstract.getItem(pop, PyInt.of((long) Math.floor(m.random() * n))));
                }
                return out;
            }
            PyObject[] cum;
            if (p[2] != null && p[2] != NONE) {
                cum = Abstract.toArray(p[2]);
            } else {
                PyObject[] w = Abstract.toArray(p[1]);
                cum = new PyObject[w.length];
                PyObject acc = PyInt.of(0);
                for (int i = 0; i < w.length; i++) {
                    acc = Abstract.add(acc, w[i]);
                    cum[i] = acc;
                }
            }
            double total = Abstract.asDouble(cum[cum.length - 1]);
            int hi = cum.length - 1;
            for (long i = 0; i < k; i++) {
                double r = m.random() * total;
                int lo = 0;
                int h = hi;
                while (lo < h) {
                    int mid = (lo + h) / 2;
                    if (r < Abstract.asDouble(cum[mid])) {
                        h = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                out.append(Abstract.getItem(pop, PyInt.of(lo)));
            }
            return out;
        });
    }

    // CPython 3.11: Lib/random.py Random.randrange
    static PyObject randrange(Mt m, PyObject[] a) {
        BigInteger start = Abstract.index(a[1]).toBigInteger();
        if (a.length < 3 || a[2] == NONE) {
            if (start.signum() > 0) {
                return PyInt.of(m.randbelow(start));
            }
            throw Exc.valueError("empty range for randrange()");
        }
        BigInteger stop = Abstract.index(a[2]).toBigInteger();
        BigInteger width = stop.subtract(start);
        BigInteger step = a.length > 3 ? Abstract.index(a[3]).toBigInteger() : BigInteger.ONE;
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return PyInt.of(start.add(m.randbelow(width)));
            }
            throw Exc.valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
        }
        BigInteger n;
        if (step.signum() > 0) {
            n = width.add(step).subtract(BigInteger.ONE).divide(step);
        } else if (step.signum() < 0) {
            n = width.add(step).add(BigInteger.ONE).divide(step);
        } else {
            throw Exc.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw Exc.valueError("empty range for randrange()");
        }
        return PyInt.of(start.add(step.multiply(m.randbelow(n))));
    }

    public static PyModule create() {
        PyModule mod = new PyModule("random");
        Mt inst = new Mt();
        inst.seed(null);
        mod.dict.setStr("Random", RANDOM);
        mod.dict.setStr("_inst", inst);
        for (String n : new String[] {"seed", "random", "getrandbits", "uniform", "randrange", "randint", "choice",
            "shuffle", "sample", "choices"}) {
            PyObject descr = RANDOM.dict().getStr(n);
            mod.dict.setStr(n, ((dev.quicken.runtime.PyMethodDescr) descr).bind(inst));
        }
        return mod;
    }

    static PyBuiltinFunction unused() {
        return null;
    }
}
