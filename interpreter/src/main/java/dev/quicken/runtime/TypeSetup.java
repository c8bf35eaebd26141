package dev.quicken.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Builds the built-in types once per process ({@link #init()}), and implements {@code type}'s
 * behaviour: calling a type, and creating classes ({@code type.__new__}).
 */
public final class TypeSetup {

    private TypeSetup() {
    }

    public static final PyType OBJECT = new PyType("object");
    static final PyType BASE_EXCEPTION_REF = Exc.BaseException;

    static PyObject OBJECT_GETATTRIBUTE;
    static PyObject OBJECT_SETATTR;
    static PyObject OBJECT_DELATTR;
    static PyObject TYPE_GETATTRIBUTE;
    static PyObject TYPE_SETATTR;
    static PyObject TYPE_DELATTR;
    static PyObject TYPE_MRO;
    static PyObject OBJECT_NEW;
    static PyObject OBJECT_INIT;
    static PyObject TYPE_CALL;

    private static volatile boolean done;

    /** Wires all built-in types (idempotent, thread-safe). */
    public static void init() {
        if (done) {
            return;
        }
        synchronized (TypeSetup.class) {
            if (done) {
                return;
            }
            setupObjectAndType();
            for (PyType t : builtinTypes()) {
                if (t.dict.cls == null) {
                    t.dict.cls = PyDict.TYPE; // made while PyDict's class initializer ran
                }
                if (t != OBJECT && t.bases.length == 0) {
                    t.setBases(OBJECT);
                }
            }
            PyBool.TYPE.setBases(PyInt.TYPE);
            Exc.wire();
            BuiltinMethods.setup();
            CoreTypes.setup();
            // no "__module__" in a built-in type's dict: type.__module__ reads "builtins" without one
            for (PyType t : builtinTypes()) {
                // CPython 3.11: type_dict_set_doc (a type without tp_doc has __doc__ None, not object's)
                if (t != OBJECT && t.dict.getStr("__doc__") == null) {
                    t.dict.setStr("__doc__", PyNone.NONE);
                }
                t.recomputeFlags();
            }
            CoreTypes.setModules();
            for (PyType t : Exc.all()) {
                t.recomputeFlags();
                t.isException = true;
                t.hasInstanceDict = true;
            }
            done = true;
        }
    }

    // CPython 3.11: Objects/typeobject.c best_base / solid_base: built-in types whose instances have a
    // representation of their own cannot be combined unless one derives from the other
    private static void checkBuiltinLayouts(PyType[] bases) {
        PyType best = null;
        for (PyType b : bases) {
            PyType l = builtinLayout(b);
            if (l == null) {
                continue;
            }
            if (best == null || l.isSubtypeOf(best)) {
                best = l;
            } else if (!best.isSubtypeOf(l)) {
                throw Exc.typeError("multiple bases have instance lay-out conflict");
            }
        }
    }

    /** CPython 3.11: Objects/typeobject.c best_base: the base whose built-in instance layout is the most derived. */
    static PyType layoutBase(PyType[] bases) {
        PyType best = bases[0];
        PyType bestLayout = staticLayout(best);
        for (PyType b : bases) {
            PyType l = staticLayout(b);
            if (l != null && (bestLayout == null || l != bestLayout && l.isSubtypeOf(bestLayout))) {
                best = b;
                bestLayout = l;
            }
        }
        return best;
    }

    /** The first built-in type on {@code t}'s MRO (whose instances {@code t}'s instances are), null for object. */
    private static PyType staticLayout(PyType t) {
        for (PyType m : t.mro) {
            if (!m.heap) {
                return m == OBJECT ? null : m;
            }
        }
        return null;
    }

    private static PyType builtinLayout(PyType t) {
        for (PyType m : t.mro) {
            if (m == PyInt.TYPE || m == PyFloat.TYPE || m == PyComplex.TYPE || m == PyStr.TYPE || m == PyBytes.TYPE
                    || m == PyTuple.TYPE || m == PyList.TYPE || m == PyDict.TYPE || m == PySet.TYPE
                    || m == PyFrozenSet.TYPE || m == PyType.TYPE || m == Exc.BaseException) {
                return m;
            }
        }
        return null;
    }

    /** Every built-in non-exception type (for wiring and the builtins module). */
    public static List<PyType> builtinTypes() {
        List<PyType> l = new ArrayList<>(List.of(OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE,
                PyComplex.TYPE, PyStr.TYPE, PyBytes.TYPE, PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PySet.TYPE,
                PyFrozenSet.TYPE, PyRange.TYPE, PySlice.TYPE, PyNone.TYPE, PyNotImplemented.TYPE, PyEllipsis.TYPE,
                PyFunction.TYPE, PyMethod.TYPE, PyBuiltinFunction.TYPE, PyMethodDescr.TYPE, PyCell.TYPE,
                PyModule.TYPE, PyDescriptors.CLASSMETHOD, PyDescriptors.STATICMETHOD, PyDescriptors.PROPERTY,
                PyDescriptors.Member.TYPE, PyDescriptors.GetSet.TYPE, BuiltinMethods.DICT_KEYS,
                BuiltinMethods.DICT_VALUES, BuiltinMethods.DICT_ITEMS, BuiltinMethods.TRACEBACK,
                BuiltinMethods.CODE_TYPE));
        l.addAll(List.of(Iterators.all()));
        l.addAll(CoreTypes.types());
        l.addAll(EXTRA);
        return l;
    }

    /** Built-in types defined in other packages (generator, frame, super), registered before {@link #init}. */
    static final List<PyType> EXTRA = new ArrayList<>();

    public static synchronized void registerExtra(PyType t) {
        if (!EXTRA.contains(t)) {
            EXTRA.add(t);
            if (done) {
                t.setBases(OBJECT);
                t.recomputeFlags();
            }
        }
    }

    // ---------------------------------------------------------------- definition helpers

    /** A one-argument function of self. */
    @FunctionalInterface
    public interface F0 {
        PyObject apply(PyObject self);
    }

    @FunctionalInterface
    public interface F1 {
        PyObject apply(PyObject self, PyObject a);
    }

    @FunctionalInterface
    public interface F2 {
        PyObject apply(PyObject self, PyObject a, PyObject b);
    }

    // The switch-dispatch tables (an enum per setup method and arity whose constants are the methods'
    // names and whose one apply/call switches on the constant): one class loaded at start-up instead
    // of a lambda class linked per method.

    public static <E extends Enum<E> & JFunc> void def(PyType t, E f) {
        def(t, f.name(), f);
    }

    public static <E extends Enum<E> & F0> void def0(PyType t, E f) {
        def0(t, f.name(), f);
    }

    public static <E extends Enum<E> & F1> void def1(PyType t, E f) {
        def1(t, f.name(), f);
    }

    public static <E extends Enum<E> & F2> void def2(PyType t, E f) {
        def2(t, f.name(), f);
    }

    public static void def(PyType t, String name, JFunc f) {
        t.dict.setStr(name, new PyMethodDescr(t, name, f));
    }

    public static void def0(PyType t, String name, F0 f) {
        def(t, name, new Meth0(t.name() + "." + name, f));
    }

    public static void def1(PyType t, String name, F1 f) {
        def(t, name, new Meth1(t.name() + "." + name, f));
    }

    /** A method of self alone ({@link #def0}); PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS calls {@link #f} directly. */
    public static final class Meth0 implements JFunc {
        private final String fn;
        public final F0 f;

        Meth0(String fn, F0 f) {
            this.fn = fn;
            this.f = f;
        }

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            Args.count(fn, a, kw, 1, 0, 0);
            return f.apply(a[0]);
        }
    }

    /** A method of self and one argument ({@link #def1}); PRECALL_NO_KW_METHOD_DESCRIPTOR_O calls {@link #f} directly. */
    public static final class Meth1 implements JFunc {
        private final String fn;
        public final F1 f;

        Meth1(String fn, F1 f) {
            this.fn = fn;
            this.f = f;
        }

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            Args.count(fn, a, kw, 1, 1, 1);
            return f.apply(a[0], a[1]);
        }
    }

    public static void def2(PyType t, String name, F2 f) {
        String fn = t.name() + "." + name;
        def(t, name, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count(fn, a, kw, 1, 2, 2);
                return f.apply(a[0], a[1], a[2]);
            }
        });
    }

    /**
     * {@code __get__(obj, type=None)} of a built-in descriptor (CPython 3.11: Objects/typeobject.c
     * wrap_descr_get): {@code f} gets None for an absent type; both None is an error.
     */
    public static void defGet(PyType t, F2 f) {
        def(t, "__get__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw("__get__", kw);
                if (a.length < 2) {
                    throw Exc.typeError(" expected at least 1 argument, got 0");
                }
                if (a.length > 3) {
                    throw Exc.typeError(" expected at most 2 arguments, got " + (a.length - 1));
                }
                PyObject obj = a[1];
                PyObject type = a.length > 2 ? a[2] : PyNone.NONE;
                if (obj == PyNone.NONE && type == PyNone.NONE) {
                    throw Exc.typeError("__get__(None, None) is invalid");
                }
                return f.apply(a[0], obj, type);
            }
        });
    }

    /** The {@code __dict__} getset of a type whose instances have a dict (heap types, {@code BaseException}). */
    static PyDescriptors.GetSet instanceDictDescriptor(PyType t) {
        return new PyDescriptors.GetSet(t, "__dict__", new Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject self) {
                PyDict dd = Abstract.instanceDict(self);
                if (dd == null) {
                    throw Abstract.noAttribute(self, "__dict__");
                }
                return dd;
            }
        }, new BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject self, PyObject v) {
                if (v == null && self instanceof PyInstance) {
                    // CPython 3.11: subtype_setdict with NULL drops the dict (a fresh one appears on next use)
                    PyInstance inst = (PyInstance) self;
                    inst.values = null;
                    inst.dict = null;
                    return;
                }
                if (v == null) {
                    throw Exc.typeError("cannot delete __dict__"); // CPython 3.11: PyObject_GenericSetDict
                }
                if (!(v instanceof PyDict)) {
                    throw Exc.typeError("__dict__ must be set to a dictionary, not a '" + Abstract.typeName(v) + "'");
                }
                if (!(self instanceof PyInstance)) {
                    PyDict dd = Abstract.instanceDict(self);
                    dd.clear();
                    BuiltinMethods.dictUpdate(dd, v);
                    return;
                }
                PyInstance inst = (PyInstance) self;
                inst.values = null;
                inst.dict = (PyDict) v;
            }
        });
    }

    /** A getset whose getter is a switch-dispatch table's constant, registered under its name. */
    public static <E extends Enum<E> & Function<PyObject, PyObject>> void getset(PyType t, E g,
            BiConsumer<PyObject, PyObject> s) {
        getset(t, g.name(), g, s);
    }

    public static void getset(PyType t, String name, Function<PyObject, PyObject> g, BiConsumer<PyObject, PyObject> s) {
        t.dict.setStr(name, new PyDescriptors.GetSet(t, name, g, s));
    }

    public static void defNew(PyType t, JFunc f) {
        PyDescriptors.StaticMethod[] self = new PyDescriptors.StaticMethod[1];
        self[0] = new PyDescriptors.StaticMethod(PyDescriptors.STATICMETHOD,
                new PyBuiltinFunction("__new__", new JFunc() {
                    @Override
                    public PyObject call(PyObject[] a, String[] kw) {
                        newWrapperCheck(t, self[0], a);
                        return f.call(a, kw);
                    }
                }, null, t.name()));
        t.dict.setStr("__new__", self[0]);
    }

    /** CPython 3.11: Objects/typeobject.c tp_new_wrapper (the argument checks of a built-in __new__). */
    private static void newWrapperCheck(PyType t, PyObject descr, PyObject[] a) {
        if (a.length < 1) {
            throw Exc.typeError(t.name() + ".__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType)) {
            throw Exc.typeError(t.name() + ".__new__(X): X is not a type object (" + Abstract.typeName(a[0]) + ")");
        }
        PyType sub = (PyType) a[0];
        if (!sub.isSubtypeOf(t)) {
            throw Exc.typeError(t.name() + ".__new__(" + sub.name() + "): " + sub.name() + " is not a subtype of "
                    + t.name());
        }
        PyType staticbase = sub;
        while (staticbase != null && staticbase.isHeapType()) {
            // tp_base: the base whose instance layout is the most derived (best_base), not the first one
            staticbase = staticbase.bases().length == 0 ? null : layoutBase(staticbase.bases());
        }
        if (staticbase != null && staticbase.lookup("__new__") != descr
                && staticbase.lookup("__new__") instanceof PyDescriptors.StaticMethod) {
            throw Exc.typeError(t.name() + ".__new__(" + sub.name() + ") is not safe, use " + staticbase.name()
                    + ".__new__()");
        }
    }

    /** A class method that is a switch-dispatch table's constant, registered under its name. */
    public static <E extends Enum<E> & JFunc> void defClassMethod(PyType t, E f) {
        defClassMethod(t, f.name(), f);
    }

    public static void defClassMethod(PyType t, String name, JFunc f) {
        PyDescriptors.ClassMethod cm = new PyDescriptors.ClassMethod(PyDescriptors.CLASSMETHOD_DESCRIPTOR,
                new PyBuiltinFunction(name, f, null, t.name()));
        cm.owner = t;
        t.dict.setStr(name, cm);
    }

    /** CPython 3.11: Objects/typeobject.c check_set_special_type_attr and type_set_name/type_set_qualname. */
    static String checkSpecialAttr(PyType t, String name, PyObject v) {
        if (!t.heap) {
            throw Exc.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name() + "'");
        }
        if (v == null) {
            throw Exc.typeError("cannot delete '" + name + "' attribute of immutable type '" + t.name() + "'");
        }
        if (!(v instanceof PyStr)) {
            throw Exc.typeError("can only assign string to " + t.name() + "." + name + ", not '"
                    + Abstract.typeName(v) + "'");
        }
        String s = ((PyStr) v).value;
        if (name.equals("__name__") && s.indexOf('\0') >= 0) {
            throw Exc.valueError("type name must not contain null characters");
        }
        return s;
    }

    // ---------------------------------------------------------------- object and type

    private static void setupObjectAndType() {
        PyType.TYPE.setBases(OBJECT);
        OBJECT.factory = new PyType.Factory() {
            @Override
            public PyObject make(PyType x) {
                return new PyInstance(x);
            }
        };
        PyType.TYPE.factory = null;
        Exc.BaseException.factory = new PyType.Factory() {
            @Override
            public PyObject make(PyType x) {
                return new PyBaseException(x);
            }
        };
        Exc.BaseException.solidBase = Exc.BaseException;
        Exc.BaseException.hasInstanceDict = true;
        Exc.BaseException.sharedKeys = null;
        PyList.TYPE.factory = new PyType.Factory() {
            @Override
            public PyObject make(PyType c) {
                PyList l = new PyList();
                l.cls = c;
                return l;
            }
        };
        PyDict.TYPE.factory = new PyType.Factory() {
            @Override
            public PyObject make(PyType c) {
                PyDict d = new PyDict();
                d.cls = c;
                return d;
            }
        };

        PyType o = OBJECT;
        defNew(o, new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return TypeSetup.objectNew(x0, x1);
            }
        });
        OBJECT_NEW = o.dict.getStr("__new__");
        def(o, "__init__", new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return TypeSetup.objectInit(x0, x1);
            }
        });
        OBJECT_INIT = o.dict.getStr("__init__");
        def0(o, ObjectAndTypeODef0.__repr__);
        def0(o, "__str__", new F0() {
            @Override
            public PyObject apply(PyObject x) {
                return Abstract.reprObj(x);
            }
        });
        def1(o, ObjectAndTypeODef1.__eq__);
        def1(o, ObjectAndTypeODef1.__ne__);
        for (String n : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            def1(o, n, new F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return Abstract.NI;
                }
            });
        }
        def0(o, ObjectAndTypeODef0.__hash__);
        def1(o, ObjectAndTypeODef1.__getattribute__);
        OBJECT_GETATTRIBUTE = o.dict.getStr("__getattribute__");
        def2(o, ObjectAndTypeODef2.__setattr__);
        OBJECT_SETATTR = o.dict.getStr("__setattr__");
        def1(o, ObjectAndTypeODef1.__delattr__);
        OBJECT_DELATTR = o.dict.getStr("__delattr__");
        def1(o, ObjectAndTypeODef1.__format__);
        def0(o, ObjectAndTypeODef0.__dir__);
        ObjectReduce.setup(o);
        def0(o, "__getstate__", new F0() {
            @Override
            public PyObject apply(PyObject x) {
                return TypeSetup.objectGetstate(x);
            }
        });
        def0(o, ObjectAndTypeODef0.__sizeof__);
        defClassMethod(o, ObjectAndTypeOClassMethods.__init_subclass__);
        defClassMethod(o, ObjectAndTypeOClassMethods.__subclasshook__);
        getset(o, "__class__", new Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject x) {
                return x.type();
            }
        }, new BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject self, PyObject v) {
                if (v == null) {
                    throw Exc.typeError("can't delete __class__ attribute");
                }
                if (!(v instanceof PyType)) {
                    throw Exc.typeError("__class__ must be set to a class, not '" + Abstract.typeName(v) + "' object");
                }
                if (!(self instanceof PyInstance) || !((PyType) v).heap || !self.type().heap) {
                    throw Exc.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
                }
                PyInstance inst = (PyInstance) self;
                inst.materialize();
                inst.cls = (PyType) v;
            }
        });
        o.dict.setStr("__doc__", new PyStr("The base class of the class hierarchy."));

        PyType t = PyType.TYPE;
        def(t, ObjectAndTypeDefN.__call__);
        TYPE_CALL = t.dict.getStr("__call__");
        defNew(t, new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return TypeSetup.typeNew(x0, x1);
            }
        });
        def(t, ObjectAndTypeDefN.__init__);
        def0(t, ObjectAndTypeDef0.__repr__);
        def1(t, ObjectAndTypeDef1.__getattribute__);
        TYPE_GETATTRIBUTE = t.dict.getStr("__getattribute__");
        def2(t, ObjectAndTypeDef2.__setattr__);
        TYPE_SETATTR = t.dict.getStr("__setattr__");
        def1(t, ObjectAndTypeDef1.__delattr__);
        TYPE_DELATTR = t.dict.getStr("__delattr__");
        // CPython 3.11: Objects/typeobject.c mro_implementation (from the bases, not the stored MRO)
        def0(t, ObjectAndTypeDef0.mro);
        TYPE_MRO = t.dict.getStr("mro");
        def0(t, ObjectAndTypeDef0.__subclasses__);
        def1(t, ObjectAndTypeDef1.__instancecheck__);
        def1(t, ObjectAndTypeDef1.__subclasscheck__);
        def0(t, ObjectAndTypeDef0.__dir__);
        def1(t, ObjectAndTypeDef1.__or__);
        getset(t, ObjectAndTypeGet.__name__, ObjectAndTypeSet.__name__);
        getset(t, ObjectAndTypeGet.__qualname__, ObjectAndTypeSet.__qualname__);
        getset(t, ObjectAndTypeGet.__module__, ObjectAndTypeSet.__module__);
        getset(t, ObjectAndTypeGet.__dict__, null);
        getset(t, ObjectAndTypeGet.__bases__, ObjectAndTypeSet.__bases__);
        getset(t, ObjectAndTypeGet.__base__, null);
        getset(t, ObjectAndTypeGet.__mro__, null);
        // CPython 3.11: Include/cpython/object.h tp_itemsize of the variable-size built-ins (inherited)
        getset(t, ObjectAndTypeGet.__itemsize__, null);
        getset(t, ObjectAndTypeGet.__flags__, null);
        getset(t, ObjectAndTypeGet.__doc__, ObjectAndTypeSet.__doc__);
        getset(t, ObjectAndTypeGet.__abstractmethods__, ObjectAndTypeSet.__abstractmethods__);
    }

    /** The methods of self alone that setupObjectAndType registers on o: one switch instead of a lambda class each. */
    private enum ObjectAndTypeODef0 implements TypeSetup.F0 {
        __repr__, __hash__, __dir__, __sizeof__;

        @Override
        public PyObject apply(PyObject self) {
            switch (this) {
            case __repr__:
                return new PyStr(defaultRepr(self));
            case __hash__:
                return PyInt.of(Abstract.id(self) >> 4);
            case __dir__:
                return __dir___impl(self);
            case __sizeof__:
                return __sizeof___impl(self);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __dir___impl(PyObject self) {
            PySet names = new PySet(false);
            PyDict d = Abstract.instanceDict(self);
            if (d != null) {
                for (PyObject k : d.keysArray()) {
                    names.add(k);
                }
            }
            for (PyType t : self.type().mro) {
                for (PyObject k : t.dict.keysArray()) {
                    names.add(k);
                }
            }
            return new PyList(names.items());
        }

        private static PyObject __sizeof___impl(PyObject self) {
            // CPython 3.11: Objects/typeobject.c object___sizeof___impl (tp_basicsize of a 64-bit build)
            PyType t = self.type();
            long size = 16 + 8L * t.slotNames.length;
            if (t.heap && t.lookup("__weakref__") != null) {
                size += 8;
            }
            return PyInt.of(size);
        }
    }

    /** The methods of self and one argument that setupObjectAndType registers on o: one switch instead of a lambda class each. */
    private enum ObjectAndTypeODef1 implements TypeSetup.F1 {
        __eq__, __ne__, __getattribute__, __delattr__, __format__;

        @Override
        public PyObject apply(PyObject a, PyObject b) {
            switch (this) {
            case __eq__:
                return a == b ? PyBool.TRUE : Abstract.NI;
            case __ne__:
                return __ne___impl(a, b);
            case __getattribute__:
                return __getattribute___impl(a, b);
            case __delattr__:
                return __delattr___impl(a, b);
            case __format__:
                return __format___impl(a, b);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __ne___impl(PyObject a, PyObject b) {
            PyObject eq = a.type().lookup("__eq__");
            PyObject r = Abstract.callMethodDescr(eq, a, new PyObject[] {b}, null);
            if (r == Abstract.NI) {
                return r;
            }
            return PyBool.of(!Abstract.isTrue(r));
        }

        private static PyObject __getattribute___impl(PyObject self, PyObject n) {
            String name = Args.str("__getattribute__", n, 1);
            PyObject r = self instanceof PyType ? Abstract.typeGetAttr((PyType) self, name)
                    : self instanceof PyModule ? Abstract.moduleGetAttr((PyModule) self, name)
                    : Abstract.genericGetAttr(self, name);
            if (r == null) {
                throw Abstract.noAttribute(self, name);
            }
            return r;
        }

        private static PyObject __delattr___impl(PyObject self, PyObject n) {
            hackcheck(self, "__delattr__");
            Abstract.genericSetAttr(self, Args.str("__delattr__", n, 1), null);
            return PyNone.NONE;
        }

        private static PyObject __format___impl(PyObject self, PyObject spec) {
            String s = Args.str("__format__", spec, 1);
            if (!s.isEmpty()) {
                throw Exc.typeError("unsupported format string passed to " + Abstract.typeName(self) + ".__format__");
            }
            return Abstract.strObj(self);
        }
    }

    /** The methods of self and two arguments that setupObjectAndType registers on o: one switch instead of a lambda class each. */
    private enum ObjectAndTypeODef2 implements TypeSetup.F2 {
        __setattr__;

        @Override
        public PyObject apply(PyObject self, PyObject n, PyObject v) {
            switch (this) {
            case __setattr__:
                return __setattr___impl(self, n, v);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setattr___impl(PyObject self, PyObject n, PyObject v) {
            hackcheck(self, "__setattr__");
            Abstract.genericSetAttr(self, Args.str("__setattr__", n, 1), v);
            return PyNone.NONE;
        }
    }

    /** The class methods that setupObjectAndType registers on o: one switch instead of a lambda class each. */
    private enum ObjectAndTypeOClassMethods implements JFunc {
        __init_subclass__, __subclasshook__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init_subclass__:
                return __init_subclass___impl(a, kw);
            case __subclasshook__:
                return Abstract.NI;
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init_subclass___impl(PyObject[] a, String[] kw) {
            if (a.length > 1 || kw != null && kw.length > 0) {
                throw Exc.typeError(((PyType) a[0]).name() + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.NONE;
        }
    }

    /** The functions of an argument vector that setupObjectAndType registers on its type: one switch instead of a lambda class each. */
    private enum ObjectAndTypeDefN implements JFunc {
        __call__, __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __call__:
                return __call___impl(a, kw);
            case __init__:
                return PyNone.NONE;
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __call___impl(PyObject[] a, String[] kw) {
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return typeCallPlain((PyType) a[0], rest, kw);
        }
    }

    /** The methods of self alone that setupObjectAndType registers on its type: one switch instead of a lambda class each. */
    private enum ObjectAndTypeDef0 implements TypeSetup.F0 {
        __repr__, mro, __subclasses__, __dir__;

        @Override
        public PyObject apply(PyObject self) {
            switch (this) {
            case __repr__:
                return new PyStr(self.toString());
            case mro:
                return new PyList(PyType.C3.mro((PyType) self, ((PyType) self).bases));
            case __subclasses__:
                return new PyList(((PyType) self).subclasses().toArray(new PyObject[0]));
            case __dir__:
                return __dir___impl(self);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __dir___impl(PyObject self) {
            PySet names = new PySet(false);
            for (PyType b : ((PyType) self).mro) {
                for (PyObject k : b.dict.keysArray()) {
                    names.add(k);
                }
            }
            return new PyList(names.items());
        }
    }

    /** The methods of self and one argument that setupObjectAndType registers on its type: one switch instead of a lambda class each. */
    private enum ObjectAndTypeDef1 implements TypeSetup.F1 {
        __getattribute__, __delattr__, __instancecheck__, __subclasscheck__, __or__;

        @Override
        public PyObject apply(PyObject self, PyObject n) {
            switch (this) {
            case __getattribute__:
                return __getattribute___impl(self, n);
            case __delattr__:
                return __delattr___impl(self, n);
            case __instancecheck__:
                {
                PyObject x = n;
                return PyBool.of(x.type().isSubtypeOf((PyType) self));
                }
            case __subclasscheck__:
                {
                PyObject x = n;
                return PyBool.of(x instanceof PyType && ((PyType) x).isSubtypeOf(
                        (PyType) self));
                }
            case __or__:
                return Abstract.NI;
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getattribute___impl(PyObject self, PyObject n) {
            String name = Args.str("__getattribute__", n, 1);
            PyObject r = Abstract.typeGetAttr((PyType) self, name);
            if (r == null) {
                throw Abstract.noAttribute(self, name);
            }
            return r;
        }

        private static PyObject __delattr___impl(PyObject self, PyObject n) {
            Abstract.typeSetAttr((PyType) self, Args.str("__delattr__", n, 1), null);
            return PyNone.NONE;
        }
    }

    /** The methods of self and two arguments that setupObjectAndType registers on its type: one switch instead of a lambda class each. */
    private enum ObjectAndTypeDef2 implements TypeSetup.F2 {
        __setattr__;

        @Override
        public PyObject apply(PyObject self, PyObject n, PyObject v) {
            switch (this) {
            case __setattr__:
                return __setattr___impl(self, n, v);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setattr___impl(PyObject self, PyObject n, PyObject v) {
            Abstract.typeSetAttr((PyType) self, Args.str("__setattr__", n, 1), v);
            return PyNone.NONE;
        }
    }

    /** The attribute getters that setupObjectAndType registers on its type: one switch instead of a lambda class each. */
    private enum ObjectAndTypeGet implements java.util.function.Function<PyObject, PyObject> {
        __name__, __qualname__, __module__, __dict__, __bases__, __base__, __mro__, __itemsize__, __flags__, __doc__,
        __abstractmethods__;

        @Override
        public PyObject apply(PyObject self) {
            switch (this) {
            case __name__:
                return new PyStr(((PyType) self).name());
            case __qualname__:
                return new PyStr(((PyType) self).qualname);
            case __module__:
                return __module___impl(self);
            case __dict__:
                return new PyMappingProxy(((PyType) self).dict);
            case __bases__:
                return new PyTuple(((PyType) self).bases.clone());
            case __base__:
                return __base___impl(self);
            case __mro__:
                return new PyTuple(((PyType) self).mro.clone());
            case __itemsize__:
                return __itemsize___impl(self);
            case __flags__:
                return PyInt.of(flags((PyType) self));
            case __doc__:
                return __doc___impl(self);
            case __abstractmethods__:
                return __abstractmethods___impl(self);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __module___impl(PyObject self) {
            PyObject m = ((PyType) self).dict.getStr("__module__");
            // CPython 3.11: Objects/typeobject.c type_module (a static type's own __module__ may be a descriptor)
            return m == null || !((PyType) self).heap && !(m instanceof PyStr) ? new PyStr("builtins") : m;
        }

        private static PyObject __base___impl(PyObject self) {
            PyType[] bs = ((PyType) self).bases;
            PyType b = bs.length == 0 ? null : layoutBase(bs);
            return b == null ? PyNone.NONE : b;
        }

        private static PyObject __itemsize___impl(PyObject self) {
            for (PyType b : ((PyType) self).mro) {
                if (b == PyTuple.TYPE) {
                    return PyInt.of(8);
                } else if (b == PyInt.TYPE) {
                    return PyInt.of(4);
                } else if (b == PyBytes.TYPE) {
                    return PyInt.of(1);
                } else if (b == PyType.TYPE) {
                    return PyInt.of(40);
                }
            }
            return PyInt.of(0);
        }

        private static PyObject __doc___impl(PyObject self) {
            PyObject d = ((PyType) self).dict.getStr("__doc__");
            if (d == null) {
                return PyNone.NONE;
            }
            return Abstract.hasGet(d) ? Abstract.descrGet(d, null, (PyType) self) : d;
        }

        private static PyObject __abstractmethods___impl(PyObject self) {
            // CPython 3.11: Objects/typeobject.c type_abstractmethods (type's own entry is this descriptor)
            PyObject d = self == PyType.TYPE ? null : ((PyType) self).dict.getStr("__abstractmethods__");
            if (d == null) {
                throw Exc.attributeError("__abstractmethods__", self, "__abstractmethods__");
            }
            return d;
        }
    }

    /** The attribute setters that setupObjectAndType registers on its type: one switch instead of a lambda class each. */
    private enum ObjectAndTypeSet implements java.util.function.BiConsumer<PyObject, PyObject> {
        __name__, __qualname__, __module__, __bases__, __doc__, __abstractmethods__;

        @Override
        public void accept(PyObject self, PyObject v) {
            switch (this) {
            case __name__:
                ((PyType) self).setName(checkSpecialAttr((PyType) self, "__name__", v));
                return;
            case __qualname__:
                __qualname___impl(self, v);
                return;
            case __module__:
                __module___impl(self, v);
                return;
            case __bases__:
                setBasesAttr((PyType) self, v);
                return;
            case __doc__:
                __doc___impl(self, v);
                return;
            case __abstractmethods__:
                __abstractmethods___impl(self, v);
                return;
            default:
                throw new AssertionError(this);
            }
        }

        private static void __qualname___impl(PyObject self, PyObject v) {
            ((PyType) self).qualname = checkSpecialAttr((PyType) self, "__qualname__", v);
            ((PyType) self).modified();
        }

        private static void __module___impl(PyObject self, PyObject v) {
            ((PyType) self).dict.setStr("__module__", v);
            ((PyType) self).modified();
        }

        private static void __doc___impl(PyObject self, PyObject v) {
            // CPython 3.11: Objects/typeobject.c type_set_doc / check_set_special_type_attr
            PyType ty = (PyType) self;
            if (!ty.isHeapType()) {
                throw Exc.typeError("cannot set '__doc__' attribute of immutable type '" + ty.name() + "'");
            }
            if (v == null) {
                throw Exc.typeError("cannot delete '__doc__' attribute of immutable type '" + ty.name() + "'");
            }
            ty.dict.setStr("__doc__", v);
        }

        private static void __abstractmethods___impl(PyObject self, PyObject v) {
            ((PyType) self).dict.setStr("__abstractmethods__", v);
            ((PyType) self).modified();
        }
    }

    /** {@code object.__getstate__()}: None, the instance dict, or (dict or None, {slot: value}). */
    // CPython 3.11: Objects/typeobject.c object_getstate_default (required=0)
    private static PyObject objectGetstate(PyObject self) {
        PyDict d = Abstract.instanceDict(self);
        PyObject state = d == null || d.size() == 0 ? PyNone.NONE : d;
        PyType t = self.type();
        if (t.slotNames.length == 0 || !(self instanceof PyInstance) || ((PyInstance) self).slots == null) {
            return state;
        }
        PyDict slots = new PyDict();
        for (int i = 0; i < t.slotNames.length; i++) {
            PyObject v = ((PyInstance) self).slots[i];
            if (v != null) {
                slots.setStr(t.slotNames[i], v);
            }
        }
        return slots.size() == 0 ? state : new PyTuple(new PyObject[] {state, slots});
    }

    /** {@code <__main__.Foo object at 0x...>}. */
    public static String defaultRepr(PyObject self) {
        PyType t = self.type();
        PyObject m = t.dict.getStr("__module__");
        String mod = m instanceof PyStr && !((PyStr) m).value.equals("builtins") ? ((PyStr) m).value + "." : "";
        return "<" + mod + t.qualname + " object at 0x" + Long.toHexString(Abstract.id(self)) + ">";
    }

    // CPython 3.11: Objects/typeobject.c hackcheck (the "Carlo Verre hack": object's __setattr__ on a type)
    private static void hackcheck(PyObject self, String what) {
        if (self instanceof PyType) {
            throw Exc.typeError("can't apply this " + what + " to type object");
        }
    }

    // CPython 3.11: Objects/typeobject.c object_new
    private static PyObject objectNew(PyObject[] a, String[] kw) {
        if (a.length == 0 || !(a[0] instanceof PyType)) {
            throw Exc.typeError("object.__new__(X): X is not a type object");
        }
        PyType t = (PyType) a[0];
        if (a.length > 1) {
            PyObject nw = t.lookup("__new__");
            // a class may hold object.__new__ itself (the function, not the staticmethod): tp_new is object_new
            if (nw != OBJECT_NEW && !(nw == ((PyDescriptors.StaticMethod) OBJECT_NEW).func)) {
                throw Exc.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (t.lookup("__init__") == OBJECT_INIT) {
                throw Exc.typeError(t.name() + "() takes no arguments");
            }
        }
        PyObject abs = t.dict.getStr("__abstractmethods__");
        if (abs != null && Abstract.isTrue(abs)) {
            PyObject[] names = Abstract.toArray(abs);
            List<String> ns = new ArrayList<>();
            for (PyObject n : names) {
                ns.add(Abstract.str(n));
            }
            java.util.Collections.sort(ns);
            throw Exc.typeError("Can't instantiate abstract class " + t.name() + " with abstract method"
                    + (ns.size() > 1 ? "s " : " ") + String.join(", ", ns));
        }
        return t.allocate();
    }

    // CPython 3.11: Objects/typeobject.c object_init
    private static PyObject objectInit(PyObject[] a, String[] kw) {
        if (a.length > 1) {
            PyType t = a[0].type();
            if (t.lookup("__init__") != OBJECT_INIT) {
                throw Exc.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.lookup("__new__") == OBJECT_NEW) {
                throw Exc.typeError(t.name() + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return PyNone.NONE;
    }

    static PyObject unwrapStatic(PyObject f) {
        return f instanceof PyDescriptors.StaticMethod ? ((PyDescriptors.StaticMethod) f).func : f;
    }

    /** Calling a type object: the metatype's {@code __call__} (type.__call__ unless overridden). */
    public static PyObject typeCall(PyType t, PyObject[] args, String[] kw) {
        PyType meta = t.type();
        if (meta != PyType.TYPE) {
            PyObject c = meta.lookup("__call__");
            if (c != TYPE_CALL) {
                return Abstract.callMethodDescr(c, t, args, kw);
            }
        }
        return typeCallPlain(t, args, kw);
    }

    // CPython 3.11: Objects/typeobject.c type_call (tp_new is object_new, tp_init is slot_tp_init)
    /**
     * The Python {@code __init__} function that calling {@code t} runs on a fresh instance from
     * object.__new__ (metatype type, no abstract methods), or null when the call takes another way.
     * The eval loop then pushes the {@code __init__} frame itself instead of calling {@link #typeCall}.
     */
    public static PyFunction plainInit(PyType t) {
        if (t.type() != PyType.TYPE) {
            return null;
        }
        // three lookups per class call otherwise: kept per type until its version tag changes
        PyType.InitCache c = t.initCache;
        if (c != null && c.version == t.versionTag && c.version != 0) {
            return c.init;
        }
        PyFunction init = findPlainInit(t);
        int v = t.versionTag; // assigned by the lookups (0 if the tags ran out: nothing is kept)
        if (v != 0) {
            t.initCache = new PyType.InitCache(v, init);
        }
        return init;
    }

    private static PyFunction findPlainInit(PyType t) {
        if (t.lookup("__new__") != OBJECT_NEW) {
            return null;
        }
        PyObject init = t.lookup("__init__");
        // abstract methods are looked up along the MRO (cached by version tag), a superset of the
        // own-dict test of typeCallPlain, which then decides
        if (!(init instanceof PyFunction) || t.lookup("__abstractmethods__") != null) {
            return null;
        }
        return (PyFunction) init;
    }

    // CPython 3.11: Objects/typeobject.c type_call
    static PyObject typeCallPlain(PyType t, PyObject[] args, String[] kw) {
        if (args.length == 1 && kw == null) {
            if (t == PyType.TYPE) {
                return args[0].type();
            }
            if (t == PyInt.TYPE) {
                // int(x): long_new's PyNumber_Long, then object_init, which takes the argument
                // without a word (int's tp_new is not object_new); int's dict cannot change
                return BuiltinMethods.numberLong(args[0]);
            }
        }
        PyObject nw = t.lookup("__new__");
        PyObject obj;
        if (nw == OBJECT_NEW && (args.length == 0 || t.lookup("__init__") != OBJECT_INIT)) {
            PyObject abs = t.dict.getStr("__abstractmethods__");
            if (abs != null && Abstract.isTrue(abs)) {
                obj = objectNew(new PyObject[] {t}, null);
            } else {
                obj = t.allocate();
            }
        } else {
            PyObject[] a2 = new PyObject[args.length + 1];
            a2[0] = t;
            System.arraycopy(args, 0, a2, 1, args.length);
            PyObject nf = unwrapStatic(nw);
            // tp_new is called directly (a built-in __new__ is not a counted recursive call)
            obj = nf instanceof PyBuiltinFunction ? ((PyBuiltinFunction) nf).call(a2, kw) : Abstract.call(nf, a2, kw);
        }
        if (!obj.type().isSubtypeOf(t)) {
            return obj;
        }
        PyObject init = obj.type().lookup("__init__");
        if (init == OBJECT_INIT && args.length == 0) {
            return obj;
        }
        PyObject r = Abstract.callMethodDescr(init, obj, args, kw);
        if (r != PyNone.NONE) {
            throw Exc.typeError("__init__() should return None, not '" + Abstract.typeName(r) + "'");
        }
        return obj;
    }

    // CPython 3.11: Objects/typeobject.c type_new
    private static PyObject typeNew(PyObject[] a, String[] kw) {
        int npos = Args.npos(a, kw);
        PyType meta = (PyType) a[0];
        if (npos == 2 && meta == PyType.TYPE) {
            return a[1].type();
        }
        if (npos != 4) {
            throw Exc.typeError("type() takes 1 or 3 arguments");
        }
        String name = Args.str("type.__new__", a[1], 1);
        if (!(a[2] instanceof PyTuple)) {
            throw Exc.typeError("type.__new__() argument 2 must be tuple, not " + Abstract.typeName(a[2]));
        }
        if (!(a[3] instanceof PyDict)) {
            throw Exc.typeError("type.__new__() argument 3 must be dict, not " + Abstract.typeName(a[3]));
        }
        PyObject[] bs = ((PyTuple) a[2]).items;
        // CPython 3.11: _PyType_CalculateMetaclass (over the types of all bases, before they are checked)
        PyType winner = meta;
        for (PyObject b : bs) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Exc.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        PyType[] bases = new PyType[bs.length];
        for (int i = 0; i < bs.length; i++) {
            if (!(bs[i] instanceof PyType)) {
                throw Exc.typeError("bases must be types");
            }
            bases[i] = (PyType) bs[i];
        }
        if (winner != meta) {
            PyObject wn = winner.lookup("__new__");
            if (wn != PyType.TYPE.dict.getStr("__new__")) {
                PyObject[] a2 = a.clone();
                a2[0] = winner;
                return Abstract.call(unwrapStatic(wn), a2, kw);
            }
        }
        PyDict kwargs = new PyDict();
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                kwargs.setStr(kw[i], a[npos + i]);
            }
        }
        return newHeapType(winner, name, bases, (PyDict) a[3], kwargs);
    }

    /** Whether the metatype of {@code t} overrides {@code mro()}. */
    static boolean customMro(PyType t) {
        PyType meta = t.type();
        if (meta == PyType.TYPE) {
            return false;
        }
        PyObject m = meta.lookup("mro");
        return m != null && m != TYPE_MRO;
    }

    // CPython 3.11: Objects/typeobject.c mro_internal, mro_invoke, mro_check
    static PyType[] computeMro(PyType t) {
        if (!customMro(t)) {
            return PyType.C3.mro(t, t.bases);
        }
        PyObject[] items = Abstract.toArray(Abstract.callMethod(t, "mro"));
        PyType[] out = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType)) {
                throw Exc.typeError("mro() returned a non-class ('" + Abstract.typeName(items[i]) + "')");
            }
            out[i] = (PyType) items[i];
            if (!t.solidBase.isSubtypeOf(out[i].solidBase)) {
                throw Exc.typeError("mro() returned base with unsuitable layout ('" + out[i].name() + "')");
            }
        }
        return out;
    }

    /** The built-in type whose instance layout {@code t} has (CPython 3.11: solid_base, by built-in type). */
    private static PyType layoutTypeOf(PyType t) {
        while (t.heap && t.bases.length > 0) {
            t = bestBase(t.bases);
        }
        return t;
    }

    /** The base whose instance layout the others extend (CPython 3.11: Objects/typeobject.c best_base). */
    private static PyType bestBase(PyType[] bases) {
        PyType best = null;
        PyType solid = null;
        for (PyType b : bases) {
            PyType bs = layoutTypeOf(b);
            if (solid == null || bs.isSubtypeOf(solid)) {
                solid = bs;
                best = b;
            } else if (!solid.isSubtypeOf(bs)) {
                throw Exc.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /** The __slots__ names instances get from {@code bases} (in order). */
    private static List<String> inheritedSlots(PyType[] bases) {
        List<String> slots = new ArrayList<>();
        for (PyType b : bases) {
            for (PyType m : b.mro) {
                for (String n : m.slotNames) {
                    if (!slots.contains(n)) {
                        slots.add(n);
                    }
                }
            }
        }
        return slots;
    }

    // CPython 3.11: Objects/typeobject.c type_set_bases
    private static void setBasesAttr(PyType type, PyObject v) {
        if (!type.heap) {
            throw Exc.typeError("cannot set '__bases__' attribute of immutable type '" + type.name() + "'");
        }
        if (v == null) {
            throw Exc.typeError("cannot delete '__bases__' attribute of immutable type '" + type.name() + "'");
        }
        if (!(v instanceof PyTuple)) {
            throw Exc.typeError("can only assign tuple to " + type.name() + ".__bases__, not " + Abstract.typeName(v));
        }
        PyObject[] items = Abstract.toArray(v);
        if (items.length == 0) {
            throw Exc.typeError("can only assign non-empty tuple to " + type.name() + ".__bases__, not ()");
        }
        PyType[] nb = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType)) {
                throw Exc.typeError(type.name() + ".__bases__ must be tuple of classes, not '"
                        + Abstract.typeName(items[i]) + "'");
            }
            nb[i] = (PyType) items[i];
            // also through the tp_base chain: a reentrant mro() may have assigned bases not yet in any MRO
            if (nb[i].isSubtypeOf(type) || baseChainReaches(nb[i], type)) {
                throw Exc.typeError("a __bases__ item causes an inheritance cycle");
            }
        }
        PyType newBase = bestBase(nb);
        PyType oldBase = bestBase(type.bases);
        // compatible_for_assignment: instances keep their layout
        if (layoutTypeOf(newBase) != layoutTypeOf(oldBase) || newBase.solidBase != oldBase.solidBase
                || !inheritedSlots(nb).equals(inheritedSlots(type.bases))) {
            throw Exc.typeError("__bases__ assignment: '" + newBase.name() + "' object layout differs from '"
                    + oldBase.name() + "'");
        }
        PyType[] oldBases = type.bases;
        type.bases = nb;
        List<Object[]> undo = new ArrayList<>();
        try {
            mroHierarchy(type, undo);
        } catch (RuntimeException e) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                PyType c = (PyType) undo.get(i)[0];
                // do not roll back a class that got a newer MRO meanwhile
                if (c.mro == undo.get(i)[2]) {
                    c.mro = (PyType[]) undo.get(i)[1];
                }
            }
            if (type.bases == nb) {
                type.bases = oldBases;
            }
            type.modified();
            throw e;
        }
        // a reentrant assignment (from a custom mro()) already did the bookkeeping
        if (type.bases == nb) {
            for (PyType b : oldBases) {
                b.removeSubclass(type);
            }
            for (PyType b : nb) {
                b.addSubclass(type);
            }
        }
        type.modified();
    }

    /** CPython 3.11: Objects/typeobject.c type_is_subtype_base_chain. */
    private static boolean baseChainReaches(PyType a, PyType b) {
        for (int guard = 0; a != null && guard < 10000; guard++) {
            if (a == b) {
                return true;
            }
            a = a.bases.length == 0 ? null : bestBase(a.bases);
        }
        return b == TypeSetup.OBJECT;
    }

    /** Recomputes the MRO of {@code t} and its subclasses, recording the old ones (CPython: mro_hierarchy). */
    private static void mroHierarchy(PyType t, List<Object[]> undo) {
        PyType[] old = t.mro;
        PyType[] mro = computeMro(t);
        if (t.mro != old) {
            // mro_internal: a reentrant call set a newer MRO; keep it and stop here
            return;
        }
        undo.add(new Object[] {t, old, mro});
        t.mro = mro;
        for (PyType sub : t.subclasses()) {
            mroHierarchy(sub, undo);
        }
    }

    /** The built-in types CPython 3.11 makes without Py_TPFLAGS_BASETYPE (they cannot be subclassed). */
    private static final java.util.Set<String> FINAL_TYPES = java.util.Set.of("NoneType", "NotImplementedType",
            "anext_awaitable", "async_generator", "async_generator_asend", "async_generator_athrow",
            "async_generator_wrapped_value", "bool", "builtin_function_or_method", "bytearray_iterator",
            "bytes_iterator", "callable_iterator", "cell", "classmethod_descriptor", "code", "coroutine",
            "coroutine_wrapper", "dict_itemiterator", "dict_items", "dict_keyiterator", "dict_keys",
            "dict_reverseitemiterator", "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_valueiterator",
            "dict_values", "ellipsis", "frame", "function", "generator", "getset_descriptor", "iterator",
            "list_iterator", "list_reverseiterator", "longrange_iterator", "mappingproxy", "member_descriptor",
            "memory_iterator", "memoryview", "method", "method-wrapper", "method_descriptor", "range",
            "range_iterator", "set_iterator", "slice", "str_ascii_iterator", "str_iterator", "traceback",
            "tuple_iterator", "wrapper_descriptor", "UnionType", "_tuplegetter", "_grouper", "_tee",
            "_tee_dataobject", "Context", "ContextVar", "Token", "CallableProxyType", "ProxyType",
            "_deque_iterator", "_deque_reverse_iterator");

    /** Py_TPFLAGS_BASETYPE: the type may be subclassed. */
    static boolean isBaseType(PyType t) {
        return t.heap || !FINAL_TYPES.contains(t.name());
    }

    // CPython 3.11: Include/object.h Py_TPFLAGS_* (the bits Python code reads through __flags__)
    static long flags(PyType t) {
        long f = 1L << 12; // READY
        if (t.heap) {
            f |= 1L << 9 | 1L << 14; // HEAPTYPE, HAVE_GC
        } else {
            f |= 1L << 8; // IMMUTABLETYPE
        }
        if (isBaseType(t)) {
            f |= 1L << 10;
        }
        PyObject abs = t.dict.getStr("__abstractmethods__");
        if (abs != null && abs.type().lookup("__len__") != null && Abstract.isTrue(abs)) {
            f |= 1L << 20; // IS_ABSTRACT
        }
        if (t.isSubtypeOf(PyInt.TYPE)) {
            f |= 1L << 24;
        } else if (t.isSubtypeOf(PyList.TYPE)) {
            f |= 1L << 25;
        } else if (t.isSubtypeOf(PyTuple.TYPE)) {
            f |= 1L << 26;
        } else if (t.isSubtypeOf(PyBytes.TYPE)) {
            f |= 1L << 27;
        } else if (t.isSubtypeOf(PyStr.TYPE)) {
            f |= 1L << 28;
        } else if (t.isSubtypeOf(PyDict.TYPE)) {
            f |= 1L << 29;
        } else if (t.isSubtypeOf(Exc.BaseException)) {
            f |= 1L << 30;
        } else if (t.isSubtypeOf(PyType.TYPE)) {
            f |= 1L << 31;
        }
        if (t == PyFunction.TYPE || t == PyMethodDescr.TYPE || t == PyDescriptors.CLASSMETHOD_DESCRIPTOR) {
            f |= 1L << 17; // METHOD_DESCRIPTOR
        }
        // the pattern-matching flags (collections.abc's __abc_tpflags__ are kept as __quicken_sequence__/_mapping__)
        PyObject seq = t.lookup("__quicken_sequence__");
        PyObject map = t.lookup("__quicken_mapping__");
        if (t.isSubtypeOf(PyList.TYPE) || t.isSubtypeOf(PyTuple.TYPE) || t.isSubtypeOf(PyRange.TYPE)
                || seq != null && Abstract.isTrue(seq)) {
            f |= 1L << 5; // SEQUENCE
        } else if (t.isSubtypeOf(PyDict.TYPE) || map != null && Abstract.isTrue(map)) {
            f |= 1L << 6; // MAPPING
        }
        return f;
    }

    /** Creates a class: {@code type.__new__(meta, name, bases, ns, **kwargs)}. */
    public static PyType newHeapType(PyType meta, String name, PyType[] bases, PyDict ns, PyDict kwargs) {
        if (bases.length == 0) {
            bases = new PyType[] {OBJECT};
        }
        for (PyType b : bases) {
            if (!isBaseType(b)) {
                throw Exc.typeError("type '" + b.name() + "' is not an acceptable base type");
            }
        }
        PyType t = new PyType(name, meta);
        PyDict d = t.dict;
        for (PyObject k : ns.keysArray()) {
            d.setItem(k, ns.getItem(k));
        }
        PyObject qn = d.getStr("__qualname__");
        if (qn != null) {
            if (!(qn instanceof PyStr)) {
                throw Exc.typeError("type __qualname__ must be a str, not " + Abstract.typeName(qn));
            }
            t.qualname = ((PyStr) qn).value;
            d.delStr("__qualname__");
        }
        // choose the solid base: the base whose representation is most derived
        PyType solid = bases[0].solidBase;
        PyType.Factory factory = bases[0].factory;
        for (PyType b : bases) {
            if (b.solidBase != OBJECT && b.solidBase.isSubtypeOf(solid)) {
                solid = b.solidBase;
                factory = b.factory;
            } else if (b.solidBase != OBJECT && solid != OBJECT && !solid.isSubtypeOf(b.solidBase)) {
                throw Exc.typeError("multiple bases have instance lay-out conflict");
            }
        }
        checkBuiltinLayouts(bases);
        t.solidBase = solid;
        t.factory = factory;
        boolean baseHasDict = false;
        List<String> slots = new ArrayList<>();
        for (PyType b : bases) {
            for (PyType m : b.mro) {
                if (m.heap && m.hasInstanceDict || m == PyType.TYPE) {
                    baseHasDict = true; // a metaclass: type objects have their own __dict__
                }
                for (String s : m.slotNames) {
                    if (!slots.contains(s)) {
                        slots.add(s);
                    }
                }
            }
        }
        if (solid == Exc.BaseException) {
            baseHasDict = true;
        }
        PyObject slotsDecl = d.getStr("__slots__");
        boolean slotsWeakref = false;
        if (slotsDecl == null) {
            t.hasInstanceDict = true;
        } else {
            PyObject[] names = slotsDecl instanceof PyStr ? new PyObject[] {slotsDecl} : Abstract.toArray(slotsDecl);
            t.hasInstanceDict = baseHasDict;
            java.util.Set<String> declared = new java.util.HashSet<>();
            for (PyObject n : names) {
                String s = Args.str("__slots__", n, 1);
                if (s.equals("__dict__")) {
                    t.hasInstanceDict = true;
                    continue;
                }
                if (s.equals("__weakref__")) {
                    slotsWeakref = true;
                    continue;
                }
                if (!declared.add(s)) {
                    continue; // a name listed twice (datetime's date.__slots__ + time.__slots__) is one slot
                }
                if (d.getStr(s) != null) {
                    throw Exc.valueError("'" + s + "' in __slots__ conflicts with class variable");
                }
                String mangled = s.startsWith("__") && !s.endsWith("__") ? "_" + name.replaceFirst("^_+", "") + s : s;
                slots.add(mangled);
                d.setStr(mangled, new PyDescriptors.Member(t, mangled, slots.size() - 1));
            }
        }
        t.slotNames = slots.toArray(new String[0]);
        // CPython 3.11: type_new_descriptors: Py_TPFLAGS_MANAGED_DICT (and cached keys) when the base's
        // tp_itemsize is 0; quicken's instances of list/dict/str/float/complex subclasses keep their
        // dict in a field, so the keys are only what LOAD_METHOD_WITH_VALUES checks there
        if (t.hasInstanceDict && (solid == OBJECT || solid == Exc.BaseException || solid == PyList.TYPE
                || solid == PyDict.TYPE || solid == PyStr.TYPE || solid == PyFloat.TYPE || solid == PyComplex.TYPE)) {
            t.sharedKeys = new SharedKeys();
        }
        if (d.getStr("__module__") == null) {
            PyObject g = CURRENT_MODULE_NAME.get();
            if (g != null) {
                d.setStr("__module__", g);
            }
        }
        if (d.getStr("__eq__") != null && d.getStr("__hash__") == null) {
            d.setStr("__hash__", PyNone.NONE);
        }
        PyObject nw = d.getStr("__new__");
        if (nw instanceof PyFunction) {
            d.setStr("__new__", new PyDescriptors.StaticMethod(PyDescriptors.STATICMETHOD, nw));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = d.getStr(cm);
            if (f instanceof PyFunction) {
                d.setStr(cm, new PyDescriptors.ClassMethod(PyDescriptors.CLASSMETHOD, f));
            }
        }
        if (t.hasInstanceDict && !baseHasDict && solid != Exc.BaseException && solid != PyModule.TYPE) {
            d.setStr("__dict__", instanceDictDescriptor(t));
        }
        if ((slotsDecl == null || slotsWeakref) && mayAddWeakref(bases)) {
            d.setStr("__weakref__", new PyDescriptors.GetSet(t, "__weakref__", new Function<PyObject, PyObject>() {
                @Override
                public PyObject apply(PyObject self) {
                    return weakrefListHead.apply(self);
                }
            },
                    null));
        }
        // CPython 3.11: type_new_set_doc runs after PyType_Ready added the __dict__/__weakref__ getsets
        if (d.getStr("__doc__") == null) {
            d.setStr("__doc__", PyNone.NONE);
        }
        t.setBases(bases);
        t.solidBase = solid;
        t.factory = factory;
        t.isException = solid == Exc.BaseException;
        if (customMro(t)) {
            // a metaclass mro() decides the MRO (CPython 3.11: type_ready -> mro_internal)
            t.mro = computeMro(t);
        }
        PyObject cell = d.getStr("__classcell__");
        if (cell instanceof PyCell) {
            ((PyCell) cell).value = t;
            d.delStr("__classcell__");
        }
        t.recomputeFlags();
        // CPython 3.11: type_new_set_names
        for (PyObject k : d.keysArray()) {
            PyObject v = d.getItem(k);
            PyObject sn = v.type().lookup("__set_name__");
            if (sn != null) {
                try {
                    Abstract.callMethodDescr(sn, v, new PyObject[] {t, k}, null);
                } catch (PyException e) {
                    PyException wrapped = Exc.runtimeError("Error calling __set_name__ on '" + Abstract.typeName(v)
                            + "' instance " + Abstract.repr(k) + " in '" + t.name() + "'");
                    // CPython 3.11: Python/errors.c _PyErr_FormatFromCause
                    wrapped.value.cause = e.value;
                    wrapped.value.context = e.value;
                    wrapped.value.suppressContext = true;
                    throw wrapped;
                }
            }
            if (v instanceof PyDescriptors.Property && ((PyDescriptors.Property) v).name == null) {
                ((PyDescriptors.Property) v).name = Abstract.str(k);
            }
        }
        // CPython 3.11: type_new_init_subclass
        PyObject isc = null;
        for (int i = 1; i < t.mro.length && isc == null; i++) {
            isc = t.mro[i].dict.getStr("__init_subclass__");
        }
        if (isc != null) {
            PyObject bound = Abstract.descrGet(isc, null, t);
            String[] kn = kwargs.size() == 0 ? null : new String[kwargs.size()];
            PyObject[] kv = kwargs.valuesArray();
            if (kn != null) {
                PyObject[] ks = kwargs.keysArray();
                for (int i = 0; i < ks.length; i++) {
                    kn[i] = Abstract.str(ks[i]);
                }
            }
            Abstract.call(bound, kv, kn);
        }
        return t;
    }

    /** {@code obj.__weakref__}: the first weak reference to obj, or None (set by {@code _weakref}). */
    public static volatile java.util.function.Function<PyObject, PyObject> weakrefListHead = new Function<PyObject, PyObject>() {
        @Override
        public PyObject apply(PyObject o) {
            return PyNone.NONE;
        }
    };

    /**
     * Whether a new class gets a {@code __weakref__} getset: no base has weak reference support
     * already (set, frozenset, type, a class that added it) and none is variable-sized (int, bytes,
     * tuple).
     */
    // CPython 3.11: Objects/typeobject.c type_new_slots (may_add_weak, add_weak)
    private static boolean mayAddWeakref(PyType[] bases) {
        for (PyType b : bases) {
            for (PyType m : b.mro) {
                if (m.heap ? m.dict.getStr("__weakref__") != null
                        : m == PySet.TYPE || m == PyFrozenSet.TYPE || m == PyType.TYPE || m == PyInt.TYPE
                                || m == PyBytes.TYPE || m == PyTuple.TYPE) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The {@code __name__} of the module whose code is running (for {@code __module__} of new classes). */
    public static final ThreadLocal<PyObject> CURRENT_MODULE_NAME = new ThreadLocal<>();
}
