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
        TypeSetup.defNew(Iterators.MAP, (a, kw) -> {
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
        });
        // CPython 3.11: Python/bltinmodule.c filter_new
        TypeSetup.defNew(Iterators.FILTER, (a, kw) -> {
            noKwUnlessInit("filter", Iterators.FILTER, a, kw);
            int n = Args.npos(a, kw) - 1;
            if (n != 2) {
                throw Exc.typeError("filter expected 2 arguments, got " + n);
            }
            Iterators.FilterIter f = new Iterators.FilterIter(a[1], Abstract.iter(a[2]));
            f.cls = (PyType) a[0];
            return f;
        });
        // CPython 3.11: Python/bltinmodule.c zip_new
        TypeSetup.defNew(Iterators.ZIP, (a, kw) -> {
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
        });
        // CPython 3.11: Objects/enumobject.c enum_new_impl
        TypeSetup.defNew(Iterators.ENUMERATE, (a, kw) -> {
            PyObject[] p = Args.parse("enumerate", a, kw, 1, new String[] {"iterable", "start"}, 1, 2);
            Iterators.Enumerate e = new Iterators.Enumerate(Abstract.iter(p[0]),
                    p[1] == null ? PyInt.of(0) : Abstract.index(p[1]));
            e.cls = (PyType) a[0];
            return e;
        });
        TypeSetup.defClassMethod(Iterators.ENUMERATE, "__class_getitem__",
                (a, kw) -> PyGenericAlias.of(a[0], a[1]));
        // CPython 3.11: Objects/enumobject.c reversed_new_impl
        TypeSetup.defNew(Iterators.REVERSED, (a, kw) -> {
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
        });
    }

    private static void setupReduce() {
        for (PyType strIter : new PyType[] {Iterators.STR_ITER, Iterators.STR_ITER_UNICODE}) {
            // CPython 3.11: Objects/unicodeobject.c unicodeiter_reduce / unicodeiter_setstate (indices in code points)
            TypeSetup.def0(strIter, "__reduce__", a -> {
                Iterators.StrIter it = (Iterators.StrIter) a;
                boolean live = it.i < it.s.length();
                return iterReduce(live ? new PyStr(it.s) : null, it.s.codePointCount(0, it.i), new PyStr(""));
            });
            TypeSetup.def1(strIter, "__setstate__", (a, st) -> {
                Iterators.StrIter it = (Iterators.StrIter) a;
                int n = it.s.codePointCount(0, it.s.length());
                int cp = (int) Math.max(0, Math.min(index(st), n));
                it.i = it.s.offsetByCodePoints(0, cp);
                return NONE;
            });
        }
        // CPython 3.11: Objects/rangeobject.c rangeiter_reduce / rangeiter_setstate (the range left, index 0)
        TypeSetup.def0(Iterators.RANGE_ITER, "__reduce__", a -> {
            Iterators.RangeIter it = (Iterators.RangeIter) a;
            long n = Math.max(0, it.remaining);
            java.math.BigInteger start = java.math.BigInteger.valueOf(it.next);
            java.math.BigInteger step = java.math.BigInteger.valueOf(it.step);
            PyObject range = PyRange.of(start, start.add(step.multiply(java.math.BigInteger.valueOf(n))), step);
            return tuple(builtin("iter"), tuple(range), PyInt.of(0));
        });
        TypeSetup.def1(Iterators.RANGE_ITER, "__setstate__", (a, st) -> {
            Iterators.RangeIter it = (Iterators.RangeIter) a;
            long i = Math.max(0, Math.min(index(st), Math.max(0, it.remaining)));
            it.next += i * it.step;
            it.remaining -= i;
            return NONE;
        });
        // CPython 3.11: Objects/iterobject.c iter_reduce / iter_setstate / calliter_reduce
        TypeSetup.def0(Iterators.SEQ_ITER, "__reduce__", a -> {
            if (a instanceof Iterators.ArrayIter) {
                Iterators.ArrayIter it = (Iterators.ArrayIter) a;
                return iterReduce(it.items != null ? new PyTuple(it.items) : null, it.i, PyTuple.EMPTY);
            }
            Iterators.SeqIter it = (Iterators.SeqIter) a;
            return iterReduce(it.seq, it.i, PyTuple.EMPTY);
        });
        TypeSetup.def1(Iterators.SEQ_ITER, "__setstate__", (a, st) -> {
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
        });
        TypeSetup.def0(Iterators.CALL_ITER, "__reduce__", a -> {
            Iterators.CallIter it = (Iterators.CallIter) a;
            return it.f == null ? tuple(builtin("iter"), tuple(PyTuple.EMPTY))
                    : tuple(builtin("iter"), tuple(it.f, it.sentinel));
        });
        // CPython 3.11: Objects/enumobject.c enum_reduce
        TypeSetup.def0(Iterators.ENUMERATE, "__reduce__", a -> {
            Iterators.Enumerate e = (Iterators.Enumerate) a;
            return tuple(e.type(), tuple(e.it, e.n));
        });
        // CPython 3.11: Python/bltinmodule.c map_reduce, filter_reduce, zip_reduce / zip_setstate
        TypeSetup.def0(Iterators.MAP, "__reduce__", a -> {
            Iterators.MapIter m = (Iterators.MapIter) a;
            PyObject[] args = new PyObject[m.its.length + 1];
            args[0] = m.f;
            System.arraycopy(m.its, 0, args, 1, m.its.length);
            return tuple(m.type(), new PyTuple(args));
        });
        TypeSetup.def0(Iterators.FILTER, "__reduce__", a -> {
            Iterators.FilterIter f = (Iterators.FilterIter) a;
            return tuple(f.type(), tuple(f.f, f.it));
        });
        TypeSetup.def0(Iterators.ZIP, "__reduce__", a -> {
            Iterators.Zip z = (Iterators.Zip) a;
            PyTuple its = new PyTuple(z.its.clone());
            return z.strict ? tuple(z.type(), its, PyBool.TRUE) : tuple(z.type(), its);
        });
        TypeSetup.def1(Iterators.ZIP, "__setstate__", (a, st) -> {
            ((Iterators.Zip) a).strict = Abstract.isTrue(st);
            return NONE;
        });
    }
}
