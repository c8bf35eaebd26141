package dev.quicken.runtime;

/** {@code complex}. */
public class PyComplex extends PyObject {

    public static final PyType TYPE = new PyType("complex");

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
