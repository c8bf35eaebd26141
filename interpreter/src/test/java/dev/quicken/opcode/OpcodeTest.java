package dev.quicken.opcode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Facts of the 3.11.7 tables (specification sections 1.3 to 1.7). */
class OpcodeTest {

    @Test
    void numbersAndNames() {
        assertEquals(122, Op.BINARY_OP);
        assertEquals(3, Op.BINARY_OP_ADAPTIVE);
        assertEquals(180, Op.UNPACK_SEQUENCE_TWO_TUPLE);
        assertEquals(38, Op.JUMP_BACKWARD_QUICK);
        assertEquals("LOAD_FAST__LOAD_FAST", Opcode.name(46));
        assertEquals("<181>", Opcode.name(181));
        assertEquals("<255>", Opcode.name(255));
        assertNull(Opcode.of(200));
        assertEquals(90, Op.HAVE_ARGUMENT);
        // 110 base names (opcode.opmap, incl. CACHE) + 71 specialized forms
        assertEquals(110 + 71, Opcode.values().length);
    }

    @Test
    void deoptAndCaches() {
        assertEquals(Op.LOAD_ATTR, Opcode.deopt(Op.LOAD_ATTR_SLOT));
        assertEquals(Op.LOAD_FAST, Opcode.deopt(Op.LOAD_FAST__LOAD_CONST));
        assertEquals(200, Opcode.deopt(200));
        assertEquals(10, Opcode.cacheUnits(Op.LOAD_METHOD_WITH_VALUES));
        assertEquals(5, Opcode.cacheUnits(Op.LOAD_GLOBAL));
        assertEquals(0, Opcode.cacheUnits(Op.JUMP_BACKWARD_QUICK));
        // dis decides by the base: COMPARE_OP_ADAPTIVE (26) is below HAVE_ARGUMENT but takes an arg
        assertTrue(Opcode.hasArg(Op.COMPARE_OP_ADAPTIVE));
        assertFalse(Opcode.hasArg(Op.BINARY_SUBSCR_DICT));
    }

    @Test
    void kindsAndFamilies() {
        assertEquals(Opcode.Kind.ADAPTIVE, Opcode.LOAD_ATTR_ADAPTIVE.kind);
        assertEquals(Opcode.Kind.SPECIALIZED, Opcode.LOAD_ATTR_MODULE.kind);
        assertEquals(Opcode.Kind.SUPER, Opcode.STORE_FAST__STORE_FAST.kind);
        assertEquals(Opcode.Kind.QUICK, Opcode.RESUME_QUICK.kind);
        assertEquals(Opcode.Kind.BASE, Opcode.RESUME.kind);
        assertSame(Family.LOAD_METHOD, Opcode.LOAD_METHOD_MODULE.family());
        assertSame(Opcode.LOAD_METHOD, Opcode.LOAD_METHOD_MODULE.base());
        assertEquals(17, Family.values().length);
        assertEquals(Op.PRECALL_ADAPTIVE, Family.PRECALL.adaptive);
        assertEquals(-1, Family.RESUME.adaptive);
        assertEquals(10, Family.LOAD_METHOD.cacheUnits());
        assertEquals(new Family.CacheField("keys_version", 4, 2), Family.LOAD_METHOD.cacheFormat.get(3));
        assertArrayEquals(new int[] {Op.LOAD_FAST__LOAD_CONST, Op.LOAD_FAST__LOAD_FAST}, Family.LOAD_FAST.members());
        assertEquals("load_attr", Family.LOAD_ATTR.statsKey());
        assertEquals(java.util.List.of("success", "failure", "hit", "deferred", "miss", "deopt"), Family.SPECIALIZATION_STATS);
        int cached = 0;
        for (Family f : Family.values()) {
            if (f.cacheUnits() > 0) {
                cached++;
                assertTrue(f.adaptive > 0, f.name());
                assertEquals(f.cacheUnits(), Opcode.cacheUnits(f.base));
            }
        }
        assertEquals(11, cached);
    }

    @Test
    void argAndJumpKinds() {
        assertEquals(Opcode.ArgKind.CONST, Opcode.KW_NAMES.argKind);
        assertEquals(Opcode.ArgKind.FREE, Opcode.LOAD_CLASSDEREF.argKind);
        assertEquals(Opcode.ArgKind.COMPARE, Opcode.COMPARE_OP_INT_JUMP.argKind);
        assertEquals(Opcode.ArgKind.NAME, Opcode.LOAD_GLOBAL_BUILTIN.argKind);
        assertEquals(Opcode.JumpKind.FORWARD, Opcode.FOR_ITER.jump);
        assertEquals(Opcode.JumpKind.BACKWARD, Opcode.POP_JUMP_BACKWARD_IF_NONE.jump);
        assertEquals(Opcode.JumpKind.BACKWARD, Opcode.JUMP_BACKWARD_QUICK.jump);
        assertFalse(Opcode.JUMP_BACKWARD_QUICK.inHasJrel);
        assertTrue(Opcode.JUMP_BACKWARD.inHasJrel);
        assertEquals(">=", Opcode.CMP_OP[5]);
        assertEquals("**=", Opcode.nbOpSymbol(21));
        assertEquals("NB_INPLACE_XOR", Opcode.nbOpName(25));
        assertEquals(26, Opcode.nbOpCount());
    }
}
