package dev.quicken.runtime;

import java.util.List;

/**
 * Built-in types of the object model added after the core set: {@code bytearray},
 * {@code memoryview}, {@code types.UnionType}, {@code types.GenericAlias}, and the types named
 * by {@code types}. Wired by {@link TypeSetup#init()}.
 */
final class CoreTypes {

    private CoreTypes() {
    }

    /** The types this class sets up (their dicts are filled by {@link #setup()}). */
    static List<PyType> types() {
        return List.of(PyUnion.TYPE, PyGenericAlias.TYPE, PyByteArray.TYPE, ByteArrayMethods.ITER,
                PyMemoryView.TYPE, PyMemoryView.ITER, RangeMethods.LONGRANGE_ITER);
    }

    static void setup() {
        PyUnion.setup();
        PyGenericAlias.setup();
        ByteArrayMethods.setup();
        PyMemoryView.setup();
        RangeMethods.setup();
        for (PyType t : new PyType[] {PyTuple.TYPE, PySet.TYPE, PyFrozenSet.TYPE}) {
            if (t.dict.getStr("__class_getitem__") == null) {
                TypeSetup.defClassMethod(t, "__class_getitem__", (a, kw) -> PyGenericAlias.of(a[0], a[1]));
            }
        }
        setupBytesExtras();
    }

    /** The {@code bytes} methods that need the buffer protocol or {@code %}. */
    private static void setupBytesExtras() {
        PyType t = PyBytes.TYPE;
        TypeSetup.def1(t, "__mod__", (a, args) -> new PyBytes(BytesPercent.format(((PyBytes) a).value, args)));
        TypeSetup.def1(t, "__rmod__", (a, b) -> PyNotImplemented.NOT_IMPLEMENTED);
        TypeSetup.def0(t, "__getnewargs__", a -> new PyTuple(new PyObject[] {new PyBytes(((PyBytes) a).value)}));
        TypeSetup.def0(t, "__bytes__", a -> a.type() == PyBytes.TYPE ? a : new PyBytes(((PyBytes) a).value));
    }

    /**
     * {@code bytes(x)} for an object with {@code __bytes__} or the buffer protocol, else null.
     * CPython 3.11: Objects/bytesobject.c bytes_new_impl.
     */
    static PyObject bytesFrom(PyObject x) {
        if (!(x instanceof PyBytes)) {
            PyObject m = x.type().lookup("__bytes__");
            if (m != null) {
                PyObject r = Abstract.callMethodDescr(m, x, new PyObject[0], null);
                if (!(r instanceof PyBytes)) {
                    throw Exc.typeError("__bytes__ returned non-bytes (type " + Abstract.typeName(r) + ")");
                }
                return r;
            }
        }
        byte[] b = Buffers.of(x);
        if (b == null) {
            return null;
        }
        return new PyBytes(x instanceof PyBytes ? b : b.clone());
    }

    /** After {@code __module__ = 'builtins'} was set on every built-in type: the real modules. */
    static void setModules() {
        for (PyType t : new PyType[] {PyUnion.TYPE, PyGenericAlias.TYPE}) {
            t.dict.setStr("__module__", new PyStr("types"));
        }
    }
}
