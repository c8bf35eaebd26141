package dev.quicken.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The specialized forms' helpers run hot: every method must stay JIT-compilable (under HotSpot's
 * 8000-byte limit), and the small inline helpers the loop calls on its hottest paths within the
 * launcher's C2 inlining budget for hot calls ({@code -XX:FreqInlineSize=50}).
 */
class SpecializerSizeTest {

    @Test
    void helpersCanBeCompiled() throws IOException {
        for (Class<?> c : new Class<?>[] {Specialized.class, SpecializedCall.class, Specialize.class, SpecEvents.class,
            Quickener.class}) {
            for (Map.Entry<String, Integer> e : EvalLoopSizeTest.codeSizes(c).entrySet()) {
                assertTrue(e.getValue() < 8000, c.getSimpleName() + "." + e.getKey() + " is " + e.getValue() + " bytes");
            }
        }
    }

    /**
     * C2 inlines a call from {@code EvalLoop.run} only if the callee has at most FreqInlineSize
     * bytes of bytecode; the launcher passes {@code -XX:FreqInlineSize=50}. These are the helpers
     * (and what they call in turn) on the hit paths of the loop's inline specialized cases: one
     * over 50 bytes is a real call on every hit. (IntOps.add/sub/mul, which the int forms call,
     * stay calls on purpose: inlined, they made richards 4% slower, main-thread CPU, 2 runs.)
     * Specialize.miss runs at every miss line: at 84 bytes it was a real call whose spilling of the
     * loop's live values made richards (sites that miss and re-specialize over and over) ~20% slower
     * per iteration. It is kept over 35 bytes on purpose (46): at 35 C1 also inlined it at all 14
     * miss lines of its profiled compile of the loop, and fannkuch (which never misses) was in its
     * slow per-process mode in 6 of 6 JVMs (2 of 6 before; 0 of 4 at 46 bytes) - probably the
     * changed C1 code shifting C2's compile order (a helper compiled standalone first is no longer
     * inlined into the loop).
     */
    static final int FREQ_INLINE_SIZE = 50;

    private static final Object[][] HOT_HELPERS = {
        {Specialized.class, new String[] {"instanceValue", "slotAttr", "globalModule", "globalBuiltin", "keysVersionIs",
            "subtractInt", "multiplyInt", "subtractFloat", "multiplyFloat", "tupleItems", "listItems", "floatSign",
            "doubleSign", "strSign", "jumpAfterCompare", "methodWithValues", "methodNoDict"}},
        {dev.quicken.runtime.PyInstance.class, new String[] {"valueIfVersion", "slotIfVersion", "valuesForStore", "valuesWithVersions"}},
        {CompareOpSpecializer.class, new String[] {"oneDigit"}},
        {Guards.class, new String[] {"exactList", "exactDict"}},
        {SpecEvents.class, new String[] {"hit"}},
        {Specialize.class, new String[] {"miss"}},
    };

    /**
     * Run on every execution of a quickened instruction (hit, miss, deferred) or at every RESUME /
     * JUMP_BACKWARD (warm-up tick), from many call sites in the loop, some of which C2 does not deem
     * hot: within MaxInlineSize (35, the JVM's default budget for such sites), their rare paths
     * (ground-truth counting, quickening) out of line. At 39 and 36 bytes they were real calls at
     * lukewarm sites (LogCompilation of fannkuch's final compile of EvalLoop.run).
     */
    static final int MAX_INLINE_SIZE = 35;

    private static final Object[][] EVERY_SITE_HELPERS = {
        {SpecEvents.class, new String[] {"hit", "miss", "deferred"}},
        {Quickener.class, new String[] {"warmup"}},
    };

    @Test
    void everySiteHelpersFitMaxInlineSize() throws IOException {
        for (Object[] row : EVERY_SITE_HELPERS) {
            Class<?> c = (Class<?>) row[0];
            Map<String, Integer> sizes = EvalLoopSizeTest.codeSizes(c);
            for (String name : (String[]) row[1]) {
                int found = 0;
                for (Map.Entry<String, Integer> e : sizes.entrySet()) {
                    if (e.getKey().startsWith(name + "(")) {
                        found++;
                        assertTrue(e.getValue() <= MAX_INLINE_SIZE, c.getSimpleName() + "." + e.getKey() + " is "
                                + e.getValue() + " bytes of bytecode; C2 inlines at most " + MAX_INLINE_SIZE
                                + " at a call site it does not deem hot: move its rare path out of line");
                    }
                }
                assertTrue(found > 0, c.getSimpleName() + "." + name + " not found: update the list");
            }
        }
    }

    @Test
    void hotHelpersFitTheLaunchersInliningBudget() throws IOException {
        for (Object[] row : HOT_HELPERS) {
            Class<?> c = (Class<?>) row[0];
            Map<String, Integer> sizes = EvalLoopSizeTest.codeSizes(c);
            for (String name : (String[]) row[1]) {
                int found = 0;
                for (Map.Entry<String, Integer> e : sizes.entrySet()) {
                    if (e.getKey().startsWith(name.contains("(") ? name : name + "(")) {
                        found++;
                        assertTrue(e.getValue() <= FREQ_INLINE_SIZE, c.getSimpleName() + "." + e.getKey() + " is "
                                + e.getValue() + " bytes of bytecode; C2 inlines at most " + FREQ_INLINE_SIZE
                                + " into the eval loop (launcher -XX:FreqInlineSize=50): move its rare path out of line");
                    }
                }
                assertTrue(found > 0, c.getSimpleName() + "." + name + " not found: update the list of hot helpers");
            }
        }
    }
}
