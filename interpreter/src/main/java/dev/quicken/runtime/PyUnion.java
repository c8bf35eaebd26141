package dev.quicken.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: the value of {@code int | str} (PEP 604). CPython 3.11:
 * Objects/unionobject.c. The arguments are flattened and deduplicated by identity; {@code None}
 * is stored as {@code NoneType}.
 */
public final class PyUnion extends PyObject {

    public static final PyType TYPE = new PyType("UnionType");

    /** {@code __args__}. */
    public final PyTuple args;
    private PyTuple parameters;

    PyUnion(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** CPython 3.11: Objects/unionobject.c is_unionable. */
    static boolean isUnionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyUnion || PyGenericAlias.check(o);
    }

    /** CPython 3.11: Objects/unionobject.c get_types. */
    private static PyObject[] types(PyObject o) {
        if (o == PyNone.NONE) {
            return new PyObject[] {PyNone.TYPE};
        }
        if (o instanceof PyUnion) {
            return ((PyUnion) o).args.items;
        }
        return new PyObject[] {o};
    }

    /** CPython 3.11: Objects/unionobject.c is_same (generic aliases compare by value). */
    private static boolean isSame(PyObject a, PyObject b) {
        if (PyGenericAlias.check(a) && PyGenericAlias.check(b)) {
            return Abstract.richCompareBool(a, b, Abstract.EQ);
        }
        return a == b;
    }

    /** CPython 3.11: Objects/unionobject.c _Py_union_type_or ({@code type.__or__}, {@code __ror__}). */
    public static PyObject or(PyObject self, PyObject other) {
        if (!isUnionable(self) || !isUnionable(other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] items1 = types(self);
        PyObject[] items2 = types(other);
        List<PyObject> merged = new ArrayList<>(List.of(items1));
        boolean added = false;
        for (PyObject x : items2) {
            boolean dup = false;
            for (PyObject y : items1) {
                if (isSame(y, x)) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                merged.add(x);
                added = true;
            }
        }
        if (!added) {
            return self == PyNone.NONE ? PyNone.TYPE : self;
        }
        return new PyUnion(new PyTuple(merged.toArray(new PyObject[0])));
    }

    /** CPython 3.11: Objects/unionobject.c union_repr_item. */
    private static String reprItem(PyObject p) {
        if (p == PyNone.TYPE) {
            return "None";
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

    String repr() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < args.items.length; k++) {
            if (k > 0) {
                sb.append(" | ");
            }
            sb.append(reprItem(args.items[k]));
        }
        return sb.toString();
    }

    private static PyObject frozen(PyTuple t) {
        SetTable table = new SetTable();
        for (PyObject x : t.items) {
            table.add(x, Abstract.hash(x), PySet.EQ);
        }
        return PyFrozenSet.wrap(table);
    }

    /** {@code __parameters__}. CPython 3.11: Objects/genericaliasobject.c _Py_make_parameters. */
    PyTuple parameters() {
        if (parameters == null) {
            parameters = PyGenericAlias.makeParameters(args.items);
        }
        return parameters;
    }

    static void setup() {
        PyType t = TYPE;
        TypeSetup.def0(t, SetupDef0.__repr__);
        TypeSetup.def0(t, SetupDef0.__hash__);
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            TypeSetup.def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (!(b instanceof PyUnion) || (fop != Abstract.EQ && fop != Abstract.NE)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    return Abstract.richCompare(frozen(((PyUnion) a).args), frozen(((PyUnion) b).args), fop);
                }
            });
        }
        TypeSetup.def1(t, "__or__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject x0, PyObject x1) {
                return PyUnion.or(x0, x1);
            }
        });
        TypeSetup.def1(t, SetupDef1.__ror__);
        TypeSetup.getset(t, SetupGet.__args__, null);
        TypeSetup.getset(t, SetupGet.__parameters__, null);
        TypeSetup.def1(t, SetupDef1.__getitem__);
        PyType ty = PyType.TYPE;
        TypeSetup.def1(ty, "__or__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject x0, PyObject x1) {
                return PyUnion.or(x0, x1);
            }
        });
        TypeSetup.def1(ty, SetupTyDef1.__ror__);
    }

    /** The methods of self alone that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef0 implements TypeSetup.F0 {
        __repr__, __hash__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return new PyStr(((PyUnion) a).repr());
            case __hash__:
                return PyInt.of(Abstract.hash(frozen(((PyUnion) a).args)));
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self and one argument that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef1 implements TypeSetup.F1 {
        __ror__, __getitem__;

        @Override
        public PyObject apply(PyObject a, PyObject b) {
            switch (this) {
            case __ror__:
                return or(b, a);
            case __getitem__:
                return __getitem___impl(a, b);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getitem___impl(PyObject a, PyObject item) {
            PyUnion u = (PyUnion) a;
            PyObject[] newargs = PyGenericAlias.substitute(a, u.args.items, u.parameters().items, item);
            if (newargs.length == 0) {
                return new PyUnion(new PyTuple(newargs));
            }
            PyObject res = newargs[0];
            for (int k = 1; k < newargs.length; k++) {
                res = Abstract.binaryOp(res, newargs[k], Abstract.NB_OR);
            }
            return res;
        }
    }

    /** The attribute getters that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupGet implements java.util.function.Function<PyObject, PyObject> {
        __args__, __parameters__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __args__:
                return ((PyUnion) a).args;
            case __parameters__:
                return ((PyUnion) a).parameters();
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self and one argument that setup registers on ty: one switch instead of a lambda class each. */
    private enum SetupTyDef1 implements TypeSetup.F1 {
        __ror__;

        @Override
        public PyObject apply(PyObject a, PyObject b) {
            switch (this) {
            case __ror__:
                return or(b, a);
            default:
                throw new AssertionError(this);
            }
        }
    }
}
