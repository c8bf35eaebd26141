package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.FloatOps;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module as CPython 3.11's {@code Modules/mathmodule.c}: every function, with its
 * errors ({@code math domain error} when a finite argument gives NaN, {@code math range error} when it
 * overflows) and its integer functions on arbitrary-precision ints.
 */
public final class MathModule {

    private MathModule() {
    }

    static final String DOMAIN = "math domain error";
    static final String RANGE = "math range error";

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.dict.setStr("pi", new PyFloat(Math.PI));
        m.dict.setStr("e", new PyFloat(Math.E));
        m.dict.setStr("tau", new PyFloat(2 * Math.PI));
        m.dict.setStr("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.dict.setStr("nan", new PyFloat(Double.NaN));
        f1(m, "sqrt", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.sqrt(x);
            }
        }, false);
        f1(m, "cbrt", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.cbrt(x);
            }
        }, false);
        f1(m, "sin", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.sin(x);
            }
        }, false);
        f1(m, "cos", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.cos(x);
            }
        }, false);
        f1(m, "tan", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.tan(x);
            }
        }, false);
        f1(m, "asin", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.asin(x);
            }
        }, false);
        f1(m, "acos", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.acos(x);
            }
        }, false);
        f1(m, "atan", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.atan(x);
            }
        }, false);
        f1(m, "sinh", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.sinh(x);
            }
        }, true);
        f1(m, "cosh", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.cosh(x);
            }
        }, true);
        f1(m, "tanh", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.tanh(x);
            }
        }, false);
        f1(m, "asinh", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return MathModule.asinh(x);
            }
        }, false);
        f1(m, "acosh", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return MathModule.acosh(x);
            }
        }, false);
        f1(m, "atanh", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return MathModule.atanh(x);
            }
        }, false);
        f1(m, "exp", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.exp(x);
            }
        }, true);
        f1(m, "exp2", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.pow(2, x);
            }
        }, true);
        f1(m, "expm1", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.expm1(x);
            }
        }, true);
        f1(m, "log1p", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return x == -1 ? Double.NaN : Math.log1p(x);
            }
        }, false);
        f1(m, "fabs", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.abs(x);
            }
        }, false);
        f1(m, "erf", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return MathModule.erf(x);
            }
        }, false);
        f1(m, "erfc", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return MathModule.erfc(x);
            }
        }, false);
        f1(m, "gamma", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return MathModule.gamma(x);
            }
        }, true);
        f1(m, "lgamma", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return MathModule.lgamma(x);
            }
        }, true);
        def(m, "log", 0, Integer.MAX_VALUE, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                if (a.length < 1 || a.length > 2) {
                    throw Exc.typeError("math.log requires 1 to 2 arguments");
                }
                double num = logOf(a[0], new Log() {
                    @Override
                    public double apply(double x) {
                        return Math.log(x);
                    }
                });
                if (a.length == 1) {
                    return new PyFloat(num);
                }
                double den = logOf(a[1], new Log() {
                    @Override
                    public double apply(double x) {
                        return Math.log(x);
                    }
                });
                if (den == 0) {
                    throw Exc.zeroDivision("float division by zero");
                }
                return new PyFloat(num / den);
            }
        });
        def(m, "log2", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(logOf(a[0], MathModule::log2));
            }
        });
        def(m, "log10", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(logOf(a[0], Math::log10));
            }
        });
        def(m, "pow", 2, 2, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(pow(Abstract.asDouble(a[0]), Abstract.asDouble(a[1])));
            }
        });
        def(m, "atan2", 2, 2, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(Math.atan2(Abstract.asDouble(a[0]), Abstract.asDouble(a[1])));
            }
        });
        def(m, "fmod", 2, 2, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                double x = Abstract.asDouble(a[0]);
                double y = Abstract.asDouble(a[1]);
                if (Double.isInfinite(y) && Double.isFinite(x)) {
                    return new PyFloat(x);
                }
                double r = x % y;
                if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                    throw Exc.valueError(DOMAIN);
                }
                return new PyFloat(r);
            }
        });
        def(m, "remainder", 2, 2, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                double x = Abstract.asDouble(a[0]);
                double y = Abstract.asDouble(a[1]);
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return new PyFloat(Double.NaN);
                }
                if (Double.isInfinite(x) || y == 0) {
                    throw Exc.valueError(DOMAIN);
                }
                return new PyFloat(Double.isInfinite(y) ? x : Math.IEEEremainder(x, y));
            }
        });
        def(m, "copysign", 2, 2, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(Math.copySign(Abstract.asDouble(a[0]), Abstract.asDouble(a[1])));
            }
        });
        def(m, "hypot", 0, Integer.MAX_VALUE, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(vectorNorm(doubles(a)));
            }
        });
        def(m, "dist", 2, 2, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                PyObject[] p = tupleOrSeq(a[0], "p");
                PyObject[] q = tupleOrSeq(a[1], "q");
                if (p.length != q.length) {
                    throw Exc.valueError("both points must have the same number of dimensions");
                }
                double[] d = new double[p.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = Math.abs(Abstract.asDouble(p[i]) - Abstract.asDouble(q[i]));
                }
                return new PyFloat(vectorNorm(d));
            }
        });
        def(m, "floor", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return rounding(a[0], "__floor__", true);
            }
        });
        def(m, "ceil", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return rounding(a[0], "__ceil__", false);
            }
        });
        def(m, "trunc", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                if (a[0].getClass() == PyFloat.class) {
                    return FloatOps.toInt(((PyFloat) a[0]).value);
                }
                PyObject t = a[0].type().lookup("__trunc__");
                if (t == null) {
                    throw Exc.typeError("type " + Abstract.typeName(a[0]) + " doesn't define __trunc__ method");
                }
                return Abstract.callMethodDescr(t, a[0], new PyObject[0], null);
            }
        });
        def(m, "modf", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                double x = Abstract.asDouble(a[0]);
                if (Double.isInfinite(x)) {
                    return tuple(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
                }
                double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
                return tuple(new PyFloat(Math.copySign(x - ip, x)), new PyFloat(ip));
            }
        });
        def(m, "frexp", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                double x = Abstract.asDouble(a[0]);
                if (x == 0 || !Double.isFinite(x)) {
                    return tuple(new PyFloat(x), PyInt.of(0));
                }
                int e = Math.getExponent(x);
                if (e == Double.MIN_EXPONENT - 1) { // subnormal
                    x *= 0x1p54;
                    e = Math.getExponent(x) - 54;
                    return tuple(new PyFloat(x / Math.scalb(1.0, Math.getExponent(x) + 1)), PyInt.of(e + 1));
                }
                return tuple(new PyFloat(x / Math.scalb(1.0, e + 1)), PyInt.of(e + 1));
            }
        });
        def(m, "ldexp", 2, 2, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                double x = Abstract.asDouble(a[0]);
                if (!(a[1] instanceof PyInt)) {
                    throw Exc.typeError("Expected an int as second argument to ldexp.");
                }
                PyInt ei = (PyInt) a[1];
                long e = ei.big != null ? (ei.big.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : ei.value;
                if (x == 0 || !Double.isFinite(x)) {
                    return new PyFloat(x);
                }
                double r = Math.scalb(x, (int) Math.max(Math.min(e, 100000), -100000));
                if (Double.isInfinite(r)) {
                    throw Exc.overflowError(RANGE);
                }
                return new PyFloat(r);
            }
        });
        def(m, "isnan", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyBool.of(Double.isNaN(Abstract.asDouble(a[0])));
            }
        });
        def(m, "isinf", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyBool.of(Double.isInfinite(Abstract.asDouble(a[0])));
            }
        });
        def(m, "isfinite", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyBool.of(Double.isFinite(Abstract.asDouble(a[0])));
            }
        });
        m.dict.setStr("isclose", new PyBuiltinFunction("isclose", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("isclose", a, kw, 0, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
                return PyBool.of(isclose(Abstract.asDouble(p[0]), Abstract.asDouble(p[1]),
                        p[2] == null ? 1e-09 : Abstract.asDouble(p[2]), p[3] == null ? 0.0 : Abstract.asDouble(p[3])));
            }
        }, null, "math"));
        def(m, "degrees", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(Abstract.asDouble(a[0]) * (180.0 / Math.PI));
            }
        });
        def(m, "radians", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(Abstract.asDouble(a[0]) * (Math.PI / 180.0));
            }
        });
        def(m, "nextafter", 2, 2, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(Math.nextAfter(Abstract.asDouble(a[0]), Abstract.asDouble(a[1])));
            }
        });
        def(m, "ulp", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                double x = Abstract.asDouble(a[0]);
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    return new PyFloat(Math.abs(x));
                }
                x = Math.abs(x);
                if (x == Double.MAX_VALUE) {
                    return new PyFloat(x - Math.nextDown(x));
                }
                return new PyFloat(Math.nextUp(x) - x);
            }
        });
        def(m, "fsum", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyFloat(fsum(a[0]));
            }
        });
        m.dict.setStr("prod", new PyBuiltinFunction("prod", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("prod", a, kw, 0, new String[] {"iterable", "start"}, 1, 1);
                PyObject r = p[1] == null ? PyInt.of(1) : p[1];
                PyObject it = Abstract.iter(p[0]);
                for (PyObject x; (x = Abstract.next(it)) != null;) {
                    r = Abstract.mul(r, x);
                }
                return r;
            }
        }, null, "math"));
        def(m, "gcd", 0, Integer.MAX_VALUE, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                BigInteger g = BigInteger.ZERO;
                for (PyObject x : a) {
                    g = g.gcd(Abstract.index(x).toBigInteger());
                }
                return PyInt.of(g);
            }
        });
        def(m, "lcm", 0, Integer.MAX_VALUE, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                BigInteger l = BigInteger.ONE;
                for (PyObject x : a) {
                    BigInteger v = Abstract.index(x).toBigInteger().abs();
                    if (v.signum() == 0 || l.signum() == 0) {
                        l = BigInteger.ZERO;
                        continue;
                    }
                    l = l.divide(l.gcd(v)).multiply(v);
                }
                return PyInt.of(l);
            }
        });
        def(m, "factorial", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                if (a[0] instanceof PyFloat) {
                    throw Exc.typeError("'float' object cannot be interpreted as an integer");
                }
                PyInt n = Abstract.index(a[0]);
                if (n.toBigInteger().signum() < 0) {
                    throw Exc.valueError("factorial() not defined for negative values");
                }
                if (n.big != null) {
                    throw Exc.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
                }
                return PyInt.of(product(2, n.value));
            }
        });
        def(m, "isqrt", 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                BigInteger n = Abstract.index(a[0]).toBigInteger();
                if (n.signum() < 0) {
                    throw Exc.valueError("isqrt() argument must be nonnegative");
                }
                return PyInt.of(n.sqrt());
            }
        });
        def(m, "comb", 2, 2, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return comb(Abstract.index(a[0]).toBigInteger(), Abstract.index(a[1]).toBigInteger());
            }
        });
        def(m, "perm", 1, 2, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                if (a.length == 1 || a[1] == dev.quicken.runtime.PyNone.NONE) {
                    return ((PyBuiltinFunction) m.dict.getStr("factorial")).call(new PyObject[] {a[0]}, null);
                }
                return perm(Abstract.index(a[0]).toBigInteger(), Abstract.index(a[1]).toBigInteger());
            }
        });
        return m;
    }

    // ---------------------------------------------------------------- helpers

    interface F {
        PyObject apply(PyObject[] a);
    }

    static void def(PyModule m, String name, int min, int max, F f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw(name, kw);
                if (a.length < min || a.length > max) {
                    if (min == max && min == 1) {
                        throw Exc.typeError("math." + name + "() takes exactly one argument (" + a.length + " given)");
                    }
                    throw Exc.typeError(name + " expected " + (min == max ? "" : a.length < min ? "at least " : "at most ")
                            + (a.length < min ? min : max) + " argument" + ((a.length < min ? min : max) == 1 ? "" : "s")
                            + ", got " + a.length);
                }
                return f.apply(a);
            }
        }, null, "math"));
    }

    /** A one-argument libm function as {@code math_1}: NaN from a non-NaN is a domain error, inf from a finite a range error. */
    // CPython 3.11: Modules/mathmodule.c math_1
    static void f1(PyModule m, String name, DoubleUnaryOperator op, boolean canOverflow) {
        def(m, name, 1, 1, new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                double x = Abstract.asDouble(a[0]);
                double r = op.applyAsDouble(x);
                if (Double.isNaN(r) && !Double.isNaN(x)) {
                    throw Exc.valueError(DOMAIN);
                }
                if (Double.isInfinite(r) && Double.isFinite(x)) {
                    if (canOverflow) {
                        throw Exc.overflowError(RANGE);
                    }
                    throw Exc.valueError(DOMAIN);
                }
                return new PyFloat(r);
            }
        });
    }

    static PyTuple tuple(PyObject a, PyObject b) {
        return new PyTuple(new PyObject[] {a, b});
    }

    static double[] doubles(PyObject[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = Math.abs(Abstract.asDouble(a[i]));
        }
        return d;
    }

    static PyObject[] tupleOrSeq(PyObject o, String what) {
        if (!(o instanceof PyTuple)) {
            return Abstract.toArray(o);
        }
        return ((PyTuple) o).items;
    }

    // CPython 3.11: Modules/mathmodule.c math_ceil / math_floor (a float subclass's __ceil__/__floor__ first)
    static PyObject rounding(PyObject x, String dunder, boolean floor) {
        if (x.getClass() == PyFloat.class) {
            double v = ((PyFloat) x).value;
            return FloatOps.toInt(floor ? Math.floor(v) : Math.ceil(v));
        }
        if (x.getClass() == PyInt.class) {
            return x;
        }
        PyObject meth = x.type().lookup(dunder);
        if (meth != null) {
            return Abstract.callMethodDescr(meth, x, new PyObject[0], null);
        }
        double v = Abstract.asDouble(x);
        return FloatOps.toInt(floor ? Math.floor(v) : Math.ceil(v));
    }

    interface Log {
        double apply(double x);
    }

    /** A logarithm of an int of any size or a float, as {@code loghelper}. */
    // CPython 3.11: Modules/mathmodule.c loghelper
    static double logOf(PyObject arg, Log f) {
        if (arg instanceof PyInt) {
            BigInteger n = ((PyInt) arg).toBigInteger();
            if (n.signum() <= 0) {
                throw Exc.valueError(DOMAIN);
            }
            if (n.bitLength() > 1024) {
                int e = n.bitLength();
                double mant = n.shiftRight(e - 54).doubleValue() / 0x1p54;
                return f.apply(mant) + f.apply(2.0) * e;
            }
            return f.apply(n.doubleValue());
        }
        double x = Abstract.asDouble(arg);
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            throw Exc.valueError(DOMAIN);
        }
        return f.apply(x);
    }

    static double log2(double x) {
        if (Double.isInfinite(x)) {
            return x;
        }
        if (x <= 0 || Double.isNaN(x)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            return log2(x * 0x1p54) - 54;
        }
        double m = x / Math.scalb(1.0, e);
        if (m == 1.0) {
            return e;
        }
        if (m > Math.sqrt(2)) {
            m /= 2;
            e++;
        }
        return Math.log(m) / Math.log(2) + e;
    }

    // CPython 3.11: Modules/mathmodule.c math_pow_impl (C99 Annex F special cases, errors from finite inputs)
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                // CPython 3.11: Modules/mathmodule.c math_pow (IEEE specials handled directly, as C99)
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) {
                    return oddY ? x : Math.abs(x);
                }
                return y == 0 ? 1.0 : oddY ? Math.copySign(0.0, x) : 0.0;
            }
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            if (y > 0 && ax > 1.0) {
                return y;
            }
            return y < 0 && ax < 1.0 ? -y : 0.0;
        }
        if (x == 0.0 && y < 0) {
            throw Exc.valueError(DOMAIN);
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw Exc.valueError(DOMAIN);
        }
        if (Double.isInfinite(r)) {
            throw Exc.overflowError(RANGE);
        }
        return r;
    }

    static boolean isclose(double a, double b, double rel, double abs) {
        if (rel < 0.0 || abs < 0.0) {
            throw Exc.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
    }

    /** The Euclidean norm of non-negative values, scaled to avoid overflow and underflow. */
    // CPython 3.11: Modules/mathmodule.c vector_norm
    static double vectorNorm(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double x : v) {
            if (Double.isNaN(x)) {
                nan = true;
            }
            if (x > max) {
                max = x;
            }
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || v.length <= 1) {
            return max;
        }
        int e = Math.getExponent(max);
        double scale = Math.scalb(1.0, -e);
        double sum = 0;
        double comp = 0;
        for (double x : v) {
            double s = x * scale;
            double sq = s * s;
            double lo = Math.fma(s, s, -sq);
            double t = sum + sq;
            comp += (sum - t) + sq + lo;
            sum = t;
        }
        double h = Math.sqrt(sum + comp);
        // one Newton correction step on the compensated sum
        double hsq = h * h;
        double err = Math.fma(-h, h, hsq);
        double x = (sum - hsq) + comp + err;
        h += x / (2.0 * h);
        return h / scale;
    }

    /** Exactly rounded sum (Shewchuk's partials, as {@code math_fsum}). */
    // CPython 3.11: Modules/mathmodule.c math_fsum
    static double fsum(PyObject iterable) {
        List<Double> partials = new ArrayList<>();
        double specialSum = 0;
        double infSum = 0;
        PyObject it = Abstract.iter(iterable);
        for (PyObject o; (o = Abstract.next(it)) != null;) {
            double x = Abstract.asDouble(o);
            double xsave = x;
            int j = 0;
            for (int i = 0; i < partials.size(); i++) {
                double y = partials.get(i);
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials.set(j++, lo);
                }
                x = hi;
            }
            while (partials.size() > j) {
                partials.remove(partials.size() - 1);
            }
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw Exc.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    partials.clear();
                } else {
                    partials.add(x);
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Exc.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        int n = partials.size();
        double hi = 0.0;
        if (n > 0) {
            hi = partials.get(--n);
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = partials.get(--n);
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && partials.get(n - 1) < 0.0) || (lo > 0.0 && partials.get(n - 1) > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    static BigInteger product(long from, long to) {
        if (to < from) {
            return BigInteger.ONE;
        }
        if (to - from < 16) {
            BigInteger r = BigInteger.valueOf(from);
            for (long i = from + 1; i <= to; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (from + to) >>> 1;
        return product(from, mid).multiply(product(mid + 1, to));
    }

    static final BigInteger LLONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    // CPython 3.11: Modules/mathmodule.c math_perm_impl
    static PyObject perm(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw Exc.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Exc.valueError("k must be a non-negative integer");
        }
        if (n.compareTo(k) < 0) {
            return PyInt.of(0);
        }
        if (k.compareTo(LLONG_MAX) > 0) {
            throw Exc.overflowError("k must not exceed " + Long.MAX_VALUE);
        }
        return PyInt.of(permComb(n, k.longValue(), false));
    }

    // CPython 3.11: Modules/mathmodule.c math_comb_impl
    static PyObject comb(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw Exc.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Exc.valueError("k must be a non-negative integer");
        }
        BigInteger rest = n.subtract(k);
        if (rest.signum() < 0) {
            return PyInt.of(0);
        }
        BigInteger kk = rest.min(k);
        if (kk.compareTo(LLONG_MAX) > 0) {
            throw Exc.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        return PyInt.of(permComb(n, kk.longValue(), true));
    }

    /**
     * P(n, k) = n! / (n-k)! or C(n, k) = P(n, k) / k!, by halving k: P(n, k) = P(n, j) * P(n-j, k-j) and
     * C(n, k) = C(n, j) * C(n-j, k-j) // C(k, j), so the large multiplications are balanced.
     */
    // CPython 3.11: Modules/mathmodule.c perm_comb
    static BigInteger permComb(BigInteger n, long k, boolean iscomb) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (k == 1) {
            return n;
        }
        if (!iscomb && n.bitLength() < 63) {
            return product(n.longValue() - k + 1, n.longValue());
        }
        if (iscomb && n.bitLength() < 63 && k < 16) {
            // C(n, k) = C(n, k-1) * (n-k+1) / k: every partial result is an integer
            long nn = n.longValue();
            BigInteger r = n;
            for (long i = 1; i < k; i++) {
                r = r.multiply(BigInteger.valueOf(nn - i)).divide(BigInteger.valueOf(i + 1));
            }
            return r;
        }
        long j = k / 2;
        BigInteger a = permComb(n, j, iscomb);
        BigInteger b = permComb(n.subtract(BigInteger.valueOf(j)), k - j, iscomb);
        a = a.multiply(b);
        if (iscomb) {
            a = a.divide(permComb(BigInteger.valueOf(k), j, true));
        }
        return a;
    }

    static double asinh(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        double a = Math.abs(x);
        double r = a > 0x1p28 ? Math.log(a) + Math.log(2) : a > 2 ? Math.log(2 * a + 1 / (Math.sqrt(a * a + 1) + a))
                : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1) {
            return Double.NaN;
        }
        if (x > 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + Math.log(2);
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a >= 1) {
            return Double.NaN;
        }
        double r = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a)) : 0.5 * Math.log1p(2 * a / (1 - a));
        return Math.copySign(r, x);
    }

    // CPython 3.11: Modules/mathmodule.c m_erf_series / m_erfc_contfrac (the fallback when libm has none)
    static double erfSeries(double x) {
        double x2 = x * x;
        double acc = 0.0;
        double fk = 25 + 0.5;
        for (int i = 0; i < 25; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRTPI;
    }

    static double erfcContfrac(double x) {
        if (x >= 30.0) {
            return 0.0;
        }
        double x2 = x * x;
        double a = 0.0;
        double da = 0.5;
        double p = 1.0;
        double pLast = 0.0;
        double q = da + x2;
        double qLast = 1.0;
        for (int i = 0; i < 50; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * Math.exp(-x2) / SQRTPI;
    }

    static final double SQRTPI = 1.772453850905516027298167483341145182798;

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 1.5) {
            return erfSeries(x);
        }
        double cf = erfcContfrac(a);
        return x > 0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 1.5) {
            return 1.0 - erfSeries(x);
        }
        double cf = erfcContfrac(a);
        return x > 0 ? cf : 2.0 - cf;
    }

    // CPython 3.11: Modules/mathmodule.c lanczos_sum / m_tgamma / m_lgamma
    static final double LANCZOS_G = 6.024680040776729583740234375;
    static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    static final double[] LANCZOS_NUM = {23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408};
    static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    static final double[] GAMMA_INTEGRAL = {1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
        355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0};

    static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        int n = LANCZOS_NUM.length;
        if (x < 5.0) {
            for (int i = n; --i >= 0;) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r;
        switch (n) {
            case 0:
                r = Math.sin(Math.PI * y);
                break;
            case 1:
                r = Math.cos(Math.PI * (y - 0.5));
                break;
            case 2:
                r = Math.sin(Math.PI * (1.0 - y));
                break;
            case 3:
                r = -Math.cos(Math.PI * (y - 1.5));
                break;
            default:
                r = Math.sin(Math.PI * (y - 2.0));
        }
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NaN; // pole: CPython raises "math domain error"
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                return Double.NaN;
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return 1.0 / x;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            return Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double q;
        if (absx > LANCZOS_G_MINUS_HALF) {
            q = y - absx;
            q = q - LANCZOS_G_MINUS_HALF;
        } else {
            q = y - LANCZOS_G_MINUS_HALF;
            q = q - absx;
        }
        double z = q * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                return Double.NaN; // pole
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = Math.log(Math.PI) - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        }
        return r;
    }
}
