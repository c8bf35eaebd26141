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
        this.items = Arrays.copyOfRange(src, from, from + Math.max(n, 0));
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
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    public final void insert(int i, PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
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

    public final PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public final void setAll(PyObject[] a) {
        items = a.length == 0 ? new PyObject[4] : a;
        size = a.length;
    }
}
