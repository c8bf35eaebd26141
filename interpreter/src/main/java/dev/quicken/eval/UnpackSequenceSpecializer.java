package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyTuple;

/** CPython 3.11: Python/specialize.c _Py_Specialize_UnpackSequence (spec §5.9). */
final class UnpackSequenceSpecializer {

    private UnpackSequenceSpecializer() {
    }

    static final int SPEC_FAIL_UNPACK_SEQUENCE_ITERATOR = 8;
    static final int SPEC_FAIL_UNPACK_SEQUENCE_SEQUENCE = 9;

    // CPython 3.11: Python/specialize.c _Py_Specialize_UnpackSequence
    static void specialize(ExecCode ec, PyObject seq, int instr, int oparg) {
        if (seq instanceof PyTuple) {
            int n = ((PyTuple) seq).items.length;
            if (n != oparg) {
                Specialize.fail(ec, instr, Op.UNPACK_SEQUENCE, Specialize.SPEC_FAIL_EXPECTED_ERROR, seq, null);
                return;
            }
            Specialize.success(ec, instr, Op.UNPACK_SEQUENCE,
                    n == 2 ? Op.UNPACK_SEQUENCE_TWO_TUPLE : Op.UNPACK_SEQUENCE_TUPLE, seq, null);
            return;
        }
        if (Guards.exactList(seq)) {
            if (((PyList) seq).size() != oparg) {
                Specialize.fail(ec, instr, Op.UNPACK_SEQUENCE, Specialize.SPEC_FAIL_EXPECTED_ERROR, seq, null);
                return;
            }
            Specialize.success(ec, instr, Op.UNPACK_SEQUENCE, Op.UNPACK_SEQUENCE_LIST, seq, null);
            return;
        }
        int kind;
        if (seq.type().lookup("__getitem__") != null && !(seq instanceof dev.quicken.runtime.PyDict)) {
            kind = SPEC_FAIL_UNPACK_SEQUENCE_SEQUENCE;
        } else if (seq.type().lookup("__next__") != null) {
            kind = SPEC_FAIL_UNPACK_SEQUENCE_ITERATOR;
        } else {
            kind = Specialize.SPEC_FAIL_OTHER;
        }
        Specialize.fail(ec, instr, Op.UNPACK_SEQUENCE, kind, seq, null);
    }
}
