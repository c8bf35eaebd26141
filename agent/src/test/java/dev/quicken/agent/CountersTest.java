package dev.quicken.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.agent.bootstrap.Counters;
import dev.quicken.agent.it.FakeCode;
import dev.quicken.agent.it.Workload;
import dev.quicken.probe.ProbeCode;
import dev.quicken.probe.Probes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counters called directly, as the advice would, without an agent. */
class CountersTest {

    /** What the advice does for each probe. */
    static final Workload.Sink ADVICE = new Workload.Sink() {
        @Override
        public void quickened(Object code) {
            Counters.quickened(((FakeCode) code).probeState(), code);
        }

        @Override
        public void specialized(Object code, int offset, int base, int op, Object a, Object b) {
            Counters.specialized(((FakeCode) code).probeState(), code, offset, base, op, a, b);
        }

        @Override
        public void failed(Object code, int offset, int base, int kind, Object a, Object b) {
            Counters.specializationFailed(((FakeCode) code).probeState(), code, offset, base, kind, a, b);
        }

        @Override
        public void hit(Object code, int offset, int opcode) {
            Counters.hit(((FakeCode) code).probeHits(), ((FakeCode) code).probeState(), code, offset, opcode);
        }

        @Override
        public void miss(Object code, int offset, int opcode) {
            Counters.miss(((FakeCode) code).probeState(), code, offset, opcode);
        }

        @Override
        public void deferred(Object code, int offset, int opcode) {
            Counters.deferred(((FakeCode) code).probeState(), code, offset, opcode);
        }

        @Override
        public void deoptimized(Object code, int offset, int opcode) {
            Counters.deoptimized(((FakeCode) code).probeState(), code, offset, opcode);
        }
    };

    @Test
    void concurrentThreadsOnSharedCodeLoseNothing() throws Exception {
        // interpreters 101 and 102: ids no other test uses, as the counters are JVM-wide
        int threads = 8;
        int iterations = 20_000;
        FakeCode[][] codes = new FakeCode[2][];
        for (int i = 0; i < 2; i++) {
            codes[i] = new FakeCode[] {new FakeCode(101 + i, "f", "work.py", 10), new FakeCode(101 + i, "g", "work.py", 20)};
        }
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            FakeCode[] c = codes[t % 2];
            all.add(new Thread(() -> Workload.run(ADVICE, c[0], c[1], iterations)));
        }
        all.forEach(Thread::start);
        for (Thread t : all) {
            t.join();
        }
        Expected expected = Expected.of(threads, iterations, 1);
        for (int i = 0; i < 2; i++) {
            long[] stats = Counters.specializationStats(101 + i);
            long[] want = expected.families.get((1 + i) + "/binary_op");
            int at = Workload.BINARY_OP * Probes.STATS_FIELDS;
            for (int k = 0; k < 6; k++) {
                assertEquals(want[k], stats[at + k], "field " + k);
            }
            // failure kind 8 of binary_op: add_different_types
            assertEquals(expected.failureKinds.get((1 + i) + "/binary_op/add_different_types"), stats[at + 6 + 8]);
            int compare = Workload.COMPARE_OP * Probes.STATS_FIELDS;
            assertEquals(expected.families.get((1 + i) + "/compare_op")[2], stats[compare + 2]);
            assertEquals(expected.failureKinds.get((1 + i) + "/compare_op/not_followed_by_cond_jump"),
                stats[compare + 6 + 14]);
        }
    }

    @Test
    void stateHangsOnTheCodeObjectAndSitesGrow() {
        FakeCode code = new FakeCode(103, "h", "grow.py", 1);
        Counters.hit(code.probeHits(), code.probeState(), code, 0, Workload.BINARY_OP_ADD_INT);
        Object state = code.probeState();
        Counters.hit(code.probeHits(), state, code, 4000, Workload.BINARY_OP_ADD_INT);   // beyond the first array
        Counters.hit(code.probeHits(), code.probeState(), code, 4000, Workload.BINARY_OP_ADD_INT);
        assertSame(state, code.probeState());
        long[] stats = Counters.specializationStats(103);
        assertEquals(3, stats[Workload.BINARY_OP * Probes.STATS_FIELDS + 2]);
    }

    @Test
    void confinedCodeCountsItsHitsInTheArrayItWasGiven() {
        FakeCode code = new FakeCode(106, "c", "confined.py", 1, true);
        Counters.quickened(code.probeState(), code);
        assertSame(ProbeCode.NO_HITS, code.probeHits());
        Counters.specialized(code.probeState(), code, 6, Workload.BINARY_OP, Workload.BINARY_OP_ADD_INT, 1, 2);
        long[] hits = code.probeHits();
        assertTrue(hits.length > 3, "the specialized site is covered");
        for (int i = 0; i < 5; i++) {
            Counters.hit(code.probeHits(), code.probeState(), code, 6, Workload.BINARY_OP_ADD_INT);
        }
        assertEquals(5, hits[3]);
        Counters.specialized(code.probeState(), code, 4000, Workload.BINARY_OP, Workload.BINARY_OP_ADD_INT, 1, 2);
        assertTrue(code.probeHits().length > 2000, "grown over the new site");
        Counters.hit(code.probeHits(), code.probeState(), code, 4000, Workload.BINARY_OP_ADD_INT);
        Counters.hit(code.probeHits(), code.probeState(), code, 6, Workload.BINARY_OP_ADD_INT);
        long[] stats = Counters.specializationStats(106);
        assertEquals(2, stats[Workload.BINARY_OP * Probes.STATS_FIELDS]);      // successes
        assertEquals(7, stats[Workload.BINARY_OP * Probes.STATS_FIELDS + 2]);  // hits, none lost in the growth
    }

    @Test
    void theCountersOfADiscardedInterpreterAreDropped() throws InterruptedException {
        FakeCode kept = report(104);
        report(105);   // no reference kept: as a discarded interpreter's code
        for (int i = 0; i < 200 && Counters.specializationStats(105) != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(Counters.specializationStats(105));
        assertEquals(1, Counters.specializationStats(104)[Workload.BINARY_OP * Probes.STATS_FIELDS + 2]);
        java.lang.ref.Reference.reachabilityFence(kept);
    }

    private static FakeCode report(int interpreter) {
        FakeCode code = new FakeCode(interpreter, "f", "discarded.py", 1);
        Counters.hit(code.probeHits(), code.probeState(), code, 0, Workload.BINARY_OP_ADD_INT);
        return code;
    }

    @Test
    void anInterpreterThatReportedNothingHasNoStats() {
        assertNull(Counters.specializationStats(999));
    }
}
