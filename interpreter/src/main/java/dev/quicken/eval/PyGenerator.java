package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.opcode.Op;
import dev.quicken.runtime.Abstract;
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

/** A generator (CPython 3.11: Objects/genobject.c): a suspended {@link Frame} resumed by send/throw/close. */
public final class PyGenerator extends PyIter {

    public static final PyType GENERATOR = new PyType("generator");
    public static final PyType COROUTINE = new PyType("coroutine");

    final Frame frame;
    final Interpreter.ExcInfo excInfo = new Interpreter.ExcInfo(null);
    boolean running;
    boolean finished;
    boolean started;
    private PyObject returnValue = PyNone.NONE;
    String name;
    String qualname;

    PyGenerator(Frame frame) {
        this.frame = frame;
        this.name = frame.func != null ? frame.func.name : frame.code.name.value;
        this.qualname = frame.func != null ? frame.func.qualname : frame.code.qualname.value;
    }

    @Override
    public PyType type() {
        return (frame.code.flags & CodeObject.CO_COROUTINE) != 0 ? COROUTINE : GENERATOR;
    }

    PyObject returnValue() {
        return returnValue;
    }

    @Override
    public PyObject next() {
        return sendOrNull(PyNone.NONE);
    }

    /** Resumes with {@code v}; the yielded value, or null when the generator returned. */
    PyObject sendOrNull(PyObject v) {
        return resume(v, null);
    }

    // CPython 3.11: Objects/genobject.c gen_send_ex2
    private PyObject resume(PyObject v, PyException throwIn) {
        if (running) {
            throw Exc.valueError("generator already executing");
        }
        if (finished) {
            if (throwIn != null) {
                throw throwIn;
            }
            return null;
        }
        if (!started && throwIn == null && v != PyNone.NONE) {
            throw Exc.typeError("can't send non-None value to a just-started generator");
        }
        Interpreter in = Interpreter.current();
        if (throwIn == null) {
            frame.s[frame.sp++] = v;
        }
        started = true;
        excInfo.previous = in.excInfo;
        in.excInfo = excInfo;
        running = true;
        frame.entry = true;
        PyObject r;
        try {
            frame.ip = frame.ip;
            r = EvalLoop.run(in, frame, throwIn);
        } catch (PyException e) {
            finished = true;
            if (e.matches(Exc.StopIteration)) {
                PyBaseException re = Exc.make(Exc.RuntimeError, "generator raised StopIteration");
                re.cause = e.value;
                re.context = e.value;
                re.suppressContext = true;
                throw new PyException(re);
            }
            throw e;
        } finally {
            running = false;
            in.excInfo = excInfo.previous;
            excInfo.previous = null;
        }
        if (frame.yielded) {
            return r;
        }
        finished = true;
        returnValue = r;
        return null;
    }

    /** {@code gen.send(v)}. */
    public PyObject send(PyObject v) {
        PyObject r = sendOrNull(v);
        if (r == null) {
            throw stopIteration(returnValue);
        }
        return r;
    }

    static PyException stopIteration(PyObject value) {
        PyBaseException e = Exc.make(Exc.StopIteration);
        if (value != PyNone.NONE) {
            e.args = new PyTuple(new PyObject[] {value});
        }
        e.setInstanceAttr("value", value);
        return new PyException(e);
    }

    /** The delegated-to iterator of a {@code yield from}, or null. CPython 3.11: _PyGen_yf. */
    private PyObject yieldFrom() {
        if (!started || finished) {
            return null;
        }
        int next = frame.lasti + 1;
        char[] u = frame.ec.units;
        if (next >= u.length || (u[next] & 0xff) != Op.RESUME || (u[next] >>> 8) < 2) {
            return null;
        }
        return frame.s[frame.sp - 1];
    }

