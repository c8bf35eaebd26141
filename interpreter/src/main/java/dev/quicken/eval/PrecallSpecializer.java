package dev.quicken.eval;

import static dev.quicken.eval.Guards.METH_FASTCALL;
import static dev.quicken.eval.Guards.METH_KEYWORDS;
import static dev.quicken.eval.Guards.METH_METHOD;
import static dev.quicken.eval.Guards.METH_NOARGS;
import static dev.quicken.eval.Guards.METH_O;
import static dev.quicken.eval.Guards.METH_VARARGS;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyMethod;
import dev.quicken.runtime.PyMethodDescr;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;

/** CPython 3.11: Python/specialize.c _Py_Specialize_Precall (spec §5.10). */
final class PrecallSpecializer {

    private PrecallSpecializer() {
    }

    static final int SPEC_FAIL_CALL_COMPLEX_PARAMETERS = 9;
    static final int SPEC_FAIL_CALL_CO_NOT_OPTIMIZED = 10;
    static final int SPEC_FAIL_CALL_INSTANCE_METHOD = 11;
    static final int SPEC_FAIL_CALL_CMETHOD = 12;
    static final int SPEC_FAIL_CALL_PYCFUNCTION = 13;
    static final int SPEC_FAIL_CALL_PYCFUNCTION_WITH_KEYWORDS = 14;
    static final int SPEC_FAIL_CALL_PYCFUNCTION_FAST_WITH_KEYWORDS = 15;
    static final int SPEC_FAIL_CALL_PYCFUNCTION_NOARGS = 16;
    static final int SPEC_FAIL_CALL_BAD_CALL_FLAGS = 17;
    static final int SPEC_FAIL_CALL_CLASS = 18;
    static final int SPEC_FAIL_CALL_PYTHON_CLASS = 19;
    static final int SPEC_FAIL_CALL_METHOD_DESCRIPTOR = 20;
    static final int SPEC_FAIL_CALL_BOUND_METHOD = 21;
    static final int SPEC_FAIL_CALL_STR = 22;
    static final int SPEC_FAIL_CALL_CLASS_NO_VECTORCALL = 23;
    static final int SPEC_FAIL_CALL_CLASS_MUTABLE = 24;
    static final int SPEC_FAIL_CALL_KWNAMES = 25;
    static final int SPEC_FAIL_CALL_METHOD_WRAPPER = 26;
    static final int SPEC_FAIL_CALL_OPERATOR_WRAPPER = 27;
    static final int SPEC_FAIL_CALL_PYFUNCTION = 28;


    // CPython 3.11: Python/specialize.c _Py_Specialize_Precall
    static void specialize(ExecCode ec, PyObject callable, int instr, int nargs, PyObject kwnames, int oparg) {
        int r;
        if (Guards.classStandIn(callable)) {
            String name = ((PyBuiltinFunction) callable).name;
            r = Guards.vectorcallClass(name) ? Op.PRECALL_BUILTIN_CLASS : failure(SPEC_FAIL_CALL_CLASS_NO_VECTORCALL);
        } else if (callable instanceof PyBuiltinFunction && ((PyBuiltinFunction) callable).wrapper) {
            r = failure(SPEC_FAIL_CALL_METHOD_WRAPPER);
        } else if (callable instanceof PyBuiltinFunction) {
            r = cCall(ec, (PyBuiltinFunction) callable, instr, nargs, kwnames);
        } else if (callable instanceof PyFunction) {
            r = Op.PRECALL_PYFUNC;
        } else if (callable instanceof PyType) {
            r = classCall((PyType) callable, nargs, kwnames, oparg);
        } else if (callable instanceof PyMethodDescr && ((PyMethodDescr) callable).wrapper) {
            r = failure(SPEC_FAIL_CALL_OPERATOR_WRAPPER);
        } else if (callable instanceof PyMethodDescr) {
            r = methodDescriptor(ec, (PyMethodDescr) callable, instr, nargs, kwnames, oparg);
        } else if (callable instanceof PyMethod) {
            r = Op.PRECALL_BOUND_METHOD;
        } else {
            r = -callFailKind(callable) - 1;
        }
        if (r > 0) {
            Specialize.success(ec, instr, Op.PRECALL, r, callable, null);
        } else {
            Specialize.fail(ec, instr, Op.PRECALL, -r - 1, callable, null);
        }
    }

    /** Encodes a failure kind (or NO_KIND) as a non-positive result. */
    private static int failure(int kind) {
        return -kind - 1;
    }

    // CPython 3.11: Python/specialize.c specialize_c_call
    private static int cCall(ExecCode ec, PyBuiltinFunction callable, int instr, int nargs, PyObject kwnames) {
        int flags = Guards.flags(callable);
        switch (flags) {
            case METH_O:
                if (kwnames != null) {
                    return failure(SPEC_FAIL_CALL_KWNAMES);
                }
                if (nargs != 1) {
                    return failure(Specialize.SPEC_FAIL_WRONG_NUMBER_ARGUMENTS);
                }
                return callable == ec.interp.callableLen ? Op.PRECALL_NO_KW_LEN : Op.PRECALL_NO_KW_BUILTIN_O;
            case METH_FASTCALL:
                if (kwnames != null) {
                    return failure(SPEC_FAIL_CALL_KWNAMES);
                }
                if (nargs == 2 && callable == ec.interp.callableIsinstance) {
                    return Op.PRECALL_NO_KW_ISINSTANCE;
                }
                return Op.PRECALL_NO_KW_BUILTIN_FAST;
            case METH_FASTCALL | METH_KEYWORDS:
                return Op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS;
            default:
                return failure(builtinCallFailKind(flags));
        }
    }

