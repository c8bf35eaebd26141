package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PySet;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;

/** CPython 3.11: Python/specialize.c _Py_Specialize_CompareOp (spec §5.8). */
final class CompareOpSpecializer {

    private CompareOpSpecializer() {
    }

    static final int SPEC_FAIL_COMPARE_OP_DIFFERENT_TYPES = 12;
    static final int SPEC_FAIL_COMPARE_OP_STRING = 13;
    static final int SPEC_FAIL_COMPARE_OP_NOT_FOLLOWED_BY_COND_JUMP = 14;
    static final int SPEC_FAIL_COMPARE_OP_BIG_INT = 15;
    static final int SPEC_FAIL_COMPARE_OP_BYTES = 16;
    static final int SPEC_FAIL_COMPARE_OP_TUPLE = 17;
    static final int SPEC_FAIL_COMPARE_OP_LIST = 18;
    static final int SPEC_FAIL_COMPARE_OP_SET = 19;
    static final int SPEC_FAIL_COMPARE_OP_BOOL = 20;
    static final int SPEC_FAIL_COMPARE_OP_BASEOBJECT = 21;
    static final int SPEC_FAIL_COMPARE_OP_FLOAT_LONG = 22;
    static final int SPEC_FAIL_COMPARE_OP_LONG_FLOAT = 23;
    static final int SPEC_FAIL_COMPARE_OP_EXTENDED_ARG = 24;

    /** CPython 3.11: COMPARISON_LESS_THAN etc. — "jump when" bits per oparg. */
    private static final int[] COMPARE_MASKS = {1, 1 | 2, 2, 1 | 4, 4, 2 | 4};

    /** Whether {@code v} fits one 30-bit CPython digit ({@code Py_SIZE} in -1..1). */
    static boolean oneDigit(PyInt v) {
        return v.isSmall() && v.value > -(1L << 30) && v.value < (1L << 30);
    }

    // CPython 3.11: Python/specialize.c _Py_Specialize_CompareOp
    static void specialize(ExecCode ec, PyObject lhs, PyObject rhs, int instr, int oparg) {
        char[] u = ec.units;
        int next = u[instr + 3] & 0xff;
        if (next != Op.POP_JUMP_FORWARD_IF_FALSE && next != Op.POP_JUMP_BACKWARD_IF_FALSE
                && next != Op.POP_JUMP_FORWARD_IF_TRUE && next != Op.POP_JUMP_BACKWARD_IF_TRUE) {
            // A release build gives up on a compare not followed by a conditional jump for good.
            Specialize.demote(ec, instr, Op.COMPARE_OP, next == Op.EXTENDED_ARG
                    ? SPEC_FAIL_COMPARE_OP_EXTENDED_ARG : SPEC_FAIL_COMPARE_OP_NOT_FOLLOWED_BY_COND_JUMP, lhs, rhs);
            return;
        }
        int when = COMPARE_MASKS[oparg];
        if (next == Op.POP_JUMP_FORWARD_IF_FALSE || next == Op.POP_JUMP_BACKWARD_IF_FALSE) {
            when = 7 & ~when;
        }
        if (next == Op.POP_JUMP_BACKWARD_IF_FALSE || next == Op.POP_JUMP_BACKWARD_IF_TRUE) {
            when <<= 3;
        }
        int form;
        int kind;
        if (lhs.type() != rhs.type()) {
            form = 0;
            kind = failKind(lhs, rhs);
        } else if (lhs instanceof PyFloat) {
            form = Op.COMPARE_OP_FLOAT_JUMP;
            kind = 0;
        } else if (lhs.getClass() == PyInt.class) {
            if (oneDigit((PyInt) lhs) && oneDigit((PyInt) rhs)) {
                form = Op.COMPARE_OP_INT_JUMP;
                kind = 0;
            } else {
                form = 0;
                kind = SPEC_FAIL_COMPARE_OP_BIG_INT;
            }
        } else if (lhs instanceof PyStr) {
            if (oparg == 2 || oparg == 3) {
                form = Op.COMPARE_OP_STR_JUMP;
                kind = 0;
            } else {
                form = 0;
                kind = SPEC_FAIL_COMPARE_OP_STRING;
            }
        } else {
            form = 0;
            kind = failKind(lhs, rhs);
        }
        if (form != 0) {
            u[instr + 2] = (char) when;
            Specialize.success(ec, instr, Op.COMPARE_OP, form, lhs, rhs);
        } else {
            Specialize.fail(ec, instr, Op.COMPARE_OP, kind, lhs, rhs);
        }
    }

    // CPython 3.11: Python/specialize.c compare_op_fail_kind (stats builds)
    private static int failKind(PyObject lhs, PyObject rhs) {
        if (lhs.type() != rhs.type()) {
            if (lhs instanceof PyFloat && rhs.getClass() == PyInt.class) {
                return SPEC_FAIL_COMPARE_OP_FLOAT_LONG;
            }
            if (lhs.getClass() == PyInt.class && rhs instanceof PyFloat) {
                return SPEC_FAIL_COMPARE_OP_LONG_FLOAT;
            }
            return SPEC_FAIL_COMPARE_OP_DIFFERENT_TYPES;
        }
        if (lhs instanceof PyBytes) {
            return SPEC_FAIL_COMPARE_OP_BYTES;
        }
        if (lhs instanceof PyTuple) {
            return SPEC_FAIL_COMPARE_OP_TUPLE;
        }
        if (Guards.exactList(lhs)) {
            return SPEC_FAIL_COMPARE_OP_LIST;
        }
        if (lhs instanceof PySet || lhs instanceof PyFrozenSet) {
            return SPEC_FAIL_COMPARE_OP_SET;
        }
        if (lhs instanceof PyBool) {
            return SPEC_FAIL_COMPARE_OP_BOOL;
        }
        if (lhs.type().lookup("__eq__") == Guards.OBJECT.dict().getStr("__eq__")) {
            return SPEC_FAIL_COMPARE_OP_BASEOBJECT;
        }
        return Specialize.SPEC_FAIL_OTHER;
    }
}
