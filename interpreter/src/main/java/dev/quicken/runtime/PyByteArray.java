package dev.quicken.runtime;

import java.util.Arrays;

/**
 * {@code bytearray}: a mutable byte sequence (CPython 3.11: Objects/bytearrayobject.c). The first
 * {@link #size} bytes of {@link #buf} are the contents. While a {@code memoryview} exports the
 * buffer ({@link #exports} &gt; 0) the size cannot change.
 */
public final class PyByteArray extends PyObject implements BuiltinSubclasses.HasDict {

    public static final PyType TYPE = new PyType("bytearray");

    final PyType cls;
    private PyDict dict;
    byte[] buf;
    int size;
    /** CPython's {@code ob_exports}: live memoryviews over this buffer. */
    int exports;

    public PyByteArray(byte[] contents) {
        this(TYPE, contents);
    }

    PyByteArray(PyType cls, byte[] contents) {
        this.cls = cls;
        this.buf = contents;
        this.size = contents.length;
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict instanceDict(boolean create) {
        if (dict == null && create && cls != TYPE) {
            dict = new PyDict();
        }
        return dict;
    }

    public int size() {
        return size;
    }

    /** A copy of the contents. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /** CPython 3.11: Objects/bytearrayobject.c _canresize. */
    void checkResizable() {
        if (exports > 0) {
            throw Exc.raise(Exc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    private void ensureCapacity(int n) {
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, buf.length + (buf.length >> 3) + 8));
        }
    }

    /** Replaces {@code [lo, hi)} by {@code src} (CPython 3.11: bytearray_setslice_linear). */
    void replace(int lo, int hi, byte[] src) {
        int growth = src.length - (hi - lo);
        if (growth != 0) {
            checkResizable();
            ensureCapacity(size + growth);
            System.arraycopy(buf, hi, buf, hi + growth, size - hi);
            size += growth;
        }
        System.arraycopy(src, 0, buf, lo, src.length);
    }

    void append(byte b) {
        checkResizable();
        ensureCapacity(size + 1);
        buf[size++] = b;
    }

    void setContents(byte[] b) {
        if (size != b.length) {
            checkResizable();
        }
        buf = b;
        size = b.length;
    }
}
