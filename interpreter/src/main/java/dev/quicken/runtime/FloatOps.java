package dev.quicken.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arithmetic and formatting of {@code float} (CPython 3.11: Objects/floatobject.c).
 * TODO(values): use the values slice's float repr/parse once it lands.
 */
public final class FloatOps {

    private FloatOps() {
    }

    /** {@code repr(float)}: shortest round-tripping digits, CPython's 'r' format. */
    public static String repr(double v) {
        return FloatFormat.repr(v);
    }

    static String stripZeros(String d) {
        int e = d.length();
        while (e > 1 && d.charAt(e - 1) == '0') {
            e--;
        }
        return d.substring(0, e);
    }

    /** Places the decimal point in {@code digits} (d.ddd × 10^exp10); adds ".0" if {@code dotZero}. */
    static String fixed(String digits, int exp10, boolean dotZero) {
        StringBuilder sb = new StringBuilder();
        if (exp10 < 0) {
            sb.append("0.");
            sb.append("0".repeat(-exp10 - 1));
            sb.append(digits);
        } else if (digits.length() <= exp10 + 1) {
            sb.append(digits).append("0".repeat(exp10 + 1 - digits.length()));
            if (dotZero) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, exp10 + 1).append('.').append(digits.substring(exp10 + 1));
        }
        return sb.toString();
    }

    public static PyInt toInt(double v) {
        if (Double.isNaN(v)) {
            throw Exc.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw Exc.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 9.2e18) {
            return PyInt.of((long) v);
        }
        return PyInt.of(new BigDecimal(v).toBigInteger());
    }

    /** Converts an int or float operand to double, or returns NaN-sentinel null for other types. */
    static Double operand(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return IntOps.toDouble((PyInt) o);
        }
        return null;
    }

    public static PyObject binary(double a, double b, int op) {
        switch (op) {
            case Abstract.NB_ADD:
                return new PyFloat(a + b);
            case Abstract.NB_SUBTRACT:
                return new PyFloat(a - b);
            case Abstract.NB_MULTIPLY:
                return new PyFloat(a * b);
            case Abstract.NB_TRUE_DIVIDE:
                if (b == 0) {
                    throw Exc.zeroDivision("float division by zero");
                }
                return new PyFloat(a / b);
            case Abstract.NB_FLOOR_DIVIDE:
                if (b == 0) {
                    throw Exc.zeroDivision("float floor division by zero");
                }
                return new PyFloat(divmod(a, b)[0]);
            case Abstract.NB_REMAINDER:
                if (b == 0) {
                    throw Exc.zeroDivision("float modulo");
                }
                return new PyFloat(divmod(a, b)[1]);
            case Abstract.NB_POWER:
                return pow(a, b);
            default:
                return Abstract.NI;
        }
    }

    /** CPython 3.11: Objects/floatobject.c _float_div_mod. */
    public static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    // CPython 3.11: Objects/floatobject.c float_pow
    static PyObject pow(double iv, double iw) {
        if (iw == 0) { // v**0 is 1, even 0**0
            return new PyFloat(1.0);
        }
        if (Double.isNaN(iv)) { // nan**w = nan, unless w == 0
            return new PyFloat(iv);
        }
        if (Double.isNaN(iw)) { // v**nan = nan, unless v == 1; 1**nan = 1
            return new PyFloat(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            double av = Math.abs(iv);
            if (av == 1.0) {
                return new PyFloat(1.0);
            }
            return new PyFloat((iw > 0.0) == (av > 1.0) ? Math.abs(iw) : 0.0);
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return new PyFloat(odd ? iv : Math.abs(iv));
            }
            return new PyFloat(odd ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0) {
            if (iw < 0.0) {
                throw Exc.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(isOddInteger(iw) ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) { // negative numbers raised to fractional powers become complex
                return complexPow(iv, iw);
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return new PyFloat(negate ? -1.0 : 1.0);
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw Exc.raise(Exc.OverflowError, "(34, 'Numerical result out of range')");
        }
        return new PyFloat(negate ? -r : r);
    }

    /** CPython's DOUBLE_IS_ODD_INTEGER: fmod(fabs(x), 2.0) == 1.0. */
    private static boolean isOddInteger(double x) {
        return Math.abs(x) % 2.0 == 1.0;
    }

    private static PyObject complexPow(double a, double b) {
        double mag = Math.pow(-a, b);
        double ang = Math.PI * b;
        return new PyComplex(mag * Math.cos(ang), mag * Math.sin(ang));
    }

    public static int cmp(double a, double b) {
        return a < b ? -1 : a > b ? 1 : a == b ? 0 : 2;
    }

    /** {@code round(x, ndigits)} with correct decimal rounding (half-even on the exact value). */
    // CPython 3.11: Objects/floatobject.c float___round___impl, double_round
    public static double round(double x, long nd) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        if (nd > 323) { // NDIGITS_MAX: x always rounds to itself
            return x;
        }
        if (nd < -308) { // NDIGITS_MIN: x always rounds to +-0.0
            return Math.copySign(0.0, x);
        }
        BigDecimal r = new BigDecimal(x).setScale((int) nd, RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw Exc.raise(Exc.OverflowError, "rounded value too large to represent");
        }
        if (d == 0) {
            return Math.copySign(0.0, x);
        }
        return d;
    }

    public static BigInteger floorBig(double v) {
        return new BigDecimal(Math.floor(v)).toBigInteger();
    }
}
