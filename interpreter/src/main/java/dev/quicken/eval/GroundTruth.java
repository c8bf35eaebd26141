package dev.quicken.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test-only ground-truth counting: the interpreter's own count of the events the probes report,
 * per family (in {@link dev.quicken.probe.Probes#specializationStats}'s layout) and per site, so
 * an observer's counts can be checked against it. Enabled by setting
 * {@link Interpreter#groundTruth}; null (off) by default.
 *
 * <p>Only in a JVM started with the system property {@code quicken.groundTruth} ({@code true}: every
 * interpreter counts from its start; any other value, e.g. {@code allowed}: an interpreter counts
 * once a test sets its {@code groundTruth}). Without it {@link #ALLOWED} is a constant false, and
 * the event helpers ({@code SpecEvents}) compile to the bare probe call: the hot ones run on every
 * specialized instruction, and reading {@code ec.interp.groundTruth} there cost two dependent loads
 * and a test per hit.
 */
public final class GroundTruth {

    /** Whether this JVM may count ground truth at all (read once, at class initialization). */
    static final boolean ALLOWED = System.getProperty("quicken.groundTruth") != null;

    public static final int SUCCESS = 0;
    public static final int FAILURE = 1;
    public static final int HIT = 2;
    public static final int DEFERRED = 3;
    public static final int MISS = 4;
    public static final int DEOPT = 5;
    /** Fields per family, as {@code Probes.STATS_FIELDS}: 6 counters then 30 failure kinds. */
    public static final int FIELDS = 36;
    public static final int KINDS = 6;

    /** Code objects quickened. */
    public long quickened;
    /** Per family: {@code base * FIELDS + field}. */
    public final long[] families = new long[256 * FIELDS];
    /** Per site ({@code "qualname:offset"}): the same 36 fields for that instruction. */
    public final Map<String, long[]> sites = new LinkedHashMap<>();

    void count(ExecCode ec, int instr, int base, int field, int kind) {
        families[base * FIELDS + field]++;
        long[] site = sites.computeIfAbsent(site(ec, instr * 2), k -> new long[FIELDS]);
        site[field]++;
        if (kind >= 0 && kind < FIELDS - KINDS) {
            families[base * FIELDS + KINDS + kind]++;
            site[KINDS + kind]++;
        }
    }

    /** The per-site key. */
    public static String site(ExecCode ec, int offset) {
        return ec.code.qualname.value + ":" + ec.code.firstlineno + ":" + offset;
    }

    /** One family counter. */
    public long get(int base, int field) {
        return families[base * FIELDS + field];
    }
}
