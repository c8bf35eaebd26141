package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.opcode.Op;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyIter;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/**
 * A generator, coroutine or async generator (CPython 3.11: Objects/genobject.c): a suspended
 * {@link Frame} resumed by send/throw/close. The kind follows the code flags.
 */
public final class PyGenerator extends PyIter {

    public static final PyType GENERATOR = new PyType("generator");
    public static final PyType COROUTINE = new PyType("coroutine");
    public static final PyType ASYNC_GENERATOR = new PyType("async_generator");

    static final int GEN = 0;
    static final int CORO = 1;
    static final int ASYNC_GEN = 2;

    final Frame frame;
    final int kind;
    final Interpreter.ExcInfo excInfo = new Interpreter.ExcInfo(null);
    boolean running;
    boolean finished;
    boolean started;
    /** Async generators: an asend/athrow awaitable is in progress ({@code ag_running_async}). */
    boolean runningAsync;
    /** Async generators: {@code ag_closed}. */
    boolean closed;
    /** Async generators: sys.get_asyncgen_hooks() consulted (CPython ag_hooks_inited). */
    boolean hooksInited;
    /** Async generators: the finalizer hook seen on first iteration (CPython ag_origin_or_finalizer). */
    PyObject agFinalizer;
    private PyObject returnValue = PyNone.NONE;
    String name;
    String qualname;

    PyGenerator(Frame frame) {
        this.frame = frame;
        this.name = frame.func != null ? frame.func.name : frame.code.name.value;
        this.qualname = frame.func != null ? frame.func.qualname : frame.code.qualname.value;
        int flags = frame.code.flags;
        this.kind = (flags & CodeObject.CO_COROUTINE) != 0 ? CORO
                : (flags & CodeObject.CO_ASYNC_GENERATOR) != 0 ? ASYNC_GEN : GEN;
    }

    @Override
    public PyType type() {
        return kind == CORO ? COROUTINE : kind == ASYNC_GEN ? ASYNC_GENERATOR : GENERATOR;
    }

    boolean isCoroutine() {
        return kind == CORO;
    }

    /** sys.get_asyncgen_hooks(): this thread's {firstiter, finalizer}, null when unset (the array itself). */
    public static PyObject[] asyncGenHooks() {
        return Coroutines.asyncGenHooks();
    }

    boolean isAsyncGen() {
        return kind == ASYNC_GEN;
    }

    /** A coroutine, or a generator whose code has CO_ITERABLE_COROUTINE ({@code types.coroutine}). */
    boolean isAwaitable() {
        return kind == CORO || (kind == GEN && (frame.code.flags & CodeObject.CO_ITERABLE_COROUTINE) != 0);
    }

    private String what() {
        return kind == CORO ? "coroutine" : kind == ASYNC_GEN ? "async generator" : "generator";
    }

    PyObject returnValue() {
        return returnValue;
    }

    @Override
    public PyObject next() {
        if (kind != GEN) {
            throw notAnIterator();
        }
        return sendOrNull(PyNone.NONE);
    }

    private PyException notAnIterator() {
        // coroutines and async generators have no tp_iternext
        return Exc.typeError("'" + type().name() + "' object is not an iterator");
    }

    /**
     * Resumes with {@code v}; the yielded value, or null when the generator returned (as gen_iternext
     * returns NULL with no StopIteration made). The common case (suspended, or just created and sent
     * None) is this small method and {@link #resumeFrame}; every other case is {@link #resume}
     * (inlining budget: FOR_ITER reaches here through Abstract.next).
     */
    PyObject sendOrNull(PyObject v) {
        if (running || finished || (!started && v != PyNone.NONE)) {
            return resume(v, null, false);
        }
        return resumeFrame(Interpreter.current(), v);
    }

