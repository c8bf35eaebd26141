package dev.quicken.runtime;

/**
 * The built-in iterator types as CPython 3.11 has them: {@code map}, {@code filter}, {@code zip},
 * {@code enumerate} and {@code reversed} are classes (callable, subclassable, picklable by reference), and
 * the iterators not covered by BuiltinMethods.setupIteratorPickling (str, range, sequence, callable, enumerate,
 * map, filter, zip) have CPython's {@code __reduce__} (and {@code __setstate__} where CPython has one).
 */
public final class BuiltinIterators {

    private BuiltinIterators() {
    }

    static final PyObject NONE = PyNone.NONE;

    /** The builtin {@code name} of the running interpreter ({@code _PyEval_GetBuiltin}). */
    public static PyObject builtin(String name) {
        return dev.quicken.eval.Interpreter.current().builtins.getStr(name);
    }

    static PyTuple tuple(PyObject... items) {
        return new PyTuple(items);
    }

    /** {@code (iter, (seq,), index)}, or {@code (iter, (empty,))} once exhausted. */
    static PyTuple iterReduce(PyObject seq, long index, PyObject empty) {
        if (seq == null) {
            return tuple(builtin("iter"), tuple(empty));
        }
        return tuple(builtin("iter"), tuple(seq), PyInt.of(index));
    }

