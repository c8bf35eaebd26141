package dev.quicken.runtime;

import java.math.BigInteger;

/**
 * The methods of {@code range} (CPython 3.11: Objects/rangeobject.c), for long ranges and
 * ranges beyond longs ({@code longrange_iterator}).
 */
final class RangeMethods {

    private RangeMethods() {
    }

    static final PyType LONGRANGE_ITER = new PyType("longrange_iterator");

    /** {@code longrange_iterator}. */
    static final class LongRangeIter extends PyIter {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;
        private final BigInteger start;
        private final BigInteger len;

        LongRangeIter(BigInteger start, BigInteger step, BigInteger len) {
            this.next = start;
            this.step = step;
            this.remaining = len;
            this.start = start;
            this.len = len;
        }

        @Override
        public PyObject next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }

        @Override
        public PyType type() {
            return LONGRANGE_ITER;
        }
    }

    private static PyRange r(PyObject o) {
        return (PyRange) o;
    }

    private static BigInteger big(PyInt i) {
        return i.big != null ? i.big : BigInteger.valueOf(i.value);
    }

    /** CPython 3.11: Objects/rangeobject.c range_iter / range_reverse. */
    private static PyObject iter(BigInteger start, BigInteger step, BigInteger len) {
        BigInteger last = start.add(step.multiply(len.subtract(BigInteger.ONE).max(BigInteger.ZERO)));
        if (len.bitLength() < 63 && start.bitLength() < 63 && step.bitLength() < 63 && last.bitLength() < 63) {
            return new Iterators.RangeIter(new PyRange(start.longValue(), start.longValue()
                    + step.longValue() * len.longValue(), step.longValue()));
        }
        return new LongRangeIter(start, step, len);
    }

    /** The index of int {@code v} in {@code g}, or null (CPython 3.11: range_contains_long / range_index). */
    private static BigInteger indexOfInt(PyRange g, PyInt x) {
        BigInteger v = big(x);
        BigInteger start = g.bigStart();
        BigInteger stop = g.bigStop();
        BigInteger step = g.bigStep();
        boolean in = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        if (!in) {
            return null;
        }
        BigInteger[] qr = v.subtract(start).divideAndRemainder(step);
        return qr[1].signum() == 0 ? qr[0] : null;
    }

    private static boolean isExactInt(PyObject x) {
        return x.getClass() == PyInt.class || x instanceof PyBool;
    }

    private static PyObject item(PyRange g, BigInteger i) {
        return PyInt.of(g.bigStart().add(g.bigStep().multiply(i)));
    }

    static void setup() {
        PyType t = PyRange.TYPE;
        TypeSetup.defNew(t, TypeNew.RANGE);
        TypeSetup.def0(t, SetupDef0.__len__);
        TypeSetup.def0(t, SetupDef0.__iter__);
        TypeSetup.def0(t, SetupDef0.__reversed__);
        TypeSetup.def0(t, SetupDef0.__repr__);
        TypeSetup.def0(t, SetupDef0.__bool__);
        TypeSetup.def0(t, SetupDef0.__hash__);
        TypeSetup.def1(t, SetupDef1.__getitem__);
        TypeSetup.def1(t, SetupDef1.__contains__);
        for (int op : new int[] {Abstract.EQ, Abstract.NE}) {
            final int fop = op;
            TypeSetup.def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (!(b instanceof PyRange)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyRange x = r(a);
                    PyRange y = r(b);
                    BigInteger n = x.bigLength();
                    boolean eq = n.equals(y.bigLength()) && (n.signum() == 0 || x.bigStart().equals(y.bigStart())
                            && (n.equals(BigInteger.ONE) || x.bigStep().equals(y.bigStep())));
                    return PyBool.of(fop == Abstract.EQ ? eq : !eq);
                }
            });
        }
        for (String n : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            TypeSetup.def1(t, n, new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
            });
        }
        TypeSetup.def1(t, SetupDef1.index);
        TypeSetup.def1(t, SetupDef1.count);
        TypeSetup.def0(t, SetupDef0.__reduce__);
        TypeSetup.getset(t, "start", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(r(a).bigStart());
            }
        }, null);
        TypeSetup.getset(t, SetupGet.stop, null);
        TypeSetup.getset(t, "step", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(r(a).bigStep());
            }
        }, null);
        TypeSetup.def0(LONGRANGE_ITER, SetupLongrangeIterDef0.__iter__);
        // CPython 3.11: Objects/rangeobject.c longrangeiter_reduce / longrangeiter_setstate
        TypeSetup.def0(LONGRANGE_ITER, SetupLongrangeIterDef0.__reduce__);
        TypeSetup.def1(LONGRANGE_ITER, SetupLongrangeIterDef1.__setstate__);
        TypeSetup.def0(LONGRANGE_ITER, SetupLongrangeIterDef0.__next__);
    }

    /** The __new__ functions of the types this file sets up, a case per type: one switch instead of a lambda class each. */
    private enum TypeNew implements JFunc {
        RANGE;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case RANGE:
                return RANGE_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject RANGE_impl(PyObject[] a, String[] kw) {
            Args.noKw("range", kw);
            if (a.length < 2 || a.length > 4) {
                throw Exc.typeError(a.length < 2 ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got " + (a.length - 1));
            }
            BigInteger st = BigInteger.ZERO;
            BigInteger en;
            BigInteger sp = BigInteger.ONE;
            if (a.length == 2) {
                en = big(Abstract.index(a[1]));
            } else {
                st = big(Abstract.index(a[1]));
                en = big(Abstract.index(a[2]));
                if (a.length == 4) {
                    sp = big(Abstract.index(a[3]));
                    if (sp.signum() == 0) {
                        throw Exc.valueError("range() arg 3 must not be zero");
                    }
                }
            }
            if (a.length == 2 && a[1] instanceof PyInt && ((PyInt) a[1]).big == null) {
                return new PyRange(0, ((PyInt) a[1]).value, 1);
            }
            return PyRange.of(st, en, sp);
        }
    }

    /** The methods of self alone that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef0 implements TypeSetup.F0 {
        __len__, __iter__, __reversed__, __repr__, __bool__, __hash__, __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __len__:
                return __len___impl(a);
            case __iter__:
                return __iter___impl(a);
            case __reversed__:
                return __reversed___impl(a);
            case __repr__:
                return new PyStr(a.toString());
            case __bool__:
                return PyBool.of(r(a).bigLength().signum() != 0);
            case __hash__:
                return __hash___impl(a);
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __len___impl(PyObject a) {
            PyRange g = r(a);
            if (g.big != null) {
                if (g.bigLength().bitLength() < 64) {
                    return PyInt.of(g.bigLength());
                }
                throw Exc.raise(Exc.OverflowError, "Python int too large to convert to C ssize_t");
            }
            return PyInt.of(g.length);
        }

        private static PyObject __iter___impl(PyObject a) {
            PyRange g = r(a);
            return g.big == null ? new Iterators.RangeIter(g) : iter(g.bigStart(), g.bigStep(), g.bigLength());
        }

        private static PyObject __reversed___impl(PyObject a) {
            PyRange g = r(a);
            BigInteger n = g.bigLength();
            BigInteger last = g.bigStart().add(g.bigStep().multiply(n.subtract(BigInteger.ONE)));
            return iter(n.signum() == 0 ? g.bigStart() : last, g.bigStep().negate(), n);
        }

        private static PyObject __hash___impl(PyObject a) {
            PyRange g = r(a);
            BigInteger n = g.bigLength();
            return PyInt.of(Hashes.tuple(new PyTuple(new PyObject[] {PyInt.of(n),
                n.signum() == 0 ? PyNone.NONE : PyInt.of(g.bigStart()),
                n.compareTo(BigInteger.ONE) <= 0 ? PyNone.NONE : PyInt.of(g.bigStep())})));
        }

        private static PyObject __reduce___impl(PyObject a) {
            PyRange g = r(a);
            return new PyTuple(new PyObject[] {PyRange.TYPE, new PyTuple(new PyObject[] {
                PyInt.of(g.bigStart()), PyInt.of(g.bigStop()), PyInt.of(g.bigStep())})});
        }
    }

    /** The methods of self and one argument that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef1 implements TypeSetup.F1 {
        __getitem__, __contains__, index, count;

        @Override
        public PyObject apply(PyObject a, PyObject arg) {
            switch (this) {
            case __getitem__:
                return __getitem___impl(a, arg);
            case __contains__:
                return __contains___impl(a, arg);
            case index:
                return index_impl(a, arg);
            case count:
                return count_impl(a, arg);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getitem___impl(PyObject a, PyObject k) {
            PyRange g = r(a);
            if (k instanceof PySlice) {
                // CPython 3.11: Objects/rangeobject.c compute_slice (in arbitrary precision)
                PyTuple ix = (PyTuple) BuiltinMethods.sliceIndices((PySlice) k, PyInt.of(g.bigLength()));
                BigInteger lo = ((PyInt) ix.items[0]).toBigInteger();
                BigInteger hi = ((PyInt) ix.items[1]).toBigInteger();
                BigInteger st = ((PyInt) ix.items[2]).toBigInteger();
                return PyRange.of(g.bigStart().add(lo.multiply(g.bigStep())), g.bigStart().add(hi.multiply(
                        g.bigStep())), st.multiply(g.bigStep()));
            }
            if (!(k instanceof PyInt) && k.type().lookup("__index__") == null) {
                throw Exc.typeError("range indices must be integers or slices, not " + Abstract.typeName(k));
            }
            if (g.big == null) {
                long x = Abstract.asIndex(k, "range");
                if (x < 0) {
                    x += g.length;
                }
                if (x < 0 || x >= g.length) {
                    throw Exc.indexError("range object index out of range");
                }
                return PyInt.of(g.get(x));
            }
            BigInteger i = big(Abstract.index(k));
            BigInteger n = g.bigLength();
            if (i.signum() < 0) {
                i = i.add(n);
            }
            if (i.signum() < 0 || i.compareTo(n) >= 0) {
                throw Exc.indexError("range object index out of range");
            }
            return item(g, i);
        }

        private static PyObject __contains___impl(PyObject a, PyObject x) {
            PyRange g = r(a);
            if (isExactInt(x)) {
                return PyBool.of(indexOfInt(g, (PyInt) x) != null);
            }
            return PyBool.of(linearCount(g, x, true) > 0);
        }

        private static PyObject index_impl(PyObject a, PyObject x) {
            PyRange g = r(a);
            if (isExactInt(x)) {
                BigInteger i = indexOfInt(g, (PyInt) x);
                if (i != null) {
                    return PyInt.of(i);
                }
            } else {
                long k = 0;
                PyObject it = Abstract.iter(a);
                for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it), k++) {
                    if (Abstract.eq(v, x)) {
                        return PyInt.of(k);
                    }
                }
            }
            throw Exc.valueError(Abstract.repr(x) + " is not in range");
        }

        private static PyObject count_impl(PyObject a, PyObject x) {
            PyRange g = r(a);
            if (isExactInt(x)) {
                return PyInt.of(indexOfInt(g, (PyInt) x) != null ? 1 : 0);
            }
            return PyInt.of(linearCount(g, x, false));
        }
    }

    /** The attribute getters that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupGet implements java.util.function.Function<PyObject, PyObject> {
        stop;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case stop:
                return PyInt.of(r(a).bigStop());
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setup registers on LONGRANGE_ITER: one switch instead of a lambda class each. */
    private enum SetupLongrangeIterDef0 implements TypeSetup.F0 {
        __iter__, __reduce__, __next__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __iter__:
                return a;
            case __reduce__:
                return __reduce___impl(a);
            case __next__:
                return __next___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            LongRangeIter it = (LongRangeIter) a;
            PyRange g = PyRange.of(it.start, it.start.add(it.len.multiply(it.step)), it.step);
            return new PyTuple(new PyObject[] {dev.quicken.eval.Interpreter.current().builtins.getStr("iter"),
                new PyTuple(new PyObject[] {g}), PyInt.of(it.len.subtract(it.remaining))});
        }

        private static PyObject __next___impl(PyObject a) {
            PyObject v = ((PyIter) a).next();
            if (v == null) {
                throw Exc.stopIteration();
            }
            return v;
        }
    }

    /** The methods of self and one argument that setup registers on LONGRANGE_ITER: one switch instead of a lambda class each. */
    private enum SetupLongrangeIterDef1 implements TypeSetup.F1 {
        __setstate__;

        @Override
        public PyObject apply(PyObject a, PyObject st) {
            switch (this) {
            case __setstate__:
                return __setstate___impl(a, st);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setstate___impl(PyObject a, PyObject st) {
            LongRangeIter it = (LongRangeIter) a;
            BigInteger index = Abstract.index(st).toBigInteger().max(BigInteger.ZERO).min(it.len);
            it.next = it.start.add(index.multiply(it.step));
            it.remaining = it.len.subtract(index);
            return PyNone.NONE;
        }
    }

    private static long linearCount(PyRange g, PyObject x, boolean stopAtFirst) {
        long c = 0;
        PyObject it = g.big == null ? new Iterators.RangeIter(g) : iter(g.bigStart(), g.bigStep(), g.bigLength());
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (Abstract.eq(v, x)) {
                c++;
                if (stopAtFirst) {
                    break;
                }
            }
        }
        return c;
    }
}
