package dev.quicken.runtime;

import java.util.Locale;

/** {@code float.fromhex}. */
final class FloatFromHex {

    private FloatFromHex() {
    }

    static void setup() {
        JFunc ratio = ((PyMethodDescr) PyFloat.TYPE.dict.getStr("as_integer_ratio")).impl;
        TypeSetup.def(PyFloat.TYPE, "as_integer_ratio", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                double v = ((PyFloat) a[0]).value;
                if (Double.isInfinite(v)) {
                    throw Exc.raise(Exc.OverflowError, "cannot convert Infinity to integer ratio");
                }
                if (Double.isNaN(v)) {
                    throw Exc.valueError("cannot convert NaN to integer ratio");
                }
                return ratio.call(a, kw);
            }
        });
        JFunc divmod = ((PyMethodDescr) PyFloat.TYPE.dict.getStr("__divmod__")).impl;
        TypeSetup.def1(PyFloat.TYPE, "__rdivmod__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                Double bv = FloatOps.operand(b);
                return bv == null ? PyNotImplemented.NOT_IMPLEMENTED : divmod.call(new PyObject[] {new PyFloat(bv), a}, null);
            }
        });
        TypeSetup.def0(PyFloat.TYPE, SetupDef0.hex);
        // CPython 3.11: Objects/floatobject.c float___getformat___impl (test.support reads it)
        TypeSetup.defClassMethod(PyFloat.TYPE, SetupClassMethods.__getformat__);
        TypeSetup.defClassMethod(PyFloat.TYPE, SetupClassMethods.fromhex);
    }

    /** The methods of self alone that setup registers on PyFloat.TYPE: one switch instead of a lambda class each. */
    private enum SetupDef0 implements TypeSetup.F0 {
        hex;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case hex:
                return new PyStr(NumberParse.floatHex(((PyFloat) a).value));
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The class methods that setup registers on PyFloat.TYPE: one switch instead of a lambda class each. */
    private enum SetupClassMethods implements JFunc {
        __getformat__, fromhex;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __getformat__:
                return __getformat___impl(a, kw);
            case fromhex:
                return fromhex_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getformat___impl(PyObject[] a, String[] kw) {
            Args.count("__getformat__", a, kw, 1, 1, 1);
            if (!(a[1] instanceof PyStr)) {
                throw Exc.typeError("__getformat__() argument must be str, not " + Abstract.typeName(a[1]));
            }
            String t = ((PyStr) a[1]).value;
            if (!t.equals("double") && !t.equals("float")) {
                throw Exc.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return new PyStr("IEEE, little-endian");
        }

        private static PyObject fromhex_impl(PyObject[] a, String[] kw) {
            Args.count("fromhex", a, kw, 1, 1, 1);
            double v = parse(Args.str("fromhex", a[1], 1));
            PyObject r = new PyFloat(v);
            return a[0] == PyFloat.TYPE ? r : Abstract.call(a[0], r);
        }
    }

    /** CPython 3.11: Objects/floatobject.c float_fromhex (Java's hex parser rounds the same way). */
    static double parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        String sign = "";
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.substring(0, 1);
            s = s.substring(1);
        }
        if (s.equals("inf") || s.equals("infinity")) {
            return sign.equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (s.equals("nan")) {
            return Double.NaN;
        }
        if (s.startsWith("0x")) {
            s = s.substring(2);
        }
        if (!s.matches("([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)(p[+-]?[0-9]+)?")) {
            throw Exc.valueError("invalid hexadecimal floating-point string");
        }
        if (!s.contains("p")) {
            s = s + "p0";
        }
        double v = Double.parseDouble(sign + "0x" + s);
        if (Double.isInfinite(v)) {
            throw Exc.raise(Exc.OverflowError, "hexadecimal value too large to represent as a float");
        }
        return v;
    }
}
