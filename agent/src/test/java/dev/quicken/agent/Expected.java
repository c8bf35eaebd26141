package dev.quicken.agent;

import dev.quicken.agent.it.FakeCode;
import dev.quicken.agent.it.Workload;
import dev.quicken.jfr.FailureKinds;
import dev.quicken.jfr.Opcodes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the agent must report for {@link Workload}: a plain single-threaded count of the calls,
 * keyed the way the statistics events are.
 */
final class Expected implements Workload.Sink {

    /** success, failure, hit, deferred, miss, deopt per "interpreter/family". */
    final Map<String, long[]> families = new TreeMap<>();
    /** the same per "interpreter/function/offset". */
    final Map<String, long[]> sites = new TreeMap<>();
    /** count per "interpreter/family/failureKind". */
    final Map<String, Long> failureKinds = new TreeMap<>();
    /**
     * specializations and deoptimizations per "interpreter/function/offset" (the threads of one
     * interpreter share its code objects in {@code ProbeDriver}): what a per-site event limit counts.
     */
    final Map<String, long[]> siteDecisions = new TreeMap<>();
    long quickenings;
    long specializations;
    long failures;
    long deopts;

    /** {@code runs} runs of {@code threads} threads of {@code iterations} each. */
    static Expected of(int threads, int iterations, int runs) {
        Expected e = new Expected();
        for (int r = 0; r < runs; r++) {
            for (int t = 0; t < threads; t++) {
                int id = Workload.interpreterOf(t);
                Workload.run(e, new FakeCode(id, "f", "work.py", 10), new FakeCode(id, "g", "work.py", 20), iterations);
            }
        }
        return e;
    }

    /**
     * This count with the rare counters (success, failure, deopt, failure kinds, occurrence events)
     * times {@code rare} and the hot ones (hit, deferred, miss) times {@code hot}: what a run with
     * the hot counters on for some of the runs reports. Families and failure kinds only.
     */
    Expected times(int rare, int hot) {
        Expected e = new Expected();
        families.forEach((k, v) -> {
            long[] w = {v[0] * rare, v[1] * rare, v[2] * hot, v[3] * hot, v[4] * hot, v[5] * rare};
            if (Arrays.stream(w).anyMatch(x -> x != 0)) {
                e.families.put(k, w);
            }
        });
        failureKinds.forEach((k, v) -> e.failureKinds.put(k, v * rare));
        e.quickenings = quickenings * rare;
        e.specializations = specializations * rare;
        e.failures = failures * rare;
        e.deopts = deopts * rare;
        return e;
    }

    /**
     * This count as a recording that counts the decisions only reports it (quicken.jfc, the default:
     * {@code quicken.SpecializationStatistics#executions=false}): hit, deferred and miss 0 per
     * family and per site, everything else as counted.
     */
    Expected decisionsOnly() {
        Expected e = new Expected();
        families.forEach((k, v) -> put(e.families, k, v));
        sites.forEach((k, v) -> put(e.sites, k, v));
        e.failureKinds.putAll(failureKinds);
        e.siteDecisions.putAll(siteDecisions);
        e.quickenings = quickenings;
        e.specializations = specializations;
        e.failures = failures;
        e.deopts = deopts;
        return e;
    }

    private static void put(Map<String, long[]> into, String key, long[] v) {
        long[] w = {v[0], v[1], 0, 0, 0, v[5]};
        if (Arrays.stream(w).anyMatch(x -> x != 0)) {
            into.put(key, w);
        }
    }

    /**
     * The {@code quicken.Specialization} events a recording makes when its {@code siteLimit} allows
     * {@code limit} per site, for one run of this count.
     */
    long specializationEvents(int limit) {
        return limited(0, limit);
    }

    /** The {@code quicken.Deoptimization} events under a {@code siteLimit} of {@code limit}. */
    long deoptimizationEvents(int limit) {
        return limited(1, limit);
    }

    private long limited(int which, int limit) {
        long n = 0;
        for (long[] c : siteDecisions.values()) {
            n += Math.min(c[which], limit);
        }
        return n;
    }

    private void countSite(Object code, int offset, int which) {
        FakeCode c = (FakeCode) code;
        siteDecisions.computeIfAbsent(c.interpreterId() + "/" + c.qualName() + "/" + offset, k -> new long[2])[which]++;
    }

    private void count(Object code, int offset, int opcode, int field) {
        FakeCode c = (FakeCode) code;
        String family = FailureKinds.family(Opcodes.baseOf(opcode));
        families.computeIfAbsent(c.interpreterId() + "/" + family, k -> new long[6])[field]++;
        sites.computeIfAbsent(c.interpreterId() + "/" + c.qualName() + "/" + offset, k -> new long[6])[field]++;
    }

    @Override
    public void quickened(Object code) {
        quickenings++;
    }

    @Override
    public void specialized(Object code, int offset, int base, int op, Object a, Object b) {
        count(code, offset, base, 0);
        countSite(code, offset, 0);
        specializations++;
    }

    @Override
    public void failed(Object code, int offset, int base, int kind, Object a, Object b) {
        count(code, offset, base, 1);
        failureKinds.merge(((FakeCode) code).interpreterId() + "/" + FailureKinds.family(base) + "/"
            + FailureKinds.name(base, kind), 1L, Long::sum);
        failures++;
    }

    @Override
    public void hit(Object code, int offset, int opcode) {
        count(code, offset, opcode, 2);
    }

    @Override
    public void deferred(Object code, int offset, int opcode) {
        count(code, offset, opcode, 3);
    }

    @Override
    public void miss(Object code, int offset, int opcode) {
        count(code, offset, opcode, 4);
    }

    @Override
    public void deoptimized(Object code, int offset, int opcode) {
        count(code, offset, opcode, 5);
        countSite(code, offset, 1);
        deopts++;
    }
}
