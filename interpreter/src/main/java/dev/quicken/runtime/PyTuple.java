package dev.quicken.runtime;

/** {@code tuple}. The array must never be modified once the tuple is shared. */
public class PyTuple extends PyObject {

    public static final PyType TYPE = new PyType("tuple");
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    public final PyObject[] items;

    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
