package dev.quicken.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Arithmetic on {@code int} (CPython 3.11: Objects/longobject.c), long fast paths, BigInteger otherwise. */
public final class IntOps {

    private IntOps() {
    }

    public static double toDouble(PyInt i) {
        if (i.big == null) {
            return (double) i.value;
        }
        double d = i.big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Exc.overflowError("int too large to convert to float");
        }
        return d;
    }

    static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return PyInt.of(-a.value);
        }
        return PyInt.of(a.toBigInteger().negate());
    }

    /** {@code a <op> b} for two ints; null for operations that are not int-closed here. */
    public static PyObject binary(PyInt a, PyInt b, int op) {
        switch (op) {
            case Abstract.NB_ADD:
                return add(a, b);
            case Abstract.NB_SUBTRACT:
                return sub(a, b);
            case Abstract.NB_MULTIPLY:
                return mul(a, b);
            case Abstract.NB_FLOOR_DIVIDE:
                return floordiv(a, b);
            case Abstract.NB_REMAINDER:
                return mod(a, b);
            case Abstract.NB_TRUE_DIVIDE:
                return truediv(a, b);
            case Abstract.NB_POWER:
                return pow(a, b);
            case Abstract.NB_LSHIFT:
                return lshift(a, b);
            case Abstract.NB_RSHIFT:
                return rshift(a, b);
            case Abstract.NB_AND:
                return a.big == null && b.big == null ? PyInt.of(a.value & b.value)
                        : PyInt.of(a.toBigInteger().and(b.toBigInteger()));
            case Abstract.NB_OR:
                return a.big == null && b.big == null ? PyInt.of(a.value | b.value)
                        : PyInt.of(a.toBigInteger().or(b.toBigInteger()));
            case Abstract.NB_XOR:
                return a.big == null && b.big == null ? PyInt.of(a.value ^ b.value)
                        : PyInt.of(a.toBigInteger().xor(b.toBigInteger()));
            default:
                return null;
        }
    }

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.toBigInteger().add(b.toBigInteger()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.toBigInteger().subtract(b.toBigInteger()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
        }
        return PyInt.of(a.toBigInteger().multiply(b.toBigInteger()));
    }

    private static boolean isZero(PyInt b) {
        return b.big == null && b.value == 0;
    }

    public static PyInt floordiv(PyInt a, PyInt b) {
        if (isZero(b)) {
            throw Exc.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.toBigInteger().divideAndRemainder(b.toBigInteger());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.toBigInteger().signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return PyInt.of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (isZero(b)) {
            throw Exc.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null && b.value != -1) {
            return PyInt.of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.toBigInteger().mod(b.toBigInteger().abs());
        if (b.toBigInteger().signum() < 0 && r.signum() != 0) {
            r = r.add(b.toBigInteger());
        }
        return PyInt.of(r);
    }

    public static PyFloat truediv(PyInt a, PyInt b) {
        if (isZero(b)) {
            throw Exc.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return new PyFloat((double) a.value / (double) b.value);
        }
        try { // correctly rounded, as CPython 3.11's long_true_divide
            return new PyFloat(IntText.trueDivide(a.toBigInteger(), b.toBigInteger()));
        } catch (PyTypedError e) {
            throw Exc.fromTyped(e);
        }
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.big == null && b.value < 0) {
            if (isZero(a)) {
                throw Exc.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.pow(toDouble(a), (double) b.value));
        }
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a;
            }
            if (a.big == null && a.value == -1) {
                return PyInt.of(b.big.testBit(0) ? -1 : 1);
            }
            throw Exc.overflowError("exponent too large");
        }
        if (a.big == null) {
            long base = a.value;
            long e = b.value;
            long result = 1;
            boolean overflow = false;
            long bb = base;
            long ee = e;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    long hi = Math.multiplyHigh(result, bb);
                    long lo = result * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = Math.multiplyHigh(bb, bb);
                    long lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    bb = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        if (b.value > Integer.MAX_VALUE) {
            throw Exc.overflowError("exponent too large");
        }
        return PyInt.of(a.toBigInteger().pow((int) b.value));
    }

    public static PyObject powMod(PyInt a, PyInt b, PyInt m) {
        if (isZero(m)) {
            throw Exc.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.toBigInteger();
        BigInteger r;
        if (b.toBigInteger().signum() < 0) {
            try {
                r = a.toBigInteger().modInverse(mod.abs()).modPow(b.toBigInteger().negate(), mod.abs());
            } catch (ArithmeticException e) {
                throw Exc.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = a.toBigInteger().modPow(b.toBigInteger(), mod.abs());
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return PyInt.of(r);
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.big != null || b.value < 0) {
            if (b.toBigInteger().signum() < 0) {
                throw Exc.valueError("negative shift count");
            }
            if (isZero(a)) { // CPython 3.11: long_lshift: 0 << n is 0 for any n
                return PyInt.of(0);
            }
            throw Exc.overflowError("too many digits in integer");
        }
        if (a.big == null && b.value < 63) {
            long r = a.value << b.value;
            if (r >> b.value == a.value) {
                return PyInt.of(r);
            }
        }
        if (isZero(a)) {
            return PyInt.of(0);
        }
        if (b.value > Integer.MAX_VALUE) {
            throw Exc.overflowError("too many digits in integer");
        }
        return PyInt.of(a.toBigInteger().shiftLeft((int) b.value));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.toBigInteger().signum() < 0) {
            throw Exc.valueError("negative shift count");
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            return PyInt.of(a.toBigInteger().signum() < 0 ? -1 : 0);
        }
        if (a.big == null) {
            return PyInt.of(b.value >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> b.value);
        }
        return PyInt.of(a.big.shiftRight((int) b.value));
    }

    public static int cmp(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.toBigInteger().compareTo(b.toBigInteger());
    }

    public static boolean compare(PyInt a, PyInt b, int op) {
        int c = cmp(a, b);
        switch (op) {
            case Abstract.LT:
                return c < 0;
            case Abstract.LE:
                return c <= 0;
            case Abstract.EQ:
                return c == 0;
            case Abstract.NE:
                return c != 0;
            case Abstract.GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    /** Compares an int with a float exactly (CPython 3.11: Objects/floatobject.c float_richcompare). */
    public static int cmpIntFloat(PyInt a, double b) {
        if (Double.isNaN(b)) {
            return 2;
        }
        if (Double.isInfinite(b)) {
            return b > 0 ? -1 : 1;
        }
        if (a.big == null && Math.abs(a.value) < (1L << 53)) {
            double d = a.value; // exact below 2**53; 0 == -0.0 (Double.compare would order them)
            return d < b ? -1 : d > b ? 1 : 0;
        }
        return new BigDecimal(a.toBigInteger()).compareTo(new BigDecimal(b));
    }

    /** Parses an int literal/string in {@code base} as {@code int(s, base)} does. */
    public static PyInt parse(String s0, int base) {
        String s = s0.strip().replace("_", "");
        String orig = s0;
        boolean neg = false;
        String t = s;
        if (t.startsWith("-") || t.startsWith("+")) {
            neg = t.startsWith("-");
            t = t.substring(1);
        }
        if (base == 0) {
            String lt = t.toLowerCase();
            if (lt.startsWith("0x")) {
                base = 16;
                t = t.substring(2);
            } else if (lt.startsWith("0o")) {
                base = 8;
                t = t.substring(2);
            } else if (lt.startsWith("0b")) {
                base = 2;
                t = t.substring(2);
            } else {
                base = 10;
            }
        } else if (base == 16 && t.toLowerCase().startsWith("0x") || base == 8 && t.toLowerCase().startsWith("0o")
                || base == 2 && t.toLowerCase().startsWith("0b")) {
            t = t.substring(2);
        }
        try {
            if (t.isEmpty() || s0.strip().contains("__") || s0.strip().endsWith("_") || t.startsWith("-")
                    || t.startsWith("+")) {
                throw new NumberFormatException();
            }
            BigInteger v = new BigInteger(t, base);
            return PyInt.of(neg ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw Exc.valueError("invalid literal for int() with base " + base + ": " + StrOps.repr(orig));
        }
    }
}
