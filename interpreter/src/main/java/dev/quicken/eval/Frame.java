package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyObject;

/**
 * An internal frame (CPython's {@code _PyInterpreterFrame}): one array holding locals-plus then
 * the value stack. The Python-visible frame object is built only when asked for.
 */
public final class Frame {

    public final ExecCode ec;
    public final CodeObject code;
    /** Locals-plus in {@code [0, nlocalsplus)}, then the value stack. */
    public final PyObject[] s;
    public int sp;
    /** Index of the next code unit to execute (saved at calls, yields and exceptions). */
    public int ip;
    /** Index of the instruction last started (for tracebacks and f_lineno). */
    public int lasti = -1;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies; null for optimized frames. */
    public PyObject locals;
    public final PyFunction func;
    public Frame back;
    /** The Python frame object, once built. */
    PyFrameObject frameObject;
    /** Returning from this frame leaves the Java eval loop. */
    boolean entry;
    /** The generator owning this frame, or null. */
    PyGenerator gen;
    /** Pending keyword names set by KW_NAMES. */
    PyObject kwnames;
    /** Set when the frame yielded (rather than returned). */
    boolean yielded;

    Frame(ExecCode ec, PyFunction func, PyDict globals, PyDict builtins, PyObject locals) {
        this.ec = ec;
        this.code = ec.code;
        this.s = new PyObject[ec.frameSize];
        this.sp = ec.nlocalsplus;
        this.func = func;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
    }

    public int lineNumber() {
        return ec.lineOf(Math.max(lasti, 0));
    }
}
