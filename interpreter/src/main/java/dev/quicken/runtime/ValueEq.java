package dev.quicken.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python {@code ==} between core immutable values (None, bool, int, float, complex, str, bytes,
 * tuple, frozenset), as CPython 3.11 computes it: numbers compare by exact mathematical value
 * across int/bool/float/complex; other objects compare by identity.
 */
public final class ValueEq {

    private ValueEq() {
    }

    /** The {@link SetTable.Equality} for core values. */
    public static final SetTable.Equality EQUALITY = ValueEq::eq;

    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (isNumber(a) && isNumber(b)) {
            return numEq(a, b);
        }
        if (a instanceof PyStr && b instanceof PyStr) {
            return ((PyStr) a).value.equals(((PyStr) b).value);
        }
        if (a instanceof PyBytes && b instanceof PyBytes) {
            return java.util.Arrays.equals(((PyBytes) a).value, ((PyBytes) b).value);
        }
        if (a instanceof PyTuple && b instanceof PyTuple) {
            PyObject[] x = ((PyTuple) a).items;
            PyObject[] y = ((PyTuple) b).items;
            if (x.length != y.length) {
                return false;
            }
            for (int i = 0; i < x.length; i++) {
                if (!eq(x[i], y[i])) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PyFrozenSet && b instanceof PyFrozenSet) {
            PyFrozenSet x = (PyFrozenSet) a;
            PyFrozenSet y = (PyFrozenSet) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (PyObject item : x.items()) {
                if (!y.contains(item)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    private static boolean numEq(PyObject a, PyObject b) {
        if (a instanceof PyComplex || b instanceof PyComplex) {
            double ai = a instanceof PyComplex ? ((PyComplex) a).imag : 0.0;
            double bi = b instanceof PyComplex ? ((PyComplex) b).imag : 0.0;
            if (ai != bi) {
                return false;
            }
            PyObject ar = a instanceof PyComplex ? new PyFloat(((PyComplex) a).real) : a;
            PyObject br = b instanceof PyComplex ? new PyFloat(((PyComplex) b).real) : b;
            return numEq(ar, br);
        }
        if (a instanceof PyFloat && b instanceof PyFloat) {
            return ((PyFloat) a).value == ((PyFloat) b).value;
        }
        if (a instanceof PyInt && b instanceof PyInt) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                return x.value == y.value;
            }
            return x.toBigInteger().equals(y.toBigInteger());
        }
        double d = a instanceof PyFloat ? ((PyFloat) a).value : ((PyFloat) b).value;
        PyInt i = a instanceof PyInt ? (PyInt) a : (PyInt) b;
        return floatEqualsInt(d, i.toBigInteger());
    }

    /** Exact comparison of a float with an int (CPython's float_richcompare). */
    public static boolean floatEqualsInt(double d, BigInteger i) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
            return false;
        }
        if (Math.abs(d) < 0x1p62 && i.bitLength() < 63) {
            return (long) d == i.longValue();
        }
        return new BigDecimal(d).toBigIntegerExact().equals(i);
    }
}
