package dev.quicken.runtime;

/** {@code float}: an IEEE-754 double. */
public class PyFloat extends PyObject {

    public static final PyType TYPE = new PyType("float");

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
