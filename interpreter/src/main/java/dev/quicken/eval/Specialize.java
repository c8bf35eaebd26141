package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.opcode.Opcode;
import dev.quicken.runtime.PyObject;

/**
 * The adaptive / miss / deopt cycle shared by all families (spec §4), cold paths of the eval loop:
 * {@link #adaptive} runs an {@code *_ADAPTIVE} instruction's counter logic and calls the family's
 * specializer; {@link #miss} is ceval.c's {@code miss:} label. Both return the opcode the loop
 * dispatches next at the same instruction with the same oparg.
 */
final class Specialize {

    private Specialize() {
    }

    /** SPEC_FAIL_* numbers shared by all families (spec §5.0.1); -1 = no kind recorded. */
    static final int NO_KIND = -1;
    static final int SPEC_FAIL_OTHER = 0;
    static final int SPEC_FAIL_NO_DICT = 1;
    static final int SPEC_FAIL_OVERRIDDEN = 2;
    static final int SPEC_FAIL_OUT_OF_VERSIONS = 3;
    static final int SPEC_FAIL_OUT_OF_RANGE = 4;
    static final int SPEC_FAIL_EXPECTED_ERROR = 5;
    static final int SPEC_FAIL_WRONG_NUMBER_ARGUMENTS = 6;

    /** CPython 3.11: _PyOpcode_Deopt as a table (the loop's deferral and miss paths index it). */
    static final int[] BASE = new int[256];

    /** The adaptive form of each specialized opcode's family (0 for any other opcode). */
    private static final int[] ADAPTIVE = new int[256];

    static {
        for (int op = 0; op < 256; op++) {
            BASE[op] = Opcode.deopt(op);
            ADAPTIVE[op] = BASE[op] != op ? Quickener.adaptiveOf(BASE[op]) : 0;
        }
    }

    // CPython 3.11: Python/ceval.c TARGET(*_ADAPTIVE) bodies
    /**
     * An adaptive instruction at unit {@code instr}: at counter zero, specialize and re-dispatch
     * the same unit (DISPATCH_SAME_OPARG); otherwise count a deferral and run the base.
     */
    static int adaptive(Frame f, int sp, int instr, int op, int oparg) {
        ExecCode ec = f.ec;
        char[] u = ec.units;
        int counter = u[instr + 1];
        if (AdaptiveCounter.isZero(counter)) {
            specialize(f, sp, instr, op, oparg);
            return u[instr] & 0xff;
        }
        u[instr + 1] = (char) AdaptiveCounter.decrement(counter);
        SpecEvents.deferred(ec, instr, op);
        return Opcode.deopt(op);
    }

    private static void specialize(Frame f, int sp, int instr, int op, int oparg) {
        PyObject[] s = f.s;
        switch (op) {
            case Op.BINARY_OP_ADAPTIVE:
                BinaryOpSpecializer.specialize(f, s[sp - 2], s[sp - 1], instr, oparg);
                break;
            case Op.LOAD_ATTR_ADAPTIVE:
                LoadAttrSpecializer.specialize(f.ec, s[sp - 1], instr, f.ec.names[oparg]);
                break;
            case Op.STORE_ATTR_ADAPTIVE:
                StoreAttrSpecializer.specialize(f.ec, s[sp - 1], instr, f.ec.names[oparg]);
                break;
            case Op.LOAD_METHOD_ADAPTIVE:
                LoadMethodSpecializer.specialize(f.ec, s[sp - 1], instr, f.ec.names[oparg]);
                break;
            case Op.LOAD_GLOBAL_ADAPTIVE:
                LoadGlobalSpecializer.specialize(f.ec, f.globals, f.builtins, instr, f.ec.names[oparg >> 1]);
                break;
            case Op.BINARY_SUBSCR_ADAPTIVE:
                BinarySubscrSpecializer.specialize(f.ec, s[sp - 2], s[sp - 1], instr);
                break;
            case Op.STORE_SUBSCR_ADAPTIVE:
                StoreSubscrSpecializer.specialize(f.ec, s[sp - 2], s[sp - 1], instr);
                break;
            case Op.COMPARE_OP_ADAPTIVE:
                CompareOpSpecializer.specialize(f.ec, s[sp - 2], s[sp - 1], instr, oparg);
                break;
            case Op.UNPACK_SEQUENCE_ADAPTIVE:
                UnpackSequenceSpecializer.specialize(f.ec, s[sp - 1], instr, oparg);
                break;
            case Op.PRECALL_ADAPTIVE: {
                int isMeth = s[sp - oparg - 2] != null ? 1 : 0;
                int nargs = oparg + isMeth;
                PrecallSpecializer.specialize(f.ec, s[sp - nargs - 1], instr, nargs, f.kwnames, oparg);
                break;
            }
            case Op.CALL_ADAPTIVE: {
                int isMeth = s[sp - oparg - 2] != null ? 1 : 0;
                int nargs = oparg + isMeth;
                CallSpecializer.specialize(f.ec, s[sp - nargs - 1], instr, nargs, f.kwnames);
                break;
            }
            default:
                throw new IllegalStateException("not an adaptive opcode: " + op);
        }
    }

