package dev.quicken.runtime;

/** {@code None}. */
public final class PyNone extends PyObject {

    public static final PyType TYPE = new PyType("NoneType");
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
