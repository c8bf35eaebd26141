package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PySlice;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;

/** CPython 3.11: Python/specialize.c _Py_Specialize_BinarySubscr (spec §5.6). */
final class BinarySubscrSpecializer {

    private BinarySubscrSpecializer() {
    }

    static final int SPEC_FAIL_SUBSCR_LIST_SLICE = 10;
    static final int SPEC_FAIL_SUBSCR_TUPLE_SLICE = 11;
    static final int SPEC_FAIL_SUBSCR_STRING_INT = 12;
    static final int SPEC_FAIL_SUBSCR_STRING_SLICE = 13;
    static final int SPEC_FAIL_SUBSCR_BUFFER_INT = 15;
    static final int SPEC_FAIL_SUBSCR_BUFFER_SLICE = 16;
    static final int SPEC_FAIL_SUBSCR_NOT_HEAP_TYPE = 23;

    // CPython 3.11: Python/specialize.c _Py_Specialize_BinarySubscr
    static void specialize(ExecCode ec, PyObject container, PyObject sub, int instr) {
        int kind = trySpecialize(ec, container, sub, instr);
        if (kind != Integer.MIN_VALUE) {
            Specialize.fail(ec, instr, Op.BINARY_SUBSCR, kind, container, sub);
        }
    }

    private static int trySpecialize(ExecCode ec, PyObject container, PyObject sub, int instr) {
        if (Guards.exactList(container)) {
            if (sub.getClass() == PyInt.class) {
                return success(ec, instr, Op.BINARY_SUBSCR_LIST_INT, container, sub);
            }
            return sub instanceof PySlice ? SPEC_FAIL_SUBSCR_LIST_SLICE : Specialize.SPEC_FAIL_OTHER;
        }
        if (container instanceof PyTuple) {
            if (sub.getClass() == PyInt.class) {
                return success(ec, instr, Op.BINARY_SUBSCR_TUPLE_INT, container, sub);
            }
            return sub instanceof PySlice ? SPEC_FAIL_SUBSCR_TUPLE_SLICE : Specialize.SPEC_FAIL_OTHER;
        }
        if (Guards.exactDict(container)) {
            return success(ec, instr, Op.BINARY_SUBSCR_DICT, container, sub);
        }
        PyType cls = container.type();
        cls.versionTag();
        PyObject descriptor = cls.lookup("__getitem__");
        if (descriptor instanceof PyFunction) {
            if (!cls.isHeapType()) {
                return SPEC_FAIL_SUBSCR_NOT_HEAP_TYPE;
            }
            PyFunction func = (PyFunction) descriptor;
            int kind = CallSpecializer.functionKind(func.code);
            if (kind != 0) {
                return kind;
            }
            if (func.code.argcount != 2) {
                return Specialize.SPEC_FAIL_WRONG_NUMBER_ARGUMENTS;
            }
            char[] u = ec.units;
            Specialize.writeU32(u, instr + 2, cls.versionTagRaw());
            int version = func.version();
            if (version == 0 || version > 0xFFFF) {
                return Specialize.SPEC_FAIL_OUT_OF_VERSIONS;
            }
            u[instr + 4] = (char) version;
            ec.side[instr] = func;
            return success(ec, instr, Op.BINARY_SUBSCR_GETITEM, container, sub);
        }
        return failKind(container, sub);
    }

    private static int success(ExecCode ec, int instr, int form, PyObject container, PyObject sub) {
        Specialize.success(ec, instr, Op.BINARY_SUBSCR, form, container, sub);
        return Integer.MIN_VALUE;
    }

    // CPython 3.11: Python/specialize.c binary_subscr_fail_kind (stats builds)
    private static int failKind(PyObject container, PyObject sub) {
        if (container instanceof PyStr) {
            if (sub.getClass() == PyInt.class) {
                return SPEC_FAIL_SUBSCR_STRING_INT;
            }
            return sub instanceof PySlice ? SPEC_FAIL_SUBSCR_STRING_SLICE : Specialize.SPEC_FAIL_OTHER;
        }
        if (container instanceof PyBytes) {
            if (sub.getClass() == PyInt.class) {
                return SPEC_FAIL_SUBSCR_BUFFER_INT;
            }
            return sub instanceof PySlice ? SPEC_FAIL_SUBSCR_BUFFER_SLICE : Specialize.SPEC_FAIL_OTHER;
        }
        return Specialize.SPEC_FAIL_OTHER;
    }
}
