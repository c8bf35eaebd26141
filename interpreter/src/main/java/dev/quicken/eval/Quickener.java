package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.opcode.Opcode;
import dev.quicken.probe.Probes;

/**
 * Warm-up and quickening (spec §3): after 8 ticks of the base RESUME / JUMP_BACKWARD, a code
 * object's units are rewritten in place into adaptive forms, quick forms and superinstructions.
 */
public final class Quickener {

    private Quickener() {
    }

    /** CPython 3.11: Include/internal/pycore_code.h QUICKENING_WARMUP_DELAY. */
    public static final int WARMUP_DELAY = 8;
    /** CPython 3.11: QUICKENING_INITIAL_WARMUP_VALUE (stored in co_warmup). */
    public static final int INITIAL_WARMUP_VALUE = -WARMUP_DELAY;

    /**
     * One warm-up tick (CPython 3.11: ceval.c RESUME / JUMP_BACKWARD, _PyCode_Warmup): quickens
     * {@code ec} when it reaches 0. A code object is quickened at most once.
     */
    static void warmup(ExecCode ec) {
        // the tick inline, the quickening out of line: under C2's MaxInlineSize=35 bytes, so every
        // RESUME / JUMP_BACKWARD site in the loop inlines it (SpecializerSizeTest)
        if (ec.warmup != 0 && ++ec.warmup == 0) {
            warmedUp(ec);
        }
    }

    /** Warm-up ended: quickens {@code ec} unless specialization is off. */
    private static void warmedUp(ExecCode ec) {
        if (ec.interp.specialize) {
            quicken(ec);
        }
    }

    // CPython 3.11: Python/specialize.c _PyCode_Quicken
    /** Rewrites {@code ec.units} in place; exposed for tests. */
    public static void quicken(ExecCode ec) {
        char[] instructions = ec.units;
        int previousOpcode = -1;
        for (int i = 0; i < instructions.length; i++) {
            int opcode = instructions[i] & 0xff;
            int adaptive = adaptiveOf(opcode);
            if (adaptive != 0) {
                instructions[i] = (char) ((instructions[i] & 0xff00) | adaptive);
                i += Opcode.cacheUnits(opcode);
                previousOpcode = -1;
                continue;
            }
            switch (opcode) {
                case Op.EXTENDED_ARG:
                    setOpcode(instructions, i, Op.EXTENDED_ARG_QUICK);
                    break;
                case Op.JUMP_BACKWARD:
                    setOpcode(instructions, i, Op.JUMP_BACKWARD_QUICK);
                    break;
                case Op.RESUME:
                    setOpcode(instructions, i, Op.RESUME_QUICK);
                    break;
                case Op.LOAD_FAST:
                    switch (previousOpcode) {
                        case Op.LOAD_FAST:
                            setOpcode(instructions, i - 1, Op.LOAD_FAST__LOAD_FAST);
                            break;
                        case Op.STORE_FAST:
                            setOpcode(instructions, i - 1, Op.STORE_FAST__LOAD_FAST);
                            break;
                        case Op.LOAD_CONST:
                            setOpcode(instructions, i - 1, Op.LOAD_CONST__LOAD_FAST);
                            break;
                        default:
                            break;
                    }
                    break;
                case Op.STORE_FAST:
                    if (previousOpcode == Op.STORE_FAST) {
                        setOpcode(instructions, i - 1, Op.STORE_FAST__STORE_FAST);
                    }
                    break;
                case Op.LOAD_CONST:
                    if (previousOpcode == Op.LOAD_FAST) {
                        setOpcode(instructions, i - 1, Op.LOAD_FAST__LOAD_CONST);
                    }
                    break;
                default:
                    break;
            }
            previousOpcode = opcode;
        }
        ec.quickened = true;
        SpecEvents.quickened(ec);
        Jit.quickened(ec);
    }

    private static void setOpcode(char[] units, int i, int opcode) {
        units[i] = (char) ((units[i] & 0xff00) | opcode);
    }

    /** CPython 3.11: _PyOpcode_Adaptive: the adaptive form of a cached base opcode, else 0. */
    public static int adaptiveOf(int base) {
        switch (base) {
            case Op.LOAD_ATTR:
                return Op.LOAD_ATTR_ADAPTIVE;
            case Op.LOAD_GLOBAL:
                return Op.LOAD_GLOBAL_ADAPTIVE;
            case Op.LOAD_METHOD:
                return Op.LOAD_METHOD_ADAPTIVE;
            case Op.BINARY_SUBSCR:
                return Op.BINARY_SUBSCR_ADAPTIVE;
            case Op.STORE_SUBSCR:
                return Op.STORE_SUBSCR_ADAPTIVE;
            case Op.CALL:
                return Op.CALL_ADAPTIVE;
            case Op.PRECALL:
                return Op.PRECALL_ADAPTIVE;
            case Op.STORE_ATTR:
                return Op.STORE_ATTR_ADAPTIVE;
            case Op.BINARY_OP:
                return Op.BINARY_OP_ADAPTIVE;
            case Op.COMPARE_OP:
                return Op.COMPARE_OP_ADAPTIVE;
            case Op.UNPACK_SEQUENCE:
                return Op.UNPACK_SEQUENCE_ADAPTIVE;
            default:
                return 0;
        }
    }
}
