package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyCell;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyTuple;

/** Access to frames for the builtins ({@code sys._getframe}, {@code globals()}, {@code __build_class__}). */
public final class EvalAccess {

    private EvalAccess() {
    }

    public static PyObject getFrame(Interpreter in, int depth) {
        Frame f = in.current;
        for (int i = 0; i < depth && f != null; i++) {
            f = f.back;
        }
        if (f == null) {
            throw Exc.valueError("call stack is not deep enough");
        }
        return PyFrameObject.of(f);
    }

    public static PyDict globals(Interpreter in) {
        return in.current == null ? new PyDict() : in.current.globals;
    }

    public static PyObject locals(Interpreter in) {
        return in.current == null ? new PyDict() : PyFrameObject.locals(in.current);
    }

    /** Runs a class body function with {@code ns} as its locals; returns the body's result (the class cell or None). */
    public static PyObject runClassBody(Interpreter in, PyFunction body, PyObject ns) {
        Frame f = new Frame(in.execCode(body.code), body, body.globals, body.builtins, ns);
        f.entry = true;
        return EvalLoop.run(in, f);
    }

    /** Runs module-level code with the given globals and locals ({@code exec} of a code object). */
    public static PyObject exec(Interpreter in, CodeObject code, PyDict globals, PyObject locals) {
        Frame f = new Frame(in.execCode(code), null, globals, in.builtins, locals);
        f.entry = true;
        return EvalLoop.run(in, f);
    }

    static PyCell[] cells(PyTuple t) {
        PyCell[] c = new PyCell[t.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = (PyCell) t.get(i);
        }
        return c;
    }

    /** The builtin {@code aiter(obj)}. */
    public static PyObject aiter(PyObject[] a, String[] kw) {
        return Coroutines.aiter(a, kw);
    }

    /** The builtin {@code anext(aiterator[, default])}. */
    public static PyObject anext(PyObject[] a, String[] kw) {
        return Coroutines.anext(a, kw);
    }
}
