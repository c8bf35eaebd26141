package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Buffers;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code _quicken_hash}: the message digests under quicken's {@code _hashlib} and {@code _blake2}
 * ({@code lib/_hashlib.py}, {@code lib/_blake2.py}): MD5, SHA-1 and SHA-2 from {@code java.security}, and
 * SHA-3/SHAKE (Keccak, FIPS 202) and BLAKE2b/BLAKE2s (RFC 7693) written here; HMAC (RFC 2104) and
 * PBKDF2-HMAC (RFC 8018) over any of them.
 */
public final class HashModule {

    private HashModule() {
    }

    /** A running hash computation. */
    interface Engine {
        void update(byte[] b, int off, int len);

        /** The digest of what was fed so far ({@code len} bytes for SHAKE), leaving the state unchanged. */
        byte[] digest(int len);

        Engine copy();

        int digestSize();

        int blockSize();
    }

    static final PyType HANDLE = new PyType("_quicken_hash_state");

    static {
        TypeSetup.registerExtra(HANDLE);
    }

    /** The Python-visible handle of an engine. */
    static final class Handle extends PyObject {
        final Engine e;
        final String name;

        Handle(Engine e, String name) {
            this.e = e;
            this.name = name;
        }

        @Override
        public PyType type() {
            return HANDLE;
        }
    }

    // ---------------------------------------------------------------- java.security digests

    static final class JavaDigest implements Engine {
        final MessageDigest md;
        final int block;

        JavaDigest(MessageDigest md, int block) {
            this.md = md;
            this.block = block;
        }

        @Override
        public void update(byte[] b, int off, int len) {
            md.update(b, off, len);
        }

        @Override
        public byte[] digest(int len) {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Engine copy() {
            try {
                return new JavaDigest((MessageDigest) md.clone(), block);
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int digestSize() {
            return md.getDigestLength();
        }

        @Override
        public int blockSize() {
            return block;
        }
    }

    // ---------------------------------------------------------------- Keccak (SHA-3, SHAKE)

    /** Keccak-f[1600] sponge with the SHA-3 (0x06) or SHAKE (0x1f) domain padding. */
    // FIPS 202 sections 3.2 (step mappings) and 5.1 (pad10*1)
    static final class Keccak implements Engine {
        static final long[] RC = {0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL,
            0x8000000080008000L, 0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
            0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL, 0x000000008000808bL,
            0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L,
            0x000000000000800aL, 0x800000008000000aL, 0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L,
            0x8000000080008008L};
        static final int[] ROT = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61,
            56, 14};

        long[] s = new long[25];
        final int rate;
        final int outLen;
        final byte pad;
        byte[] buf;
        int n;

        Keccak(int rate, int outLen, byte pad) {
            this.rate = rate;
            this.outLen = outLen;
            this.pad = pad;
            this.buf = new byte[rate];
        }

        static void permute(long[] a) {
            long[] c = new long[5];
            long[] b = new long[25];
            for (int round = 0; round < 24; round++) {
                for (int x = 0; x < 5; x++) {
                    c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
                }
                for (int x = 0; x < 5; x++) {
                    long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                    for (int y = 0; y < 25; y += 5) {
                        a[y + x] ^= d;
                    }
                }
                for (int x = 0; x < 5; x++) {
                    for (int y = 0; y < 5; y++) {
                        b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
                    }
                }
                for (int y = 0; y < 25; y += 5) {
                    for (int x = 0; x < 5; x++) {
                        a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
                    }
                }
                a[0] ^= RC[round];
            }
        }

        static void absorb(long[] s, byte[] block, int rate) {
            for (int i = 0; i < rate / 8; i++) {
                long v = 0;
                for (int k = 7; k >= 0; k--) {
                    v = (v << 8) | (block[i * 8 + k] & 0xff);
                }
                s[i] ^= v;
            }
            permute(s);
        }

        @Override
        public void update(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                buf[n++] = b[off + i];
                if (n == rate) {
                    absorb(s, buf, rate);
                    n = 0;
                }
            }
        }

        @Override
        public byte[] digest(int len) {
            long[] st = s.clone();
            byte[] last = Arrays.copyOf(buf, rate);
            Arrays.fill(last, n, rate, (byte) 0);
            last[n] ^= pad;
            last[rate - 1] ^= (byte) 0x80;
            absorb(st, last, rate);
            int want = outLen > 0 ? outLen : len;
            byte[] out = new byte[want];
            int pos = 0;
            while (true) {
                for (int i = 0; i < rate && pos < want; i++, pos++) {
                    out[pos] = (byte) (st[i / 8] >>> (8 * (i % 8)));
                }
                if (pos >= want) {
                    return out;
                }
                permute(st);
            }
        }

        @Override
        public Engine copy() {
            Keccak k = new Keccak(rate, outLen, pad);
            k.s = s.clone();
            k.buf = buf.clone();
            k.n = n;
            return k;
        }

        @Override
        public int digestSize() {
            return outLen;
        }

        @Override
        public int blockSize() {
            return rate;
        }
    }

