package dev.quicken.runtime;

import java.util.Arrays;

/** {@code list}: a growable array. */
public class PyList extends PyObject {

    public static final PyType TYPE = new PyType("list");

    public PyObject[] items;
    public int size;
    public PyType cls = TYPE;
    /** Instance dict for list subclasses, or null. */
    public PyDict instDict;

    public PyList() {
        items = new PyObject[4];
    }

    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public PyList(PyObject[] src, int from, int n) {
        this.items = Items.copyOfRange(src, from, from + Math.max(n, 0));
        this.size = n;
    }

    @Override
    public PyType type() {
        return cls;
    }

    public final int size() {
        return size;
    }

    public final PyObject get(int i) {
        return items[i];
    }

    public final void append(PyObject v) {
        if (size == items.length) {
            items = Items.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    public final void insert(int i, PyObject v) {
        if (size == items.length) {
            items = Items.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    public final PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** {@code a + b} of two lists (CPython 3.11: Objects/listobject.c list_concat): one exact-size copy. */
    public static PyList concat(PyList a, PyList b) {
        // new + arraycopy, not Arrays.copyOf (see Items)
        int n = a.size;
        PyObject[] r = new PyObject[n + b.size];
        System.arraycopy(a.items, 0, r, 0, n);
        System.arraycopy(b.items, 0, r, n, b.size);
        return new PyList(r);
    }

    /**
     * {@code self[start:stop]} without a step, its bounds None or ints that fit a long (CPython 3.11:
     * Objects/listobject.c list_subscript, list_slice); null for any other slice, which takes the
     * general path (an {@code __index__} call, a step).
     */
    public final PyList sliceOrNull(PySlice sl) {
        if (sl.step != PyNone.NONE) {
            return null;
        }
        long lo = bound(sl.start, 0);
        long hi = bound(sl.stop, size);
        if (lo == Long.MIN_VALUE || hi == Long.MIN_VALUE) {
            return null;
        }
        lo = lo < 0 ? Math.max(lo + size, 0) : Math.min(lo, size);
        hi = hi < 0 ? Math.max(hi + size, 0) : Math.min(hi, size);
        PyObject[] r = new PyObject[(int) Math.max(hi - lo, 0)];
        System.arraycopy(items, (int) lo, r, 0, r.length);
        return new PyList(r);
    }

    /** A slice bound: {@code ifNone} for None, the value of an exact int that fits a long, else Long.MIN_VALUE. */
    private static long bound(PyObject b, long ifNone) {
        if (b == PyNone.NONE) {
            return ifNone;
        }
        if (b.getClass() == PyInt.class && ((PyInt) b).big == null && ((PyInt) b).value != Long.MIN_VALUE) {
            return ((PyInt) b).value;
        }
        return Long.MIN_VALUE;
    }

    public final PyObject[] toArray() {
        return Items.copyOf(items, size);
    }

    public final void setAll(PyObject[] a) {
        items = a.length == 0 ? new PyObject[4] : a;
        size = a.length;
    }
}
