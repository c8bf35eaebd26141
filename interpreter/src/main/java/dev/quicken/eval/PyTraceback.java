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
        TypeSetup.getset(t, "tb_next", a -> ((PyTraceback) a).next == null ? PyNone.NONE : ((PyTraceback) a).next,
                (a, v) -> {
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
                });
        TypeSetup.getset(t, "tb_lineno", a -> ((PyTraceback) a).lineno < 0 ? dev.quicken.runtime.PyNone.NONE
                : PyInt.of(((PyTraceback) a).lineno), null);
        TypeSetup.getset(t, "tb_lasti", a -> PyInt.of(((PyTraceback) a).lasti * 2L), null);
        TypeSetup.getset(t, "tb_frame", a -> PyFrameObject.of(((PyTraceback) a).frame), null);
    }
}