    // CPython 3.11: Objects/genobject.c gen_send_ex2
    private PyObject resume(PyObject v, PyException throwIn, boolean closing) {
        if (!started && throwIn == null && v != PyNone.NONE) {
            throw Exc.typeError("can't send non-None value to a just-started " + what());
        }
        if (running) {
            throw Exc.valueError(what() + " already executing");
        }
        if (finished) {
            if (kind == CORO && !closing) {
                throw Exc.runtimeError("cannot reuse already awaited coroutine");
            }
            if (throwIn != null) {
                throw throwIn;
            }
            return null;
        }
        Interpreter in = Interpreter.current();
        if (throwIn == null) {
            return resumeFrame(in, v);
        }
        started = true;
        pushExcInfo(in);
        if (excInfo.value instanceof PyBaseException && excInfo.value != throwIn.value) {
            // _PyErr_ChainStackItem: the thrown exception's context is the one this generator handles
            EvalSupport.setContext(throwIn.value, (PyBaseException) excInfo.value);
        }
        return runFrame(in, throwIn);
    }

    /**
     * gen_send_ex2 for a generator that can run: pushes {@code v} (the value of the suspended yield) and
     * runs, as {@link #runFrame} does. Split into enter/suspend/left/returned so that this stays within
     * C2's 50-byte budget and inlines where FOR_ITER, SEND and the Java-side consumers resume a generator
     * (one real call fewer per resume).
     */
    private PyObject resumeFrame(Interpreter in, PyObject v) {
        PyObject r;
        try {
            r = Jit.resume(in, enter(in, v), null);
        } catch (Throwable t) {
            throw left(in, t);
        }
        return suspended(in, r);
    }

    /** The resumed frame gets {@code v} pushed; this generator's exception state goes on the thread's stack. */
    private Frame enter(Interpreter in, PyObject v) {
        Frame fr = frame;
        fr.s[fr.sp++] = v;
        fr.entry = true;
        started = true;
        running = true;
        pushExcInfo(in);
        return fr;
    }

    /** This generator's exception state on top of the thread's (enter and the throw path; small for inlining). */
    private void pushExcInfo(Interpreter in) {
        Interpreter.ExcInfo ei = excInfo;
        ei.previous = in.excInfo;
        in.excInfo = ei;
    }

    /** The frame yielded or returned {@code r}: the value yielded, or null when the generator is finished. */
    private PyObject suspended(Interpreter in, PyObject r) {
        suspend(in);
        if (frame.yielded) {
            return r;
        }
        finished = true;
        returnValue = r;
        return null;
    }

    /** The frame raised {@code t}: suspended as after a yield, then what the caller sees ({@link #raised}). */
    private RuntimeException left(Interpreter in, Throwable t) {
        suspend(in);
        return raised(t);
    }

    /** Runs the frame until it yields (the value), returns (null) or raises; the exception state swapped in is swapped out. */
    private PyObject runFrame(Interpreter in, PyException throwIn) {
        running = true;
        Frame fr = frame;
        fr.entry = true;
        PyObject r;
        try {
            r = Jit.resume(in, fr, throwIn);
        } catch (Throwable t) {
            throw left(in, t);
        }
        return suspended(in, r);
    }

    /** Leaves the frame: not running, the caller's exception state back, no caller (gen_send_ex2 clears frame->previous). */
    private void suspend(Interpreter in) {
        running = false;
        in.excInfo = excInfo.previous;
        excInfo.previous = null;
        frame.back = null;
    }

    /** What leaves a generator that raised {@code t}: a StopIteration (PEP 479) becomes RuntimeError. */
    private RuntimeException raised(Throwable t) {
        if (t instanceof Error) {
            throw (Error) t;
        }
        if (!(t instanceof PyException)) {
            throw (RuntimeException) t;
        }
        PyException e = (PyException) t;
        finished = true;
        if (e.matches(Exc.StopIteration)) {
            return fromCause(e, what() + " raised StopIteration");
        }
        if (kind == ASYNC_GEN && e.matches(Exc.StopAsyncIteration)) {
            return fromCause(e, "async generator raised StopAsyncIteration");
        }
        return e;
    }

    /** CPython 3.11: Python/errors.c _PyErr_FormatFromCause (RuntimeError caused by {@code e}). */
    private static PyException fromCause(PyException e, String msg) {
        PyBaseException re = Exc.make(Exc.RuntimeError, msg);
        re.cause = e.value;
        re.context = e.value;
        re.suppressContext = true;
        return new PyException(re);
    }

