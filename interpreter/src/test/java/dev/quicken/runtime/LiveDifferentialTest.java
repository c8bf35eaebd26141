package dev.quicken.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quicken.testing.Python311;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Differential test against a live python3.11 (skipped when it is not on the PATH): random
 * inputs for repr, hash, set order, float/int parsing, str(int), float.hex/fromhex, round,
 * format() and %-formatting, run through quicken and through {@code tools/value_oracle.py}.
 *
 * <p>{@code -Dquicken.slow=true} runs 20 times as many cases; {@code -Dquicken.seed=N} fixes the
 * seed (the seed in use is in the failure message).
 */
class LiveDifferentialTest {

    private static final boolean SLOW = Boolean.getBoolean("quicken.slow");

    @Test
    void randomValuesAgreeWithPython311() throws Exception {
        assumeTrue(Python311.available(), "python3.11 not on the PATH");
        long seed = Long.getLong("quicken.seed", System.nanoTime());
        Random rng = new Random(seed);
        int perOp = SLOW ? 20_000 : 1_000;
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < perOp; i++) {
            cases.add("repr\t" + enc(randomFloat(rng)));
            cases.add("repr\t" + enc(new PyStr(randomString(rng))));
            cases.add("repr\t" + enc(new PyComplex(randomFloat(rng).value, randomFloat(rng).value)));
            cases.add("hash\t" + enc(randomHashable(rng, 0)));
            cases.add("float\t" + enc(new PyStr(randomFloatLiteral(rng))));
            int base = rng.nextInt(5) == 0 ? 0 : 2 + rng.nextInt(35);
            cases.add("int\t" + enc(new PyStr(randomIntLiteral(rng, base))) + " " + enc(PyInt.of(base)));
            cases.add("hex\t" + enc(randomFloat(rng)));
            cases.add("complex\t" + enc(new PyStr(randomComplexLiteral(rng))));
            cases.add("roundint\t" + enc(randomInt(rng)) + " " + enc(PyInt.of(rng.nextInt(40) - 35)));
            cases.add("intb\t" + enc(new PyBytes(randomIntLiteral(rng, 10).getBytes(StandardCharsets.UTF_8)))
                    + " " + enc(PyInt.of(10)));
            cases.add("fromhex\t" + enc(new PyStr(randomHexLiteral(rng))));
            cases.add("round\t" + enc(randomFloat(rng)) + " "
                    + (rng.nextInt(4) == 0 ? "N" : enc(PyInt.of(rng.nextInt(60) - 25))));
            cases.add("format\t" + enc(randomFormattable(rng)) + " " + enc(new PyStr(randomSpec(rng))));
            cases.add("percent\t" + randomPercentCase(rng));
            if (i % 4 == 0) {
                cases.add("set\t" + randomSetCase(rng));
                cases.add("setalg\t" + randomSetAlgebraCase(rng));
            }
        }
        List<String> expected = oracle(cases);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String[] c = cases.get(i).split("\t", 2);
            String got = runCase(c[0], c[1]);
            if (!got.equals(expected.get(i))) {
                failures.add(cases.get(i) + " -> " + abbreviate(got) + " expected " + abbreviate(expected.get(i)));
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " of " + cases.size() + " differ (seed " + seed + ")");
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static String runCase(String op, String args) {
        PyObject[] a = NumberTextFixtureTest.args(args);
        try {
            switch (op) {
                case "repr":
                    return ValueCodec.encode(new PyStr(Repr.repr(a[0])));
                case "hash":
                    return ValueCodec.encode(PyInt.of(Hashing.hash(a[0])));
                case "set": {
                    SetTable t = new SetTable();
                    for (PyObject x : ((PyTuple) a[0]).items) {
                        t.add(x, Hashing.hash(x), ValueEq.EQUALITY);
                    }
                    for (PyObject x : ((PyTuple) a[1]).items) {
                        t.discard(x, Hashing.hash(x), ValueEq.EQUALITY);
                    }
                    for (PyObject x : ((PyTuple) a[2]).items) {
                        t.add(x, Hashing.hash(x), ValueEq.EQUALITY);
                    }
                    return ValueCodec.encode(new PyStr(Repr.repr(new PyTuple(t.items()))));
                }
                default:
                    return NumberTextFixtureTest.run(op, a);
            }
        } catch (PyTypedError e) {
            return "!" + e.pyType + ": " + e.getMessage();
        }
    }

