package dev.quicken.runtime;

import java.util.List;

/**
 * {@code frozenset}: a {@link SetTable} filled once, so iteration order is CPython's.
 */
public final class PyFrozenSet extends PyObject {

    public static final PyType TYPE = new PyType("frozenset");

    private final SetTable table;
    private long hash = -1;

    private PyFrozenSet(SetTable table) {
        this.table = table;
    }

    /**
     * A frozenset of {@code items}, inserted in the order given (duplicates dropped), hashing and
     * comparing them as core values ({@link Hashing#hash(PyObject)}, {@link ValueEq}).
     */
    public static PyFrozenSet of(List<PyObject> items) {
        SetTable t = new SetTable();
        for (PyObject item : items) {
            t.add(item, Hashing.hash(item), ValueEq.EQUALITY);
        }
        return new PyFrozenSet(t);
    }

    /** A frozenset owning {@code table}, which the caller must not modify afterwards. */
    public static PyFrozenSet wrap(SetTable table) {
        return new PyFrozenSet(table);
    }

    /** The underlying table (read only). */
    public SetTable table() {
        return table;
    }

    /** The items in iteration order. */
    public PyObject[] items() {
        return table.items();
    }

    public int size() {
        return table.size();
    }

    /** Membership for core values. */
    public boolean contains(PyObject item) {
        return table.contains(item, Hashing.hash(item), ValueEq.EQUALITY);
    }

    /** {@code hash(self)}, cached as CPython caches it. */
    public long hash() {
        long h = hash;
        if (h == -1) {
            h = table.frozensetHash();
            hash = h;
        }
        return h;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return Repr.repr(this);
    }
}
