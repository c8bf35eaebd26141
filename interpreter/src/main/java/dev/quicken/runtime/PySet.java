package dev.quicken.runtime;

/**
 * {@code set} and {@code frozenset} (frozen instances made at run time). Elements are held in an
 * insertion-ordered table.
 * TODO(values): iterate in CPython's set-table order once {@code SetTable} lands.
 */
public final class PySet extends PyObject {

    public static final PyType TYPE = new PyType("set");

    public final PyDict table;
    public final boolean frozen;

    public PySet(boolean frozen) {
        this.table = new PyDict();
        this.frozen = frozen;
    }

    public PySet(boolean frozen, PyDict table) {
        this.table = table;
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? PyFrozenSet.TYPE : TYPE;
    }

    public int size() {
        return table.size();
    }

    public void add(PyObject v) {
        table.setItem(v, v);
    }

    public boolean contains(PyObject v) {
        return table.getItem(v) != null;
    }

    public boolean discard(PyObject v) {
        return table.delItem(v) != null;
    }

    public PyObject[] items() {
        return table.keysArray();
    }

    /** A set view of any set-like value (set, frozenset, marshalled frozenset). */
    public static PySet of(PyObject o) {
        if (o instanceof PySet) {
            return (PySet) o;
        }
        if (o instanceof PyFrozenSet) {
            PySet s = new PySet(true);
            for (PyObject x : ((PyFrozenSet) o).items()) {
                s.add(x);
            }
            return s;
        }
        return null;
    }
}