    // ---------------------------------------------------------------- BLAKE2

    /** BLAKE2b (64-bit words, 12 rounds) or BLAKE2s (32-bit words, 10 rounds) with the full parameter block. */
    // RFC 7693 sections 2-3 and the BLAKE2 paper's parameter block
    static final class Blake2 implements Engine {
        static final long[] IV_B = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL,
            0xa54ff53a5f1d36f1L, 0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
        static final int[][] SIGMA = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
            {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3}, {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
            {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8}, {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
            {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9}, {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
            {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10}, {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
            {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

        final boolean big;
        final int outLen;
        long[] h = new long[8];
        long t0;
        long t1;
        byte[] buf;
        int n;
        boolean lastNode;

        Blake2(boolean big, int outLen) {
            this.big = big;
            this.outLen = outLen;
            this.buf = new byte[big ? 128 : 64];
        }

        /** Initialises from the parameter block (little-endian bytes) and the key. */
        void init(byte[] param, byte[] key) {
            int w = big ? 8 : 4;
            for (int i = 0; i < 8; i++) {
                long p = 0;
                for (int k = w - 1; k >= 0; k--) {
                    p = (p << 8) | (param[i * w + k] & 0xff);
                }
                h[i] = big ? IV_B[i] ^ p : ((IV_B[i] >>> 32) ^ p) & 0xffffffffL;
            }
            if (key.length > 0) {
                byte[] block = new byte[buf.length];
                System.arraycopy(key, 0, block, 0, key.length);
                update(block, 0, block.length);
            }
        }

        private long word(byte[] b, int i) {
            int w = big ? 8 : 4;
            long v = 0;
            for (int k = w - 1; k >= 0; k--) {
                v = (v << 8) | (b[i * w + k] & 0xff);
            }
            return v;
        }

        private long rotr(long x, int r) {
            return big ? Long.rotateRight(x, r) : (Integer.rotateRight((int) x, r) & 0xffffffffL);
        }

        private long add(long a, long b) {
            return big ? a + b : (a + b) & 0xffffffffL;
        }

        void compress(long[] hh, byte[] block, long c0, long c1, boolean last) {
            long[] v = new long[16];
            long[] m = new long[16];
            for (int i = 0; i < 16; i++) {
                m[i] = word(block, i);
            }
            for (int i = 0; i < 8; i++) {
                v[i] = hh[i];
                v[i + 8] = big ? IV_B[i] : IV_B[i] >>> 32;
            }
            v[12] ^= c0;
            v[13] ^= c1;
            if (last) {
                v[14] = big ? ~v[14] : ~v[14] & 0xffffffffL;
                if (lastNode) {
                    v[15] = big ? ~v[15] : ~v[15] & 0xffffffffL;
                }
            }
            int[] r = big ? new int[] {32, 24, 16, 63} : new int[] {16, 12, 8, 7};
            int rounds = big ? 12 : 10;
            for (int round = 0; round < rounds; round++) {
                int[] s = SIGMA[round % 10];
                for (int i = 0; i < 8; i++) {
                    int a = i < 4 ? i : (i - 4);
                    int b;
                    int c;
                    int d;
                    if (i < 4) {
                        b = a + 4;
                        c = a + 8;
                        d = a + 12;
                    } else {
                        int[][] diag = {{0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14}};
                        a = diag[i - 4][0];
                        b = diag[i - 4][1];
                        c = diag[i - 4][2];
                        d = diag[i - 4][3];
                    }
                    v[a] = add(add(v[a], v[b]), m[s[2 * i]]);
                    v[d] = rotr(v[d] ^ v[a], r[0]);
                    v[c] = add(v[c], v[d]);
                    v[b] = rotr(v[b] ^ v[c], r[1]);
                    v[a] = add(add(v[a], v[b]), m[s[2 * i + 1]]);
                    v[d] = rotr(v[d] ^ v[a], r[2]);
                    v[c] = add(v[c], v[d]);
                    v[b] = rotr(v[b] ^ v[c], r[3]);
                }
            }
            for (int i = 0; i < 8; i++) {
                hh[i] ^= v[i] ^ v[i + 8];
            }
        }

        private void count(int len) {
            if (big) {
                long old = t0;
                t0 += len;
                if (Long.compareUnsigned(t0, old) < 0) {
                    t1++;
                }
            } else {
                t0 += len;
                if (t0 > 0xffffffffL) {
                    t0 &= 0xffffffffL;
                    t1++;
                }
            }
        }

        @Override
        public void update(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                if (n == buf.length) {
                    count(n);
                    compress(h, buf, t0, t1, false);
                    n = 0;
                }
                buf[n++] = b[off + i];
            }
        }

        @Override
        public byte[] digest(int len) {
            long[] hh = h.clone();
            long c0 = t0;
            long c1 = t1;
            if (big) {
                long old = c0;
                c0 += n;
                if (Long.compareUnsigned(c0, old) < 0) {
                    c1++;
                }
            } else {
                c0 += n;
                if (c0 > 0xffffffffL) {
                    c0 &= 0xffffffffL;
                    c1++;
                }
            }
            byte[] last = Arrays.copyOf(buf, buf.length);
            Arrays.fill(last, n, last.length, (byte) 0);
            compress(hh, last, c0, c1, true);
            int w = big ? 8 : 4;
            byte[] out = new byte[outLen];
            for (int i = 0; i < outLen; i++) {
                out[i] = (byte) (hh[i / w] >>> (8 * (i % w)));
            }
            return out;
        }

        @Override
        public Engine copy() {
            Blake2 c = new Blake2(big, outLen);
            c.h = h.clone();
            c.t0 = t0;
            c.t1 = t1;
            c.buf = buf.clone();
            c.n = n;
            c.lastNode = lastNode;
            return c;
        }

        @Override
        public int digestSize() {
            return outLen;
        }

        @Override
        public int blockSize() {
            return buf.length;
        }
    }

    // ---------------------------------------------------------------- names

    /** The engine for a hashlib algorithm name (OpenSSL spellings accepted), or null. */
    static Engine engine(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('-', '_');
        try {
            switch (n) {
                case "md5":
                    return new JavaDigest(MessageDigest.getInstance("MD5"), 64);
                case "sha1":
                    return new JavaDigest(MessageDigest.getInstance("SHA-1"), 64);
                case "sha224":
                    return new JavaDigest(MessageDigest.getInstance("SHA-224"), 64);
                case "sha256":
                    return new JavaDigest(MessageDigest.getInstance("SHA-256"), 64);
                case "sha384":
                    return new JavaDigest(MessageDigest.getInstance("SHA-384"), 128);
                case "sha512":
                    return new JavaDigest(MessageDigest.getInstance("SHA-512"), 128);
                case "sha512_224":
                    return new JavaDigest(MessageDigest.getInstance("SHA-512/224"), 128);
                case "sha512_256":
                    return new JavaDigest(MessageDigest.getInstance("SHA-512/256"), 128);
                case "sha3_224":
                    return new Keccak(144, 28, (byte) 0x06);
                case "sha3_256":
                    return new Keccak(136, 32, (byte) 0x06);
                case "sha3_384":
                    return new Keccak(104, 48, (byte) 0x06);
                case "sha3_512":
                    return new Keccak(72, 64, (byte) 0x06);
                case "shake_128":
                    return new Keccak(168, 0, (byte) 0x1f);
                case "shake_256":
                    return new Keccak(136, 0, (byte) 0x1f);
                case "blake2b":
                    return blake2(true, 64, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
                case "blake2s":
                    return blake2(false, 32, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
                default:
                    return null;
            }
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }

    static String canonical(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('-', '_');
        return n;
    }

    // CPython 3.11: Modules/_blake2/blake2b_impl.c py_blake2b_new_impl (parameter checks and block layout)
    static Blake2 blake2(boolean big, int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth,
            long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
        int maxOut = big ? 64 : 32;
        int saltSize = big ? 16 : 8;
        String v = big ? "blake2b" : "blake2s";
        if (digestSize < 1 || digestSize > maxOut) {
            throw Exc.valueError("digest_size must be between 1 and " + maxOut + " bytes");
        }
        if (salt.length > saltSize) {
            throw Exc.valueError("maximum salt length is " + saltSize + " bytes");
        }
        if (person.length > saltSize) {
            throw Exc.valueError("maximum person length is " + saltSize + " bytes");
        }
        if (fanout < 0 || fanout > 255) {
            throw Exc.valueError("fanout must be between 0 and 255");
        }
        if (depth <= 0 || depth > 255) {
            throw Exc.valueError("depth must be between 1 and 255");
        }
        if (leafSize < 0 || leafSize > 0xffffffffL) {
            throw Exc.overflowError("leaf_size is too large");
        }
        if (!big && (nodeOffset < 0 || nodeOffset > 0xffffffffffffL)) {
            throw Exc.overflowError("node_offset is too large");
        }
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw Exc.valueError("node_depth must be between 0 and 255");
        }
        if (innerSize < 0 || innerSize > maxOut) {
            throw Exc.valueError("inner_size must be between 0 and is " + maxOut);
        }
        if (key.length > maxOut) {
            throw Exc.valueError("maximum key length is " + maxOut + " bytes");
        }
        byte[] p = new byte[big ? 64 : 32];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        for (int i = 0; i < 4; i++) {
            p[4 + i] = (byte) (leafSize >>> (8 * i));
        }
        if (big) {
            for (int i = 0; i < 8; i++) {
                p[8 + i] = (byte) (nodeOffset >>> (8 * i));
            }
            p[16] = (byte) nodeDepth;
            p[17] = (byte) innerSize;
            System.arraycopy(salt, 0, p, 32, salt.length);
            System.arraycopy(person, 0, p, 48, person.length);
        } else {
            for (int i = 0; i < 6; i++) {
                p[8 + i] = (byte) (nodeOffset >>> (8 * i));
            }
            p[14] = (byte) nodeDepth;
            p[15] = (byte) innerSize;
            System.arraycopy(salt, 0, p, 16, salt.length);
            System.arraycopy(person, 0, p, 24, person.length);
        }
        Blake2 b = new Blake2(big, digestSize);
        b.lastNode = lastNode;
        b.init(p, key);
        return b;
    }

    // ---------------------------------------------------------------- HMAC, PBKDF2

    // RFC 2104
    static byte[] hmac(String name, byte[] key, byte[] msg) {
        Engine proto = engine(name);
        if (proto == null) {
            throw Exc.valueError("unsupported hash type " + name);
        }
        Mac mac = new Mac(proto, key);
        mac.update(msg);
        return mac.doFinal();
    }

    static final class Mac {
        final Engine inner;
        final Engine outer;
        Engine work;

        Mac(Engine proto, byte[] key) {
            int block = proto.blockSize();
            if (key.length > block) {
                Engine k = proto.copy();
                k.update(key, 0, key.length);
                key = k.digest(proto.digestSize());
            }
            byte[] ipad = new byte[block];
            byte[] opad = new byte[block];
            for (int i = 0; i < block; i++) {
                byte kb = i < key.length ? key[i] : 0;
                ipad[i] = (byte) (kb ^ 0x36);
                opad[i] = (byte) (kb ^ 0x5c);
            }
            inner = proto.copy();
            inner.update(ipad, 0, block);
            outer = proto.copy();
            outer.update(opad, 0, block);
            work = inner.copy();
        }

        void update(byte[] b) {
            work.update(b, 0, b.length);
        }

        byte[] doFinal() {
            byte[] ih = work.digest(work.digestSize());
            Engine o = outer.copy();
            o.update(ih, 0, ih.length);
            work = inner.copy();
            return o.digest(o.digestSize());
        }
    }

    // RFC 8018 section 5.2
    static byte[] pbkdf2(String name, byte[] password, byte[] salt, long iterations, int dklen) {
        Engine proto = engine(name);
        if (proto == null || proto.digestSize() == 0) {
            throw Exc.valueError("unsupported hash type " + name);
        }
        Mac mac = new Mac(proto, password);
        int hlen = proto.digestSize();
        byte[] out = new byte[dklen];
        for (int block = 1, pos = 0; pos < dklen; block++) {
            mac.update(salt);
            mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            byte[] u = mac.doFinal();
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                mac.update(u);
                u = mac.doFinal();
                for (int k = 0; k < hlen; k++) {
                    t[k] ^= u[k];
                }
            }
            int n = Math.min(hlen, dklen - pos);
            System.arraycopy(t, 0, out, pos, n);
            pos += n;
        }
        return out;
    }

    // ---------------------------------------------------------------- the module

    interface F {
        PyObject apply(PyObject[] a);
    }

    private static void fn(PyModule m, String name, F f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw(name, kw);
                return f.apply(a);
            }
        }, null, "_quicken_hash"));
    }

