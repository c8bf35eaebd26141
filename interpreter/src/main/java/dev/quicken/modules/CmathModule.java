package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;

/**
 * The {@code cmath} module as CPython 3.11's {@code Modules/cmathmodule.c}: the C99 Annex G special-value tables
 * for infinities, NaNs and signed zeros, the overflow-avoiding formulas for large and subnormal arguments, and the
 * {@code errno} rules that become {@code ValueError("math domain error")} / {@code OverflowError("math range error")}.
 */
final class CmathModule {

    private CmathModule() {
    }

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double N = Double.NaN;
    /** CPython's placeholder for table entries that are never read. */
    private static final double U = -9.5426319407711027e33;
    private static final double P = Math.PI;
    private static final double P14 = 0.25 * Math.PI;
    private static final double P12 = 0.5 * Math.PI;
    private static final double P34 = 0.75 * Math.PI;
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;
    private static final double LARGE_DOUBLE = Double.MAX_VALUE / 4.;
    private static final double SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
    private static final double LOG_LARGE_DOUBLE = Math.log(LARGE_DOUBLE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final int DBL_MANT_DIG = 53;
    private static final int SCALE_UP = 2 * (DBL_MANT_DIG / 2) + 1;
    private static final int SCALE_DOWN = -(SCALE_UP + 1) / 2;

    /** The errno a C function leaves behind. */
    private static final int OK = 0;
    private static final int EDOM = 1;
    private static final int ERANGE = 2;

    // Special-value tables, indexed [special_type(real)][special_type(imag)], each entry {real, imag}.
    private static final double[][][] ACOS = table(
            P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
            P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
            P12, INF, U, U, P12, 0., P12, -0., U, U, P12, -INF, P12, N,
            P12, INF, U, U, P12, 0., P12, -0., U, U, P12, -INF, P12, N,
            P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
            P14, INF, 0., INF, 0., INF, 0., -INF, 0., -INF, P14, -INF, N, INF,
            N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N);
    private static final double[][][] ACOSH = table(
            INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P12, U, U, 0., -P12, 0., P12, U, U, INF, P12, N, N,
            INF, -P12, U, U, 0., -P12, 0., P12, U, U, INF, P12, N, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
            INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);
    private static final double[][][] ASINH = table(
            -INF, -P14, -INF, -0., -INF, -0., -INF, 0., -INF, 0., -INF, P14, -INF, N,
            -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
            -INF, -P12, U, U, -0., -0., -0., 0., U, U, -INF, P12, N, N,
            INF, -P12, U, U, 0., -0., 0., 0., U, U, INF, P12, N, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
            INF, N, N, N, N, -0., N, 0., N, N, INF, N, N, N);
    private static final double[][][] ATANH = table(
            -0., -P12, -0., -P12, -0., -P12, -0., P12, -0., P12, -0., P12, -0., N,
            -0., -P12, U, U, U, U, U, U, U, U, -0., P12, N, N,
            -0., -P12, U, U, -0., -0., -0., 0., U, U, -0., P12, -0., N,
            0., -P12, U, U, 0., -0., 0., 0., U, U, 0., P12, 0., N,
            0., -P12, U, U, U, U, U, U, U, U, 0., P12, N, N,
            0., -P12, 0., -P12, 0., -P12, 0., P12, 0., P12, 0., P12, 0., N,
            0., -P12, N, N, N, N, N, N, N, N, 0., P12, N, N);
    private static final double[][][] COSH = table(
            INF, N, U, U, INF, 0., INF, -0., U, U, INF, N, INF, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            N, 0., U, U, 1., 0., 1., -0., U, U, N, 0., N, 0.,
            N, 0., U, U, 1., -0., 1., 0., U, U, N, 0., N, 0.,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
            N, N, N, N, N, 0., N, 0., N, N, N, N, N, N);
    private static final double[][][] EXP = table(
            0., 0., U, U, 0., -0., 0., 0., U, U, 0., 0., 0., 0.,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            N, N, U, U, 1., -0., 1., 0., U, U, N, N, N, N,
            N, N, U, U, 1., -0., 1., 0., U, U, N, N, N, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
            N, N, N, N, N, -0., N, 0., N, N, N, N, N, N);
    private static final double[][][] LOG = table(
            INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
            INF, -P12, U, U, -INF, -0., -INF, 0., U, U, INF, P12, N, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
            INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);
    private static final double[][][] SINH = table(
            INF, N, U, U, -INF, -0., -INF, 0., U, U, INF, N, INF, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            0., N, U, U, -0., -0., -0., 0., U, U, 0., N, 0., N,
            0., N, U, U, 0., -0., 0., 0., U, U, 0., N, 0., N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
            N, N, N, N, N, -0., N, 0., N, N, N, N, N, N);
    private static final double[][][] SQRT = table(
            INF, -INF, 0., -INF, 0., -INF, 0., INF, 0., INF, INF, INF, N, INF,
            INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
            INF, -INF, U, U, 0., -0., 0., 0., U, U, INF, INF, N, N,
            INF, -INF, U, U, 0., -0., 0., 0., U, U, INF, INF, N, N,
            INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
            INF, -INF, INF, -0., INF, -0., INF, 0., INF, 0., INF, INF, INF, N,
            INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N);
    private static final double[][][] TANH = table(
            -1., 0., U, U, -1., -0., -1., 0., U, U, -1., 0., -1., 0.,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            N, N, U, U, -0., -0., -0., 0., U, U, N, N, N, N,
            N, N, U, U, 0., -0., 0., 0., U, U, N, N, N, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            1., 0., U, U, 1., -0., 1., 0., U, U, 1., 0., 1., 0.,
            N, N, N, N, N, -0., N, 0., N, N, N, N, N, N);
    private static final double[][][] RECT = table(
            INF, N, U, U, -INF, 0., -INF, -0., U, U, INF, N, INF, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            0., 0., U, U, -0., 0., -0., -0., U, U, 0., 0., 0., 0.,
            0., 0., U, U, 0., -0., 0., 0., U, U, 0., 0., 0., 0.,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
            N, N, N, N, N, 0., N, 0., N, N, N, N, N, N);

    private static double[][][] table(double... v) {
        double[][][] t = new double[7][7][];
        for (int i = 0; i < 49; i++) {
            t[i / 7][i % 7] = new double[] {v[2 * i], v[2 * i + 1]};
        }
        return t;
    }

    /** A C complex result together with the errno the computation left. */
    private static final class C {
        final double re;
        final double im;
        int errno;

        C(double re, double im) {
            this.re = re;
            this.im = im;
        }

        C(double re, double im, int errno) {
            this.re = re;
            this.im = im;
            this.errno = errno;
        }
    }

    // CPython 3.11: Modules/cmathmodule.c special_type (0 NINF, 1 NEG, 2 NZERO, 3 PZERO, 4 POS, 5 PINF, 6 NAN)
    private static int specialType(double d) {
        if (Double.isFinite(d)) {
            if (d != 0) {
                return Math.copySign(1., d) == 1. ? 4 : 1;
            }
            return Math.copySign(1., d) == 1. ? 3 : 2;
        }
        if (Double.isNaN(d)) {
            return 6;
        }
        return Math.copySign(1., d) == 1. ? 5 : 0;
    }

    private static boolean special(double re, double im) {
        return !Double.isFinite(re) || !Double.isFinite(im);
    }

    private static C lookup(double[][][] t, double re, double im) {
        double[] v = t[specialType(re)][specialType(im)];
        return new C(v[0], v[1]);
    }

    // CPython 3.11: Modules/_math.h _Py_log1p (keeps the sign of a zero)
    private static double log1p(double x) {
        return x == 0.0 ? x : Math.log1p(x);
    }

    /** libm asinh (fdlibm's s_asinh formulas). */
    static double asinh(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        double a = Math.abs(x);
        double r;
        if (a < 0x1p-28) {
            return x;
        } else if (a > 0x1p28) {
            r = Math.log(a) + LN2;
        } else if (a > 2) {
            r = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        } else {
            double t = x * x;
            r = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(r, x);
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_acos_impl
    static C acos(double re, double im) {
        if (special(re, im)) {
            return lookup(ACOS, re, im);
        }
        double rr;
        double ri;
        if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
            rr = Math.atan2(Math.abs(im), re);
            if (re < 0.) {
                ri = -Math.copySign(Math.log(Math.hypot(re / 2., im / 2.)) + LN2 * 2., im);
            } else {
                ri = Math.copySign(Math.log(Math.hypot(re / 2., im / 2.)) + LN2 * 2., -im);
            }
        } else {
            C s1 = sqrt(1. - re, -im);
            C s2 = sqrt(1. + re, im);
            rr = 2. * Math.atan2(s1.re, s2.re);
            ri = asinh(s2.re * s1.im - s2.im * s1.re);
        }
        return new C(rr, ri);
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_acosh_impl
    static C acosh(double re, double im) {
        if (special(re, im)) {
            return lookup(ACOSH, re, im);
        }
        if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
            return new C(Math.log(Math.hypot(re / 2., im / 2.)) + LN2 * 2., Math.atan2(im, re));
        }
        C s1 = sqrt(re - 1., im);
        C s2 = sqrt(re + 1., im);
        return new C(asinh(s1.re * s2.re + s1.im * s2.im), 2. * Math.atan2(s1.im, s2.re));
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_asin_impl: asin(z) = -i asinh(iz)
    static C asin(double re, double im) {
        C s = asinh(-im, re);
        return new C(s.im, -s.re, s.errno);
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_asinh_impl
    static C asinh(double re, double im) {
        if (special(re, im)) {
            return lookup(ASINH, re, im);
        }
        if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
            double rr;
            if (im >= 0.) {
                rr = Math.copySign(Math.log(Math.hypot(re / 2., im / 2.)) + LN2 * 2., re);
            } else {
                rr = -Math.copySign(Math.log(Math.hypot(re / 2., im / 2.)) + LN2 * 2., -re);
            }
            return new C(rr, Math.atan2(im, Math.abs(re)));
        }
        C s1 = sqrt(1. + im, -re);
        C s2 = sqrt(1. - im, re);
        return new C(asinh(s1.re * s2.im - s2.re * s1.im), Math.atan2(im, s1.re * s2.re - s1.im * s2.im));
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_atan_impl: atan(z) = -i atanh(iz)
    static C atan(double re, double im) {
        C s = atanh(-im, re);
        return new C(s.im, -s.re, s.errno);
    }

    // CPython 3.11: Modules/cmathmodule.c c_atan2 (C99 atan2 for infinities and NaNs)
    static double atan2(double re, double im) {
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return N;
        }
        if (Double.isInfinite(im)) {
            if (Double.isInfinite(re)) {
                return Math.copySign(Math.copySign(1., re) == 1. ? 0.25 * Math.PI : 0.75 * Math.PI, im);
            }
            return Math.copySign(0.5 * Math.PI, im);
        }
        if (Double.isInfinite(re) || im == 0.) {
            return Math.copySign(Math.copySign(1., re) == 1. ? 0. : Math.PI, im);
        }
        return Math.atan2(im, re);
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_atanh_impl
    static C atanh(double re, double im) {
        if (special(re, im)) {
            return lookup(ATANH, re, im);
        }
        if (re < 0.) {
            C r = atanh(-re, -im);
            return new C(-r.re, -r.im, r.errno);
        }
        double ay = Math.abs(im);
        if (re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
            double h = Math.hypot(re / 2., im / 2.);
            return new C(re / 4. / h / h, -Math.copySign(Math.PI / 2., -im));
        } else if (re == 1. && ay < SQRT_DBL_MIN) {
            if (ay == 0.) {
                return new C(INF, im, EDOM);
            }
            return new C(-Math.log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2.))),
                    Math.copySign(Math.atan2(2., -ay) / 2, im));
        }
        return new C(log1p(4. * re / ((1 - re) * (1 - re) + ay * ay)) / 4.,
                -Math.atan2(-2. * im, (1 - re) * (1 + re) - ay * ay) / 2.);
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_cos_impl: cos(z) = cosh(iz)
    static C cos(double re, double im) {
        return cosh(-im, re);
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_cosh_impl
    static C cosh(double re, double im) {
        if (special(re, im)) {
            C r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.) {
                double ri = Math.copySign(INF, Math.sin(im));
                r = new C(Math.copySign(INF, Math.cos(im)), re > 0 ? ri : -ri);
            } else {
                r = lookup(COSH, re, im);
            }
            r.errno = Double.isInfinite(im) && !Double.isNaN(re) ? EDOM : OK;
            return r;
        }
        C r;
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            double xm1 = re - Math.copySign(1., re);
            r = new C(Math.cos(im) * Math.cosh(xm1) * Math.E, Math.sin(im) * Math.sinh(xm1) * Math.E);
        } else {
            r = new C(Math.cos(im) * Math.cosh(re), Math.sin(im) * Math.sinh(re));
        }
        r.errno = Double.isInfinite(r.re) || Double.isInfinite(r.im) ? ERANGE : OK;
        return r;
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_exp_impl
    static C exp(double re, double im) {
        if (special(re, im)) {
            C r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.) {
                if (re > 0) {
                    r = new C(Math.copySign(INF, Math.cos(im)), Math.copySign(INF, Math.sin(im)));
                } else {
                    r = new C(Math.copySign(0., Math.cos(im)), Math.copySign(0., Math.sin(im)));
                }
            } else {
                r = lookup(EXP, re, im);
            }
            r.errno = Double.isInfinite(im) && (Double.isFinite(re) || (Double.isInfinite(re) && re > 0)) ? EDOM : OK;
            return r;
        }
        C r;
        if (re > LOG_LARGE_DOUBLE) {
            double l = Math.exp(re - 1.);
            r = new C(l * Math.cos(im) * Math.E, l * Math.sin(im) * Math.E);
        } else {
            double l = Math.exp(re);
            r = new C(l * Math.cos(im), l * Math.sin(im));
        }
        r.errno = Double.isInfinite(r.re) || Double.isInfinite(r.im) ? ERANGE : OK;
        return r;
    }

    // CPython 3.11: Modules/cmathmodule.c c_log
    static C log(double re, double im) {
        if (special(re, im)) {
            return lookup(LOG, re, im);
        }
        double ax = Math.abs(re);
        double ay = Math.abs(im);
        double rr;
        if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
            rr = Math.log(Math.hypot(ax / 2., ay / 2.)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0. || ay > 0.) {
                // hypot(ax, ay) would be subnormal: rescale
                rr = Math.log(Math.hypot(Math.scalb(ax, DBL_MANT_DIG), Math.scalb(ay, DBL_MANT_DIG)))
                        - DBL_MANT_DIG * LN2;
            } else {
                return new C(-INF, Math.atan2(im, re), EDOM);
            }
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = ax > ay ? ax : ay;
                double an = ax > ay ? ay : ax;
                rr = log1p((am - 1) * (am + 1) + an * an) / 2.;
            } else {
                rr = Math.log(h);
            }
        }
        return new C(rr, Math.atan2(im, re));
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_log10_impl
    static C log10(double re, double im) {
        C r = log(re, im);
        return new C(r.re / LN10, r.im / LN10, r.errno);
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_sin_impl: sin(z) = -i sinh(iz)
    static C sin(double re, double im) {
        C s = sinh(-im, re);
        return new C(s.im, -s.re, s.errno);
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_sinh_impl
    static C sinh(double re, double im) {
        if (special(re, im)) {
            C r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.) {
                double rr = Math.copySign(INF, Math.cos(im));
                r = new C(re > 0 ? rr : -rr, Math.copySign(INF, Math.sin(im)));
            } else {
                r = lookup(SINH, re, im);
            }
            r.errno = Double.isInfinite(im) && !Double.isNaN(re) ? EDOM : OK;
            return r;
        }
        C r;
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            double xm1 = re - Math.copySign(1., re);
            r = new C(Math.cos(im) * Math.sinh(xm1) * Math.E, Math.sin(im) * Math.cosh(xm1) * Math.E);
        } else {
            r = new C(Math.cos(im) * Math.sinh(re), Math.sin(im) * Math.cosh(re));
        }
        r.errno = Double.isInfinite(r.re) || Double.isInfinite(r.im) ? ERANGE : OK;
        return r;
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_sqrt_impl
    static C sqrt(double re, double im) {
        if (special(re, im)) {
            return lookup(SQRT, re, im);
        }
        if (re == 0. && im == 0.) {
            return new C(0., im);
        }
        double ax = Math.abs(re);
        double ay = Math.abs(im);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // hypot(ax, ay) would be subnormal: rescale
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.;
            s = 2. * Math.sqrt(ax + Math.hypot(ax, ay / 8.));
        }
        double d = ay / (2. * s);
        return re >= 0. ? new C(s, Math.copySign(d, im)) : new C(d, Math.copySign(s, im));
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_tan_impl: tan(z) = -i tanh(iz)
    static C tan(double re, double im) {
        C s = tanh(-im, re);
        return new C(s.im, -s.re, s.errno);
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_tanh_impl
    static C tanh(double re, double im) {
        if (special(re, im)) {
            C r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.) {
                r = new C(re > 0 ? 1.0 : -1.0, Math.copySign(0., 2. * Math.sin(im) * Math.cos(im)));
            } else {
                r = lookup(TANH, re, im);
            }
            r.errno = Double.isInfinite(im) && Double.isFinite(re) ? EDOM : OK;
            return r;
        }
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            return new C(Math.copySign(1., re), 4. * Math.sin(im) * Math.cos(im) * Math.exp(-2. * Math.abs(re)));
        }
        double tx = Math.tanh(re);
        double ty = Math.tan(im);
        double cx = 1. / Math.cosh(re);
        double txty = tx * ty;
        double denom = 1. + txty * txty;
        return new C(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_rect_impl
    static C rect(double r, double phi) {
        if (special(r, phi)) {
            C z;
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.) {
                double zr = Math.copySign(INF, Math.cos(phi));
                double zi = Math.copySign(INF, Math.sin(phi));
                z = r > 0 ? new C(zr, zi) : new C(-zr, -zi);
            } else {
                z = lookup(RECT, r, phi);
            }
            z.errno = r != 0. && !Double.isNaN(r) && Double.isInfinite(phi) ? EDOM : OK;
            return z;
        }
        if (phi == 0.0) {
            return new C(r, r * phi);
        }
        return new C(r * Math.cos(phi), r * Math.sin(phi));
    }

    // CPython 3.11: Objects/complexobject.c _Py_c_abs (errno ERANGE on overflow)
    static C abs(double re, double im) {
        if (special(re, im)) {
            if (Double.isInfinite(re)) {
                return new C(Math.abs(re), 0);
            }
            if (Double.isInfinite(im)) {
                return new C(Math.abs(im), 0);
            }
            return new C(N, 0);
        }
        double r = Math.hypot(re, im);
        return new C(r, 0, Double.isFinite(r) ? OK : ERANGE);
    }

    // CPython 3.11: Objects/complexobject.c _Py_c_quot (Smith's algorithm; EDOM for a zero divisor)
    static C quot(C a, C b) {
        double absBreal = b.re < 0 ? -b.re : b.re;
        double absBimag = b.im < 0 ? -b.im : b.im;
        if (absBreal >= absBimag) {
            if (absBreal == 0.0) {
                return new C(0.0, 0.0, EDOM);
            }
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            return new C((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        } else if (absBimag >= absBreal) {
            double ratio = b.re / b.im;
            double denom = b.re * ratio + b.im;
            return new C((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new C(N, N);
    }

    // CPython 3.11: Objects/complexobject.c PyComplex_AsCComplex (complex, then __complex__, then __float__/__index__)
    static C complexArg(PyObject o) {
        if (o instanceof PyComplex) {
            PyComplex c = (PyComplex) o;
            return new C(c.real, c.imag);
        }
        PyObject m = o.type().lookup("__complex__");
        if (m != null) {
            PyObject v = Abstract.callMethodDescr(m, o, new PyObject[0], null);
            if (!(v instanceof PyComplex)) {
                throw Exc.typeError("__complex__ returned non-complex (type " + Abstract.typeName(v) + ")");
            }
            PyComplex c = (PyComplex) v;
            return new C(c.real, c.imag);
        }
        return new C(Abstract.asDouble(o), 0.0);
    }

    private static PyObject result(C r) {
        if (r.errno == EDOM) {
            throw Exc.valueError("math domain error");
        }
        if (r.errno == ERANGE) {
            throw Exc.overflowError("math range error");
        }
        return new PyComplex(r.re, r.im);
    }

    interface Fn {
        C apply(double re, double im);
    }

    interface Body {
        PyObject apply(PyObject[] a);
    }

    private static void def(PyModule m, String name, int min, int max, Body f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                if (kw != null && kw.length > 0) {
                    throw Exc.typeError("cmath." + name + "() takes no keyword arguments");
                }
                if (a.length < min || a.length > max) {
                    if (min == max && min == 1) {
                        throw Exc.typeError("cmath." + name + "() takes exactly one argument (" + a.length + " given)");
                    }
                    int n = a.length < min ? min : max;
                    throw Exc.typeError(name + " expected " + (min == max ? "" : a.length < min ? "at least " : "at most ")
                            + n + " argument" + (n == 1 ? "" : "s") + ", got " + a.length);
                }
                return f.apply(a);
            }
        }, null, "cmath"));
    }

    private static void protectedFn(PyModule m, String name, Fn fn) {
        def(m, name, 1, 1, new Body() {
            @Override
            public PyObject apply(PyObject[] a) {
                C z = complexArg(a[0]);
                return result(fn.apply(z.re, z.im));
            }
        });
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("cmath");
        m.dict.setStr("__doc__", new PyStr("This module provides access to mathematical functions for complex\n"
                + "numbers."));
        protectedFn(m, "acos", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.acos(x0, x1);
            }
        });
        protectedFn(m, "acosh", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.acosh(x0, x1);
            }
        });
        protectedFn(m, "asin", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.asin(x0, x1);
            }
        });
        protectedFn(m, "asinh", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.asinh(x0, x1);
            }
        });
        protectedFn(m, "atan", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.atan(x0, x1);
            }
        });
        protectedFn(m, "atanh", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.atanh(x0, x1);
            }
        });
        protectedFn(m, "cos", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.cos(x0, x1);
            }
        });
        protectedFn(m, "cosh", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.cosh(x0, x1);
            }
        });
        protectedFn(m, "exp", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.exp(x0, x1);
            }
        });
        m.dict.setStr("isclose", new PyBuiltinFunction("isclose", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                int npos = a.length - (kw == null ? 0 : kw.length);
                if (npos > 2) {
                    throw Exc.typeError("isclose() takes exactly 2 positional arguments (" + npos + " given)");
                }
                PyObject[] p = Args.parse("isclose", a, kw, 0, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
                C x = complexArg(p[0]);
                C y = complexArg(p[1]);
                double rel = p[2] == null ? 1e-09 : Abstract.asDouble(p[2]);
                double abs = p[3] == null ? 0.0 : Abstract.asDouble(p[3]);
                return PyBool.of(isclose(x, y, rel, abs));
            }
        }, null, "cmath"));
        def(m, "isfinite", 1, 1, new Body() {
            @Override
            public PyObject apply(PyObject[] a) {
                C z = complexArg(a[0]);
                return PyBool.of(Double.isFinite(z.re) && Double.isFinite(z.im));
            }
        });
        def(m, "isinf", 1, 1, new Body() {
            @Override
            public PyObject apply(PyObject[] a) {
                C z = complexArg(a[0]);
                return PyBool.of(Double.isInfinite(z.re) || Double.isInfinite(z.im));
            }
        });
        def(m, "isnan", 1, 1, new Body() {
            @Override
            public PyObject apply(PyObject[] a) {
                C z = complexArg(a[0]);
                return PyBool.of(Double.isNaN(z.re) || Double.isNaN(z.im));
            }
        });
        // CPython 3.11: Modules/cmathmodule.c cmath_log_impl
        def(m, "log", 1, 2, new Body() {
            @Override
            public PyObject apply(PyObject[] a) {
                C x = complexArg(a[0]);
                C r = log(x.re, x.im);
                int errno = r.errno;
                if (a.length == 2) {
                    C y = complexArg(a[1]);
                    // c_log(y) overwrites the errno of c_log(x); a zero divisor sets EDOM
                    C ly = log(y.re, y.im);
                    r = quot(r, ly);
                    errno = r.errno == EDOM ? EDOM : ly.errno;
                }
                r.errno = errno;
                return result(r);
            }
        });
        protectedFn(m, "log10", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.log10(x0, x1);
            }
        });
        def(m, "phase", 1, 1, new Body() {
            @Override
            public PyObject apply(PyObject[] a) {
                C z = complexArg(a[0]);
                return new PyFloat(atan2(z.re, z.im));
            }
        });
        // CPython 3.11: Modules/cmathmodule.c cmath_polar_impl
        def(m, "polar", 1, 1, new Body() {
            @Override
            public PyObject apply(PyObject[] a) {
                C z = complexArg(a[0]);
                double phi = atan2(z.re, z.im);
                C r = abs(z.re, z.im);
                if (r.errno == ERANGE) {
                    throw Exc.overflowError("math range error");
                }
                return new PyTuple(new PyObject[] {new PyFloat(r.re), new PyFloat(phi)});
            }
        });
        def(m, "rect", 2, 2, new Body() {
            @Override
            public PyObject apply(PyObject[] a) {
                double r = Abstract.asDouble(a[0]);
                double phi = Abstract.asDouble(a[1]);
                return result(rect(r, phi));
            }
        });
        protectedFn(m, "sin", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.sin(x0, x1);
            }
        });
        protectedFn(m, "sinh", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.sinh(x0, x1);
            }
        });
        protectedFn(m, "sqrt", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.sqrt(x0, x1);
            }
        });
        protectedFn(m, "tan", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.tan(x0, x1);
            }
        });
        protectedFn(m, "tanh", new Fn() {
            @Override
            public C apply(double x0, double x1) {
                return CmathModule.tanh(x0, x1);
            }
        });
        m.dict.setStr("pi", new PyFloat(Math.PI));
        m.dict.setStr("e", new PyFloat(Math.E));
        m.dict.setStr("tau", new PyFloat(2 * Math.PI));
        m.dict.setStr("inf", new PyFloat(INF));
        m.dict.setStr("infj", new PyComplex(0.0, INF));
        m.dict.setStr("nan", new PyFloat(N));
        m.dict.setStr("nanj", new PyComplex(0.0, N));
        return m;
    }

    // CPython 3.11: Modules/cmathmodule.c cmath_isclose_impl
    static boolean isclose(C a, C b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw Exc.valueError("tolerances must be non-negative");
        }
        if (a.re == b.re && a.im == b.im) {
            return true;
        }
        if (Double.isInfinite(a.re) || Double.isInfinite(a.im) || Double.isInfinite(b.re)
                || Double.isInfinite(b.im)) {
            return false;
        }
        double diff = abs(a.re - b.re, a.im - b.im).re;
        return diff <= relTol * abs(b.re, b.im).re || diff <= relTol * abs(a.re, a.im).re || diff <= absTol;
    }
}
