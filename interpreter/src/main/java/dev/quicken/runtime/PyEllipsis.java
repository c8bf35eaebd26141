package dev.quicken.runtime;

/** {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis extends PyObject {

    public static final PyType TYPE = new PyType("ellipsis");
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
