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
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/** A Java-native subset of the {@code math} module. */
public final class MathModule {

    private MathModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.dict.setStr("pi", new PyFloat(Math.PI));
        m.dict.setStr("e", new PyFloat(Math.E));
        m.dict.setStr("tau", new PyFloat(2 * Math.PI));
        m.dict.setStr("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.dict.setStr("nan", new PyFloat(Double.NaN));
        f1(m, "sqrt", x -> {
            if (x < 0) {
                throw Exc.valueError("math domain error");
            }
            return Math.sqrt(x);
        });
        f1(m, "sin", Math::sin);
        f1(m, "cos", Math::cos);
        f1(m, "tan", Math::tan);
        f1(m, "atan", Math::atan);
        f1(m, "asin", Math::asin);
        f1(m, "acos", Math::acos);
        f1(m, "exp", Math::exp);
        f1(m, "fabs", Math::abs);
        f1(m, "log2", x -> {
            if (x <= 0) {
                throw Exc.valueError("math domain error");
            }
            return Math.log(x) / Math.log(2);
        });
        f1(m, "log10", x -> {
            if (x <= 0) {
                throw Exc.valueError("math domain error");
            }
            return Math.log10(x);
        });
        def(m, "log", a -> {
            double x = Abstract.asDouble(a[0]);
            if (x <= 0) {
                throw Exc.valueError("math domain error");
            }
            double r = Math.log(x);
            return new PyFloat(a.length > 1 ? r / Math.log(Abstract.asDouble(a[1])) : r);
        });
        def(m, "pow", a -> new PyFloat(Math.pow(Abstract.asDouble(a[0]), Abstract.asDouble(a[1]))));
        def(m, "atan2", a -> new PyFloat(Math.atan2(Abstract.asDouble(a[0]), Abstract.asDouble(a[1]))));
        def(m, "hypot", a -> new PyFloat(Math.hypot(Abstract.asDouble(a[0]), Abstract.asDouble(a[1]))));
        def(m, "floor", a -> a[0] instanceof PyInt ? a[0] : FloatOps.toInt(Math.floor(Abstract.asDouble(a[0]))));
        def(m, "ceil", a -> a[0] instanceof PyInt ? a[0] : FloatOps.toInt(Math.ceil(Abstract.asDouble(a[0]))));
        def(m, "trunc", a -> a[0] instanceof PyInt ? a[0] : FloatOps.toInt(Abstract.asDouble(a[0])));
        def(m, "isnan", a -> PyBool.of(Double.isNaN(Abstract.asDouble(a[0]))));
        def(m, "isinf", a -> PyBool.of(Double.isInfinite(Abstract.asDouble(a[0]))));
        def(m, "isfinite", a -> PyBool.of(Double.isFinite(Abstract.asDouble(a[0]))));
        def(m, "gcd", a -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject x : a) {
                g = g.gcd(Abstract.index(x).toBigInteger());
            }
            return PyInt.of(g);
        });
        def(m, "factorial", a -> {
            long n = Args.integer(a[0]);
            if (n < 0) {
                throw Exc.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyInt.of(r);
        });
        def(m, "isqrt", a -> PyInt.of(Abstract.index(a[0]).toBigInteger().sqrt()));
        def(m, "copysign", a -> new PyFloat(Math.copySign(Abstract.asDouble(a[0]), Abstract.asDouble(a[1]))));
        return m;
    }

    interface F {
        PyObject apply(PyObject[] a);
    }

    static void def(PyModule m, String name, F f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, (a, kw) -> {
            Args.noKw(name, kw);
            return f.apply(a);
        }, null, "math"));
    }

    static void f1(PyModule m, String name, DoubleUnaryOperator op) {
        def(m, name, a -> {
            Args.count(name, a, null, 0, 1, 1);
            return new PyFloat(op.applyAsDouble(Abstract.asDouble(a[0])));
        });
    }
}
