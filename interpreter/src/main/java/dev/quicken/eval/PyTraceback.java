package dev.quicken.eval;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.BuiltinMethods;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/** A traceback entry ({@code tb_next} links toward the frame where the exception was raised). */
public final class PyTraceback extends PyObject {

    /** The entry for the outer frame is created last; {@link #next} points inward. */
    public PyTraceback next;
    public final Frame frame;
    /** Code-unit index of the instruction. */
    public final int lasti;
    public final int lineno;

    PyTraceback(PyObject inner, Frame frame, int lasti) {
        this.next = inner instanceof PyTraceback ? (PyTraceback) inner : null;
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = frame.ec.lineOf(lasti);
    }

    @Override
    public PyType type() {
        return BuiltinMethods.TRACEBACK;
    }

    static void setupType() {
        PyType t = BuiltinMethods.TRACEBACK;
        // CPython 3.11: Python/traceback.c tb_next_set (unittest trims its own frames this way)
        TypeSetup.getset(t, TypeGet.tb_next, TypeSet.tb_next);
        TypeSetup.getset(t, TypeGet.tb_lineno, null);
        TypeSetup.getset(t, TypeGet.tb_lasti, null);
        TypeSetup.getset(t, TypeGet.tb_frame, null);
    }

    /** The attribute getters that setupType registers on its type: one switch instead of a lambda class each. */
    private enum TypeGet implements java.util.function.Function<PyObject, PyObject> {
        tb_next, tb_lineno, tb_lasti, tb_frame;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case tb_next:
                return ((PyTraceback) a).next == null ? PyNone.NONE : ((PyTraceback) a).next;
            case tb_lineno:
                return ((PyTraceback) a).lineno < 0 ? dev.quicken.runtime.PyNone.NONE
                        : PyInt.of(((PyTraceback) a).lineno);
            case tb_lasti:
                return PyInt.of(((PyTraceback) a).lasti * 2L);
            case tb_frame:
                return PyFrameObject.of(((PyTraceback) a).frame);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The attribute setters that setupType registers on its type: one switch instead of a lambda class each. */
    private enum TypeSet implements java.util.function.BiConsumer<PyObject, PyObject> {
        tb_next;

        @Override
        public void accept(PyObject a, PyObject v) {
            switch (this) {
            case tb_next:
                tb_next_impl(a, v);
                return;
            default:
                throw new AssertionError(this);
            }
        }

        private static void tb_next_impl(PyObject a, PyObject v) {
            if (v == null) {
                throw Exc.typeError("can't delete tb_next attribute");
            }
            if (v != PyNone.NONE && !(v instanceof PyTraceback)) {
                throw Exc.typeError("expected traceback object or None, got '" + Abstract.typeName(v) + "'");
            }
            for (PyTraceback c = v == PyNone.NONE ? null : (PyTraceback) v; c != null; c = c.next) {
                if (c == a) {
                    throw Exc.valueError("traceback loop detected");
                }
            }
            ((PyTraceback) a).next = v == PyNone.NONE ? null : (PyTraceback) v;
        }
    }
}
