package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.Items;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyNotImplemented;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/**
 * {@code _operator} (CPython 3.11 Modules/_operator.c): the operator functions, {@code itemgetter},
 * {@code attrgetter}, {@code methodcaller} and {@code _compare_digest}.
 */
public final class OperatorNative {

    private OperatorNative() {
    }

    static final PyObject NONE = PyNone.NONE;

    public static final PyType ITEMGETTER = NativeTypes.type("itemgetter", "operator");
    public static final PyType ATTRGETTER = NativeTypes.type("attrgetter", "operator");
    public static final PyType METHODCALLER = NativeTypes.type("methodcaller", "operator");

    /** A one-argument operator function. */
    @FunctionalInterface
    interface Op1 {
        PyObject apply(PyObject a);
    }

    /** A two-argument operator function. */
    @FunctionalInterface
    interface Op2 {
        PyObject apply(PyObject a, PyObject b);
    }

    static void def1(PyModule m, String name, Op1 f) {
        NativeTypes.def(m, name, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count(name, a, kw, 0, 1, 1);
                return f.apply(a[0]);
            }
        });
    }

    static void def2(PyModule m, String name, Op2 f) {
        NativeTypes.def(m, name, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count(name, a, kw, 0, 2, 2);
                return f.apply(a[0], a[1]);
            }
        });
    }

    // ---------------------------------------------------------------- itemgetter, attrgetter, methodcaller

    /** An itemgetter, attrgetter or methodcaller: its items, dotted names, or method name and arguments. */
    static final class Getter extends PyInstance {
        PyObject[] items;
        String[][] attrs;
        PyObject name;
        PyObject[] args;
        String[] kwnames;

        Getter(PyType cls) {
            super(cls);
        }
    }

    static PyObject getAttrDotted(PyObject o, String[] path) {
        for (String p : path) {
            o = Abstract.getAttr(o, p);
        }
        return o;
    }

    /** itemgetter's and attrgetter's {@code __repr__}: the type's name and the items it was made with. */
    private static final TypeSetup.F0 GETTER_REPR = new TypeSetup.F0() {
        @Override
        public PyObject apply(PyObject a) {
            return reprOf(a, ((Getter) a).items, null, null);
        }
    };

    /** itemgetter's and attrgetter's {@code __reduce__}: (type, items). */
    private static final TypeSetup.F0 GETTER_REDUCE = new TypeSetup.F0() {
        @Override
        public PyObject apply(PyObject a) {
            return new PyTuple(new PyObject[] {a.type(), new PyTuple(((Getter) a).items)});
        }
    };

    static void setupGetters() {
        PyType ig = ITEMGETTER;
        TypeSetup.defNew(ig, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw("itemgetter", kw);
                if (a.length < 2) {
                    throw Exc.typeError("itemgetter expected 1 argument, got 0");
                }
                Getter g = new Getter((PyType) a[0]);
                g.items = Items.copyOfRange(a, 1, a.length);
                return g;
            }
        });
        TypeSetup.def(ig, "__call__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("itemgetter", a, kw, 1, 1, 1);
                Getter g = (Getter) a[0];
                if (g.items.length == 1) {
                    return Abstract.getItem(a[1], g.items[0]);
                }
                PyObject[] r = new PyObject[g.items.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = Abstract.getItem(a[1], g.items[i]);
                }
                return new PyTuple(r);
            }
        });
        TypeSetup.def0(ig, "__repr__", GETTER_REPR);
        TypeSetup.def0(ig, "__reduce__", GETTER_REDUCE);

        PyType ag = ATTRGETTER;
        // CPython 3.11: Modules/_operator.c attrgetter_new
        TypeSetup.defNew(ag, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw("attrgetter", kw);
                if (a.length < 2) {
                    throw Exc.typeError("attrgetter expected 1 argument, got 0");
                }
                Getter g = new Getter((PyType) a[0]);
                g.items = Items.copyOfRange(a, 1, a.length);
                g.attrs = new String[g.items.length][];
                for (int i = 0; i < g.items.length; i++) {
                    if (!(g.items[i] instanceof PyStr)) {
                        throw Exc.typeError("attribute name must be a string");
                    }
                    g.attrs[i] = ((PyStr) g.items[i]).value.split("\\.", -1);
                }
                return g;
            }
        });
        TypeSetup.def(ag, "__call__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("attrgetter", a, kw, 1, 1, 1);
                Getter g = (Getter) a[0];
                if (g.attrs.length == 1) {
                    return getAttrDotted(a[1], g.attrs[0]);
                }
                PyObject[] r = new PyObject[g.attrs.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = getAttrDotted(a[1], g.attrs[i]);
                }
                return new PyTuple(r);
            }
        });
        TypeSetup.def0(ag, "__repr__", GETTER_REPR);
        TypeSetup.def0(ag, "__reduce__", GETTER_REDUCE);

        PyType mc = METHODCALLER;
        // CPython 3.11: Modules/_operator.c methodcaller_new
        TypeSetup.defNew(mc, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                int npos = Args.npos(a, kw) - 1;
                if (npos < 1) {
                    throw Exc.typeError("methodcaller needs at least one argument, the method name");
                }
                if (!(a[1] instanceof PyStr)) {
                    throw Exc.typeError("method name must be a string");
                }
                Getter g = new Getter((PyType) a[0]);
                g.name = a[1];
                g.args = Items.copyOfRange(a, 2, a.length);
                g.kwnames = kw == null || kw.length == 0 ? null : kw.clone();
                return g;
            }
        });
        TypeSetup.def(mc, "__call__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("methodcaller", a, kw, 1, 1, 1);
                Getter g = (Getter) a[0];
                PyObject m = Abstract.getAttr(a[1], ((PyStr) g.name).value);
                return Abstract.call(m, g.args, g.kwnames);
            }
        });
        TypeSetup.def0(mc, "__repr__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Getter g = (Getter) a;
                int npos = g.args.length - (g.kwnames == null ? 0 : g.kwnames.length);
                PyObject[] all = new PyObject[1 + npos];
                all[0] = g.name;
                System.arraycopy(g.args, 0, all, 1, npos);
                return reprOf(a, all, g.kwnames, g.kwnames == null ? null
                        : Items.copyOfRange(g.args, npos, g.args.length));
            }
        });
        // CPython 3.11: Modules/_operator.c methodcaller_reduce
        TypeSetup.def0(mc, "__reduce__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Getter g = (Getter) a;
                if (g.kwnames == null) {
                    PyObject[] all = new PyObject[1 + g.args.length];
                    all[0] = g.name;
                    System.arraycopy(g.args, 0, all, 1, g.args.length);
                    return new PyTuple(new PyObject[] {a.type(), new PyTuple(all)});
                }
                int npos = g.args.length - g.kwnames.length;
                PyObject[] pa = new PyObject[2 + g.kwnames.length];
                pa[0] = a.type();
                pa[1] = g.name;
                System.arraycopy(g.args, npos, pa, 2, g.kwnames.length);
                PyObject partial = Abstract.call(FunctoolsNative.PARTIAL, pa, g.kwnames);
                return new PyTuple(new PyObject[] {partial, new PyTuple(Items.copyOfRange(g.args, 0, npos))});
            }
        });
    }

    /** {@code operator.name(arg, ..., k=v)}: the getters' repr (recursion shows {@code ...}). */
    static PyObject reprOf(PyObject self, PyObject[] items, String[] kwnames, PyObject[] kwvalues) {
        String name = self.type() == ITEMGETTER || self.type() == ATTRGETTER || self.type() == METHODCALLER
                ? "operator." + self.type().name() : self.type().name();
        if (!NativeTypes.reprEnter(self)) {
            return new PyStr(name + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]));
            }
            if (kwnames != null) {
                for (int i = 0; i < kwnames.length; i++) {
                    sb.append(", ").append(kwnames[i]).append('=').append(Abstract.repr(kwvalues[i]));
                }
            }
            return new PyStr(sb.append(')').toString());
        } finally {
            NativeTypes.reprLeave(self);
        }
    }

    static {
        setupGetters();
        for (PyType t : new PyType[] {ITEMGETTER, ATTRGETTER, METHODCALLER}) {
            t.recomputeFlags();
        }
    }

    // ---------------------------------------------------------------- functions

    static final String[] BINARY = {"add", "and_", "floordiv", "lshift", "matmul", "mul", "mod", "or_", "pow", "rshift",
        "sub", "truediv", "xor"};
    static final int[] BINARY_OPS = {Abstract.NB_ADD, Abstract.NB_AND, Abstract.NB_FLOOR_DIVIDE, Abstract.NB_LSHIFT,
        Abstract.NB_MATRIX_MULTIPLY, Abstract.NB_MULTIPLY, Abstract.NB_REMAINDER, Abstract.NB_OR, Abstract.NB_POWER,
        Abstract.NB_RSHIFT, Abstract.NB_SUBTRACT, Abstract.NB_TRUE_DIVIDE, Abstract.NB_XOR};
    static final String[] COMPARE = {"lt", "le", "eq", "ne", "gt", "ge"};

    // CPython 3.11: Objects/abstract.c PySequence_Count / PySequence_Index (_PySequence_IterSearch)
    static long iterSearch(PyObject seq, PyObject v, boolean count) {
        PyObject it = Abstract.iter(seq);
        long n = 0;
        long i = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
            if (x == v || Abstract.richCompareBool(x, v, Abstract.EQ)) {
                if (!count) {
                    return i;
                }
                n++;
            }
        }
        if (!count) {
            throw Exc.valueError("sequence.index(x): x not in sequence");
        }
        return n;
    }

    // CPython 3.11: Objects/abstract.c PyObject_LengthHint
    static PyObject lengthHint(PyObject[] a, String[] kw) {
        Args.count("length_hint", a, kw, 0, 1, 2);
        long dflt = a.length > 1 ? Args.integer(a[1]) : 0;
        PyObject o = a[0];
        if (o.type().lookup("__len__") != null) {
            try {
                return PyInt.of(Abstract.len(o));
            } catch (PyException e) {
                if (!e.matches(Exc.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject hint = o.type().lookup("__length_hint__");
        if (hint == null) {
            return PyInt.of(dflt);
        }
        PyObject r;
        try {
            r = Abstract.callMethodDescr(hint, o, new PyObject[0], null);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError)) {
                return PyInt.of(dflt);
            }
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return PyInt.of(dflt);
        }
        if (!(r instanceof PyInt)) {
            throw Exc.typeError("__length_hint__ must be an integer, not " + Abstract.typeName(r));
        }
        if (((PyInt) r).toBigInteger().signum() < 0) {
            throw Exc.valueError("__length_hint__() should return >= 0");
        }
        return r;
    }

    // CPython 3.11: Modules/_operator.c _operator__compare_digest_impl
    static PyObject compareDigest(PyObject[] a, String[] kw) {
        Args.count("_compare_digest", a, kw, 0, 2, 2);
        byte[] x;
        byte[] y;
        if (a[0] instanceof PyStr && a[1] instanceof PyStr) {
            String s = ((PyStr) a[0]).value;
            String t = ((PyStr) a[1]).value;
            if (!s.chars().allMatch(c -> c < 128) || !t.chars().allMatch(c -> c < 128)) {
                throw Exc.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            y = t.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        } else {
            x = bufferBytes(a[0]);
            y = bufferBytes(a[1]);
        }
        return PyBool.of(java.security.MessageDigest.isEqual(x, y));
    }

    static byte[] bufferBytes(PyObject o) {
        return dev.quicken.runtime.Buffers.require(o);
    }

    public static PyModule create() {
        PyModule m = new PyModule("_operator");
        for (int i = 0; i < BINARY.length; i++) {
            int op = BINARY_OPS[i];
            def2(m, BINARY[i], new Op2() {
                @Override
                public PyObject apply(PyObject x, PyObject y) {
                    return Abstract.binaryOp(x, y, op);
                }
            });
            String in = "i" + (BINARY[i].endsWith("_") ? BINARY[i].substring(0, BINARY[i].length() - 1) : BINARY[i]);
            def2(m, in, new Op2() {
                @Override
                public PyObject apply(PyObject x, PyObject y) {
                    return Abstract.binaryOp(x, y, op + Abstract.NB_INPLACE);
                }
            });
        }
        for (int i = 0; i < COMPARE.length; i++) {
            int op = i;
            def2(m, COMPARE[i], new Op2() {
                @Override
                public PyObject apply(PyObject x, PyObject y) {
                    return Abstract.richCompare(x, y, op);
                }
            });
        }
        def1(m, "truth", new Op1() {
            @Override
            public PyObject apply(PyObject x) {
                return PyBool.of(Abstract.isTrue(x));
            }
        });
        def1(m, "not_", new Op1() {
            @Override
            public PyObject apply(PyObject x) {
                return PyBool.of(!Abstract.isTrue(x));
            }
        });
        def2(m, "is_", new Op2() {
            @Override
            public PyObject apply(PyObject x, PyObject y) {
                return PyBool.of(x == y);
            }
        });
        def2(m, "is_not", new Op2() {
            @Override
            public PyObject apply(PyObject x, PyObject y) {
                return PyBool.of(x != y);
            }
        });
        def1(m, "abs", new Op1() {
            @Override
            public PyObject apply(PyObject x) {
                return Abstract.call(NativeTypes.builtin("abs"), x);
            }
        });
        def1(m, "index", new Op1() {
            @Override
            public PyObject apply(PyObject x) {
                return Abstract.index(x);
            }
        });
        def1(m, "neg", new Op1() {
            @Override
            public PyObject apply(PyObject x) {
                return Abstract.unary(x, "__neg__", "-");
            }
        });
        def1(m, "pos", new Op1() {
            @Override
            public PyObject apply(PyObject x) {
                return Abstract.unary(x, "__pos__", "+");
            }
        });
        def1(m, "inv", new Op1() {
            @Override
            public PyObject apply(PyObject x) {
                return Abstract.unary(x, "__invert__", "~");
            }
        });
        def1(m, "invert", new Op1() {
            @Override
            public PyObject apply(PyObject x) {
                return Abstract.unary(x, "__invert__", "~");
            }
        });
        // CPython 3.11: Objects/abstract.c PySequence_Concat / PySequence_InPlaceConcat
        for (String name : new String[] {"concat", "iconcat"}) {
            boolean inplace = name.equals("iconcat");
            def2(m, name, new Op2() {
                @Override
                public PyObject apply(PyObject x, PyObject y) {
                    if (x.type().lookup("__getitem__") == null || x instanceof PyDict) {
                        throw Exc.typeError("'" + Abstract.typeName(x) + "' object can't be concatenated");
                    }
                    return Abstract.binaryOp(x, y, Abstract.NB_ADD + (inplace ? Abstract.NB_INPLACE : 0));
                }
            });
        }
        def2(m, "contains", new Op2() {
            @Override
            public PyObject apply(PyObject x, PyObject y) {
                return PyBool.of(Abstract.contains(x, y));
            }
        });
        def2(m, "countOf", new Op2() {
            @Override
            public PyObject apply(PyObject x, PyObject y) {
                return PyInt.of(iterSearch(x, y, true));
            }
        });
        def2(m, "indexOf", new Op2() {
            @Override
            public PyObject apply(PyObject x, PyObject y) {
                return PyInt.of(iterSearch(x, y, false));
            }
        });
        def2(m, "getitem", new Op2() {
            @Override
            public PyObject apply(PyObject x0, PyObject x1) {
                return Abstract.getItem(x0, x1);
            }
        });
        NativeTypes.def(m, "setitem", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("setitem", a, kw, 0, 3, 3);
                Abstract.setItem(a[0], a[1], a[2]);
                return NONE;
            }
        });
        def2(m, "delitem", new Op2() {
            @Override
            public PyObject apply(PyObject x, PyObject y) {
                Abstract.delItem(x, y);
                return NONE;
            }
        });
        NativeTypes.def(m, "length_hint", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return OperatorNative.lengthHint(x0, x1);
            }
        });
        NativeTypes.def(m, "_compare_digest", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return OperatorNative.compareDigest(x0, x1);
            }
        });
        NativeTypes.def(m, "call", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                if (Args.npos(a, kw) < 1) {
                    throw Exc.typeError("call() missing 1 required positional argument: 'obj'");
                }
                return Abstract.call(a[0], Items.copyOfRange(a, 1, a.length), kw);
            }
        });
        m.dict.setStr("itemgetter", ITEMGETTER);
        m.dict.setStr("attrgetter", ATTRGETTER);
        m.dict.setStr("methodcaller", METHODCALLER);
        m.dict.setStr("__doc__", new PyStr("Operator interface.\n\nThis module exports a set of functions implemented "
                + "in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis "
                + "equivalent to the expression x+y.  The function names are those\nused for special methods; "
                + "variants without leading and trailing\n'__' are also provided for convenience."));
        return m;
    }
}
