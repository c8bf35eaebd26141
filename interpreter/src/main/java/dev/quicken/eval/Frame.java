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
    public int lasti;
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
    /**
     * The instance being initialized when this is an {@code __init__} frame pushed for a class call
     * ({@code cls(args)}): its return value must be None and the instance is the call's result.
     */
    PyObject initSelf;
    /**
     * The compiled code this frame runs in (set where it enters it: Jit.run, Jit.osr, a resume,
     * JitOps.callPy), or null. Only a frame in its code object's newest compiled code counts
     * out-of-line forms towards a recompile (JitOps.dispatch): a long-running frame keeps the
     * code it entered, so what it runs out of line says nothing about the newest code.
     */
    JitCode jit;
    /** Set when the frame raised out of its compiled code entered from the loop (Jit.osr): unwound already. */
    boolean jitUnwound;
    /** Set when the frame yielded (rather than returned). */
    boolean yielded;

    /**
     * A function's frame over {@code s} (sized {@code ec.frameSize}); globals and builtins are the
     * function's. Small enough for C2 to inline into the call paths; {@link #lasti} is left 0, as
     * the frame runs at once (the loop sets it before anything can see it).
     */
    Frame(ExecCode ec, PyFunction func, PyObject[] s, PyDict globals, PyDict builtins) {
        this.ec = ec;
        this.code = ec.code;
        this.s = s;
        this.sp = ec.nlocalsplus;
        this.func = func;
        this.globals = globals;
        this.builtins = builtins;
    }

    Frame(ExecCode ec, PyFunction func, PyDict globals, PyDict builtins, PyObject locals) {
        this.ec = ec;
        this.code = ec.code;
        this.s = new PyObject[ec.frameSize];
        this.sp = ec.nlocalsplus;
        this.func = func;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.lasti = -1;
    }

    public int lineNumber() {
        return ec.lineOf(Math.max(lasti, 0));
    }
}
