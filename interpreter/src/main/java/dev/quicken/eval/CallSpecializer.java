package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.opcode.Op;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyObject;

/** CPython 3.11: Python/specialize.c _Py_Specialize_Call (spec §5.11). */
final class CallSpecializer {

    private CallSpecializer() {
    }

    // CPython 3.11: Python/specialize.c _Py_Specialize_Call
    static void specialize(ExecCode ec, PyObject callable, int instr, int nargs, PyObject kwnames) {
        int kind;
        if (callable instanceof PyFunction) {
            kind = pyCall(ec, (PyFunction) callable, instr, nargs, kwnames);
        } else {
            kind = PrecallSpecializer.callFailKind(callable);
        }
        if (kind == Integer.MIN_VALUE) {
            return;
        }
        Specialize.fail(ec, instr, Op.CALL, kind, callable, null);
    }

    // CPython 3.11: Python/specialize.c function_kind
    /** 0 for a simple function, else SPEC_FAIL_CALL_COMPLEX_PARAMETERS / CO_NOT_OPTIMIZED. */
    static int functionKind(CodeObject code) {
        if ((code.flags & (CodeObject.CO_VARKEYWORDS | CodeObject.CO_VARARGS)) != 0 || code.kwonlyargcount != 0) {
            return PrecallSpecializer.SPEC_FAIL_CALL_COMPLEX_PARAMETERS;
        }
        if ((code.flags & CodeObject.CO_OPTIMIZED) == 0) {
            return PrecallSpecializer.SPEC_FAIL_CALL_CO_NOT_OPTIMIZED;
        }
        return 0;
    }

    // CPython 3.11: Python/specialize.c specialize_py_call
    private static int pyCall(ExecCode ec, PyFunction func, int instr, int nargs, PyObject kwnames) {
        CodeObject code = func.code;
        int kind = functionKind(code);
        if (kwnames != null) {
            return PrecallSpecializer.SPEC_FAIL_CALL_KWNAMES;
        }
        if (kind != 0) {
            return kind;
        }
        int argcount = code.argcount;
        int defcount = func.defaults == null ? 0 : func.defaults.items.length;
        int minArgs = argcount - defcount;
        if (minArgs < 0 || nargs > argcount || nargs < minArgs) {
            return Specialize.SPEC_FAIL_WRONG_NUMBER_ARGUMENTS;
        }
        if (minArgs > 0xFFFF) {
            return Specialize.SPEC_FAIL_OUT_OF_RANGE;
        }
        int version = func.version();
        if (version == 0) {
            return Specialize.SPEC_FAIL_OUT_OF_VERSIONS;
        }
        char[] u = ec.units;
        Specialize.writeU32(u, instr + 2, version);
        u[instr + 4] = (char) minArgs;
        Specialize.success(ec, instr, Op.CALL, argcount == nargs ? Op.CALL_PY_EXACT_ARGS : Op.CALL_PY_WITH_DEFAULTS,
                func, null);
        return Integer.MIN_VALUE;
    }
}
