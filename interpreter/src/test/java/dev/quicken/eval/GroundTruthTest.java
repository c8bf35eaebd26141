package dev.quicken.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicken.opcode.Op;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The test-only ground-truth counting mode on examples/point.py: the counts follow from 3.11's
 * mechanics (spec §3–4). {@code shifted} runs 100 times and is quickened by the RESUME of its 8th
 * call, so its instructions run 93 times quickened; the module loop is quickened by the 7th
 * JUMP_BACKWARD (8th tick with RESUME), so its call site runs 93 times quickened. The
 * {@code cls(x, y)} site (a Python class: PRECALL fails with kind 19, CALL with kind 19) attempts
 * at quickened executions 1, 2, 5, 12, 27, 58 (6 failures) and every one of the 93 executions
 * counts as deferred, the failing ones included. These are the numbers the agent
 * ({@code quicken profile}) reports for the same program.
 */
class GroundTruthTest {

    @Test
    void pointCounts() throws Exception {
        String src = Files.readString(Path.of("..", "examples", "point.py"));
        SpecializedFormsTest.Run r = SpecializedFormsTest.run(src, true);
        GroundTruth t = r.truth();
        // family: success, failure, hit, deferred, miss, deopt
        check(t, Op.BINARY_OP, 2, 0, 186, 0, 0, 0);
        check(t, Op.CALL, 1, 6, 93, 93, 0, 0);
        check(t, Op.LOAD_ATTR, 4, 0, 188, 0, 0, 0);
        check(t, Op.LOAD_GLOBAL, 1, 0, 93, 0, 0, 0);
        check(t, Op.LOAD_METHOD, 1, 0, 93, 0, 0, 0);
        check(t, Op.PRECALL, 3, 6, 187, 93, 0, 0);
        check(t, Op.STORE_ATTR, 2, 0, 188, 0, 0, 0);
        assertEquals(6, t.families[Op.PRECALL * GroundTruth.FIELDS + GroundTruth.KINDS + 19]);
        assertEquals(6, t.families[Op.CALL * GroundTruth.FIELDS + GroundTruth.KINDS + 19]);
        // per-site counts add up to the family counts
        long[] sum = new long[GroundTruth.FIELDS];
        for (Map.Entry<String, long[]> e : t.sites.entrySet()) {
            for (int i = 0; i < GroundTruth.FIELDS; i++) {
                sum[i] += e.getValue()[i];
            }
        }
        long[] fam = new long[GroundTruth.FIELDS];
        for (int b = 0; b < 256; b++) {
            for (int i = 0; i < GroundTruth.FIELDS; i++) {
                fam[i] += t.families[b * GroundTruth.FIELDS + i];
            }
        }
        assertEquals(java.util.Arrays.toString(fam), java.util.Arrays.toString(sum));
        assertEquals(3, t.quickened); // module, __init__, shifted
    }

    /**
     * A built-in type's C member ({@code StopIteration.value}, {@code function.__globals__}: T_OBJECT
     * members) makes LOAD_ATTR fail with kind 14 (SPEC_FAIL_ATTR_NON_OBJECT_SLOT), as CPython 3.11.7's
     * analyze_descriptor classes them OTHER_SLOT. Each site retries with back-off (at quickened executions
     * 1, 2, 5, 12, 27, 58 of its 93): six failures per site.
     */
    @Test
    void builtinMembersFailAsNonObjectSlot() throws Exception {
        String src = "def f():\n    pass\n"
                + "e = StopIteration(1)\n"
                + "for i in range(100):\n"
                + "    v = e.value\n"
                + "    g = f.__globals__\n";
        SpecializedFormsTest.Run r = SpecializedFormsTest.run(src, true);
        GroundTruth t = r.truth();
        assertEquals(12, t.families[Op.LOAD_ATTR * GroundTruth.FIELDS + GroundTruth.KINDS + 14]);
        assertEquals(0, t.get(Op.LOAD_ATTR, 0)); // no success
        assertEquals(12, t.get(Op.LOAD_ATTR, 1)); // every failure is kind 14
    }

    static void check(GroundTruth t, int base, long... want) {
        long[] got = new long[6];
        for (int i = 0; i < 6; i++) {
            got[i] = t.get(base, i);
        }
        assertEquals(java.util.Arrays.toString(want), java.util.Arrays.toString(got), dev.quicken.opcode.Opcode.name(base));
    }
}
