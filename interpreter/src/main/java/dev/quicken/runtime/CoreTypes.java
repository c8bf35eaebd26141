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
                PyMemoryView.TYPE, PyMemoryView.ITER, RangeMethods.LONGRANGE_ITER, PyMappingProxy.TYPE, PyMethodDescr.WRAPPER,
                PyBuiltinFunction.METHOD_WRAPPER, PyDescriptors.CLASSMETHOD_DESCRIPTOR);
    }

    static void setup() {
        PyUnion.setup();
        PyGenericAlias.setup();
        ByteArrayMethods.setup();
        PyMemoryView.setup();
        RangeMethods.setup();
        PyMappingProxy.setup();
        setupDescriptorKinds();
        for (PyType t : new PyType[] {PyTuple.TYPE, PySet.TYPE, PyFrozenSet.TYPE}) {
            if (t.dict.getStr("__class_getitem__") == null) {
                TypeSetup.defClassMethod(t, "__class_getitem__", (a, kw) -> PyGenericAlias.of(a[0], a[1]));
            }
        }
        setupBytesExtras();
    }

    private static PyObject docOf(String name, boolean wrapper) {
        String d = wrapper ? SlotNames.doc(name) : name.equals("__new__")
                ? "Create and return a new object.  See help(type) for accurate signature." : null;
        return d == null ? PyNone.NONE : new PyStr(d);
    }

    // CPython 3.11: Objects/descrobject.c classmethod_get
    private static PyObject classmethodGet(PyObject self, PyObject obj, PyObject type) {
        PyDescriptors.ClassMethod d = (PyDescriptors.ClassMethod) self;
        String name = ((PyBuiltinFunction) d.func).name;
        String owner = d.owner == null ? ((PyBuiltinFunction) d.func).owner : d.owner.name();
        if (type == PyNone.NONE) {
            type = obj.type();
        }
        if (!(type instanceof PyType)) {
            throw Exc.typeError("descriptor '" + name + "' for type '" + owner + "' needs a type, not a '"
                    + Abstract.typeName(type) + "' as arg 2");
        }
        if (d.owner != null && !((PyType) type).isSubtypeOf(d.owner)) {
            throw Exc.typeError("descriptor '" + name + "' requires a subtype of '" + owner + "' but received '"
                    + ((PyType) type).name() + "'");
        }
        return Abstract.descrGet(self, obj == PyNone.NONE ? null : obj, (PyType) type);
    }

    /** {@code wrapper_descriptor}, {@code method-wrapper} and {@code classmethod_descriptor}. */
    private static void setupDescriptorKinds() {
        copyDict(PyMethodDescr.TYPE, PyMethodDescr.WRAPPER);
        copyDict(PyBuiltinFunction.TYPE, PyBuiltinFunction.METHOD_WRAPPER);
        for (PyType t : new PyType[] {PyMethodDescr.TYPE, PyMethodDescr.WRAPPER}) {
            TypeSetup.getset(t, "__objclass__", a -> ((PyMethodDescr) a).owner, null);
        }
        // __doc__: the slot wrappers' docstrings; methods written in Java carry none
        for (PyType t : new PyType[] {PyMethodDescr.TYPE, PyMethodDescr.WRAPPER}) {
            TypeSetup.getset(t, "__doc__", a -> docOf(((PyMethodDescr) a).name, ((PyMethodDescr) a).wrapper), null);
        }
        for (PyType t : new PyType[] {PyBuiltinFunction.TYPE, PyBuiltinFunction.METHOD_WRAPPER}) {
            TypeSetup.getset(t, "__doc__", a -> docOf(((PyBuiltinFunction) a).name, ((PyBuiltinFunction) a).wrapper),
                    null);
        }
        TypeSetup.getset(PyDescriptors.CLASSMETHOD_DESCRIPTOR, "__doc__", a -> PyNone.NONE, null);
        for (PyType t : new PyType[] {PyMethodDescr.TYPE, PyMethodDescr.WRAPPER, PyBuiltinFunction.TYPE,
            PyBuiltinFunction.METHOD_WRAPPER}) {
            TypeSetup.def(t, "__call__", BuiltinMethods::callSelf);
        }
        PyType mw = PyBuiltinFunction.METHOD_WRAPPER;
        // CPython 3.11: Objects/descrobject.c wrapper_objclass (the type whose slot wrapper was bound)
        TypeSetup.getset(mw, "__objclass__", a -> {
            PyBuiltinFunction f = (PyBuiltinFunction) a;
            for (PyType t : f.self.type().mro()) {
                PyObject d = t.dict().getStr(f.name);
                if (d instanceof PyMethodDescr && ((PyMethodDescr) d).impl == f.impl) {
                    return ((PyMethodDescr) d).owner;
                }
            }
            return f.self.type();
        }, null);
        for (int op : new int[] {Abstract.EQ, Abstract.NE}) {
            TypeSetup.def1(mw, Abstract.CMP_NAMES[op], (a, b) -> {
                if (!(b instanceof PyBuiltinFunction) || !((PyBuiltinFunction) b).wrapper) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyBuiltinFunction x = (PyBuiltinFunction) a;
                PyBuiltinFunction y = (PyBuiltinFunction) b;
                boolean eq = x.self == y.self && x.impl == y.impl;
                return PyBool.of(op == Abstract.EQ ? eq : !eq);
            });
        }
        // CPython 3.11: Objects/descrobject.c wrapper_reduce (builtin functions: BuiltinMethods, meth_reduce)
        TypeSetup.def0(mw, "__reduce__", a -> new PyTuple(new PyObject[] {
            dev.quicken.eval.Interpreter.current().builtins.getStr("getattr"),
            new PyTuple(new PyObject[] {((PyBuiltinFunction) a).self, new PyStr(((PyBuiltinFunction) a).name)})}));
        TypeSetup.def0(mw, "__hash__", a -> PyInt.of(Abstract.id(((PyBuiltinFunction) a).self)
                ^ System.identityHashCode(((PyBuiltinFunction) a).impl)));
        for (String n : new String[] {"__closure__", "__doc__", "__globals__", "__module__", "__builtins__"}) {
            PyObject v = PyFunction.TYPE.dict.getStr(n);
            if (v instanceof PyDescriptors.GetSet) {
                PyDescriptors.GetSet g = (PyDescriptors.GetSet) v;
                PyFunction.TYPE.dict.setStr(n, new PyDescriptors.GetSet(g.owner, n, g.getter, g.setter, true));
            }
        }
        PyType cd = PyDescriptors.CLASSMETHOD_DESCRIPTOR;
        TypeSetup.def0(cd, "__repr__", a -> {
            PyBuiltinFunction f = (PyBuiltinFunction) ((PyDescriptors.ClassMethod) a).func;
            return new PyStr("<method '" + f.name + "' of '" + f.owner + "' objects>");
        });
        TypeSetup.getset(cd, "__name__", a -> new PyStr(((PyBuiltinFunction) ((PyDescriptors.ClassMethod) a).func)
                .name), null);
        TypeSetup.getset(cd, "__qualname__", a -> {
            PyBuiltinFunction f = (PyBuiltinFunction) ((PyDescriptors.ClassMethod) a).func;
            return new PyStr(f.owner + "." + f.name);
        }, null);
        TypeSetup.defGet(cd, CoreTypes::classmethodGet);
        TypeSetup.def(cd, "__call__", (a, kw) -> {
            PyObject f = ((PyDescriptors.ClassMethod) a[0]).func;
            return Abstract.call(f, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        });
    }

    /** Gives {@code to} the methods and attributes of {@code from} (both represented by the same Java class). */
    private static void copyDict(PyType from, PyType to) {
        for (PyObject k : from.dict.keysArray()) {
            PyObject v = from.dict.getItem(k);
            if (v instanceof PyMethodDescr) {
                v = new PyMethodDescr(to, ((PyMethodDescr) v).name, ((PyMethodDescr) v).impl);
            } else if (v instanceof PyDescriptors.GetSet) {
                PyDescriptors.GetSet g = (PyDescriptors.GetSet) v;
                v = new PyDescriptors.GetSet(to, g.name, g.getter, g.setter);
            }
            if (to.dict.getItem(k) == null) {
                to.dict.setItem(k, v);
            }
        }
    }

    /** The {@code bytes} methods that need the buffer protocol or {@code %}. */
    private static void setupBytesExtras() {
        PyType t = PyBytes.TYPE;
        TypeSetup.def1(t, "__mod__", (a, args) -> new PyBytes(BytesPercent.format(((PyBytes) a).value, args)));
        TypeSetup.def1(t, "__rmod__", (a, b) -> PyNotImplemented.NOT_IMPLEMENTED);
        TypeSetup.def0(t, "__getnewargs__", a -> new PyTuple(new PyObject[] {new PyBytes(((PyBytes) a).value)}));
        // CPython 3.11: Objects/longobject.c int___getnewargs___impl, floatobject.c float___getnewargs___impl,
        // unicodeobject.c unicode_getnewargs, tupleobject.c tuple___getnewargs___impl: the exact built-in value
        TypeSetup.def0(PyInt.TYPE, "__getnewargs__", a -> new PyTuple(new PyObject[] {((PyInt) a).big != null
                ? PyInt.of(((PyInt) a).big) : PyInt.of(((PyInt) a).value)}));
        TypeSetup.def0(PyFloat.TYPE, "__getnewargs__", a -> new PyTuple(new PyObject[] {
            new PyFloat(((PyFloat) a).value)}));
        TypeSetup.def0(PyStr.TYPE, "__getnewargs__", a -> new PyTuple(new PyObject[] {new PyStr(((PyStr) a).value)}));
        TypeSetup.def0(PyTuple.TYPE, "__getnewargs__", a -> new PyTuple(new PyObject[] {
            new PyTuple(((PyTuple) a).items.clone())}));
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