    // CPython 3.11: Python/specialize.c specialize_class_call
    private static int classCall(PyType tp, int nargs, PyObject kwnames, int oparg) {
        if (pythonNew(tp)) {
            return failure(SPEC_FAIL_CALL_PYTHON_CLASS);
        }
        if (tp.isImmutable()) {
            if (nargs == 1 && kwnames == null && oparg == 1) {
                if (tp == PyStr.TYPE) {
                    return Op.PRECALL_NO_KW_STR_1;
                } else if (tp == PyType.TYPE) {
                    return Op.PRECALL_NO_KW_TYPE_1;
                } else if (tp == PyTuple.TYPE) {
                    return Op.PRECALL_NO_KW_TUPLE_1;
                }
            }
            if (Guards.vectorcallClass(tp.name())) {
                return Op.PRECALL_BUILTIN_CLASS;
            }
            return failure(tp == PyStr.TYPE ? SPEC_FAIL_CALL_STR : SPEC_FAIL_CALL_CLASS_NO_VECTORCALL);
        }
        return failure(SPEC_FAIL_CALL_CLASS_MUTABLE);
    }

    /** {@code tp->tp_new == PyBaseObject_Type.tp_new}. */
    static boolean pythonNew(PyType tp) {
        return tp.lookup("__new__") == Guards.OBJECT.dict().getStr("__new__");
    }

    // CPython 3.11: Python/specialize.c specialize_method_descriptor
    private static int methodDescriptor(ExecCode ec, PyMethodDescr descr, int instr, int nargs, PyObject kwnames,
            int oparg) {
        if (kwnames != null) {
            return failure(SPEC_FAIL_CALL_KWNAMES);
        }
        int flags = Guards.flags(descr);
        switch (flags) {
            case METH_NOARGS:
                if (nargs != 1) {
                    return failure(Specialize.SPEC_FAIL_WRONG_NUMBER_ARGUMENTS);
                }
                return Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS;
            case METH_O: {
                if (nargs != 2) {
                    return failure(Specialize.SPEC_FAIL_WRONG_NUMBER_ARGUMENTS);
                }
                int next = ec.units[instr + 1 + 1 + 1 + 4] & 0xff;
                if (isListAppend(descr) && oparg == 1 && next == Op.POP_TOP) {
                    return Op.PRECALL_NO_KW_LIST_APPEND;
                }
                return Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O;
            }
            case METH_FASTCALL:
                return Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST;
            case METH_FASTCALL | METH_KEYWORDS:
                return Op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS;
            default:
                return failure(builtinCallFailKind(flags));
        }
    }

    static boolean isListAppend(PyObject d) {
        PyObject append = listAppend;
        if (append == null) {
            append = listAppend = PyList.TYPE.dict().getStr("append");
        }
        return d == append;
    }

    /**
     * {@code list.append}'s method descriptor, looked up once (a built-in type's dict cannot be changed
     * from Python): the PRECALL_NO_KW_LIST_APPEND guard runs at every hit.
     */
    private static PyObject listAppend;

    // CPython 3.11: Python/specialize.c builtin_call_fail_kind
    static int builtinCallFailKind(int flags) {
        switch (flags) {
            case METH_VARARGS:
                return SPEC_FAIL_CALL_PYCFUNCTION;
            case METH_VARARGS | METH_KEYWORDS:
                return SPEC_FAIL_CALL_PYCFUNCTION_WITH_KEYWORDS;
            case METH_FASTCALL | METH_KEYWORDS:
                return SPEC_FAIL_CALL_PYCFUNCTION_FAST_WITH_KEYWORDS;
            case METH_NOARGS:
                return SPEC_FAIL_CALL_PYCFUNCTION_NOARGS;
            case METH_METHOD | METH_FASTCALL | METH_KEYWORDS:
            default:
                return SPEC_FAIL_CALL_BAD_CALL_FLAGS;
        }
    }

    // CPython 3.11: Python/specialize.c call_fail_kind
    static int callFailKind(PyObject callable) {
        if (Guards.classStandIn(callable)) {
            return SPEC_FAIL_CALL_CLASS;
        } else if (callable instanceof PyBuiltinFunction && ((PyBuiltinFunction) callable).wrapper) {
            return SPEC_FAIL_CALL_METHOD_WRAPPER;
        } else if (callable instanceof PyBuiltinFunction) {
            return SPEC_FAIL_CALL_PYCFUNCTION;
        } else if (callable instanceof PyFunction) {
            return SPEC_FAIL_CALL_PYFUNCTION;
        } else if (callable instanceof PyMethod) {
            return SPEC_FAIL_CALL_BOUND_METHOD;
        } else if (callable instanceof PyType) {
            return pythonNew((PyType) callable) ? SPEC_FAIL_CALL_PYTHON_CLASS : SPEC_FAIL_CALL_CLASS;
        } else if (callable instanceof PyMethodDescr && ((PyMethodDescr) callable).wrapper) {
            return SPEC_FAIL_CALL_OPERATOR_WRAPPER;
        } else if (callable instanceof PyMethodDescr) {
            return SPEC_FAIL_CALL_METHOD_DESCRIPTOR;
        }
        return Specialize.SPEC_FAIL_OTHER;
    }
}
