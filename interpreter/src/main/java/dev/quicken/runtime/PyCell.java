package dev.quicken.runtime;

/** A cell: the storage of a variable shared with inner functions. {@link #value} null = empty. */
public final class PyCell extends PyObject {

    public static final PyType TYPE = new PyType("cell");

    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
