package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.IntOps;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;

/**
 * The specialized forms that are not inline in the loop (CPython 3.11: Python/ceval.c, the
 * TARGET bodies of the specialized instructions). {@link #execute} runs one with {@code f.ip}
 * at the first cache unit and {@code f.sp} current: on a hit it counts the hit, does the work,
 * moves {@code f.ip} past the caches and returns the new stack pointer; on a miss it changes
 * nothing and returns -1 (the loop then takes the {@code miss:} path).
 */
final class Specialized {

    private Specialized() {
    }

    static int execute(Frame f, int op, int oparg, int instr) {
        switch (op) {
            case Op.BINARY_OP_SUBTRACT_INT:
            case Op.BINARY_OP_MULTIPLY_INT:
            case Op.BINARY_OP_SUBTRACT_FLOAT:
            case Op.BINARY_OP_MULTIPLY_FLOAT:
            case Op.BINARY_OP_ADD_UNICODE:
            case Op.BINARY_OP_INPLACE_ADD_UNICODE:
                return binaryOp(f, op, instr);
            default:
                throw new IllegalStateException("not a specialized form: " + op);
        }
    }

    // CPython 3.11: Python/ceval.c TARGET(BINARY_OP_*)
    private static int binaryOp(Frame f, int op, int instr) {
        PyObject[] s = f.s;
        int sp = f.sp;
        PyObject lhs = s[sp - 2];
        PyObject rhs = s[sp - 1];
        PyObject r;
        switch (op) {
            case Op.BINARY_OP_SUBTRACT_INT:
            case Op.BINARY_OP_MULTIPLY_INT:
                if (lhs.getClass() != PyInt.class || rhs.getClass() != PyInt.class) {
                    return -1;
                }
                SpecEvents.hit(f.ec, instr, op);
                r = op == Op.BINARY_OP_SUBTRACT_INT ? IntOps.sub((PyInt) lhs, (PyInt) rhs)
                        : IntOps.mul((PyInt) lhs, (PyInt) rhs);
                break;
            case Op.BINARY_OP_SUBTRACT_FLOAT:
            case Op.BINARY_OP_MULTIPLY_FLOAT: {
                if (!(lhs instanceof PyFloat) || !(rhs instanceof PyFloat)) {
                    return -1;
                }
                SpecEvents.hit(f.ec, instr, op);
                double a = ((PyFloat) lhs).value;
                double b = ((PyFloat) rhs).value;
                r = new PyFloat(op == Op.BINARY_OP_SUBTRACT_FLOAT ? a - b : a * b);
                break;
            }
            case Op.BINARY_OP_ADD_UNICODE:
                if (!(lhs instanceof PyStr) || !(rhs instanceof PyStr)) {
                    return -1;
                }
                SpecEvents.hit(f.ec, instr, op);
                r = Abstract.binaryOp(lhs, rhs, Abstract.NB_ADD);
                break;
            default: {
                // BINARY_OP_INPLACE_ADD_UNICODE: ... lhs rhs -> ... (stored into the local of the
                // following STORE_FAST, which is skipped)
                if (!(lhs instanceof PyStr) || !(rhs instanceof PyStr)) {
                    return -1;
                }
                int store = f.ec.units[f.ip + 1];
                if (s[store >>> 8] != lhs) {
                    return -1;
                }
                SpecEvents.hit(f.ec, instr, op);
                s[store >>> 8] = Abstract.binaryOp(lhs, rhs, Abstract.NB_ADD);
                s[sp - 1] = null;
                s[sp - 2] = null;
                f.ip += 2;
                return sp - 2;
            }
        }
        s[sp - 2] = r;
        s[sp - 1] = null;
        f.ip += 1;
        return sp - 1;
    }
}