    // CPython 3.11: Objects/genobject.c _gen_throw
    PyObject throwIn(PyBaseException exc) {
        PyObject yf = yieldFrom();
        if (yf != null) {
            if (exc.type().isSubtypeOf(Exc.GeneratorExit)) {
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
                if (yf instanceof PyGenerator) {
                    r = ((PyGenerator) yf).throwIn(exc);
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
                    PyObject val = e.value.getInstanceAttr("value");
                    // pop the sub-iterator and continue after the SEND loop with its value
                    frame.s[--frame.sp] = null;
                    int send = frame.lasti - 1;
                    char[] u = frame.ec.units;
                    frame.ip = send + 1 + (u[send] >>> 8);
                    return resume(val == null ? PyNone.NONE : val, null);
                }
                return resumeWithError(e);
            } finally {
                running = false;
            }
            if (r == null) {
                throw stopIteration(((PyGenerator) yf).returnValue);
            }
            return r;
        }
        return resumeWithError(new PyException(exc));
    }

    private PyObject resumeWithError(PyException e) {
        if (!started || finished) {
            finished = true;
            throw e;
        }
        PyObject r = resume(null, e);
        if (r == null) {
            throw stopIteration(returnValue);
        }
        return r;
    }

    private static void closeIter(PyObject yf) {
        if (yf instanceof PyGenerator) {
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
        try {
            throwIn(Exc.make(Exc.GeneratorExit));
        } catch (PyException e) {
            if (e.matches(Exc.GeneratorExit) || e.matches(Exc.StopIteration)) {
                return PyNone.NONE;
            }
            throw e;
        }
        throw Exc.runtimeError("generator ignored GeneratorExit");
    }

    static PyBaseException makeThrown(PyObject[] a) {
        PyObject typ = a[1];
        PyObject val = a.length > 2 ? a[2] : PyNone.NONE;
        PyBaseException exc;
        if (typ instanceof PyType && ((PyType) typ).isSubtypeOf(Exc.BaseException)) {
            if (val instanceof PyBaseException) {
                exc = (PyBaseException) val;
            } else if (val == PyNone.NONE) {
                exc = (PyBaseException) Abstract.call(typ);
            } else if (val instanceof PyTuple) {
                exc = (PyBaseException) Abstract.call(typ, ((PyTuple) val).items, null);
            } else {
                exc = (PyBaseException) Abstract.call(typ, val);
            }
        } else if (typ instanceof PyBaseException) {
            exc = (PyBaseException) typ;
        } else {
            throw Exc.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + Abstract.typeName(typ));
        }
        if (a.length > 3 && a[3] != PyNone.NONE) {
            exc.traceback = a[3];
        }
        return exc;
    }

    static void setupType() {
        for (PyType t : new PyType[] {GENERATOR, COROUTINE}) {
            TypeSetup.def0(t, "__iter__", a -> a);
            TypeSetup.def0(t, "__next__", a -> ((PyGenerator) a).send(PyNone.NONE));
            TypeSetup.def1(t, "send", (a, v) -> ((PyGenerator) a).send(v));
            TypeSetup.def(t, "throw", (a, kw) -> ((PyGenerator) a[0]).throwIn(makeThrown(a)));
            TypeSetup.def0(t, "close", a -> ((PyGenerator) a).close());
            TypeSetup.def0(t, "__repr__", a -> new PyStr("<" + t.name() + " object " + ((PyGenerator) a).qualname
                    + " at 0x" + Long.toHexString(Abstract.id(a)) + ">"));
            TypeSetup.getset(t, "__name__", a -> new PyStr(((PyGenerator) a).name), null);
            TypeSetup.getset(t, "__qualname__", a -> new PyStr(((PyGenerator) a).qualname), null);
            TypeSetup.getset(t, "gi_running", a -> PyBool.of(((PyGenerator) a).running), null);
            TypeSetup.getset(t, "gi_code", a -> ((PyGenerator) a).frame.code, null);
            TypeSetup.getset(t, "gi_frame", a -> ((PyGenerator) a).finished ? PyNone.NONE
                    : PyFrameObject.of(((PyGenerator) a).frame), null);
            TypeSetup.getset(t, "gi_yieldfrom", a -> {
                PyObject y = ((PyGenerator) a).yieldFrom();
                return y == null ? PyNone.NONE : y;
            }, null);
        }
    }
}
