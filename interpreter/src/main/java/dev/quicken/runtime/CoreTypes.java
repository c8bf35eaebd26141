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
                TypeSetup.defClassMethod(t, PyGenericAlias.ClassGetItem.__class_getitem__);
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
            TypeSetup.getset(t, DescriptorKindsTGet.__objclass__, null);
        }
        // __doc__: the slot wrappers' docstrings; methods written in Java carry none
        for (PyType t : new PyType[] {PyMethodDescr.TYPE, PyMethodDescr.WRAPPER}) {
            TypeSetup.getset(t, DescriptorKindsTGet.__doc__, null);
        }
        for (PyType t : new PyType[] {PyBuiltinFunction.TYPE, PyBuiltinFunction.METHOD_WRAPPER}) {
            TypeSetup.getset(t, "__doc__", new java.util.function.Function<PyObject, PyObject>() {
                @Override
                public PyObject apply(PyObject a) {
                    return docOf(((PyBuiltinFunction) a).name, ((PyBuiltinFunction) a).wrapper);
                }
            },
                    null);
        }
        TypeSetup.getset(PyDescriptors.CLASSMETHOD_DESCRIPTOR, DescriptorKindsClassmethodDescriptorGet.__doc__, null);
        for (PyType t : new PyType[] {PyMethodDescr.TYPE, PyMethodDescr.WRAPPER, PyBuiltinFunction.TYPE,
            PyBuiltinFunction.METHOD_WRAPPER}) {
            TypeSetup.def(t, "__call__", new JFunc() {
                @Override
                public PyObject call(PyObject[] x0, String[] x1) {
                    return BuiltinMethods.callSelf(x0, x1);
                }
            });
        }
        PyType mw = PyBuiltinFunction.METHOD_WRAPPER;
        // CPython 3.11: Objects/descrobject.c wrapper_objclass (the type whose slot wrapper was bound)
        TypeSetup.getset(mw, DescriptorKindsMwGet.__objclass__, null);
        for (int op : new int[] {Abstract.EQ, Abstract.NE}) {
            TypeSetup.def1(mw, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (!(b instanceof PyBuiltinFunction) || !((PyBuiltinFunction) b).wrapper) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyBuiltinFunction x = (PyBuiltinFunction) a;
                    PyBuiltinFunction y = (PyBuiltinFunction) b;
                    boolean eq = x.self == y.self && x.impl == y.impl;
                    return PyBool.of(op == Abstract.EQ ? eq : !eq);
                }
            });
        }
        // CPython 3.11: Objects/descrobject.c wrapper_reduce (builtin functions: BuiltinMethods, meth_reduce)
        TypeSetup.def0(mw, DescriptorKindsMwDef0.__reduce__);
        TypeSetup.def0(mw, DescriptorKindsMwDef0.__hash__);
        for (String n : new String[] {"__closure__", "__doc__", "__globals__", "__module__", "__builtins__"}) {
            PyObject v = PyFunction.TYPE.dict.getStr(n);
            if (v instanceof PyDescriptors.GetSet) {
                PyDescriptors.GetSet g = (PyDescriptors.GetSet) v;
                PyFunction.TYPE.dict.setStr(n, new PyDescriptors.GetSet(g.owner, n, g.getter, g.setter, true));
            }
        }
        PyType cd = PyDescriptors.CLASSMETHOD_DESCRIPTOR;
        TypeSetup.def0(cd, DescriptorKindsDef0.__repr__);
        TypeSetup.getset(cd, DescriptorKindsGet.__name__, null);
        TypeSetup.getset(cd, DescriptorKindsGet.__qualname__, null);
        TypeSetup.defGet(cd, new TypeSetup.F2() {
            @Override
            public PyObject apply(PyObject x0, PyObject x1, PyObject x2) {
                return CoreTypes.classmethodGet(x0, x1, x2);
            }
        });
        TypeSetup.def(cd, DescriptorKindsDefN.__call__);
    }

    /** The attribute getters that setupDescriptorKinds registers on its type: one switch instead of a lambda class each. */
    private enum DescriptorKindsTGet implements java.util.function.Function<PyObject, PyObject> {
        __objclass__, __doc__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __objclass__:
                return ((PyMethodDescr) a).owner;
            case __doc__:
                return docOf(((PyMethodDescr) a).name, ((PyMethodDescr) a).wrapper);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The attribute getters that setupDescriptorKinds registers on PyDescriptors.CLASSMETHOD_DESCRIPTOR: one switch instead of a lambda class each. */
    private enum DescriptorKindsClassmethodDescriptorGet implements java.util.function.Function<PyObject, PyObject> {
        __doc__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __doc__:
                return PyNone.NONE;
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The attribute getters that setupDescriptorKinds registers on mw: one switch instead of a lambda class each. */
    private enum DescriptorKindsMwGet implements java.util.function.Function<PyObject, PyObject> {
        __objclass__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __objclass__:
                return __objclass___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __objclass___impl(PyObject a) {
            PyBuiltinFunction f = (PyBuiltinFunction) a;
            for (PyType t : f.self.type().mro()) {
                PyObject d = t.dict().getStr(f.name);
                if (d instanceof PyMethodDescr && ((PyMethodDescr) d).impl == f.impl) {
                    return ((PyMethodDescr) d).owner;
                }
            }
            return f.self.type();
        }
    }

    /** The methods of self alone that setupDescriptorKinds registers on mw: one switch instead of a lambda class each. */
    private enum DescriptorKindsMwDef0 implements TypeSetup.F0 {
        __reduce__, __hash__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return new PyTuple(new PyObject[] {
                        dev.quicken.eval.Interpreter.current().builtins.getStr("getattr"),
                        new PyTuple(new PyObject[] {((PyBuiltinFunction) a).self, new PyStr(((PyBuiltinFunction) a).name)})});
            case __hash__:
                return PyInt.of(Abstract.id(((PyBuiltinFunction) a).self)
                        ^ System.identityHashCode(((PyBuiltinFunction) a).impl));
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupDescriptorKinds registers on cd: one switch instead of a lambda class each. */
    private enum DescriptorKindsDef0 implements TypeSetup.F0 {
        __repr__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return __repr___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __repr___impl(PyObject a) {
            PyBuiltinFunction f = (PyBuiltinFunction) ((PyDescriptors.ClassMethod) a).func;
            return new PyStr("<method '" + f.name + "' of '" + f.owner + "' objects>");
        }
    }

    /** The attribute getters that setupDescriptorKinds registers on cd: one switch instead of a lambda class each. */
    private enum DescriptorKindsGet implements java.util.function.Function<PyObject, PyObject> {
        __name__, __qualname__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __name__:
                return new PyStr(((PyBuiltinFunction) ((PyDescriptors.ClassMethod) a).func)
                        .name);
            case __qualname__:
                return __qualname___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __qualname___impl(PyObject a) {
            PyBuiltinFunction f = (PyBuiltinFunction) ((PyDescriptors.ClassMethod) a).func;
            return new PyStr(f.owner + "." + f.name);
        }
    }

    /** The functions of an argument vector that setupDescriptorKinds registers on cd: one switch instead of a lambda class each. */
    private enum DescriptorKindsDefN implements JFunc {
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
            PyObject f = ((PyDescriptors.ClassMethod) a[0]).func;
            return Abstract.call(f, Items.copyOfRange(a, 1, a.length), kw);
        }
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
        TypeSetup.def1(t, BytesExtrasDef1.__mod__);
        TypeSetup.def1(t, BytesExtrasDef1.__rmod__);
        TypeSetup.def0(t, BytesExtrasDef0.__getnewargs__);
        // CPython 3.11: Objects/longobject.c int___getnewargs___impl, floatobject.c float___getnewargs___impl,
        // unicodeobject.c unicode_getnewargs, tupleobject.c tuple___getnewargs___impl: the exact built-in value
        TypeSetup.def0(PyInt.TYPE, BytesExtrasIntDef0.__getnewargs__);
        TypeSetup.def0(PyFloat.TYPE, BytesExtrasFloatDef0.__getnewargs__);
        TypeSetup.def0(PyStr.TYPE, BytesExtrasStrDef0.__getnewargs__);
        TypeSetup.def0(PyTuple.TYPE, BytesExtrasTupleDef0.__getnewargs__);
        TypeSetup.def0(t, BytesExtrasDef0.__bytes__);
    }

    /** The methods of self and one argument that setupBytesExtras registers on its type: one switch instead of a lambda class each. */
    private enum BytesExtrasDef1 implements TypeSetup.F1 {
        __mod__, __rmod__;

        @Override
        public PyObject apply(PyObject a, PyObject args) {
            switch (this) {
            case __mod__:
                return new PyBytes(BytesPercent.format(((PyBytes) a).value, args));
            case __rmod__:
                return PyNotImplemented.NOT_IMPLEMENTED;
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupBytesExtras registers on its type: one switch instead of a lambda class each. */
    private enum BytesExtrasDef0 implements TypeSetup.F0 {
        __getnewargs__, __bytes__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __getnewargs__:
                return new PyTuple(new PyObject[] {new PyBytes(((PyBytes) a).value)});
            case __bytes__:
                return a.type() == PyBytes.TYPE ? a : new PyBytes(((PyBytes) a).value);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupBytesExtras registers on PyInt.TYPE: one switch instead of a lambda class each. */
    private enum BytesExtrasIntDef0 implements TypeSetup.F0 {
        __getnewargs__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __getnewargs__:
                return new PyTuple(new PyObject[] {((PyInt) a).big != null
                        ? PyInt.of(((PyInt) a).big) : PyInt.of(((PyInt) a).value)});
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupBytesExtras registers on PyFloat.TYPE: one switch instead of a lambda class each. */
    private enum BytesExtrasFloatDef0 implements TypeSetup.F0 {
        __getnewargs__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __getnewargs__:
                return new PyTuple(new PyObject[] {
                        new PyFloat(((PyFloat) a).value)});
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupBytesExtras registers on PyStr.TYPE: one switch instead of a lambda class each. */
    private enum BytesExtrasStrDef0 implements TypeSetup.F0 {
        __getnewargs__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __getnewargs__:
                return new PyTuple(new PyObject[] {new PyStr(((PyStr) a).value)});
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupBytesExtras registers on PyTuple.TYPE: one switch instead of a lambda class each. */
    private enum BytesExtrasTupleDef0 implements TypeSetup.F0 {
        __getnewargs__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __getnewargs__:
                return new PyTuple(new PyObject[] {
                        new PyTuple(((PyTuple) a).items.clone())});
            default:
                throw new AssertionError(this);
            }
        }
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
