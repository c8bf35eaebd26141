package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * {@code _random} (the Mersenne Twister of CPython 3.11's Modules/_randommodule.c, so Lib's
 * {@code random} gives CPython's sequences for the same seed) and {@code _sha512} (which
 * {@code random.seed} uses for str and bytes seeds).
 */
public final class RandomNative {

    private RandomNative() {
    }

    static final PyObject NONE = PyNone.NONE;
    static final int N = 624;
    static final int M = 397;

    public static final PyType RANDOM = NativeTypes.type("Random", "_random");
    public static final PyType SHA512 = NativeTypes.type("sha512", "_sha512");

    /** The generator state: 624 words and the index of the next one. */
    static final class Mt extends PyInstance {
        final int[] mt = new int[N];
        int index = N + 1;

        Mt(PyType cls) {
            super(cls);
        }

        // CPython 3.11: Modules/_randommodule.c init_genrand
        void initGenrand(int s) {
            mt[0] = s;
            int i;
            for (i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = i;
        }

        // CPython 3.11: Modules/_randommodule.c init_by_array
        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        // CPython 3.11: Modules/_randommodule.c genrand_uint32
        int next32() {
            int y;
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < N - 1; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        // CPython 3.11: Modules/_randommodule.c _random_Random_random_impl
        double random() {
            long a = (next32() & 0xffffffffL) >>> 5;
            long b = (next32() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        // CPython 3.11: Modules/_randommodule.c random_seed
        void seed(PyObject arg) {
            if (arg == null || arg == NONE) {
                int[] key = new int[N];
                SecureRandom r = new SecureRandom();
                for (int i = 0; i < N; i++) {
                    key[i] = r.nextInt();
                }
                initByArray(key);
                return;
            }
            BigInteger n;
            if (arg.getClass() == PyInt.class) {
                n = ((PyInt) arg).toBigInteger().abs();
            } else {
                // the hash as a size_t
                long h = Abstract.hash(arg);
                n = BigInteger.valueOf(h);
                if (h < 0) {
                    n = n.add(BigInteger.ONE.shiftLeft(64));
                }
            }
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            initByArray(key);
        }

        // CPython 3.11: Modules/_randommodule.c _random_Random_getrandbits_impl
        PyObject getrandbits(long k) {
            if (k < 0) {
                throw Exc.valueError("number of bits must be non-negative");
            }
            if (k == 0) {
                return PyInt.of(0);
            }
            if (k <= 32) {
                return PyInt.of((next32() & 0xffffffffL) >>> (32 - k));
            }
            int words = (int) ((k - 1) / 32 + 1);
            byte[] mag = new byte[words * 4];
            for (int i = 0; i < words; i++, k -= 32) {
                long r = next32() & 0xffffffffL;
                if (k < 32) {
                    r >>>= 32 - k;
                }
                int at = mag.length - 4 * (i + 1);
                mag[at] = (byte) (r >>> 24);
                mag[at + 1] = (byte) (r >>> 16);
                mag[at + 2] = (byte) (r >>> 8);
                mag[at + 3] = (byte) r;
            }
            return PyInt.of(new BigInteger(1, mag));
        }
    }

    static Mt MT(PyObject o) {
        return (Mt) o;
    }

    static {
        PyType t = RANDOM;
        TypeSetup.defNew(t, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyType cls = (PyType) a[0];
                Mt m = new Mt(cls);
                if (cls == RANDOM && kw != null && kw.length > 0) {
                    throw Exc.typeError("Random() takes no keyword arguments");
                }
                return m;
            }
        });
        // CPython 3.11: Modules/_randommodule.c random_init
        TypeSetup.def(t, "__init__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                if (a[0].type() == RANDOM && kw != null && kw.length > 0) {
                    throw Exc.typeError("Random() takes no keyword arguments");
                }
                int n = Args.npos(a, kw) - 1;
                if (n > 1) {
                    throw Exc.typeError("Random() requires 0 or 1 argument");
                }
                MT(a[0]).seed(n == 1 ? a[1] : null);
                return NONE;
            }
        });
        TypeSetup.def0(t, "random", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyFloat(MT(a).random());
            }
        });
        TypeSetup.def(t, "seed", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("seed", a, kw, 1, 0, 1);
                MT(a[0]).seed(a.length > 1 ? a[1] : null);
                return NONE;
            }
        });
        TypeSetup.def1(t, "getrandbits", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject k) {
                PyInt i = Abstract.index(k);
                if (i.big != null) {
                    throw Exc.overflowError("Python int too large to convert to C int");
                }
                return MT(a).getrandbits(i.value);
            }
        });
        // CPython 3.11: Modules/_randommodule.c _random_Random_getstate_impl
        TypeSetup.def0(t, "getstate", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Mt m = MT(a);
                PyObject[] st = new PyObject[N + 1];
                for (int i = 0; i < N; i++) {
                    st[i] = PyInt.of(m.mt[i] & 0xffffffffL);
                }
                st[N] = PyInt.of(m.index);
                return new PyTuple(st);
            }
        });
        // CPython 3.11: Modules/_randommodule.c random_setstate
        TypeSetup.def1(t, "setstate", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject state) {
                if (!(state instanceof PyTuple)) {
                    throw Exc.typeError("state vector must be a tuple");
                }
                PyObject[] st = ((PyTuple) state).items;
                if (st.length != N + 1) {
                    throw Exc.valueError("state vector is the wrong size");
                }
                int[] words = new int[N];
                for (int i = 0; i < N; i++) {
                    PyInt v = Abstract.index(st[i]);
                    if (v.big != null || v.value < 0 || v.value > 0xffffffffL) {
                        throw Exc.overflowError("Python int too large to convert to C unsigned long");
                    }
                    words[i] = (int) v.value;
                }
                PyInt idx = Abstract.index(st[N]);
                if (idx.big != null || idx.value < 0 || idx.value > N) {
                    throw Exc.valueError("invalid state");
                }
                Mt m = MT(a);
                System.arraycopy(words, 0, m.mt, 0, N);
                m.index = (int) idx.value;
                return NONE;
            }
        });
        setupSha512();
    }

    // ---------------------------------------------------------------- _sha512

    /** A SHA-512 hash object over the JDK's MessageDigest. */
    static final class Sha512 extends PyInstance {
        MessageDigest md;

        Sha512(MessageDigest md) {
            super(SHA512);
            this.md = md;
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw Exc.systemError("SHA-512 is not available");
        }
    }

    static byte[] bytesOf(PyObject o) {
        if (o instanceof PyStr) {
            throw Exc.typeError("Strings must be encoded before hashing");
        }
        return dev.quicken.runtime.Buffers.require(o);
    }

    static void setupSha512() {
        PyType t = SHA512;
        TypeSetup.def(t, "update", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("update", a, kw, 1, 1, 1);
                ((Sha512) a[0]).md.update(bytesOf(a[1]));
                return NONE;
            }
        });
        TypeSetup.def0(t, "digest", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyBytes(digest((Sha512) a));
            }
        });
        TypeSetup.def0(t, "hexdigest", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                StringBuilder sb = new StringBuilder();
                for (byte b : digest((Sha512) a)) {
                    sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
                }
                return new PyStr(sb.toString());
            }
        });
        TypeSetup.def0(t, "copy", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                try {
                    return new Sha512((MessageDigest) ((Sha512) a).md.clone());
                } catch (CloneNotSupportedException e) {
                    throw Exc.systemError("SHA-512 state cannot be copied");
                }
            }
        });
        TypeSetup.getset(t, "name", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyStr("sha512");
            }
        }, null);
        TypeSetup.getset(t, "digest_size", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(64);
            }
        }, null);
        TypeSetup.getset(t, "block_size", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(128);
            }
        }, null);
    }

    static byte[] digest(Sha512 h) {
        try {
            return ((MessageDigest) h.md.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw Exc.systemError("SHA-512 state cannot be copied");
        }
    }

    // ---------------------------------------------------------------- modules

    public static PyModule random() {
        PyModule m = new PyModule("_random");
        m.dict.setStr("Random", RANDOM);
        return m;
    }

    public static PyModule sha512() {
        PyModule m = new PyModule("_sha512");
        NativeTypes.def(m, "sha512", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("sha512", a, kw, 0, new String[] {"string", "usedforsecurity"}, 0, 1);
                Sha512 h = new Sha512(newDigest());
                if (p[0] != null) {
                    h.md.update(bytesOf(p[0]));
                }
                return h;
            }
        });
        return m;
    }
}
