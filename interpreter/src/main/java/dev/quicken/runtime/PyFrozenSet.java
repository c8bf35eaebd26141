package dev.quicken.runtime;

import java.util.List;

/**
 * {@code frozenset}. (Skeleton: items kept in insertion order until CPython's hash-table order
 * is implemented.)
 */
public final class PyFrozenSet extends PyObject {

    public static final PyType TYPE = new PyType("frozenset");

    private final PyObject[] items;

    private PyFrozenSet(PyObject[] items) {
        this.items = items;
    }

    /** A frozenset of {@code items}, inserted in the order given (duplicates dropped). */
    public static PyFrozenSet of(List<PyObject> items) {
        return new PyFrozenSet(items.toArray(new PyObject[0]));
    }

    /** The items in iteration order. */
    public PyObject[] items() {
        return items.clone();
    }

    public int size() {
        return items.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