    private static Handle h(PyObject o) {
        return (Handle) o;
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_quicken_hash");
        fn(m, "new", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Engine e = engine(((PyStr) a[0]).value);
                return e == null ? PyNone.NONE : new Handle(e, canonical(((PyStr) a[0]).value));
            }
        });
        fn(m, "blake2", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                boolean big = Abstract.isTrue(a[0]);
                Blake2 b = blake2(big, (int) Args.integer(a[1]), Buffers.require(a[2]), Buffers.require(a[3]),
                        Buffers.require(a[4]), (int) Args.integer(a[5]), (int) Args.integer(a[6]), Args.integer(a[7]),
                        Args.integer(a[8]), (int) Args.integer(a[9]), (int) Args.integer(a[10]), Abstract.isTrue(a[11]));
                return new Handle(b, big ? "blake2b" : "blake2s");
            }
        });
        fn(m, "update", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                byte[] b = Buffers.require(a[1]);
                h(a[0]).e.update(b, 0, b.length);
                return PyNone.NONE;
            }
        });
        fn(m, "digest", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyBytes(h(a[0]).e.digest(a.length > 1 ? (int) Args.integer(a[1]) : 0));
            }
        });
        fn(m, "copy", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new Handle(h(a[0]).e.copy(), h(a[0]).name);
            }
        });
        fn(m, "info", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyTuple(new PyObject[] {new PyStr(h(a[0]).name), PyInt.of(h(a[0]).e.digestSize()),
            PyInt.of(h(a[0]).e.blockSize())});
            }
        });
        fn(m, "hmac", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyBytes(hmac(((PyStr) a[0]).value, Buffers.require(a[1]), Buffers.require(a[2])));
            }
        });
        fn(m, "pbkdf2", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyBytes(pbkdf2(((PyStr) a[0]).value, Buffers.require(a[1]), Buffers.require(a[2]),
                Args.integer(a[3]), (int) Args.integer(a[4])));
            }
        });
        fn(m, "compare_digest", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                byte[] x;
                byte[] y;
                if (a[0] instanceof PyStr && a[1] instanceof PyStr) {
                    String s = ((PyStr) a[0]).value;
                    String t = ((PyStr) a[1]).value;
                    for (String u : new String[] {s, t}) {
                        for (int i = 0; i < u.length(); i++) {
                            if (u.charAt(i) > 127) {
                                throw Exc.typeError("comparing strings with non-ASCII characters is not supported");
                            }
                        }
                    }
                    x = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    y = t.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                } else if (Buffers.check(a[0]) && Buffers.check(a[1])) {
                    x = Buffers.of(a[0]);
                    y = Buffers.of(a[1]);
                } else {
                    throw Exc.typeError("unsupported operand types(s) or combination of types: '" + Abstract.typeName(a[0])
                            + "' and '" + Abstract.typeName(a[1]) + "'");
                }
                return PyBool.of(MessageDigest.isEqual(x, y));
            }
        });
        return m;
    }
}