    // CPython 3.11: Python/ceval.c miss:
    /** A guard of the specialized instruction {@code op} at {@code instr} failed; returns its base. */
    static int miss(ExecCode ec, int instr, int op) {
        // at most 50 bytes of bytecode, so C2 inlines it at the loop's hot miss lines (a real call
        // there spills the loop's live values), but over C1's 35 (SpecializerSizeTest says why);
        // the deoptimization is out of line
        SpecEvents.miss(ec, instr, op);
        char[] u = ec.units;
        int counter = (char) (u[instr + 1] - 1);
        u[instr + 1] = (char) counter;
        if (counter == 0) {
            deoptimize(ec, instr, op);
        }
        return BASE[op];
    }

    /**
     * The miss counter reached zero: back to the adaptive form with a fresh back-off counter. Over 50
     * bytes of bytecode on purpose, so C2 keeps it a call (not inlined into {@link #miss}, whose
     * compiled code then stays small enough to inline at every miss line of the loop).
     */
    private static void deoptimize(ExecCode ec, int instr, int op) {
        int adaptive = ADAPTIVE[op];
        if (adaptive == 0) {
            throw new IllegalStateException("not a specialized opcode: " + Opcode.name(op));
        }
        char[] u = ec.units;
        u[instr] = (char) ((u[instr] & 0xff00) | adaptive);
        SpecEvents.deoptimized(ec, instr, op);
        u[instr + 1] = (char) AdaptiveCounter.start();
        ec.side[instr] = null; // quicken's side-table entry belongs to the form that deoptimized
    }

    /** Specialization success: writes {@code form}, miss counter 53 (specialize.c success:). */
    static void success(ExecCode ec, int instr, int base, int form, Object o1, Object o2) {
        char[] u = ec.units;
        u[instr] = (char) ((u[instr] & 0xff00) | form);
        u[instr + 1] = (char) AdaptiveCounter.MISS_COUNTER_START;
        SpecEvents.specialized(ec, instr, base, form, o1, o2);
    }

    /** Specialization failure: the counter backs off (specialize.c failure:). */
    static void fail(ExecCode ec, int instr, int base, int kind, Object o1, Object o2) {
        char[] u = ec.units;
        u[instr + 1] = (char) AdaptiveCounter.backoff(u[instr + 1]);
        SpecEvents.failed(ec, instr, base, kind, o1, o2);
    }

    /**
     * A release build gives up on the site for good: the unit goes back to its base opcode
     * (counter untouched). Reported as a failure with the kind a stats build would record.
     */
    static void demote(ExecCode ec, int instr, int base, int kind, Object o1, Object o2) {
        char[] u = ec.units;
        u[instr] = (char) ((u[instr] & 0xff00) | base);
        SpecEvents.failed(ec, instr, base, kind, o1, o2);
    }

    /** Writes a 32-bit value into two cache units (little end first, as CPython's write_u32). */
    static void writeU32(char[] u, int at, int v) {
        u[at] = (char) v;
        u[at + 1] = (char) (v >>> 16);
    }

    static int readU32(char[] u, int at) {
        return u[at] | u[at + 1] << 16;
    }
}
