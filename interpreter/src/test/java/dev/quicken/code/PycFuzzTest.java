package dev.quicken.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.runtime.PyObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the .pyc loader: every mutated file must end in a {@link MarshalException}
 * or a valid load; a valid load must write back to an equal object and disassemble or fail with
 * {@link Dis.DisError}. Anything else (another exception, an error, a slow input) is a failure.
 *
 * <p>Default: 20,000 mutations. {@code -Dquicken.slow=true} runs 1,000,000, or the number in the
 * environment variable {@code QUICKEN_FUZZ_COUNT} (seed: {@code QUICKEN_FUZZ_SEED}, default 659);
 * tools/fuzz_pyc.sh wraps that.
 */
class PycFuzzTest {

    private static final byte[] INTERESTING = {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff, 'N', ')', '(', 'r',
        (byte) 0xf2, 'c', 'l', 's', 'z', 'Z', 'u', 'a', '>', '<', '[', '{', '0', 'g', 'y', 'i', 'I', 'f', 'x', 'S'};
    private static final int[] INTERESTING_INTS = {0, 1, -1, 255, 256, 0x7fff, 0x8000, 0xffff, 0x10000,
        0x7fffffff, 0x80000000, 0xfffffffe, 0x3fffffff, 1000000, -1000000};
    private static final long SLOW_NANOS = 2_000_000_000L;

    static final class Stats {
        long mutations;
        long cleanErrors;
        long validLoads;
        long disErrors;
        long maxNanos;
        final Map<String, Long> errorKinds = new TreeMap<>();
        final List<String> failures = new ArrayList<>();

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("mutations %d: clean errors %d, valid loads %d (dis errors %d), failures %d, "
                    + "slowest %.1f ms%n", mutations, cleanErrors, validLoads, disErrors, failures.size(), maxNanos / 1e6));
            errorKinds.forEach((k, v) -> sb.append(String.format("  %8d  %s%n", v, k)));
            for (String f : failures.subList(0, Math.min(20, failures.size()))) {
                sb.append("  FAILURE ").append(f).append('\n');
            }
            return sb.toString();
        }
    }

    /** The error category: the problem without its numbers, quoted text and details. */
    private static String kind(MarshalException e) {
        String p = e.problem;
        for (String prefix : new String[] {"bad magic number", "marshal data too short", "invalid flags"}) {
            if (p.startsWith(prefix)) {
                return prefix;
            }
        }
        int details = p.indexOf(" (co_argcount=");
        if (details > 0) {
            p = p.substring(0, details);
        }
        return p.replaceAll("'[^']*'", "'…'").replaceAll("0x[0-9a-f]+", "N").replaceAll("-?\\d+", "N")
                .replaceAll(" \\(a [a-z]+\\)", "").replaceAll("is a [a-z]+, not", "is not");
    }

    static byte[] mutate(byte[] seed, SplittableRandom rnd) {
        byte[] d = seed.clone();
        int n = 1 + rnd.nextInt(4);
        for (int k = 0; k < n && d.length > 0; k++) {
            int at = rnd.nextInt(d.length);
            switch (rnd.nextInt(8)) {
                case 0:
                    d[at] ^= (byte) (1 << rnd.nextInt(8));
                    break;
                case 1:
                    d[at] = (byte) rnd.nextInt(256);
                    break;
                case 2:
                    d[at] = INTERESTING[rnd.nextInt(INTERESTING.length)];
                    break;
                case 3: {
                    int v = INTERESTING_INTS[rnd.nextInt(INTERESTING_INTS.length)];
                    for (int i = 0; i < 4 && at + i < d.length; i++) {
                        d[at + i] = (byte) (v >> (8 * i));
                    }
                    break;
                }
                case 4:
                    d = Arrays.copyOf(d, at);
                    break;
                case 5: {
                    int len = 1 + rnd.nextInt(Math.min(16, d.length - at));
                    byte[] e = new byte[d.length - len];
                    System.arraycopy(d, 0, e, 0, at);
                    System.arraycopy(d, at + len, e, at, d.length - at - len);
                    d = e;
                    break;
                }
                case 6: {
                    int len = 1 + rnd.nextInt(Math.min(32, d.length - at));
                    int to = rnd.nextInt(d.length);
                    byte[] e = new byte[d.length + len];
                    System.arraycopy(d, 0, e, 0, to);
                    System.arraycopy(d, at, e, to, len);
                    System.arraycopy(d, to, e, to + len, d.length - to);
                    d = e;
                    break;
                }
                default:
                    d[at] = (byte) (d[at] + rnd.nextInt(-3, 4));
            }
        }
        return d;
    }

    static void check(byte[] data, Stats stats, String label) {
        long t0 = System.nanoTime();
        stats.mutations++;
        try {
            CodeObject co;
            try {
                co = Pyc.load(data);
            } catch (MarshalException e) {
                stats.cleanErrors++;
                stats.errorKinds.merge(kind(e), 1L, Long::sum);
                if (e.offset < 0 || e.offset > data.length) {
                    stats.failures.add(label + ": offset " + e.offset + " outside the file of " + data.length + " bytes");
                }
                if (e.getMessage().indexOf('\n') >= 0 || e.getMessage().indexOf('\r') >= 0) {
                    stats.failures.add(label + ": message is not one line: " + e.getMessage());
                }
                return;
            }
            stats.validLoads++;
            byte[] back = Pyc.write(co, 0, 0);
            PyObject again = Pyc.load(back);
            String diff = CodeCompare.diff(co, again, "<module>");
            if (diff != null) {
                stats.failures.add(label + ": write-back differs: " + diff);
            }
            try {
                Dis.dis(co, new Dis.Options().showCaches(true));
            } catch (Dis.DisError e) {
                stats.disErrors++;
            }
        } catch (Throwable t) { // the point of the test: anything else is a bug
            stats.failures.add(label + ": " + t);
        } finally {
            long dt = System.nanoTime() - t0;
            stats.maxNanos = Math.max(stats.maxNanos, dt);
            if (dt > SLOW_NANOS) {
                stats.failures.add(label + ": took " + dt / 1_000_000 + " ms");
            }
        }
    }

    static Stats run(long count, long seed) {
        List<String> names = new ArrayList<>();
        for (String s : Fixtures.samples()) {
            if (!s.startsWith("huge") && !s.startsWith("many")) {
                names.add(s);
            }
        }
        List<byte[]> seeds = new ArrayList<>();
        for (String s : names) {
            seeds.add(Fixtures.bytes(s + ".pyc"));
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        Stats stats = new Stats();
        for (long i = 0; i < count; i++) {
            int which = rnd.nextInt(seeds.size());
            check(mutate(seeds.get(which), rnd), stats, "seed " + seed + " #" + i + " (" + names.get(which) + ")");
        }
        return stats;
    }

    @Test
    void mutatedPycsFailCleanlyOrLoad() {
        boolean slow = Boolean.getBoolean("quicken.slow");
        String envCount = System.getenv("QUICKEN_FUZZ_COUNT");
        String envSeed = System.getenv("QUICKEN_FUZZ_SEED");
        long count = slow ? (envCount != null ? Long.parseLong(envCount) : 1_000_000L) : 20_000L;
        long seed = envSeed != null ? Long.parseLong(envSeed) : 659L;
        Stats stats = run(count, seed);
        System.out.println("PycFuzzTest seed " + seed + ", " + stats);
        assertEquals(0, stats.failures.size(), stats.toString());
        assertTrue(stats.cleanErrors > 0 && stats.validLoads > 0, stats.toString());
    }
}
