package dev.quicken.runtime;

/** The methods of {@code complex}: arithmetic, comparison, hashing, attributes and the constructor. */
final class ComplexMethods {

    private ComplexMethods() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    /** An int, float or complex as {real, imag}; null when the operand is of another type. */
    static double[] toComplex(PyObject o) {
        if (o instanceof PyComplex) {
            return new double[] {((PyComplex) o).real, ((PyComplex) o).imag};
        }
        if (o instanceof PyFloat) {
            return new double[] {((PyFloat) o).value, 0.0};
        }
        if (o instanceof PyInt) {
            return new double[] {IntOps.toDouble((PyInt) o), 0.0};
        }
        return null;
    }

    private interface Op {
        PyObject apply(double[] a, double[] b);
    }

    private static void binary(PyType t, String name, String rname, Op op) {
        TypeSetup.def1(t, name, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                double[] x = toComplex(a);
                double[] y = toComplex(b);
                return y == null ? NI : op.apply(x, y);
            }
        });
        TypeSetup.def1(t, rname, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                double[] x = toComplex(a);
                double[] y = toComplex(b);
                return y == null ? NI : op.apply(y, x);
            }
        });
    }

    static void setup() {
        PyType t = PyComplex.TYPE;
        binary(t, "__add__", "__radd__", new Op() {
            @Override
            public PyObject apply(double[] a, double[] b) {
                return new PyComplex(a[0] + b[0], a[1] + b[1]);
            }
        });
        binary(t, "__sub__", "__rsub__", new Op() {
            @Override
            public PyObject apply(double[] a, double[] b) {
                return new PyComplex(a[0] - b[0], a[1] - b[1]);
            }
        });
        binary(t, "__mul__", "__rmul__", new Op() {
            @Override
            public PyObject apply(double[] a, double[] b) {
                return new PyComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
            }
        });
        binary(t, "__truediv__", "__rtruediv__", new Op() {
            @Override
            public PyObject apply(double[] x0, double[] x1) {
                return ComplexMethods.quot(x0, x1);
            }
        });
        TypeSetup.def(t, SetupDefN.__pow__);
        TypeSetup.def(t, SetupDefN.__rpow__);
        TypeSetup.def0(t, SetupDef0.__neg__);
        TypeSetup.def0(t, SetupDef0.__pos__);
        TypeSetup.def0(t, SetupDef0.__abs__);
        TypeSetup.def0(t, SetupDef0.__bool__);
        TypeSetup.def0(t, SetupDef0.__hash__);
        TypeSetup.def0(t, SetupDef0.__repr__);
        TypeSetup.def1(t, SetupDef1.__format__);
        TypeSetup.def0(t, SetupDef0.__complex__);
        TypeSetup.def0(t, SetupDef0.conjugate);
        TypeSetup.def0(t, SetupDef0.__getnewargs__);
        TypeSetup.getset(t, SetupGet.real, null);
        TypeSetup.getset(t, SetupGet.imag, null);
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            TypeSetup.def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (fop != 2 && fop != 3) {
                        return NI;
                    }
                    // CPython 3.11: Objects/complexobject.c complex_richcompare (an int compares exactly)
                    if (b instanceof PyInt) {
                        if (((PyComplex) a).imag == 0.0) {
                            return Abstract.richCompare(new PyFloat(((PyComplex) a).real), b, fop);
                        }
                        return PyBool.of(fop != 2);
                    }
                    if (toComplex(b) == null) {
                        return NI;
                    }
                    boolean eq = ValueEq.eq(a, b);
                    return PyBool.of(fop == 2 ? eq : !eq);
                }
            });
        }
        TypeSetup.defNew(t, new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return ComplexMethods.construct(x0, x1);
            }
        });
    }

    /** The functions of an argument vector that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDefN implements JFunc {
        __pow__, __rpow__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __pow__:
                return __pow___impl(a, kw);
            case __rpow__:
                return __rpow___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __pow___impl(PyObject[] a, String[] kw) {
            Args.count("complex.__pow__", a, kw, 1, 1, 2);
            return pow(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE);
        }

        private static PyObject __rpow___impl(PyObject[] a, String[] kw) {
            Args.count("complex.__rpow__", a, kw, 1, 1, 2);
            return pow(a[1], a[0], a.length > 2 ? a[2] : PyNone.NONE);
        }
    }

    /** The methods of self alone that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef0 implements TypeSetup.F0 {
        __neg__, __pos__, __abs__, __bool__, __hash__, __repr__, __complex__, conjugate, __getnewargs__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __neg__:
                return new PyComplex(-((PyComplex) a).real, -((PyComplex) a).imag);
            case __pos__:
                return a.type() == PyComplex.TYPE ? a
                        : new PyComplex(((PyComplex) a).real, ((PyComplex) a).imag);
            case __abs__:
                return new PyFloat(abs((PyComplex) a));
            case __bool__:
                return PyBool.of(((PyComplex) a).real != 0 || ((PyComplex) a).imag != 0);
            case __hash__:
                return BuiltinMethods.i(Hashing.hash(a));
            case __repr__:
                return new PyStr(Repr.repr(a));
            case __complex__:
                return a.type() == PyComplex.TYPE ? a
                        : new PyComplex(((PyComplex) a).real, ((PyComplex) a).imag);
            case conjugate:
                return new PyComplex(((PyComplex) a).real, -((PyComplex) a).imag);
            case __getnewargs__:
                return new PyTuple(new PyObject[] {
                        new PyFloat(((PyComplex) a).real), new PyFloat(((PyComplex) a).imag)});
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self and one argument that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef1 implements TypeSetup.F1 {
        __format__;

        @Override
        public PyObject apply(PyObject a, PyObject spec) {
            switch (this) {
            case __format__:
                return new PyStr(Formatter.format(a, Args.str("format", spec, 1)));
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The attribute getters that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupGet implements java.util.function.Function<PyObject, PyObject> {
        real, imag;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case real:
                return new PyFloat(((PyComplex) a).real);
            case imag:
                return new PyFloat(((PyComplex) a).imag);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** CPython 3.11: Objects/complexobject.c _Py_c_quot. */
    static PyObject quot(double[] a, double[] b) {
        double absBr = Math.abs(b[0]);
        double absBi = Math.abs(b[1]);
        double r;
        double i;
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw Exc.zeroDivision("complex division by zero");
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            r = (a[0] + a[1] * ratio) / denom;
            i = (a[1] - a[0] * ratio) / denom;
        } else if (absBi >= absBr) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            r = (a[0] * ratio + a[1]) / denom;
            i = (a[1] * ratio - a[0]) / denom;
        } else {
            r = Double.NaN;
            i = Double.NaN;
        }
        return new PyComplex(r, i);
    }

    static double abs(PyComplex c) {
        if (Double.isInfinite(c.real) || Double.isInfinite(c.imag)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(c.real) || Double.isNaN(c.imag)) {
            return Double.NaN;
        }
        double r = Math.hypot(c.real, c.imag);
        if (Double.isInfinite(r)) {
            throw Exc.raise(Exc.OverflowError, "absolute value too large");
        }
        return r;
    }

    /** CPython 3.11: Objects/complexobject.c complex_pow, _Py_c_pow, c_powi. */
    static PyObject pow(PyObject base, PyObject exp, PyObject mod) {
        double[] a = toComplex(base);
        double[] b = toComplex(exp);
        if (a == null || b == null) {
            return NI;
        }
        if (mod != PyNone.NONE) {
            throw Exc.valueError("complex modulo");
        }
        double[] r;
        if (b[1] == 0.0 && b[0] == Math.rint(b[0]) && Math.abs(b[0]) <= 100.0) {
            r = powi(a, (long) b[0]);
        } else {
            r = cpow(a, b);
        }
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) {
            if (!Double.isInfinite(a[0]) && !Double.isInfinite(a[1]) && !Double.isInfinite(b[0])
                    && !Double.isInfinite(b[1])) {
                throw Exc.raise(Exc.OverflowError, "complex exponentiation");
            }
        }
        return new PyComplex(r[0], r[1]);
    }

    private static double[] cpow(double[] a, double[] b) {
        if (b[0] == 0.0 && b[1] == 0.0) {
            return new double[] {1.0, 0.0};
        }
        if (a[0] == 0.0 && a[1] == 0.0) {
            if (b[1] != 0.0 || b[0] < 0.0) {
                throw Exc.zeroDivision("0.0 to a negative or complex power");
            }
            return new double[] {0.0, 0.0};
        }
        double vabs = Math.hypot(a[0], a[1]);
        double len = Math.pow(vabs, b[0]);
        double at = Math.atan2(a[1], a[0]);
        double phase = at * b[0];
        if (b[1] != 0.0) {
            len /= Math.exp(at * b[1]);
            phase += b[1] * Math.log(vabs);
        }
        return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
    }

    private static double[] powu(double[] x, long n) {
        double[] r = {1.0, 0.0};
        double[] p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = mul(r, p);
            }
            mask <<= 1;
            p = mul(p, p);
        }
        return r;
    }

    private static double[] mul(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    private static double[] powi(double[] x, long n) {
        if (n > 0) {
            return powu(x, n);
        }
        if (n == 0 || (x[0] == 0.0 && x[1] == 0.0)) {
            return cpow(x, new double[] {n, 0.0});
        }
        PyComplex q = (PyComplex) quot(new double[] {1.0, 0.0}, powu(x, -n));
        return new double[] {q.real, q.imag};
    }

    /** CPython 3.11: Objects/complexobject.c complex_new_impl (reduced: no __complex__ on str). */
    private static PyObject construct(PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse("complex", a, kw, 1, new String[] {"real", "imag"}, 0, 2);
        PyObject r = p[0];
        PyObject i = p[1];
        PyObject result;
        if (r instanceof PyStr) {
            if (i != null) {
                throw Exc.typeError("complex() can't take second arg if first is a string");
            }
            double[] v;
            try {
                v = NumberParse.parseComplex(((PyStr) r).value);
            } catch (PyTypedError e) {
                throw Exc.fromTyped(e);
            }
            result = new PyComplex(v[0], v[1]);
        } else {
            if (i instanceof PyStr) {
                throw Exc.typeError("complex() second arg can't be a string");
            }
            double[] re = r == null ? new double[] {0.0, 0.0} : part(r, "first");
            double[] im = i == null ? new double[] {0.0, 0.0} : part(i, "second");
            double real = re[0];
            double imag = im[0];
            if (isComplexLike(i)) {
                real -= im[1];
            }
            if (isComplexLike(r) && i != null) {
                imag += re[1];
            } else if (isComplexLike(r)) {
                imag = re[1];
            }
            result = new PyComplex(real, imag);
            if (r != null && i == null && r.type() == PyComplex.TYPE && a[0] == PyComplex.TYPE) {
                return r;
            }
        }
        if (a[0] != PyComplex.TYPE) { // CPython 3.11: complex_subtype_from_doubles
            PyComplex c = (PyComplex) result;
            return new BuiltinSubclasses.ComplexSub((PyType) a[0], c.real, c.imag);
        }
        return result;
    }

    private static boolean isComplexLike(PyObject o) {
        return o instanceof PyComplex || (o != null && !(o instanceof PyInt) && !(o instanceof PyFloat)
                && o.type().lookup("__complex__") != null);
    }

    private static double[] part(PyObject o, String which) {
        double[] c = toComplex(o);
        if (c != null) {
            return c;
        }
        PyObject m = o.type().lookup("__complex__");
        if (m != null) {
            PyObject v = Abstract.call(m, o);
            if (!(v instanceof PyComplex)) {
                throw Exc.typeError("__complex__ returned non-complex (type " + Abstract.typeName(v) + ")");
            }
            return toComplex(v);
        }
        if (o.type().lookup("__float__") != null || o.type().lookup("__index__") != null) {
            return new double[] {Abstract.asDouble(o), 0.0};
        }
        throw Exc.typeError("complex() " + which + " argument must be a string or a number, not '"
                + Abstract.typeName(o) + "'");
    }
}