    /** A keyword-argument check of a built-in type's {@code __new__}: only where no subclass {@code __init__} takes them. */
    // CPython 3.11: e.g. Python/bltinmodule.c map_new (type == &PyMap_Type || type->tp_init == PyMap_Type.tp_init)
    public static void noKwUnlessInit(String name, PyType base, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            PyType t = (PyType) a[0];
            if (t == base || t.lookup("__init__") == TypeSetup.OBJECT_INIT) {
                throw Exc.typeError(name + "() takes no keyword arguments");
            }
        }
    }

    static long index(PyObject state) {
        return Args.integer(state);
    }

    static void setup() {
        setupTypes();
        setupReduce();
    }

    private static void setupTypes() {
        // CPython 3.11: Python/bltinmodule.c map_new
        TypeSetup.defNew(Iterators.MAP, TypeNew.MAP);
        // CPython 3.11: Python/bltinmodule.c filter_new
        TypeSetup.defNew(Iterators.FILTER, TypeNew.FILTER);
        // CPython 3.11: Python/bltinmodule.c zip_new
        TypeSetup.defNew(Iterators.ZIP, TypeNew.ZIP);
        // CPython 3.11: Objects/enumobject.c enum_new_impl
        TypeSetup.defNew(Iterators.ENUMERATE, TypeNew.ENUMERATE);
        TypeSetup.defClassMethod(Iterators.ENUMERATE, PyGenericAlias.ClassGetItem.__class_getitem__);
        // CPython 3.11: Objects/enumobject.c reversed_new_impl
        TypeSetup.defNew(Iterators.REVERSED, TypeNew.REVERSED);
    }

    /** The __new__ functions of the types this file sets up, a case per type: one switch instead of a lambda class each. */
    private enum TypeNew implements JFunc {
        MAP, FILTER, ZIP, ENUMERATE, REVERSED;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case MAP:
                return MAP_impl(a, kw);
            case FILTER:
                return FILTER_impl(a, kw);
            case ZIP:
                return ZIP_impl(a, kw);
            case ENUMERATE:
                return ENUMERATE_impl(a, kw);
            case REVERSED:
                return REVERSED_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject MAP_impl(PyObject[] a, String[] kw) {
            noKwUnlessInit("map", Iterators.MAP, a, kw);
            int n = Args.npos(a, kw);
            if (n < 3) {
                throw Exc.typeError("map() must have at least two arguments.");
            }
            PyObject[] its = new PyObject[n - 2];
            for (int i = 2; i < n; i++) {
                its[i - 2] = Abstract.iter(a[i]);
            }
            Iterators.MapIter m = new Iterators.MapIter(a[1], its);
            m.cls = (PyType) a[0];
            return m;
        }

        private static PyObject FILTER_impl(PyObject[] a, String[] kw) {
            noKwUnlessInit("filter", Iterators.FILTER, a, kw);
            int n = Args.npos(a, kw) - 1;
            if (n != 2) {
                throw Exc.typeError("filter expected 2 arguments, got " + n);
            }
            Iterators.FilterIter f = new Iterators.FilterIter(a[1], Abstract.iter(a[2]));
            f.cls = (PyType) a[0];
            return f;
        }

        private static PyObject ZIP_impl(PyObject[] a, String[] kw) {
            int npos = Args.npos(a, kw);
            boolean strict = false;
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    if (!kw[i].equals("strict")) {
                        throw Exc.typeError("'" + kw[i] + "' is an invalid keyword argument for zip()");
                    }
                    strict = Abstract.isTrue(a[npos + i]);
                }
            }
            PyObject[] its = new PyObject[npos - 1];
            for (int i = 1; i < npos; i++) {
                try {
                    its[i - 1] = Abstract.iter(a[i]);
                } catch (PyException e) {
                    if (e.matches(Exc.TypeError)) {
                        throw Exc.typeError("zip argument #" + i + " must support iteration");
                    }
                    throw e;
                }
            }
            Iterators.Zip z = new Iterators.Zip(its, strict);
            z.cls = (PyType) a[0];
            return z;
        }

        private static PyObject ENUMERATE_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("enumerate", a, kw, 1, new String[] {"iterable", "start"}, 1, 2);
            Iterators.Enumerate e = new Iterators.Enumerate(Abstract.iter(p[0]),
                    p[1] == null ? PyInt.of(0) : Abstract.index(p[1]));
            e.cls = (PyType) a[0];
            return e;
        }

        private static PyObject REVERSED_impl(PyObject[] a, String[] kw) {
            noKwUnlessInit("reversed", Iterators.REVERSED, a, kw);
            int n = Args.npos(a, kw) - 1;
            if (n != 1) {
                throw Exc.typeError("reversed expected 1 argument, got " + n);
            }
            PyObject seq = a[1];
            PyObject r = Abstract.callSpecial(seq, "__reversed__");
            if (r != null) {
                return r;
            }
            if (seq.type().lookup("__getitem__") == null || seq instanceof PyDict) {
                throw Exc.typeError("'" + Abstract.typeName(seq) + "' object is not reversible");
            }
            Iterators.Reversed rv = new Iterators.Reversed(seq, Abstract.len(seq));
            rv.cls = (PyType) a[0];
            return rv;
        }
    }

    private static void setupReduce() {
        for (PyType strIter : new PyType[] {Iterators.STR_ITER, Iterators.STR_ITER_UNICODE}) {
            // CPython 3.11: Objects/unicodeobject.c unicodeiter_reduce / unicodeiter_setstate (indices in code points)
            TypeSetup.def0(strIter, ReduceDef0.__reduce__);
            TypeSetup.def1(strIter, ReduceDef1.__setstate__);
        }
        // CPython 3.11: Objects/rangeobject.c rangeiter_reduce / rangeiter_setstate (the range left, index 0)
        TypeSetup.def0(Iterators.RANGE_ITER, ReduceRangeIterDef0.__reduce__);
        TypeSetup.def1(Iterators.RANGE_ITER, ReduceRangeIterDef1.__setstate__);
        // CPython 3.11: Objects/iterobject.c iter_reduce / iter_setstate / calliter_reduce
        TypeSetup.def0(Iterators.SEQ_ITER, ReduceSeqIterDef0.__reduce__);
        TypeSetup.def1(Iterators.SEQ_ITER, ReduceSeqIterDef1.__setstate__);
        TypeSetup.def0(Iterators.CALL_ITER, ReduceCallIterDef0.__reduce__);
        // CPython 3.11: Objects/enumobject.c enum_reduce
        TypeSetup.def0(Iterators.ENUMERATE, ReduceEnumerateDef0.__reduce__);
        // CPython 3.11: Python/bltinmodule.c map_reduce, filter_reduce, zip_reduce / zip_setstate
        TypeSetup.def0(Iterators.MAP, ReduceMapDef0.__reduce__);
        TypeSetup.def0(Iterators.FILTER, ReduceFilterDef0.__reduce__);
        TypeSetup.def0(Iterators.ZIP, ReduceZipDef0.__reduce__);
        TypeSetup.def1(Iterators.ZIP, ReduceZipDef1.__setstate__);
    }

    /** The methods of self alone that setupReduce registers on strIter: one switch instead of a lambda class each. */
    private enum ReduceDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.StrIter it = (Iterators.StrIter) a;
            boolean live = it.i < it.s.length();
            return iterReduce(live ? new PyStr(it.s) : null, it.s.codePointCount(0, it.i), new PyStr(""));
        }
    }

    /** The methods of self and one argument that setupReduce registers on strIter: one switch instead of a lambda class each. */
    private enum ReduceDef1 implements TypeSetup.F1 {
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
            Iterators.StrIter it = (Iterators.StrIter) a;
            int n = it.s.codePointCount(0, it.s.length());
            int cp = (int) Math.max(0, Math.min(index(st), n));
            it.i = it.s.offsetByCodePoints(0, cp);
            return NONE;
        }
    }

    /** The methods of self alone that setupReduce registers on Iterators.RANGE_ITER: one switch instead of a lambda class each. */
    private enum ReduceRangeIterDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.RangeIter it = (Iterators.RangeIter) a;
            long n = Math.max(0, it.remaining);
            java.math.BigInteger start = java.math.BigInteger.valueOf(it.next);
            java.math.BigInteger step = java.math.BigInteger.valueOf(it.step);
            PyObject range = PyRange.of(start, start.add(step.multiply(java.math.BigInteger.valueOf(n))), step);
            return tuple(builtin("iter"), tuple(range), PyInt.of(0));
        }
    }

    /** The methods of self and one argument that setupReduce registers on Iterators.RANGE_ITER: one switch instead of a lambda class each. */
    private enum ReduceRangeIterDef1 implements TypeSetup.F1 {
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
            Iterators.RangeIter it = (Iterators.RangeIter) a;
            long i = Math.max(0, Math.min(index(st), Math.max(0, it.remaining)));
            it.next += i * it.step;
            it.remaining -= i;
            return NONE;
        }
    }

    /** The methods of self alone that setupReduce registers on Iterators.SEQ_ITER: one switch instead of a lambda class each. */
    private enum ReduceSeqIterDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            if (a instanceof Iterators.ArrayIter) {
                Iterators.ArrayIter it = (Iterators.ArrayIter) a;
                return iterReduce(it.items != null ? new PyTuple(it.items) : null, it.i, PyTuple.EMPTY);
            }
            Iterators.SeqIter it = (Iterators.SeqIter) a;
            return iterReduce(it.seq, it.i, PyTuple.EMPTY);
        }
    }

    /** The methods of self and one argument that setupReduce registers on Iterators.SEQ_ITER: one switch instead of a lambda class each. */
    private enum ReduceSeqIterDef1 implements TypeSetup.F1 {
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
            long i = Math.max(0, index(st));
            if (a instanceof Iterators.ArrayIter) {
                Iterators.ArrayIter it = (Iterators.ArrayIter) a;
                if (it.items != null) {
                    it.i = (int) Math.min(i, it.items.length);
                }
            } else if (((Iterators.SeqIter) a).seq != null) {
                ((Iterators.SeqIter) a).i = i;
            }
            return NONE;
        }
    }

    /** The methods of self alone that setupReduce registers on Iterators.CALL_ITER: one switch instead of a lambda class each. */
    private enum ReduceCallIterDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.CallIter it = (Iterators.CallIter) a;
            return it.f == null ? tuple(builtin("iter"), tuple(PyTuple.EMPTY))
                    : tuple(builtin("iter"), tuple(it.f, it.sentinel));
        }
    }

    /** The methods of self alone that setupReduce registers on Iterators.ENUMERATE: one switch instead of a lambda class each. */
    private enum ReduceEnumerateDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.Enumerate e = (Iterators.Enumerate) a;
            return tuple(e.type(), tuple(e.it, e.n));
        }
    }

    /** The methods of self alone that setupReduce registers on Iterators.MAP: one switch instead of a lambda class each. */
    private enum ReduceMapDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.MapIter m = (Iterators.MapIter) a;
            PyObject[] args = new PyObject[m.its.length + 1];
            args[0] = m.f;
            System.arraycopy(m.its, 0, args, 1, m.its.length);
            return tuple(m.type(), new PyTuple(args));
        }
    }

    /** The methods of self alone that setupReduce registers on Iterators.FILTER: one switch instead of a lambda class each. */
    private enum ReduceFilterDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.FilterIter f = (Iterators.FilterIter) a;
            return tuple(f.type(), tuple(f.f, f.it));
        }
    }

    /** The methods of self alone that setupReduce registers on Iterators.ZIP: one switch instead of a lambda class each. */
    private enum ReduceZipDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.Zip z = (Iterators.Zip) a;
            PyTuple its = new PyTuple(z.its.clone());
            return z.strict ? tuple(z.type(), its, PyBool.TRUE) : tuple(z.type(), its);
        }
    }

    /** The methods of self and one argument that setupReduce registers on Iterators.ZIP: one switch instead of a lambda class each. */
    private enum ReduceZipDef1 implements TypeSetup.F1 {
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
            ((Iterators.Zip) a).strict = Abstract.isTrue(st);
            return NONE;
        }
    }
}
