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
        TypeSetup.defNew(t, (a, kw) -> {
            PyObject[] p = Args.parse("mappingproxy", a, kw, 1, new String[] {"mapping"}, 1, 1);
            checkMapping(p[0]);
            return new PyMappingProxy(p[0]);
        });
        TypeSetup.def0(t, "__repr__", a -> new PyStr("mappingproxy(" + Abstract.repr(m(a)) + ")"));
        TypeSetup.def0(t, "__str__", a -> Abstract.strObj(m(a)));
        TypeSetup.def1(t, "__getitem__", (a, k) -> Abstract.getItem(m(a), k));
        TypeSetup.def1(t, "__contains__", (a, k) -> PyBool.of(Abstract.contains(m(a), k)));
        TypeSetup.def0(t, "__iter__", a -> Abstract.iter(m(a)));
        TypeSetup.def0(t, "__len__", a -> PyInt.of(Abstract.len(m(a))));
        TypeSetup.def0(t, "__reversed__", a -> Abstract.callMethod(m(a), "__reversed__"));
        TypeSetup.def(t, "get", (a, kw) -> {
            Args.count("get", a, kw, 1, 1, 2);
            return Abstract.callMethod(m(a[0]), "get", java.util.Arrays.copyOfRange(a, 1, a.length));
        });
        for (String n : new String[] {"keys", "values", "items", "copy"}) {
            TypeSetup.def0(t, n, a -> Abstract.callMethod(m(a), n));
        }
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            TypeSetup.def1(t, Abstract.CMP_NAMES[op], (a, b) -> Abstract.richCompare(m(a), b, fop));
        }
        TypeSetup.def1(t, "__or__", (a, b) -> Abstract.binaryOp(m(a), b instanceof PyMappingProxy ? m(b) : b,
                Abstract.NB_OR));
        TypeSetup.def1(t, "__ror__", (a, b) -> Abstract.binaryOp(b, m(a), Abstract.NB_OR));
        TypeSetup.def1(t, "__ior__", (a, b) -> {
            throw Exc.typeError("'|=' is not supported by " + Abstract.typeName(a) + "; use '|' instead");
        });
        t.dict.setStr("__hash__", PyNone.NONE);
        TypeSetup.defClassMethod(t, "__class_getitem__", (a, kw) -> PyGenericAlias.of(a[0], a[1]));
    }
}
