package dev.quicken.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code types.GenericAlias}: the value of {@code list[int]} (PEP 585). CPython 3.11:
 * Objects/genericaliasobject.c. Attribute access other than its own names is forwarded to the
 * origin; calling it calls the origin and records {@code __orig_class__}.
 */
public final class PyGenericAlias extends PyObject implements BuiltinSubclasses.HasDict {

    public static final PyType TYPE = new PyType("GenericAlias");

    private final PyType cls;
    PyObject origin;
    PyTuple args;
    boolean starred;
    private PyTuple parameters;
    private PyDict dict;

    PyGenericAlias(PyType cls, PyObject origin, PyObject args) {
        this.cls = cls;
        this.origin = origin;
        this.args = args instanceof PyTuple ? (PyTuple) args : new PyTuple(new PyObject[] {args});
    }

    /** {@code origin[args]} as {@code __class_getitem__} makes it. */
    public static PyGenericAlias of(PyObject origin, PyObject args) {
        return new PyGenericAlias(TYPE, origin, args);
    }

    /**
     * The {@code __class_getitem__} class method of the built-in generic types (list, dict, tuple,
     * set, frozenset, enumerate, mappingproxy, ...): {@code cls[args]} is {@code GenericAlias(cls, args)}.
     */
    public enum ClassGetItem implements JFunc {
        __class_getitem__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            return of(a[0], a[1]);
        }
    }

    @Override
    public PyType type() {
        return cls;
    }

    @Override
    public PyDict instanceDict(boolean create) {
        if (dict == null && create && cls != TYPE) {
            dict = new PyDict();
        }
        return dict;
    }

    static boolean check(PyObject o) {
        return o instanceof PyGenericAlias;
    }

    /** CPython 3.11: Objects/genericaliasobject.c attr_exceptions (not forwarded to the origin). */
    private static final Set<String> OWN = Set.of("__class__", "__origin__", "__args__", "__unpacked__",
            "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
            "__copy__", "__deepcopy__");

    /** CPython 3.11: Objects/genericaliasobject.c ga_repr_item. */
    static String reprItem(PyObject p) {
        if (p == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (Abstract.lookupAttr(p, "__origin__") != null && Abstract.lookupAttr(p, "__args__") != null) {
            return Abstract.repr(p);
        }
        PyObject qualname = Abstract.lookupAttr(p, "__qualname__");
        if (qualname == null) {
            return Abstract.repr(p);
        }
        PyObject module = Abstract.lookupAttr(p, "__module__");
        if (module == null || module == PyNone.NONE) {
            return Abstract.repr(p);
        }
        if (module instanceof PyStr && ((PyStr) module).value.equals("builtins")) {
            return Abstract.str(qualname);
        }
        return Abstract.str(module) + "." + Abstract.str(qualname);
    }

    private String repr() {
        StringBuilder sb = new StringBuilder(starred ? "*" : "");
        sb.append(reprItem(origin)).append('[');
        PyObject[] it = args.items;
        for (int k = 0; k < it.length; k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(reprItem(it[k]));
        }
        if (it.length == 0) {
            sb.append("()");
        }
        return sb.append(']').toString();
    }

    PyTuple parameters() {
        if (parameters == null) {
            parameters = makeParameters(args.items);
        }
        return parameters;
    }

    private static int indexOf(List<PyObject> l, PyObject x) {
        for (int k = 0; k < l.size(); k++) {
            if (l.get(k) == x) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOf(PyObject[] l, PyObject x) {
        for (int k = 0; k < l.length; k++) {
            if (l[k] == x) {
                return k;
            }
        }
        return -1;
    }

    /** CPython 3.11: Objects/genericaliasobject.c _Py_make_parameters. */
    static PyTuple makeParameters(PyObject[] args) {
        List<PyObject> params = new ArrayList<>();
        for (PyObject t : args) {
            if (t instanceof PyType) {
                continue;
            }
            if (Abstract.lookupAttr(t, "__typing_subst__") != null) {
                if (indexOf(params, t) < 0) {
                    params.add(t);
                }
                continue;
            }
            PyObject sub = Abstract.lookupAttr(t, "__parameters__");
            if (sub instanceof PyTuple) {
                for (PyObject t2 : ((PyTuple) sub).items) {
                    if (indexOf(params, t2) < 0) {
                        params.add(t2);
                    }
                }
            }
        }
        return new PyTuple(params.toArray(new PyObject[0]));
    }

    /** CPython 3.11: Objects/genericaliasobject.c subs_tvars. */
    private static PyObject subsTvars(PyObject obj, PyObject[] params, PyObject[] argitems) {
        PyObject sub = Abstract.lookupAttr(obj, "__parameters__");
        if (sub instanceof PyTuple && ((PyTuple) sub).items.length > 0) {
            PyObject[] subparams = ((PyTuple) sub).items;
            List<PyObject> subargs = new ArrayList<>();
            for (PyObject arg : subparams) {
                int ip = indexOf(params, arg);
                if (ip >= 0) {
                    PyObject param = params[ip];
                    arg = argitems[ip];
                    if (param.type().lookup("__iter__") != null && arg instanceof PyTuple) {
                        subargs.addAll(List.of(((PyTuple) arg).items));
                        continue;
                    }
                }
                subargs.add(arg);
            }
            return Abstract.getItem(obj, new PyTuple(subargs.toArray(new PyObject[0])));
        }
        return obj;
    }

    private static PyObject unpackedTupleArgs(PyObject arg) {
        if (arg instanceof PyGenericAlias && ((PyGenericAlias) arg).starred
                && ((PyGenericAlias) arg).origin == PyTuple.TYPE) {
            return ((PyGenericAlias) arg).args;
        }
        PyObject r = Abstract.lookupAttr(arg, "__typing_unpacked_tuple_args__");
        return r == PyNone.NONE ? null : r;
    }

    /** CPython 3.11: Objects/genericaliasobject.c _unpack_args. */
    private static PyTuple unpackArgs(PyObject item) {
        PyObject[] items = item instanceof PyTuple ? ((PyTuple) item).items : new PyObject[] {item};
        List<PyObject> out = new ArrayList<>();
        for (PyObject x : items) {
            if (!(x instanceof PyType)) {
                PyObject sub = unpackedTupleArgs(x);
                if (sub instanceof PyTuple) {
                    PyObject[] s = ((PyTuple) sub).items;
                    if (!(s.length > 0 && s[s.length - 1] == PyEllipsis.ELLIPSIS)) {
                        out.addAll(List.of(s));
                        continue;
                    }
                }
            }
            out.add(x);
        }
        return new PyTuple(out.toArray(new PyObject[0]));
    }

    /** CPython 3.11: Objects/genericaliasobject.c _Py_subs_parameters. */
    static PyObject[] substitute(PyObject self, PyObject[] args, PyObject[] params, PyObject item) {
        int nparams = params.length;
        if (nparams == 0) {
            throw Exc.typeError(Abstract.repr(self) + " is not a generic class");
        }
        PyObject it = unpackArgs(item);
        for (PyObject param : params) {
            PyObject prepare = Abstract.lookupAttr(param, "__typing_prepare_subst__");
            if (prepare != null && prepare != PyNone.NONE) {
                it = Abstract.call(prepare, self, it instanceof PyTuple ? it : new PyTuple(new PyObject[] {it}));
            }
        }
        PyObject[] argitems = it instanceof PyTuple ? ((PyTuple) it).items : new PyObject[] {it};
        if (argitems.length != nparams) {
            throw Exc.typeError("Too " + (argitems.length > nparams ? "many" : "few") + " arguments for "
                    + Abstract.repr(self) + "; actual " + argitems.length + ", expected " + nparams);
        }
        List<PyObject> newargs = new ArrayList<>();
        for (PyObject arg : args) {
            if (arg instanceof PyType) {
                newargs.add(arg);
                continue;
            }
            PyObject unp = Abstract.lookupAttr(arg, "__typing_is_unpacked_typevartuple__");
            boolean unpack = unp != null && Abstract.isTrue(unp);
            PyObject subst = Abstract.lookupAttr(arg, "__typing_subst__");
            PyObject r;
            if (subst != null) {
                r = Abstract.call(subst, argitems[indexOf(params, arg)]);
            } else {
                r = subsTvars(arg, params, argitems);
            }
            if (unpack) {
                newargs.addAll(List.of(((PyTuple) r).items));
            } else {
                newargs.add(r);
            }
        }
        return newargs.toArray(new PyObject[0]);
    }

    static void setup() {
        PyType t = TYPE;
        t.factory = new PyType.Factory() {
            @Override
            public PyObject make(PyType c) {
                return new PyGenericAlias(c, PyNone.NONE, new PyTuple(new PyObject[0]));
            }
        };
        TypeSetup.defNew(t, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw("GenericAlias", kw);
                if (a.length - 1 != 2) {
                    throw Exc.typeError("GenericAlias expected 2 arguments, got " + (a.length - 1));
                }
                return new PyGenericAlias((PyType) a[0], a[1], a[2]);
            }
        });
        TypeSetup.def0(t, SetupDef0.__repr__);
        TypeSetup.def0(t, SetupDef0.__hash__);
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            TypeSetup.def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (!(b instanceof PyGenericAlias) || (fop != Abstract.EQ && fop != Abstract.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyGenericAlias x = (PyGenericAlias) a;
                    PyGenericAlias y = (PyGenericAlias) b;
                    boolean eq = x.starred == y.starred && Abstract.richCompareBool(x.origin, y.origin, Abstract.EQ)
                            && Abstract.richCompareBool(x.args, y.args, Abstract.EQ);
                    return PyBool.of(fop == Abstract.EQ ? eq : !eq);
                }
            });
        }
        TypeSetup.def(t, SetupDefN.__call__);
        TypeSetup.def1(t, SetupDef1.__getattribute__);
        TypeSetup.def1(t, "__or__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject x0, PyObject x1) {
                return PyUnion.or(x0, x1);
            }
        });
        TypeSetup.def1(t, SetupDef1.__ror__);
        TypeSetup.getset(t, SetupGet.__origin__, null);
        TypeSetup.getset(t, SetupGet.__args__, null);
        TypeSetup.getset(t, SetupGet.__unpacked__, null);
        TypeSetup.getset(t, SetupGet.__parameters__, null);
        TypeSetup.getset(t, SetupGet.__typing_unpacked_tuple_args__, null);
        TypeSetup.def1(t, SetupDef1.__mro_entries__);
        TypeSetup.def1(t, SetupDef1.__instancecheck__);
        TypeSetup.def1(t, SetupDef1.__subclasscheck__);
        TypeSetup.def0(t, SetupDef0.__reduce__);
        TypeSetup.def1(t, SetupDef1.__getitem__);
        TypeSetup.def0(t, SetupDef0.__iter__);
    }

    /** The methods of self alone that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef0 implements TypeSetup.F0 {
        __repr__, __hash__, __reduce__, __iter__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return new PyStr(((PyGenericAlias) a).repr());
            case __hash__:
                return PyInt.of(Abstract.hash(((PyGenericAlias) a).origin)
                        ^ Abstract.hash(((PyGenericAlias) a).args));
            case __reduce__:
                return __reduce___impl(a);
            case __iter__:
                return __iter___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            PyGenericAlias g = (PyGenericAlias) a;
            return new PyTuple(new PyObject[] {g.type(), new PyTuple(new PyObject[] {g.origin, g.args})});
        }

        private static PyObject __iter___impl(PyObject a) {
            PyGenericAlias g = (PyGenericAlias) a;
            PyGenericAlias s = of(g.origin, g.args);
            s.starred = true;
            return new Iterators.ArrayIter(new PyObject[] {s}, Iterators.SEQ_ITER);
        }
    }

    /** The functions of an argument vector that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDefN implements JFunc {
        __call__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __call__:
                return __call___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __call___impl(PyObject[] a, String[] kw) {
            PyGenericAlias g = (PyGenericAlias) a[0];
            PyObject[] rest = Items.copyOfRange(a, 1, a.length);
            PyObject obj = Abstract.call(g.origin, rest, kw);
            try {
                Abstract.setAttr(obj, "__orig_class__", g);
            } catch (PyException e) {
                if (!e.matches(Exc.AttributeError) && !e.matches(Exc.TypeError)) {
                    throw e;
                }
            }
            return obj;
        }
    }

    /** The methods of self and one argument that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef1 implements TypeSetup.F1 {
        __getattribute__, __ror__, __mro_entries__, __instancecheck__, __subclasscheck__, __getitem__;

        @Override
        public PyObject apply(PyObject a, PyObject b) {
            switch (this) {
            case __getattribute__:
                return __getattribute___impl(a, b);
            case __ror__:
                return PyUnion.or(b, a);
            case __mro_entries__:
                return new PyTuple(new PyObject[] {((PyGenericAlias) a).origin});
            case __instancecheck__:
                return __instancecheck___impl(a, b);
            case __subclasscheck__:
                return __subclasscheck___impl(a, b);
            case __getitem__:
                return __getitem___impl(a, b);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getattribute___impl(PyObject a, PyObject n) {
            String name = Args.str("__getattribute__", n, 1);
            PyGenericAlias g = (PyGenericAlias) a;
            if (!OWN.contains(name)) {
                return Abstract.getAttr(g.origin, name);
            }
            PyObject r = Abstract.genericGetAttr(a, name);
            if (r == null) {
                throw Abstract.noAttribute(a, name);
            }
            return r;
        }

        private static PyObject __instancecheck___impl(PyObject a, PyObject b) {
            throw Exc.typeError("isinstance() argument 2 cannot be a parameterized generic");
        }

        private static PyObject __subclasscheck___impl(PyObject a, PyObject b) {
            throw Exc.typeError("issubclass() argument 2 cannot be a parameterized generic");
        }

        private static PyObject __getitem___impl(PyObject a, PyObject item) {
            PyGenericAlias g = (PyGenericAlias) a;
            PyObject[] newargs = substitute(a, g.args.items, g.parameters().items, item);
            PyGenericAlias r = of(g.origin, new PyTuple(newargs));
            r.starred = g.starred;
            return r;
        }
    }

    /** The attribute getters that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupGet implements java.util.function.Function<PyObject, PyObject> {
        __origin__, __args__, __unpacked__, __parameters__, __typing_unpacked_tuple_args__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __origin__:
                return ((PyGenericAlias) a).origin;
            case __args__:
                return ((PyGenericAlias) a).args;
            case __unpacked__:
                return PyBool.of(((PyGenericAlias) a).starred);
            case __parameters__:
                return ((PyGenericAlias) a).parameters();
            case __typing_unpacked_tuple_args__:
                return __typing_unpacked_tuple_args___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __typing_unpacked_tuple_args___impl(PyObject a) {
            PyGenericAlias g = (PyGenericAlias) a;
            return g.starred && g.origin == PyTuple.TYPE ? g.args : PyNone.NONE;
        }
    }
}
