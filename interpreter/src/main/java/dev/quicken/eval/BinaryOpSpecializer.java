package dev.quicken.eval;

import static dev.quicken.runtime.Abstract.NB_ADD;
import static dev.quicken.runtime.Abstract.NB_AND;
import static dev.quicken.runtime.Abstract.NB_FLOOR_DIVIDE;
import static dev.quicken.runtime.Abstract.NB_INPLACE;
import static dev.quicken.runtime.Abstract.NB_LSHIFT;
import static dev.quicken.runtime.Abstract.NB_MATRIX_MULTIPLY;
import static dev.quicken.runtime.Abstract.NB_MULTIPLY;
import static dev.quicken.runtime.Abstract.NB_OR;
import static dev.quicken.runtime.Abstract.NB_POWER;
import static dev.quicken.runtime.Abstract.NB_REMAINDER;
import static dev.quicken.runtime.Abstract.NB_RSHIFT;
import static dev.quicken.runtime.Abstract.NB_SUBTRACT;
import static dev.quicken.runtime.Abstract.NB_TRUE_DIVIDE;
import static dev.quicken.runtime.Abstract.NB_XOR;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;

/** CPython 3.11: Python/specialize.c _Py_Specialize_BinaryOp (spec §5.5). */
final class BinaryOpSpecializer {

    private BinaryOpSpecializer() {
    }

    static final int SPEC_FAIL_BINARY_OP_ADD_DIFFERENT_TYPES = 8;
    static final int SPEC_FAIL_BINARY_OP_ADD_OTHER = 9;
    static final int SPEC_FAIL_BINARY_OP_AND_DIFFERENT_TYPES = 10;
    static final int SPEC_FAIL_BINARY_OP_AND_INT = 11;
    static final int SPEC_FAIL_BINARY_OP_AND_OTHER = 12;
    static final int SPEC_FAIL_BINARY_OP_FLOOR_DIVIDE = 13;
    static final int SPEC_FAIL_BINARY_OP_LSHIFT = 14;
    static final int SPEC_FAIL_BINARY_OP_MATRIX_MULTIPLY = 15;
    static final int SPEC_FAIL_BINARY_OP_MULTIPLY_DIFFERENT_TYPES = 16;
    static final int SPEC_FAIL_BINARY_OP_MULTIPLY_OTHER = 17;
    static final int SPEC_FAIL_BINARY_OP_OR = 18;
    static final int SPEC_FAIL_BINARY_OP_POWER = 19;
    static final int SPEC_FAIL_BINARY_OP_REMAINDER = 20;
    static final int SPEC_FAIL_BINARY_OP_RSHIFT = 21;
    static final int SPEC_FAIL_BINARY_OP_SUBTRACT_DIFFERENT_TYPES = 22;
    static final int SPEC_FAIL_BINARY_OP_SUBTRACT_OTHER = 23;
    static final int SPEC_FAIL_BINARY_OP_TRUE_DIVIDE_DIFFERENT_TYPES = 24;
    static final int SPEC_FAIL_BINARY_OP_TRUE_DIVIDE_FLOAT = 25;
    static final int SPEC_FAIL_BINARY_OP_TRUE_DIVIDE_OTHER = 26;
    static final int SPEC_FAIL_BINARY_OP_XOR = 27;

