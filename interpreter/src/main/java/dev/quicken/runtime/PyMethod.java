package dev.quicken.runtime;

/** A bound method: a function (or other callable) with {@code __self__}. */
public final class PyMethod extends PyObject {

    public static final PyType TYPE = new PyType("method");

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        String q = func instanceof PyFunction ? ((PyFunction) func).qualname : "?";
        return "<bound method " + q + " of " + Abstract.repr(self) + ">";
    }
}
