package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PySlice;

/** CPython 3.11: Python/specialize.c _Py_Specialize_StoreSubscr (spec §5.7). */
final class StoreSubscrSpecializer {

    private StoreSubscrSpecializer() {
    }

    static final int SPEC_FAIL_SUBSCR_LIST_SLICE = 10;

    // CPython 3.11: Python/specialize.c _Py_Specialize_StoreSubscr
    static void specialize(ExecCode ec, PyObject container, PyObject sub, int instr) {
        int kind;
        if (Guards.exactList(container)) {
            if (sub.getClass() == PyInt.class) {
                PyInt i = (PyInt) sub;
                if (i.isSmall() && i.value >= 0 && i.value < (1L << 30) && i.value < ((PyList) container).size()) {
                    Specialize.success(ec, instr, Op.STORE_SUBSCR, Op.STORE_SUBSCR_LIST_INT, container, sub);
                    return;
                }
                kind = Specialize.SPEC_FAIL_OUT_OF_RANGE;
            } else {
                kind = sub instanceof PySlice ? SPEC_FAIL_SUBSCR_LIST_SLICE : Specialize.SPEC_FAIL_OTHER;
            }
        } else if (Guards.exactDict(container)) {
            Specialize.success(ec, instr, Op.STORE_SUBSCR, Op.STORE_SUBSCR_DICT, container, sub);
            return;
        } else {
            kind = Specialize.SPEC_FAIL_OTHER;
        }
        Specialize.fail(ec, instr, Op.STORE_SUBSCR, kind, container, sub);
    }
}