    // CPython 3.11: Python/specialize.c _Py_Specialize_BinaryOp
    static void specialize(Frame f, PyObject lhs, PyObject rhs, int instr, int oparg) {
        ExecCode ec = f.ec;
        char[] u = ec.units;
        int form = 0;
        switch (oparg) {
            case NB_ADD:
            case NB_INPLACE + NB_ADD:
                if (lhs.type() != rhs.type()) {
                    break;
                }
                if (lhs instanceof PyStr) {
                    int next = u[instr + 2];
                    boolean toStore = (next & 0xff) == Op.STORE_FAST || (next & 0xff) == Op.STORE_FAST__LOAD_FAST;
                    form = toStore && f.s[next >>> 8] == lhs ? Op.BINARY_OP_INPLACE_ADD_UNICODE : Op.BINARY_OP_ADD_UNICODE;
                } else if (lhs.getClass() == PyInt.class) {
                    form = Op.BINARY_OP_ADD_INT;
                } else if (lhs instanceof PyFloat) {
                    form = Op.BINARY_OP_ADD_FLOAT;
                }
                break;
            case NB_MULTIPLY:
            case NB_INPLACE + NB_MULTIPLY:
                if (lhs.type() != rhs.type()) {
                    break;
                }
                if (lhs.getClass() == PyInt.class) {
                    form = Op.BINARY_OP_MULTIPLY_INT;
                } else if (lhs instanceof PyFloat) {
                    form = Op.BINARY_OP_MULTIPLY_FLOAT;
                }
                break;
            case NB_SUBTRACT:
            case NB_INPLACE + NB_SUBTRACT:
                if (lhs.type() != rhs.type()) {
                    break;
                }
                if (lhs.getClass() == PyInt.class) {
                    form = Op.BINARY_OP_SUBTRACT_INT;
                } else if (lhs instanceof PyFloat) {
                    form = Op.BINARY_OP_SUBTRACT_FLOAT;
                }
                break;
            default:
                // A release build turns operators without specializations back into BINARY_OP for good.
                Specialize.demote(ec, instr, Op.BINARY_OP, failKind(oparg, lhs, rhs), lhs, rhs);
                return;
        }
        if (form != 0) {
            Specialize.success(ec, instr, Op.BINARY_OP, form, lhs, rhs);
        } else {
            Specialize.fail(ec, instr, Op.BINARY_OP, failKind(oparg, lhs, rhs), lhs, rhs);
        }
    }

    // CPython 3.11: Python/specialize.c binary_op_fail_kind
    static int failKind(int oparg, PyObject lhs, PyObject rhs) {
        boolean same = lhs.type() == rhs.type();
        switch (oparg >= NB_INPLACE ? oparg - NB_INPLACE : oparg) {
            case NB_ADD:
                return same ? SPEC_FAIL_BINARY_OP_ADD_OTHER : SPEC_FAIL_BINARY_OP_ADD_DIFFERENT_TYPES;
            case NB_AND:
                if (!same) {
                    return SPEC_FAIL_BINARY_OP_AND_DIFFERENT_TYPES;
                }
                return lhs.getClass() == PyInt.class ? SPEC_FAIL_BINARY_OP_AND_INT : SPEC_FAIL_BINARY_OP_AND_OTHER;
            case NB_FLOOR_DIVIDE:
                return SPEC_FAIL_BINARY_OP_FLOOR_DIVIDE;
            case NB_LSHIFT:
                return SPEC_FAIL_BINARY_OP_LSHIFT;
            case NB_MATRIX_MULTIPLY:
                return SPEC_FAIL_BINARY_OP_MATRIX_MULTIPLY;
            case NB_MULTIPLY:
                return same ? SPEC_FAIL_BINARY_OP_MULTIPLY_OTHER : SPEC_FAIL_BINARY_OP_MULTIPLY_DIFFERENT_TYPES;
            case NB_OR:
                return SPEC_FAIL_BINARY_OP_OR;
            case NB_POWER:
                return SPEC_FAIL_BINARY_OP_POWER;
            case NB_REMAINDER:
                return SPEC_FAIL_BINARY_OP_REMAINDER;
            case NB_RSHIFT:
                return SPEC_FAIL_BINARY_OP_RSHIFT;
            case NB_SUBTRACT:
                return same ? SPEC_FAIL_BINARY_OP_SUBTRACT_OTHER : SPEC_FAIL_BINARY_OP_SUBTRACT_DIFFERENT_TYPES;
            case NB_TRUE_DIVIDE:
                if (!same) {
                    return SPEC_FAIL_BINARY_OP_TRUE_DIVIDE_DIFFERENT_TYPES;
                }
                return lhs instanceof PyFloat ? SPEC_FAIL_BINARY_OP_TRUE_DIVIDE_FLOAT : SPEC_FAIL_BINARY_OP_TRUE_DIVIDE_OTHER;
            case NB_XOR:
                return SPEC_FAIL_BINARY_OP_XOR;
            default:
                return Specialize.SPEC_FAIL_OTHER;
        }
    }
}