    /**
     * {@code gen.send(v)} (CPython 3.11: gen_send_ex): the yielded value; StopIteration (or, for
     * an async generator, StopAsyncIteration) when it returns.
     */
    public PyObject send(PyObject v) {
        PyObject r = sendOrNull(v);
        if (r == null) {
            throw stopped();
        }
        return r;
    }

    private PyException stopped() {
        if (kind == ASYNC_GEN) {
            return new PyException(Exc.make(Exc.StopAsyncIteration));
        }
        return stopIteration(returnValue);
    }

    static PyException stopIteration(PyObject value) {
        PyBaseException e = Exc.make(Exc.StopIteration);
        if (value != PyNone.NONE) {
            e.args = new PyTuple(new PyObject[] {value});
        }
        e.setMember("value", value);
        return new PyException(e);
    }

    /** The delegated-to iterator of a {@code yield from} or {@code await}, or null. CPython 3.11: _PyGen_yf. */
    PyObject yieldFrom() {
        if (!started || finished) {
            return null;
        }
        int next = frame.lasti + 1;
        char[] u = frame.ec.units;
        // _PyOpcode_Deopt: a quickened frame has RESUME_QUICK there
        int op = next < u.length ? u[next] & 0xff : -1;
        if ((op != Op.RESUME && op != Op.RESUME_QUICK) || (u[next] >>> 8) < 2) {
            return null;
        }
        return frame.s[frame.sp - 1];
    }

    PyObject throwIn(PyBaseException exc) {
        return throwIn(exc, true);
    }

    // CPython 3.11: Objects/genobject.c _gen_throw
    PyObject throwIn(PyBaseException exc, boolean closeOnGenExit) {
        PyObject yf = yieldFrom();
        if (yf != null) {
            if (exc.type().isSubtypeOf(Exc.GeneratorExit) && closeOnGenExit) {
                running = true;
                try {
                    closeIter(yf);
                } catch (PyException e) {
                    running = false;
                    return resumeWithError(e);
                } finally {
                    running = false;
                }
                return resumeWithError(new PyException(exc));
            }
            PyObject r;
            running = true;
            try {
                if (yf instanceof PyGenerator && ((PyGenerator) yf).kind != ASYNC_GEN) {
                    r = throwThrough((PyGenerator) yf, exc, closeOnGenExit);
                } else {
                    PyObject meth = Abstract.lookupAttr(yf, "throw");
                    if (meth == null) {
                        running = false;
                        return resumeWithError(new PyException(exc));
                    }
                    r = Abstract.call(meth, exc);
                }
            } catch (PyException e) {
                running = false;
                if (e.matches(Exc.StopIteration)) {
                    PyObject val = e.value.member("value");
                    // pop the sub-iterator and continue after the SEND loop with its value
                    frame.s[--frame.sp] = null;
                    int send = frame.lasti - 1;
                    char[] u = frame.ec.units;
                    frame.ip = send + 1 + (u[send] >>> 8);
                    return send(val == null ? PyNone.NONE : val);
                }
                return resumeWithError(e);
            } finally {
                running = false;
            }
            return r;
        }
        return resumeWithError(new PyException(exc));
    }

    /**
     * Throws into the generator this one delegates to, with this generator's frame as the current frame
     * meanwhile (so the stack seen from inside runs through it), as _gen_throw does.
     */
    private PyObject throwThrough(PyGenerator yf, PyBaseException exc, boolean closeOnGenExit) {
        Interpreter in = Interpreter.current();
        Frame prev = in.current;
        frame.back = prev;
        in.current = frame;
        try {
            return yf.throwIn(exc, closeOnGenExit);
        } finally {
            in.current = prev;
            frame.back = null;
        }
    }

    private PyObject resumeWithError(PyException e) {
        // a just-created generator runs its frame with the error (its traceback gets the frame's entry)
        if (finished) {
            boolean wasFinished = finished;
            finished = true;
            if (wasFinished && kind == CORO) {
                throw Exc.runtimeError("cannot reuse already awaited coroutine");
            }
            throw e;
        }
        PyObject r = resume(null, e, false);
        if (r == null) {
            throw stopped();
        }
        return r;
    }

