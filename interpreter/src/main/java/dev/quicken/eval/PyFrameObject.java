package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.runtime.PyCell;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/** The Python-visible frame object, built lazily for an internal {@link Frame}. */
public final class PyFrameObject extends PyObject {

    public static final PyType TYPE = new PyType("frame");

    final Frame frame;

    private PyFrameObject(Frame frame) {
        this.frame = frame;
    }

    static PyFrameObject of(Frame f) {
        if (f.frameObject == null) {
            f.frameObject = new PyFrameObject(f);
        }
        return f.frameObject;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code f_locals}: the locals mapping, or a snapshot dict of fast locals. */
    static PyObject locals(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        PyDict d = new PyDict();
        CodeObject co = f.code;
        for (int i = 0; i < co.localspluskinds.length; i++) {
            PyObject v = f.s[i];
            if (v instanceof PyCell && (co.localspluskinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE))
                    != 0) {
                v = ((PyCell) v).value;
            }
            if (v != null) {
                d.setItem(co.localsplusnames.get(i), v);
            }
        }
        return d;
    }

    // CPython 3.11: Objects/frameobject.c frame_clear
    private static PyObject clear(Frame f) {
        if (f.gen != null) {
            if (f.gen.running) {
                throw cannotClear();
            }
            f.gen.close();
            return PyNone.NONE;
        }
        for (Frame g = Interpreter.current().current; g != null; g = g.back) {
            if (g == f) {
                throw cannotClear();
            }
        }
        // frame_tp_clear: the finished frame drops its locals
        java.util.Arrays.fill(f.s, 0, f.code.nlocalsplus(), null);
        return PyNone.NONE;
    }

    private static dev.quicken.runtime.PyException cannotClear() {
        return dev.quicken.runtime.Exc.runtimeError("cannot clear an executing frame");
    }

    static void setupType() {
        // CPython 3.11: Objects/frameobject.c frame_getlineno (None when the instruction has no line)
        TypeSetup.getset(TYPE, TypeGet.f_lineno, null);
        TypeSetup.getset(TYPE, TypeGet.f_code, null);
        TypeSetup.getset(TYPE, TypeGet.f_globals, null);
        TypeSetup.getset(TYPE, TypeGet.f_builtins, null);
        TypeSetup.getset(TYPE, TypeGet.f_locals, null);
        TypeSetup.getset(TYPE, TypeGet.f_lasti, null);
        TypeSetup.getset(TYPE, TypeGet.f_back, null);
        TypeSetup.def0(TYPE, TypeDef0.clear);
        TypeSetup.def0(TYPE, TypeDef0.__repr__);
    }

    /** The attribute getters that setupType registers on TYPE: one switch instead of a lambda class each. */
    private enum TypeGet implements java.util.function.Function<PyObject, PyObject> {
        f_lineno, f_code, f_globals, f_builtins, f_locals, f_lasti, f_back;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case f_lineno:
                return f_lineno_impl(a);
            case f_code:
                return ((PyFrameObject) a).frame.code;
            case f_globals:
                return ((PyFrameObject) a).frame.globals;
            case f_builtins:
                return ((PyFrameObject) a).frame.builtins;
            case f_locals:
                return locals(((PyFrameObject) a).frame);
            case f_lasti:
                return PyInt.of(((PyFrameObject) a).frame.lasti * 2L);
            case f_back:
                return f_back_impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject f_lineno_impl(PyObject a) {
            int line = ((PyFrameObject) a).frame.lineNumber();
            return line < 0 ? PyNone.NONE : PyInt.of(line);
        }

        private static PyObject f_back_impl(PyObject a) {
            Frame b = ((PyFrameObject) a).frame.back;
            return b == null ? PyNone.NONE : of(b);
        }
    }

    /** The methods of self alone that setupType registers on TYPE: one switch instead of a lambda class each. */
    private enum TypeDef0 implements dev.quicken.runtime.TypeSetup.F0 {
        clear, __repr__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case clear:
                return clear(((PyFrameObject) a).frame);
            case __repr__:
                return __repr___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __repr___impl(PyObject a) {
            Frame f = ((PyFrameObject) a).frame;
            return new PyStr("<frame at 0x" + Long.toHexString(dev.quicken.runtime.Abstract.id(a)) + ", file '"
                    + f.code.filename + "', line " + f.lineNumber() + ", code " + f.code.name + ">");
        }
    }
}