    private static List<String> oracle(List<String> cases) throws IOException, InterruptedException {
        Path in = Files.createTempFile("quicken-oracle", ".txt");
        try {
            Files.write(in, cases, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder("python3.11",
                    Python311.projectRoot().resolve("tools/value_oracle.py").toString());
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.redirectInput(in.toFile());
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(SLOW ? 3600 : 120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("value_oracle.py failed");
            }
            List<String> lines = List.of(new String(out, StandardCharsets.UTF_8).split("\n", -1));
            return lines.subList(0, cases.size());
        } finally {
            Files.deleteIfExists(in);
        }
    }

    // ---------------------------------------------------------------- encoding of inputs

    static String enc(PyObject v) {
        if (v instanceof PyNone) {
            return "N";
        }
        if (v instanceof PyComplex) {
            PyComplex c = (PyComplex) v;
            return String.format("c%016x,%016x", Double.doubleToRawLongBits(c.real), Double.doubleToRawLongBits(c.imag));
        }
        if (v instanceof PyBytes) {
            StringBuilder sb = new StringBuilder("b");
            for (byte b : ((PyBytes) v).value) {
                sb.append(String.format("%02x", b & 0xff));
            }
            return sb.toString();
        }
        if (v instanceof PyTuple) {
            StringBuilder sb = new StringBuilder("( t");
            for (PyObject x : ((PyTuple) v).items) {
                sb.append(' ').append(enc(x));
            }
            return sb.append(" )").toString();
        }
        return ValueCodec.encode(v);
    }

    // ---------------------------------------------------------------- random inputs

    private static final int[] ZEROS = {0x660, 0x6f0, 0x966, 0xff10, 0x1d7ce, 0x16ac0};

    static String randomString(Random rng) {
        int n = new int[] {0, 1, 2, 3, 5, 8, 13, 30}[rng.nextInt(8)];
        int pool = rng.nextInt(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int p = pool == 6 ? rng.nextInt(6) : pool;
            int cp;
            switch (p) {
                case 0:
                    cp = 0x20 + rng.nextInt(0x5f);
                    break;
                case 1:
                    cp = rng.nextInt(0x100);
                    break;
                case 2:
                    cp = rng.nextInt(0x10000);
                    break;
                case 3:
                    cp = 0xd800 + rng.nextInt(0x800);
                    break;
                case 4:
                    cp = 0x10000 + rng.nextInt(0x100000);
                    break;
                default:
                    cp = rng.nextInt(0x110000);
            }
            if (Character.isLowSurrogate((char) cp) && cp < 0x10000 && sb.length() > 0
                    && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                cp = 'x';
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    static PyFloat randomFloat(Random rng) {
        switch (rng.nextInt(6)) {
            case 0:
                return new PyFloat(Double.longBitsToDouble(rng.nextLong()));
            case 1:
                return new PyFloat((rng.nextInt(2_000_001) - 1_000_000) / Math.pow(10, rng.nextInt(8)));
            case 2:
                return new PyFloat(rng.nextDouble() * Math.pow(10, rng.nextInt(60) - 30));
            case 3:
                return new PyFloat(Double.parseDouble((rng.nextInt(9) + 1) + "e" + (rng.nextInt(640) - 320)));
            case 4:
                return new PyFloat(Math.scalb(1.0, rng.nextInt(2098) - 1074));
            default:
                return new PyFloat(rng.nextGaussian() * 1e6);
        }
    }

    static PyInt randomInt(Random rng) {
        switch (rng.nextInt(4)) {
            case 0:
                return PyInt.of(rng.nextInt(2001) - 1000);
            case 1:
                return PyInt.of(rng.nextLong());
            default: {
                BigInteger b = new BigInteger(1 + rng.nextInt(300), rng);
                return PyInt.of(rng.nextBoolean() ? b.negate() : b);
            }
        }
    }

    static PyObject randomHashable(Random rng, int depth) {
        switch (rng.nextInt(depth < 2 ? 7 : 6)) {
            case 0:
                return new PyStr(randomString(rng));
            case 1:
                return randomInt(rng);
            case 2: {
                PyFloat f = randomFloat(rng);
                return Double.isNaN(f.value) ? new PyFloat(1.5) : f;
            }
            case 3: {
                byte[] b = new byte[rng.nextInt(20)];
                rng.nextBytes(b);
                return new PyBytes(b);
            }
            case 4: {
                double re = randomFloat(rng).value;
                double im = randomFloat(rng).value;
                return new PyComplex(Double.isNaN(re) ? 0 : re, Double.isNaN(im) ? 1 : im);
            }
            case 5:
                return rng.nextBoolean() ? PyBool.TRUE : PyBool.FALSE;
            default: {
                PyObject[] items = new PyObject[rng.nextInt(5)];
                for (int i = 0; i < items.length; i++) {
                    items[i] = randomHashable(rng, depth + 1);
                }
                return new PyTuple(items);
            }
        }
    }

    private static String pick(Random rng, String... options) {
        return options[rng.nextInt(options.length)];
    }

    private static String sprinkle(Random rng, String s) {
        switch (rng.nextInt(8)) {
            case 0:
                return pick(rng, " ", "\t", "\u00a0", "\u3000", "\u2028") + s + pick(rng, "", " ", "\n", "\u2003");
            case 1: {
                int i = rng.nextInt(s.length() + 1);
                return s.substring(0, i) + "_" + s.substring(i);
            }
            case 2: {
                StringBuilder sb = new StringBuilder();
                int z = ZEROS[rng.nextInt(ZEROS.length)];
                s.codePoints().forEach(c -> {
                    if (c >= '0' && c <= '9' && rng.nextBoolean()) {
                        sb.appendCodePoint(z + c - '0');
                    } else {
                        sb.appendCodePoint(c);
                    }
                });
                return sb.toString();
            }
            case 3: {
                int i = rng.nextInt(s.length() + 1);
                return s.substring(0, i) + pick(rng, "x", ".", "e", "+", "-", "__", "\u0000") + s.substring(i);
            }
            default:
                return s;
        }
    }

    static String randomFloatLiteral(Random rng) {
        switch (rng.nextInt(5)) {
            case 0:
                return sprinkle(rng, Repr.repr(randomFloat(rng)));
            case 1:
                return sprinkle(rng, pick(rng, "inf", "-Infinity", "nan", "+NAN", "infinit", "1e", ".", "1_0.5",
                        "1.5_", "0x10", "1e1_0", ".5e-3", "-.5", "5."));
            case 2: {
                StringBuilder sb = new StringBuilder();
                int n = 1 + rng.nextInt(40);
                for (int i = 0; i < n; i++) {
                    sb.append((char) ('0' + rng.nextInt(10)));
                }
                sb.insert(rng.nextInt(n + 1), '.');
                if (rng.nextBoolean()) {
                    sb.append('e').append(rng.nextInt(700) - 350);
                }
                return sprinkle(rng, sb.toString());
            }
            default:
                return sprinkle(rng, String.format("%." + rng.nextInt(20) + "e", randomFloat(rng).value)
                        .replace("Infinity", "inf").replace("NaN", "nan"));
        }
    }

    static String randomIntLiteral(Random rng, int base) {
        int b = base == 0 ? new int[] {2, 8, 10, 16}[rng.nextInt(4)] : base;
        BigInteger v = randomInt(rng).toBigInteger();
        String digits = v.abs().toString(b);
        if (rng.nextBoolean()) {
            digits = digits.toUpperCase();
        }
        String prefix = b == 2 ? "0b" : b == 8 ? "0o" : b == 16 ? "0x" : "";
        if (!prefix.isEmpty() && (base == 0 || rng.nextBoolean())) {
            digits = pick(rng, prefix, prefix.toUpperCase(), prefix + "_") + digits;
        }
        return sprinkle(rng, (v.signum() < 0 ? "-" : pick(rng, "", "+")) + digits);
    }

    static String randomComplexLiteral(Random rng) {
        String re = Repr.repr(randomFloat(rng));
        String im = Repr.repr(randomFloat(rng));
        switch (rng.nextInt(5)) {
            case 0:
                return sprinkle(rng, re);
            case 1:
                return sprinkle(rng, im + pick(rng, "j", "J"));
            case 2:
                return sprinkle(rng, re + pick(rng, "+", "-", "") + im + pick(rng, "j", "J", ""));
            case 3:
                return sprinkle(rng, Repr.complex(randomFloat(rng).value, randomFloat(rng).value));
            default:
                return sprinkle(rng, pick(rng, "j", "-j", "1+j", "(1+2j", "( 1-2J )", "infj", "-nan+nanj", "1e+j",
                        "1+2 j", "_1j", "1_0j"));
        }
    }

    static String randomHexLiteral(Random rng) {
        String h = NumberParse.floatHex(randomFloat(rng).value);
        switch (rng.nextInt(5)) {
            case 0:
                return h.toUpperCase();
            case 1:
                return String.format("%s0x%s.%sp%d", pick(rng, "", "-", "+"), new BigInteger(1 + rng.nextInt(80), rng)
                        .toString(16), new BigInteger(1 + rng.nextInt(80), rng).toString(16), rng.nextInt(2300) - 1200);
            case 2:
                return sprinkle(rng, h);
            default:
                return h;
        }
    }

    static PyObject randomFormattable(Random rng) {
        switch (rng.nextInt(6)) {
            case 0:
            case 1:
                return randomInt(rng);
            case 2:
            case 3:
                return randomFloat(rng);
            case 4:
                return new PyComplex(randomFloat(rng).value, randomFloat(rng).value);
            default:
                return new PyStr(randomString(rng));
        }
    }

    static String randomSpec(Random rng) {
        StringBuilder sb = new StringBuilder();
        if (rng.nextInt(3) == 0) {
            if (rng.nextBoolean()) {
                sb.append(pick(rng, "*", "x", "0", " ", "_", "=", "\u00e9", "\ud83d\ude00"));
            }
            sb.append(pick(rng, "<", ">", "=", "^"));
        }
        if (rng.nextInt(3) == 0) {
            sb.append(pick(rng, "+", "-", " "));
        }
        if (rng.nextInt(10) == 0) {
            sb.append('z');
        }
        if (rng.nextInt(5) == 0) {
            sb.append('#');
        }
        if (rng.nextInt(5) == 0) {
            sb.append('0');
        }
        if (rng.nextBoolean()) {
            sb.append(rng.nextInt(30));
        }
        if (rng.nextInt(6) == 0) {
            sb.append(pick(rng, ",", "_"));
        }
        if (rng.nextInt(3) == 0) {
            sb.append('.').append(rng.nextInt(20));
        }
        if (rng.nextInt(5) != 0) {
            sb.append(pick(rng, "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s", "q"));
        }
        return sb.toString();
    }

    static String randomPercentCase(Random rng) {
        StringBuilder fmt = new StringBuilder();
        List<PyObject> args = new ArrayList<>();
        int n = 1 + rng.nextInt(3);
        for (int k = 0; k < n; k++) {
            if (rng.nextInt(3) == 0) {
                fmt.append(pick(rng, "x", "abc ", "\u00e9", " = "));
            }
            fmt.append('%');
            int flags = rng.nextInt(4);
            for (int i = 0; i < flags; i++) {
                fmt.append(pick(rng, "-", "+", " ", "#", "0"));
            }
            if (rng.nextInt(3) == 0) {
                if (rng.nextInt(5) == 0) {
                    fmt.append('*');
                    args.add(PyInt.of(rng.nextInt(24) - 12));
                } else {
                    fmt.append(rng.nextInt(25));
                }
            }
            if (rng.nextInt(3) == 0) {
                if (rng.nextInt(5) == 0) {
                    fmt.append(".*");
                    args.add(PyInt.of(rng.nextInt(15) - 3));
                } else {
                    fmt.append('.').append(rng.nextInt(15));
                }
            }
            String t = pick(rng, "d", "i", "o", "u", "x", "X", "e", "E", "f", "F", "g", "G", "c", "r", "s", "a", "%", "q");
            fmt.append(t);
            if (t.equals("%")) {
                continue;
            }
            PyObject v;
            if ("diouxX".contains(t)) {
                v = rng.nextInt(10) == 0 ? randomFloat(rng) : randomInt(rng);
            } else if ("eEfFgG".contains(t)) {
                v = rng.nextInt(5) == 0 ? randomInt(rng) : randomFloat(rng);
            } else if (t.equals("c")) {
                v = rng.nextBoolean() ? PyInt.of(rng.nextInt(0x110001) - 1) : new PyStr(randomString(rng));
            } else {
                v = randomHashable(rng, 0);
            }
            args.add(v);
        }
        PyObject a = args.size() == 1 && !(args.get(0) instanceof PyTuple) && rng.nextBoolean()
                ? args.get(0) : new PyTuple(args.toArray(new PyObject[0]));
        return enc(new PyStr(fmt.toString())) + " " + enc(a);
    }

    private static final String[] SET_OPS = {"or", "and", "sub", "xor", "ior", "iand", "isub", "ixor", "and_iter",
        "sub_iter", "copy", "same_and"};

    static String randomSetAlgebraCase(Random rng) {
        PyTuple[] a = randomSetParts(rng);
        PyTuple[] b = randomSetParts(rng);
        return enc(a[0]) + " " + enc(a[1]) + " " + enc(b[0]) + " " + enc(b[1]) + " "
                + enc(new PyStr(SET_OPS[rng.nextInt(SET_OPS.length)]));
    }

    static String randomSetCase(Random rng) {
        PyTuple[] p = randomSetParts(rng);
        return enc(p[0]) + " " + enc(p[1]) + " " + enc(p[2]);
    }

    /** Items to add, items to discard, more items to add. */
    static PyTuple[] randomSetParts(Random rng) {
        int kind = rng.nextInt(4);
        List<PyObject> pool = new ArrayList<>();
        int n = new int[] {3, 8, 20, 60, 200}[rng.nextInt(5)];
        for (int i = 0; i < n; i++) {
            switch (kind) {
                case 0:
                    pool.add(PyInt.of(rng.nextInt(1000) * (rng.nextBoolean() ? 1 : 1024)));
                    break;
                case 1:
                    pool.add(new PyStr(randomString(rng)));
                    break;
                case 2:
                    pool.add(rng.nextBoolean() ? PyInt.of(rng.nextInt(20) - 10) : new PyFloat(rng.nextInt(20) - 10));
                    break;
                default:
                    pool.add(randomHashable(rng, 1));
            }
        }
        List<PyObject> discards = new ArrayList<>();
        for (PyObject x : pool) {
            if (rng.nextInt(3) == 0) {
                discards.add(x);
            }
        }
        List<PyObject> more = new ArrayList<>();
        for (int i = 0; i < n / 2; i++) {
            more.add(rng.nextBoolean() ? pool.get(rng.nextInt(pool.size())) : randomHashable(rng, 1));
        }
        return new PyTuple[] {new PyTuple(pool.toArray(new PyObject[0])),
            new PyTuple(discards.toArray(new PyObject[0])), new PyTuple(more.toArray(new PyObject[0]))};
    }
}