    private static void closeIter(PyObject yf) {
        if (yf instanceof PyGenerator && ((PyGenerator) yf).kind != ASYNC_GEN) {
            ((PyGenerator) yf).close();
        } else {
            PyObject m = Abstract.lookupAttr(yf, "close");
            if (m != null) {
                Abstract.call(m);
            }
        }
    }

    // CPython 3.11: Objects/genobject.c gen_close
    public PyObject close() {
        if (finished || !started) {
            finished = true;
            return PyNone.NONE;
        }
        PyObject r;
        try {
            r = throwIn(Exc.make(Exc.GeneratorExit));
        } catch (PyException e) {
            if (e.matches(Exc.GeneratorExit) || e.matches(Exc.StopIteration)
                    || (kind == ASYNC_GEN && e.matches(Exc.StopAsyncIteration))) {
                return PyNone.NONE;
            }
            throw e;
        }
        throw Exc.runtimeError(what() + " ignored GeneratorExit");
    }

    // CPython 3.11: Objects/genobject.c _gen_throw (argument checks and PyErr_NormalizeException)
    static PyBaseException makeThrown(PyObject[] a) {
        PyObject typ = a[1];
        PyObject val = a.length > 2 ? a[2] : PyNone.NONE;
        PyObject tb = a.length > 3 ? a[3] : PyNone.NONE;
        if (tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            throw Exc.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType && ((PyType) typ).isSubtypeOf(Exc.BaseException)) {
            exc = normalize((PyType) typ, val);
        } else if (typ instanceof PyBaseException) {
            if (val != PyNone.NONE) {
                throw Exc.typeError("instance exception may not have a separate value");
            }
            exc = (PyBaseException) typ;
        } else {
            throw Exc.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + Abstract.typeName(typ));
        }
        if (tb != PyNone.NONE) {
            exc.traceback = tb;
        }
        return exc;
    }

    /**
     * The exception instance for a class and value; an error raised while making it (or the TypeError for
     * a class that makes no exception) is what gets thrown instead. CPython 3.11: Python/errors.c
     * _PyErr_CreateException and _PyErr_NormalizeException.
     */
    private static PyBaseException normalize(PyType typ, PyObject val) {
        if (val instanceof PyBaseException && val.type().isSubtypeOf(typ)) {
            return (PyBaseException) val;
        }
        PyObject made;
        try {
            if (val == PyNone.NONE) {
                made = Abstract.call(typ);
            } else if (val instanceof PyTuple) {
                made = Abstract.call(typ, ((PyTuple) val).items, null);
            } else {
                made = Abstract.call(typ, val);
            }
        } catch (PyException e) {
            return e.value;
        }
        if (!(made instanceof PyBaseException)) {
            return Exc.make(Exc.TypeError, "calling " + Abstract.repr(typ)
                    + " should have returned an instance of BaseException, not " + Abstract.typeName(made));
        }
        return (PyBaseException) made;
    }

    static void setupType() {
        for (PyType t : new PyType[] {GENERATOR, COROUTINE, ASYNC_GENERATOR}) {
            String p = t == GENERATOR ? "gi_" : t == COROUTINE ? "cr_" : "ag_";
            if (t == GENERATOR) {
                TypeSetup.def0(t, TypeDef0.__iter__);
                TypeSetup.def0(t, TypeDef0.__next__);
            }
            if (t != ASYNC_GENERATOR) {
                TypeSetup.def1(t, TypeDef1.send);
                TypeSetup.def(t, "throw", new dev.quicken.runtime.JFunc() {
                    @Override
                    public PyObject call(PyObject[] a, String[] kw) {
                        Args.count("throw", a, kw, 1, 1, 3);
                        return ((PyGenerator) a[0]).throwIn(makeThrown(a));
                    }
                });
                TypeSetup.def0(t, TypeDef0.close);
            }
            TypeSetup.def0(t, "__repr__", new TypeSetup.F0() {
                @Override
                public PyObject apply(PyObject a) {
                    return new PyStr("<" + t.name() + " object " + ((PyGenerator) a).qualname
                    + " at 0x" + Long.toHexString(Abstract.id(a)) + ">");
                }
            });
            TypeSetup.getset(t, TypeGet.__name__, TypeSet.__name__);
            TypeSetup.getset(t, TypeGet.__qualname__, TypeSet.__qualname__);
            TypeSetup.getset(t, p + "code", new java.util.function.Function<PyObject, PyObject>() {
                @Override
                public PyObject apply(PyObject a) {
                    return ((PyGenerator) a).frame.code;
                }
            }, null);
            TypeSetup.getset(t, p + "frame", new java.util.function.Function<PyObject, PyObject>() {
                @Override
                public PyObject apply(PyObject a) {
                    return ((PyGenerator) a).finished ? PyNone.NONE
                    : PyFrameObject.of(((PyGenerator) a).frame);
                }
            }, null);
            TypeSetup.getset(t, t == GENERATOR ? "gi_yieldfrom" : p + "await", new java.util.function.Function<PyObject, PyObject>() {
                @Override
                public PyObject apply(PyObject a) {
                    PyObject y = ((PyGenerator) a).yieldFrom();
                    return y == null ? PyNone.NONE : y;
                }
            }, null);
            TypeSetup.getset(t, p + "running", new java.util.function.Function<PyObject, PyObject>() {
                @Override
                public PyObject apply(PyObject a) {
                    return PyBool.of(t == ASYNC_GENERATOR ? ((PyGenerator) a).runningAsync
                    : ((PyGenerator) a).running);
                }
            }, null);
            if (t != ASYNC_GENERATOR) {
                TypeSetup.getset(t, p + "suspended", new java.util.function.Function<PyObject, PyObject>() {
                    @Override
                    public PyObject apply(PyObject a) {
                        PyGenerator g = (PyGenerator) a;
                        return PyBool.of(g.started && !g.finished && !g.running);
                    }
                }, null);
            }
        }
        TypeSetup.getset(COROUTINE, TypeCoroutineGet.cr_origin, null);
        Coroutines.setupTypes();
    }

    /** The methods of self alone that setupType registers on its type: one switch instead of a lambda class each. */
    private enum TypeDef0 implements dev.quicken.runtime.TypeSetup.F0 {
        __iter__, __next__, close;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __iter__:
                return a;
            case __next__:
                return ((PyGenerator) a).send(PyNone.NONE);
            case close:
                return ((PyGenerator) a).close();
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self and one argument that setupType registers on its type: one switch instead of a lambda class each. */
    private enum TypeDef1 implements dev.quicken.runtime.TypeSetup.F1 {
        send;

        @Override
        public PyObject apply(PyObject a, PyObject v) {
            switch (this) {
            case send:
                return ((PyGenerator) a).send(v);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The attribute getters that setupType registers on its type: one switch instead of a lambda class each. */
    private enum TypeGet implements java.util.function.Function<PyObject, PyObject> {
        __name__, __qualname__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __name__:
                return new PyStr(((PyGenerator) a).name);
            case __qualname__:
                return new PyStr(((PyGenerator) a).qualname);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The attribute setters that setupType registers on its type: one switch instead of a lambda class each. */
    private enum TypeSet implements java.util.function.BiConsumer<PyObject, PyObject> {
        __name__, __qualname__;

        @Override
        public void accept(PyObject a, PyObject v) {
            switch (this) {
            case __name__:
                __name___impl(a, v);
                return;
            case __qualname__:
                __qualname___impl(a, v);
                return;
            default:
                throw new AssertionError(this);
            }
        }

        private static void __name___impl(PyObject a, PyObject v) {
            if (!(v instanceof PyStr)) {
                throw Exc.typeError("__name__ must be set to a string object");
            }
            ((PyGenerator) a).name = ((PyStr) v).value;
        }

        private static void __qualname___impl(PyObject a, PyObject v) {
            if (!(v instanceof PyStr)) {
                throw Exc.typeError("__qualname__ must be set to a string object");
            }
            ((PyGenerator) a).qualname = ((PyStr) v).value;
        }
    }

    /** The attribute getters that setupType registers on COROUTINE: one switch instead of a lambda class each. */
    private enum TypeCoroutineGet implements java.util.function.Function<PyObject, PyObject> {
        cr_origin;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case cr_origin:
                return PyNone.NONE;
            default:
                throw new AssertionError(this);
            }
        }
    }
}
