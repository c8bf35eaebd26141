package dev.quicken.runtime;

/** {@code bytes}: an immutable byte sequence. The array must never be modified once shared. */
public class PyBytes extends PyObject {

    public static final PyType TYPE = new PyType("bytes");

    public final byte[] value;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
