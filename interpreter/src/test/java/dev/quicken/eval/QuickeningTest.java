package dev.quicken.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.opcode.Op;
import dev.quicken.opcode.Opcode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warm-up, _PyCode_Quicken and the adaptive counter, with the numbers spec §3–4 verified on 3.11.7. */
class QuickeningTest {

    @Test
    void counterEncoding() {
        assertEquals(501, AdaptiveCounter.start());
        int c = 0;
        int[] want = {17, 50, 115, 244, 501, 1014, 2039};
        for (int w : want) {
            c = AdaptiveCounter.backoff(c);
            assertEquals(w, c);
        }
        for (int i = 0; i < 10; i++) {
            c = AdaptiveCounter.backoff(c);
        }
        assertEquals(65532, c);
        assertTrue(AdaptiveCounter.isZero(15));
        assertFalse(AdaptiveCounter.isZero(16));
    }

    @Test
    void quickenedAtTheEighthTick() {
        String src = "def f():\n    return 1\nfor i in range(7):\n    f()\n";
        SpecializedFormsTest.Run r = SpecializedFormsTest.run(src, true);
        assertEquals(Op.RESUME, r.units("f")[0] & 0xff);
        r = SpecializedFormsTest.run(src.replace("range(7)", "range(8)"), true);
        assertEquals(Op.RESUME_QUICK, r.units("f")[0] & 0xff);
        // f, and the module code: RESUME + 8 JUMP_BACKWARDs = 9 ticks
        assertEquals(2, r.truth().quickened);
    }

    @Test
    void superinstructionChainsOverlap() {
        String src = "def f(a, b):\n    x = a\n    y = a + b\n    return y\nfor i in range(10):\n    f(1, 2)\n";
        List<String> ops = SpecializedFormsTest.opnames(SpecializedFormsTest.run(src, true).units("f"));
        // STORE_FAST x; LOAD_FAST a; LOAD_FAST b -> STORE_FAST__LOAD_FAST, LOAD_FAST__LOAD_FAST, LOAD_FAST
        assertEquals(List.of("RESUME_QUICK", "LOAD_FAST", "STORE_FAST__LOAD_FAST", "LOAD_FAST__LOAD_FAST",
                "LOAD_FAST", "BINARY_OP_ADD_INT", "STORE_FAST__LOAD_FAST", "LOAD_FAST", "RETURN_VALUE"), ops);
    }

    @Test
    void failingSiteBacksOff() {
        // COMPARE_OP on tuples never specializes (kind 17): 95 quickened executions leave counter 406
        // (value 25, backoff 6); the first 7 calls run before quickening
        String tuples = "def f(a, b):\n    if a < b:\n        return 1\n    return 2\n"
                + "for i in range(95 + 7):\n    f((1,), (2,))\n";
        SpecializedFormsTest.Run r = SpecializedFormsTest.run(tuples, true);
        char[] u = r.units("f");
        int at = indexOf(u, Op.COMPARE_OP_ADAPTIVE);
        assertEquals(406, u[at + 1]);
        assertEquals(6, r.truth().get(Op.COMPARE_OP, GroundTruth.FAILURE));
    }

    @Test
    void missesDeoptimizeAfter53AndRespecializeAfter32() {
        String head = "class C:\n    def __init__(self): self.x = 1\nclass D:\n    def __init__(self): self.x = 2\n"
                + "def f(o):\n    return o.x\nfor i in range(8):\n    f(C())\n";
        char[] u = SpecializedFormsTest.run(head + "for i in range(52):\n    f(D())\n", true).units("f");
        int at = indexOf(u, Op.LOAD_ATTR_INSTANCE_VALUE);
        assertEquals(1, u[at + 1]);
        u = SpecializedFormsTest.run(head + "for i in range(53):\n    f(D())\n", true).units("f");
        at = indexOf(u, Op.LOAD_ATTR_ADAPTIVE);
        assertEquals(501, u[at + 1]);
        u = SpecializedFormsTest.run(head + "for i in range(53 + 31):\n    f(D())\n", true).units("f");
        assertEquals(5, u[indexOf(u, Op.LOAD_ATTR_ADAPTIVE) + 1]);
        u = SpecializedFormsTest.run(head + "for i in range(53 + 32):\n    f(D())\n", true).units("f");
        assertEquals(53, u[indexOf(u, Op.LOAD_ATTR_INSTANCE_VALUE) + 1]);
    }

    @Test
    void unspecializableOperatorsAreDemotedForGood() {
        String src = "def f(a, b):\n    x = a % b\n    y = a < b\n    return x, y\nfor i in range(20):\n    f(5, 3)\n";
        SpecializedFormsTest.Run r = SpecializedFormsTest.run(src, true);
        List<String> ops = SpecializedFormsTest.opnames(r.units("f"));
        assertTrue(ops.contains("BINARY_OP") && ops.contains("COMPARE_OP"), ops.toString());
        assertEquals(2, r.truth().get(Op.BINARY_OP, GroundTruth.FAILURE) + r.truth().get(Op.COMPARE_OP, GroundTruth.FAILURE));
        assertEquals(1, r.truth().families[Op.BINARY_OP * GroundTruth.FIELDS + GroundTruth.KINDS + 20]); // remainder
        assertEquals(1, r.truth().families[Op.COMPARE_OP * GroundTruth.FIELDS + GroundTruth.KINDS + 14]);
    }

    @Test
    void noSpecializeLeavesCodeAsCompiled() {
        String src = "def f(a, b):\n    return a + b\nfor i in range(20):\n    f(1, 2)\n";
        SpecializedFormsTest.Run r = SpecializedFormsTest.run(src, false);
        for (String op : SpecializedFormsTest.opnames(r.units("f"))) {
            assertEquals(op, Opcode.name(Opcode.deopt(SpecializedFormsTest.opcodeNumber(op))), op);
        }
        assertEquals(0, r.truth().quickened);
    }

    static int indexOf(char[] u, int op) {
        for (int i = 0; i < u.length; i++) {
            if ((u[i] & 0xff) == op) {
                return i;
            }
            i += Opcode.cacheUnits(Opcode.deopt(u[i] & 0xff));
        }
        throw new AssertionError("no " + Opcode.name(op));
    }
}
