package dev.quicken.runtime;

/**
 * {@code mappingproxy} ({@code types.MappingProxyType}): a read-only view of a mapping, what
 * {@code cls.__dict__} returns (CPython 3.11: Objects/descrobject.c mappingproxy_*).
 */
public final class PyMappingProxy extends PyObject {

    public static final PyType TYPE = new PyType("mappingproxy");

    /** The underlying mapping. */
    public final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject m(PyObject o) {
        return ((PyMappingProxy) o).mapping;
    }

    /** CPython 3.11: Objects/descrobject.c mappingproxy_check_mapping. */
    private static void checkMapping(PyObject mapping) {
        if (!(mapping instanceof PyDict) && (mapping instanceof PyList || mapping instanceof PyTuple
                || mapping.type().lookup("__getitem__") == null)) {
            throw Exc.typeError("mappingproxy() argument must be a mapping, not " + Abstract.typeName(mapping));
        }
    }

    static void setup() {
        PyType t = TYPE;
        TypeSetup.defNew(t, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("mappingproxy", a, kw, 1, new String[] {"mapping"}, 1, 1);
                checkMapping(p[0]);
                return new PyMappingProxy(p[0]);
            }
        });
        TypeSetup.def0(t, SetupDef0.__repr__);
        TypeSetup.def0(t, SetupDef0.__str__);
        TypeSetup.def1(t, SetupDef1.__getitem__);
        TypeSetup.def1(t, SetupDef1.__contains__);
        TypeSetup.def0(t, SetupDef0.__iter__);
        TypeSetup.def0(t, SetupDef0.__len__);
        TypeSetup.def0(t, SetupDef0.__reversed__);
        TypeSetup.def(t, SetupDefN.get);
        for (String n : new String[] {"keys", "values", "items", "copy"}) {
            TypeSetup.def0(t, n, new TypeSetup.F0() {
                @Override
                public PyObject apply(PyObject a) {
                    return Abstract.callMethod(m(a), n);
                }
            });
        }
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            TypeSetup.def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return Abstract.richCompare(m(a), b, fop);
                }
            });
        }
        TypeSetup.def1(t, SetupDef1.__or__);
        TypeSetup.def1(t, SetupDef1.__ror__);
        TypeSetup.def1(t, SetupDef1.__ior__);
        t.dict.setStr("__hash__", PyNone.NONE);
        TypeSetup.defClassMethod(t, PyGenericAlias.ClassGetItem.__class_getitem__);
    }

    /** The methods of self alone that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef0 implements TypeSetup.F0 {
        __repr__, __str__, __iter__, __len__, __reversed__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return new PyStr("mappingproxy(" + Abstract.repr(m(a)) + ")");
            case __str__:
                return Abstract.strObj(m(a));
            case __iter__:
                return Abstract.iter(m(a));
            case __len__:
                return PyInt.of(Abstract.len(m(a)));
            case __reversed__:
                return Abstract.callMethod(m(a), "__reversed__");
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self and one argument that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef1 implements TypeSetup.F1 {
        __getitem__, __contains__, __or__, __ror__, __ior__;

        @Override
        public PyObject apply(PyObject a, PyObject b) {
            switch (this) {
            case __getitem__:
                {
                PyObject k = b;
                return Abstract.getItem(m(a), k);
                }
            case __contains__:
                {
                PyObject k = b;
                return PyBool.of(Abstract.contains(m(a), k));
                }
            case __or__:
                return Abstract.binaryOp(m(a), b instanceof PyMappingProxy ? m(b) : b,
                        Abstract.NB_OR);
            case __ror__:
                return Abstract.binaryOp(b, m(a), Abstract.NB_OR);
            case __ior__:
                return __ior___impl(a, b);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __ior___impl(PyObject a, PyObject b) {
            throw Exc.typeError("'|=' is not supported by " + Abstract.typeName(a) + "; use '|' instead");
        }
    }

    /** The functions of an argument vector that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDefN implements JFunc {
        get;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case get:
                return get_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject get_impl(PyObject[] a, String[] kw) {
            Args.count("get", a, kw, 1, 1, 2);
            return Abstract.callMethod(m(a[0]), "get", Items.copyOfRange(a, 1, a.length));
        }
    }

}
