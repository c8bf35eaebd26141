package dev.quicken.runtime;

/**
 * {@code str}: a sequence of code points, held as a Java {@link String} (UTF-16; a code point
 * above U+FFFF is a surrogate pair; lone surrogates are allowed, as in CPython).
 */
public class PyStr extends PyObject {

    public static final PyType TYPE = new PyType("str");

    public final String value;

    public PyStr(String value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return value;
    }
}
