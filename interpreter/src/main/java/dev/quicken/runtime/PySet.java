package dev.quicken.runtime;

/**
 * {@code set} and {@code frozenset} made at run time, over the values slice's {@link SetTable}
 * (CPython's table, slot for slot, so iteration order matches CPython's).
 */
public final class PySet extends PyObject implements BuiltinSubclasses.HasDict {

    public static final PyType TYPE = new PyType("set");

    /** Python {@code ==} for hash-equal keys. */
    public static final SetTable.Equality EQ = new SetTable.Equality() {
        @Override
        public boolean eq(PyObject a, PyObject b) {
            return Abstract.richCompareBool(a, b, Abstract.EQ);
        }
    };

    public SetTable table;
    public final boolean frozen;
    /** Bumped on every change of size (iteration guard). */
    public int mutations;
    /** The class of an instance of a set or frozenset subclass, else null. */
    private PyType cls;
    /** The instance dict of a subclass instance, or null. */
    private PyDict dict;

    public PySet(boolean frozen) {
        this(frozen, new SetTable());
    }

    public PySet(boolean frozen, SetTable table) {
        this.table = table;
        this.frozen = frozen;
    }

    /** An empty set or frozenset whose class is {@code cls} (a subclass, or the base type itself). */
    public static PySet ofClass(PyType cls, boolean frozen) {
        PySet s = new PySet(frozen);
        if (cls != (frozen ? PyFrozenSet.TYPE : TYPE)) {
            s.cls = cls;
        }
        return s;
    }

    @Override
    public PyType type() {
        PyType c = cls;
        return c != null ? c : frozen ? PyFrozenSet.TYPE : TYPE;
    }

    @Override
    public PyDict instanceDict(boolean create) {
        if (dict == null && create && cls != null) {
            dict = new PyDict();
        }
        return dict;
    }

    public int size() {
        return table.size();
    }

    public void add(PyObject v) {
        if (table.add(v, Abstract.hash(v), EQ)) {
            mutations++;
        }
    }

    public boolean contains(PyObject v) {
        return table.contains(v, Abstract.hash(v), EQ);
    }

    public boolean discard(PyObject v) {
        boolean r = table.discard(v, Abstract.hash(v), EQ);
        if (r) {
            mutations++;
        }
        return r;
    }

    public PyObject[] items() {
        return table.items();
    }

    public void clear() {
        table.clear();
        mutations++;
    }

    /** Replaces the contents (for the in-place operators). */
    public void setTable(SetTable t) {
        table = t;
        mutations++;
    }

    /** A set view of any set-like value (set, frozenset, marshalled frozenset), or null. */
    public static PySet of(PyObject o) {
        if (o instanceof PySet) {
            return (PySet) o;
        }
        if (o instanceof PyFrozenSet) {
            return new PySet(true, ((PyFrozenSet) o).table());
        }
        return null;
    }

    /** Iterator over a set, raising when the set changes size. */
    public static final class Iter extends PyIter {
        final PySet set;
        final int size;
        int pos;

        public Iter(PySet set) {
            this.set = set;
            this.size = set.size();
        }

        @Override
        public PyObject next() {
            if (set.size() != size) {
                pos = Integer.MAX_VALUE - 1;
                throw Exc.runtimeError("Set changed size during iteration");
            }
            if (pos < 0) {
                return null;
            }
            int i = set.table.next(pos);
            if (i < 0) {
                pos = -1;
                return null;
            }
            pos = i + 1;
            return set.table.keyAt(i);
        }

        @Override
        public PyType type() {
            return Iterators.SET_ITER;
        }
    }
}
