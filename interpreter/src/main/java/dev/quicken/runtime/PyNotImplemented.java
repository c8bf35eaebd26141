package dev.quicken.runtime;

/** {@code NotImplemented}. */
public final class PyNotImplemented extends PyObject {

    public static final PyType TYPE = new PyType("NotImplementedType");
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
