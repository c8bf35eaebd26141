package dev.quicken.builtins;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;

/**
 * Exceptions that cannot be raised (in a weakref callback, an atexit function, ...), handed to
 * {@code sys.unraisablehook}. Not part of {@link WeakrefModule}: sys sets {@link #argsType} up at
 * every start, and that must not initialize the weakref types (1 ms of start-up).
 */
public final class Unraisable {

    private Unraisable() {
    }

    /** The {@code UnraisableHookArgs} structseq type (set up with sys). */
    public static PyObject argsType;

    /**
     * CPython's {@code _PyErr_WriteUnraisableMsg}: hands the exception to {@code sys.unraisablehook}
     * (an {@code UnraisableHookArgs}); {@code errMsg} null means "Exception ignored in".
     */
    public static void report(String errMsg, PyObject obj, PyException e) {
        Interpreter in = Interpreter.current();
        if (in == null) {
            return;
        }
        PyObject hook = in.sys.dict.getStr("unraisablehook");
        PyObject msg = errMsg == null ? PyNone.NONE : new PyStr(errMsg);
        PyObject o = obj == null ? PyNone.NONE : obj;
        if (hook != null && hook != PyNone.NONE && argsType != null) {
            PyBaseException v = e.value;
            PyObject args = Abstract.call(argsType, new PyTuple(new PyObject[] {v.type(), v,
                v.traceback == null ? PyNone.NONE : v.traceback, msg, o}));
            try {
                Abstract.call(hook, args);
                return;
            } catch (PyException hookError) {
                write(in, "Exception ignored in sys.unraisablehook", hook, hookError.value);
            }
        }
        write(in, errMsg, o, e.value);
    }

    // CPython 3.11: Python/errors.c write_unraisable_exc_file (the default sys.unraisablehook)
    static void write(Interpreter in, String errMsg, PyObject obj, PyBaseException v) {
        StringBuilder text = new StringBuilder();
        if (obj != null && obj != PyNone.NONE) {
            text.append(errMsg != null ? errMsg + ": " : "Exception ignored in: ");
            String r;
            try {
                r = Abstract.repr(obj);
            } catch (PyException re) {
                r = "<object repr() failed>";
            }
            text.append(r).append('\n');
        } else if (errMsg != null) {
            text.append(errMsg).append(":\n");
        }
        if (v != null) {
            text.append(dev.quicken.eval.Tracebacks.format(v, in.searchPath));
        }
        PyObject err = in.sys.dict.getStr("stderr");
        if (err != null && err != PyNone.NONE) {
            Abstract.callMethod(err, "write", new PyStr(text.toString()));
        }
    }

    /** The default {@code sys.unraisablehook(unraisable)}. */
    public static PyObject defaultHook(PyObject[] a, String[] kw) {
        Args.count("unraisablehook", a, kw, 0, 1, 1);
        Interpreter in = Interpreter.current();
        PyObject u = a[0];
        PyObject msg = Abstract.getAttr(u, "err_msg");
        PyObject value = Abstract.getAttr(u, "exc_value");
        write(in, msg == PyNone.NONE ? null : Abstract.str(msg), Abstract.getAttr(u, "object"),
                value instanceof PyBaseException ? (PyBaseException) value : null);
        return PyNone.NONE;
    }
}
