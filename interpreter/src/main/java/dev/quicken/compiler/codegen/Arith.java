package dev.quicken.compiler.codegen;

import dev.quicken.compiler.ast.OperatorKind;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.math.BigInteger;

/**
 * Python arithmetic on constants, for folding. CPython 3.11: Python/ast_opt.c fold_binop with
 * safe_multiply / safe_power / safe_lshift / safe_mod. Returns null where CPython would not fold
 * (or raises): the expression is then left alone.
 */
final class Arith {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;
    private static final BigInteger TWO53 = BigInteger.ONE.shiftLeft(53);

    private Arith() {
    }

    private static boolean isInt(PyObject o) {
        return o instanceof PyInt;
    }

    private static BigInteger big(PyObject o) {
        return ((PyInt) o).toBigInteger();
    }

    private static int numBits(BigInteger b) {
        return b.abs().bitLength();
    }

    private static boolean isNum(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    private static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        BigInteger b = big(o);
        if (b.abs().bitLength() > 1024) {
            throw new ArithmeticException("int too large to convert to float");
        }
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw new ArithmeticException("int too large to convert to float");
        }
        return d;
    }

    static PyObject binop(OperatorKind op, PyObject v, PyObject w) {
        switch (op) {
            case Add: return add(v, w);
            case Sub: return sub(v, w);
            case Mult: return mul(v, w);
            case Div: return truediv(v, w);
            case FloorDiv: return floordiv(v, w);
            case Mod:
                if (v instanceof PyStr || v instanceof PyBytes) {
                    return null;
                }
                return mod(v, w);
            case Pow: return pow(v, w);
            case LShift: return lshift(v, w);
            case RShift:
                if (isInt(v) && isInt(w)) {
                    BigInteger s = big(w);
                    if (s.signum() < 0) {
                        return null;
                    }
                    if (s.bitLength() > 31) {
                        return PyInt.of(big(v).signum() < 0 ? -1 : 0);
                    }
                    return PyInt.of(big(v).shiftRight(s.intValue()));
                }
                return null;
            case BitOr:
            case BitXor:
            case BitAnd:
                if (isInt(v) && isInt(w)) {
                    BigInteger a = big(v);
                    BigInteger b = big(w);
                    BigInteger r = op == OperatorKind.BitOr ? a.or(b) : op == OperatorKind.BitXor ? a.xor(b) : a.and(b);
                    if (v instanceof PyBool && w instanceof PyBool) {
                        return PyBool.of(r.signum() != 0);
                    }
                    return PyInt.of(r);
                }
                return null;
            default:
                return null;
        }
    }

    private static PyObject add(PyObject v, PyObject w) {
        if (isInt(v) && isInt(w)) {
            return PyInt.of(big(v).add(big(w)));
        }
        if (isNum(v) && isNum(w)) {
            return new PyFloat(toDouble(v) + toDouble(w));
        }
        if (isComplexish(v) && isComplexish(w)) {
            double[] a = cx(v);
            double[] b = cx(w);
            return new PyComplex(a[0] + b[0], a[1] + b[1]);
        }
        if (v instanceof PyStr a && w instanceof PyStr b) {
            return new PyStr(a.value + b.value);
        }
        if (v instanceof PyBytes a && w instanceof PyBytes b) {
            byte[] r = new byte[a.value.length + b.value.length];
            System.arraycopy(a.value, 0, r, 0, a.value.length);
            System.arraycopy(b.value, 0, r, a.value.length, b.value.length);
            return new PyBytes(r);
        }
        if (v instanceof PyTuple a && w instanceof PyTuple b) {
            PyObject[] r = new PyObject[a.size() + b.size()];
            System.arraycopy(a.items, 0, r, 0, a.size());
            System.arraycopy(b.items, 0, r, a.size(), b.size());
            return new PyTuple(r);
        }
        return null;
    }

    private static boolean isComplexish(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    private static double[] cx(PyObject o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        return new double[] {toDouble(o), 0.0};
    }

    private static PyObject sub(PyObject v, PyObject w) {
        if (isInt(v) && isInt(w)) {
            return PyInt.of(big(v).subtract(big(w)));
        }
        if (isNum(v) && isNum(w)) {
            return new PyFloat(toDouble(v) - toDouble(w));
        }
        if (isComplexish(v) && isComplexish(w)) {
            double[] a = cx(v);
            double[] b = cx(w);
            return new PyComplex(a[0] - b[0], a[1] - b[1]);
        }
        return null;
    }

    private static int checkComplexity(PyObject obj, int limit) {
        if (obj instanceof PyTuple t) {
            limit -= t.size();
            for (int i = 0; limit >= 0 && i < t.size(); i++) {
                limit = checkComplexity(t.items[i], limit);
            }
            return limit;
        } else if (obj instanceof PyFrozenSet s) {
            limit -= s.size();
            for (PyObject item : s.items()) {
                if (limit < 0) {
                    break;
                }
                limit = checkComplexity(item, limit);
            }
        }
        return limit;
    }

    private static PyObject mul(PyObject v, PyObject w) {
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v);
            BigInteger b = big(w);
            if (a.signum() != 0 && b.signum() != 0 && numBits(a) + numBits(b) > MAX_INT_SIZE) {
                return null;
            }
            return PyInt.of(a.multiply(b));
        }
        if (isInt(v) && (w instanceof PyTuple || w instanceof PyFrozenSet)) {
            int size = w instanceof PyTuple t ? t.size() : ((PyFrozenSet) w).size();
            if (size != 0) {
                BigInteger nb = big(v);
                if (nb.bitLength() > 62) {
                    return null;
                }
                long n = nb.longValue();
                if (n < 0 || n > MAX_COLLECTION_SIZE / size) {
                    return null;
                }
                if (n != 0 && checkComplexity(w, (int) (MAX_TOTAL_ITEMS / n)) < 0) {
                    return null;
                }
            }
            return repeat(w, big(v));
        }
        if (isInt(v) && (w instanceof PyStr || w instanceof PyBytes)) {
            int size = w instanceof PyStr s ? s.value.codePointCount(0, s.value.length()) : ((PyBytes) w).value.length;
            if (size != 0) {
                BigInteger nb = big(v);
                if (nb.bitLength() > 62) {
                    return null;
                }
                long n = nb.longValue();
                if (n < 0 || n > MAX_STR_SIZE / size) {
                    return null;
                }
            }
            return repeat(w, big(v));
        }
        if (isInt(w) && (v instanceof PyTuple || v instanceof PyFrozenSet || v instanceof PyStr
                || v instanceof PyBytes)) {
            return mul(w, v);
        }
        if (isNum(v) && isNum(w)) {
            return new PyFloat(toDouble(v) * toDouble(w));
        }
        if (isComplexish(v) && isComplexish(w)) {
            double[] a = cx(v);
            double[] b = cx(w);
            return new PyComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
        }
        return null;
    }

    private static PyObject repeat(PyObject seq, BigInteger nb) {
        long n = nb.signum() < 0 ? 0 : nb.longValue();
        if (seq instanceof PyStr s) {
            return new PyStr(s.value.repeat((int) n));
        }
        if (seq instanceof PyBytes b) {
            byte[] r = new byte[(int) (b.value.length * n)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(b.value, 0, r, i * b.value.length, b.value.length);
            }
            return new PyBytes(r);
        }
        if (seq instanceof PyTuple t) {
            PyObject[] r = new PyObject[(int) (t.size() * n)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(t.items, 0, r, i * t.size(), t.size());
            }
            return new PyTuple(r);
        }
        return null;
    }

    private static PyObject truediv(PyObject v, PyObject w) {
        if ((v instanceof PyComplex || w instanceof PyComplex) && isComplexish(v) && isComplexish(w)) {
            // CPython 3.11: Objects/complexobject.c _Py_c_quot
            double[] a = cx(v);
            double[] b = cx(w);
            double absBreal = Math.abs(b[0]);
            double absBimag = Math.abs(b[1]);
            if (absBreal >= absBimag) {
                if (absBreal == 0.0) {
                    return null;
                }
                double ratio = b[1] / b[0];
                double denom = b[0] + b[1] * ratio;
                return new PyComplex((a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom);
            } else if (absBimag >= absBreal) {
                double ratio = b[0] / b[1];
                double denom = b[0] * ratio + b[1];
                return new PyComplex((a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom);
            }
            return new PyComplex(Double.NaN, Double.NaN);
        }
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v);
            BigInteger b = big(w);
            if (b.signum() == 0) {
                return null;
            }
            if (a.abs().compareTo(TWO53) <= 0 && b.abs().compareTo(TWO53) <= 0) {
                return new PyFloat(a.doubleValue() / b.doubleValue());
            }
            double q = correctlyRoundedQuotient(a.abs(), b.abs());
            if (Double.isInfinite(q)) {
                return null; // OverflowError: integer division result too large for a float
            }
            return new PyFloat(a.signum() * b.signum() < 0 ? -q : q);
        }
        if (isNum(v) && isNum(w)) {
            double b = toDouble(w);
            if (b == 0.0) {
                return null;
            }
            return new PyFloat(toDouble(v) / b);
        }
        return null;
    }

    /** a / b (both positive) rounded half-even to a double, as long_true_divide does. */
    private static double correctlyRoundedQuotient(BigInteger a, BigInteger b) {
        if (a.signum() == 0) {
            return 0.0;
        }
        int shift = 55 - (a.bitLength() - b.bitLength());
        BigInteger[] qr = shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(b)
                : a.divideAndRemainder(b.shiftLeft(-shift));
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int extra = q.bitLength() - 53;
        BigInteger m = q.shiftRight(extra);
        BigInteger r = q.subtract(m.shiftLeft(extra));
        BigInteger half = BigInteger.ONE.shiftLeft(extra - 1);
        int c = r.compareTo(half);
        if (c > 0 || (c == 0 && (sticky || m.testBit(0)))) {
            m = m.add(BigInteger.ONE);
        }
        return Math.scalb(m.doubleValue(), extra - shift);
    }

    private static PyObject floordiv(PyObject v, PyObject w) {
        if (isInt(v) && isInt(w)) {
            BigInteger b = big(w);
            if (b.signum() == 0) {
                return null;
            }
            BigInteger[] qr = big(v).divideAndRemainder(b);
            BigInteger q = qr[0];
            if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
                q = q.subtract(BigInteger.ONE);
            }
            return PyInt.of(q);
        }
        if (isNum(v) && isNum(w)) {
            double[] dm = floatDivmod(toDouble(v), toDouble(w));
            return dm == null ? null : new PyFloat(dm[0]);
        }
        return null;
    }

    private static PyObject mod(PyObject v, PyObject w) {
        if (isInt(v) && isInt(w)) {
            BigInteger b = big(w);
            if (b.signum() == 0) {
                return null;
            }
            BigInteger r = big(v).mod(b.abs());
            if (b.signum() < 0 && r.signum() != 0) {
                r = r.add(b);
            }
            return PyInt.of(r);
        }
        if (isNum(v) && isNum(w)) {
            double[] dm = floatDivmod(toDouble(v), toDouble(w));
            return dm == null ? null : new PyFloat(dm[1]);
        }
        return null;
    }

    // CPython 3.11: Objects/floatobject.c _float_div_mod
    private static double[] floatDivmod(double vx, double wx) {
        if (wx == 0.0) {
            return null;
        }
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static double[] cprod(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    /** CPython 3.11: complexobject.c _Py_c_quot; null on division by zero. */
    private static double[] cquot(double[] a, double[] b) {
        double absBreal = Math.abs(b[0]);
        double absBimag = Math.abs(b[1]);
        if (absBreal >= absBimag) {
            if (absBreal == 0.0) {
                return null;
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return new double[] {(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom};
        } else if (absBimag >= absBreal) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return new double[] {(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    // CPython 3.11: complexobject.c complex_pow (c_powi, c_powu, _Py_c_pow)
    private static PyObject complexPow(PyObject v, PyObject w) {
        double[] a = cx(v);
        double[] b = cx(w);
        double[] p;
        if (b[1] == 0.0 && b[0] == Math.floor(b[0]) && Math.abs(b[0]) <= 100.0) {
            long n = (long) b[0];
            double[] r = {1.0, 0.0};
            double[] x = a;
            long m = n > 0 ? n : -n;
            long mask = 1;
            while (mask > 0 && m >= mask) {
                if ((m & mask) != 0) {
                    r = cprod(r, x);
                }
                mask <<= 1;
                x = cprod(x, x);
            }
            p = n > 0 ? r : cquot(new double[] {1.0, 0.0}, r);
            if (p == null) {
                return null;
            }
        } else if (b[0] == 0.0 && b[1] == 0.0) {
            p = new double[] {1.0, 0.0};
        } else if (a[0] == 0.0 && a[1] == 0.0) {
            if (b[1] != 0.0 || b[0] < 0) {
                return null;
            }
            p = new double[] {0.0, 0.0};
        } else {
            double vabs = Math.hypot(a[0], a[1]);
            double len = Math.pow(vabs, b[0]);
            double at = Math.atan2(a[1], a[0]);
            double phase = at * b[0];
            if (b[1] != 0.0) {
                len /= Math.exp(at * b[1]);
                phase += b[1] * Math.log(vabs);
            }
            p = new double[] {len * Math.cos(phase), len * Math.sin(phase)};
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            return null;
        }
        return new PyComplex(p[0], p[1]);
    }

    private static PyObject pow(PyObject v, PyObject w) {
        if ((v instanceof PyComplex || w instanceof PyComplex) && isComplexish(v) && isComplexish(w)) {
            return complexPow(v, w);
        }
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v);
            BigInteger b = big(w);
            if (a.signum() != 0 && b.signum() > 0) {
                if (b.bitLength() > 31) {
                    return null;
                }
                long wbits = b.longValue();
                if (numBits(a) > MAX_INT_SIZE / wbits) {
                    return null;
                }
            }
            if (b.signum() >= 0) {
                return PyInt.of(a.pow(b.intValueExact()));
            }
            if (a.signum() == 0) {
                return null;
            }
            return floatPow(toDouble(v), toDouble(w));
        }
        if (isNum(v) && isNum(w)) {
            return floatPow(toDouble(v), toDouble(w));
        }
        return null;
    }

    private static PyObject floatPow(double iv, double iw) {
        if (iv == 0.0 && iw < 0.0) {
            return null;
        }
        if (iv < 0.0 && iw != Math.floor(iw)) {
            return null;
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r) && !Double.isInfinite(iv) && !Double.isInfinite(iw)) {
            return null;
        }
        return new PyFloat(r);
    }

    private static PyObject lshift(PyObject v, PyObject w) {
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v);
            BigInteger b = big(w);
            if (b.signum() < 0) {
                return null;
            }
            if (a.signum() != 0 && b.signum() != 0) {
                if (b.bitLength() > 31) {
                    return null;
                }
                long wbits = b.longValue();
                long vbits = numBits(a);
                if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) {
                    return null;
                }
            }
            if (a.signum() == 0) {
                return PyInt.of(0);
            }
            return PyInt.of(a.shiftLeft(b.intValue()));
        }
        return null;
    }
}
