package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyNotImplemented;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PySet;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code _abc}: the C accelerator of {@code abc.ABCMeta} (CPython 3.11 Modules/_abc.c): per-class
 * registry, positive and negative caches (weak sets of classes) and the invalidation counter.
 */
public final class AbcModule {

    private AbcModule() {
    }

    static final PyObject NONE = PyNone.NONE;
    static final PyType ABC_DATA = NativeTypes.type("_abc_data", "_abc");

    /** CPython's {@code abc_invalidation_counter} (process-wide here; per module state in CPython). */
    static final AtomicLong INVALIDATION = new AtomicLong();

    static final int TPFLAGS_SEQUENCE = 1 << 5;
    static final int TPFLAGS_MAPPING = 1 << 6;

    /** CPython's {@code _abc_data}: the weak sets of one ABC. */
    static final class AbcData extends PyInstance {
        final Set<PyObject> registry = weakSet();
        final Set<PyObject> cache = weakSet();
        Set<PyObject> negativeCache = weakSet();
        long negativeCacheVersion = INVALIDATION.get();

        AbcData() {
            super(ABC_DATA);
        }
    }

    static Set<PyObject> weakSet() {
        return Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    }

    static AbcData impl(PyObject self) {
        PyObject d = Abstract.getAttr(self, "_abc_impl");
        if (!(d instanceof AbcData)) {
            throw Exc.typeError("_abc_impl is set to a wrong type");
        }
        return (AbcData) d;
    }

    static boolean isAbstract(PyObject v) {
        PyObject a = Abstract.lookupAttr(v, "__isabstractmethod__");
        return a != null && Abstract.isTrue(a);
    }

    // CPython 3.11: Modules/_abc.c compute_abstract_methods
    static void computeAbstractMethods(PyObject self) {
        PySet abstracts = new PySet(false);
        PyObject ns = self instanceof PyType ? ((PyType) self).dict() : Abstract.getAttr(self, "__dict__");
        for (PyObject item : Abstract.toArray(Abstract.callMethod(ns, "items"))) {
            PyObject[] kv = Abstract.toArray(item);
            if (isAbstract(kv[1])) {
                abstracts.add(kv[0]);
            }
        }
        PyObject bases = self instanceof PyType ? new PyTuple(((PyType) self).bases())
                : Abstract.getAttr(self, "__bases__");
        if (!(bases instanceof PyTuple)) {
            throw Exc.typeError("__bases__ is not tuple");
        }
        for (PyObject base : ((PyTuple) bases).items) {
            PyObject baseAbstracts = Abstract.lookupAttr(base, "__abstractmethods__");
            if (baseAbstracts == null) {
                continue;
            }
            for (PyObject key : Abstract.toArray(baseAbstracts)) {
                PyObject value = Abstract.lookupAttr(self, Abstract.str(key));
                if (value != null && isAbstract(value)) {
                    abstracts.add(key);
                }
            }
        }
        Abstract.setAttr(self, "__abstractmethods__", PyFrozenSet.of(java.util.Arrays.asList(abstracts.items())));
    }

    static PyObject abcInit(PyObject self) {
        computeAbstractMethods(self);
        Abstract.setAttr(self, "_abc_impl", new AbcData());
        if (self instanceof PyType) {
            PyType cls = (PyType) self;
            PyObject flags = cls.dict().getStr("__abc_tpflags__");
            if (flags != null) {
                if (flags instanceof PyInt) {
                    long val = ((PyInt) flags).value;
                    if ((val & (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING)) == (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING)) {
                        throw Exc.typeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and "
                                + "Py_TPFLAGS_MAPPING");
                    }
                    setCollectionFlag(cls, val);
                }
                cls.dict().delStr("__abc_tpflags__");
                cls.modified();
            }
        }
        return NONE;
    }

    /** The pattern-matching flags: quicken keeps them as {@code __quicken_sequence__}/{@code __quicken_mapping__}. */
    static void setCollectionFlag(PyType cls, long val) {
        if ((val & TPFLAGS_SEQUENCE) != 0) {
            cls.dict().setStr("__quicken_sequence__", PyBool.TRUE);
            cls.dict().setStr("__quicken_mapping__", PyBool.FALSE);
            cls.modified();
        } else if ((val & TPFLAGS_MAPPING) != 0) {
            cls.dict().setStr("__quicken_mapping__", PyBool.TRUE);
            cls.dict().setStr("__quicken_sequence__", PyBool.FALSE);
            cls.modified();
        }
    }

    static long collectionFlag(PyType cls) {
        PyObject s = cls.dict().getStr("__quicken_sequence__");
        PyObject m = cls.dict().getStr("__quicken_mapping__");
        return s != null && Abstract.isTrue(s) ? TPFLAGS_SEQUENCE : m != null && Abstract.isTrue(m) ? TPFLAGS_MAPPING
                : 0;
    }

    // CPython 3.11: Modules/_abc.c set_collection_flag_recursive
    static void setCollectionFlagRecursive(PyType child, long flag) {
        if (!child.isHeapType() || collectionFlag(child) == flag) {
            return;
        }
        setCollectionFlag(child, flag);
        for (PyType g : child.subclasses()) {
            setCollectionFlagRecursive(g, flag);
        }
    }

    // CPython 3.11: Modules/_abc.c _abc__abc_register_impl
    static PyObject abcRegister(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType)) {
            throw Exc.typeError("Can only register classes");
        }
        if (Abstract.isSubclass(subclass, self)) {
            return subclass;
        }
        if (Abstract.isSubclass(self, subclass)) {
            throw Exc.runtimeError("Refusing to create an inheritance cycle");
        }
        impl(self).registry.add(subclass);
        INVALIDATION.incrementAndGet();
        if (self instanceof PyType) {
            long flag = collectionFlag((PyType) self);
            if (flag != 0) {
                setCollectionFlagRecursive((PyType) subclass, flag);
            }
        }
        return subclass;
    }

    // CPython 3.11: Modules/_abc.c _abc__abc_instancecheck_impl
    static PyObject abcInstancecheck(PyObject self, PyObject instance) {
        AbcData impl = impl(self);
        PyObject subclass = Abstract.getAttr(instance, "__class__");
        if (impl.cache.contains(subclass)) {
            return PyBool.TRUE;
        }
        PyObject subtype = instance.type();
        if (subtype == subclass) {
            if (impl.negativeCacheVersion == INVALIDATION.get() && impl.negativeCache.contains(subclass)) {
                return PyBool.FALSE;
            }
            return Abstract.callMethod(self, "__subclasscheck__", subclass);
        }
        PyObject r = Abstract.callMethod(self, "__subclasscheck__", subclass);
        if (Abstract.isTrue(r)) {
            return r;
        }
        return Abstract.callMethod(self, "__subclasscheck__", subtype);
    }

    // CPython 3.11: Modules/_abc.c _abc__abc_subclasscheck_impl
    static PyObject abcSubclasscheck(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType)) {
            throw Exc.typeError("issubclass() arg 1 must be a class");
        }
        AbcData impl = impl(self);
        // 1. the cache
        if (impl.cache.contains(subclass)) {
            return PyBool.TRUE;
        }
        // 2. the negative cache; may have to invalidate
        long counter = INVALIDATION.get();
        if (impl.negativeCacheVersion < counter) {
            impl.negativeCache.clear();
            impl.negativeCacheVersion = counter;
        } else if (impl.negativeCache.contains(subclass)) {
            return PyBool.FALSE;
        }
        // 3. the subclass hook
        PyObject ok = Abstract.callMethod(self, "__subclasshook__", subclass);
        if (ok == PyBool.TRUE) {
            impl.cache.add(subclass);
            return PyBool.TRUE;
        }
        if (ok == PyBool.FALSE) {
            impl.negativeCache.add(subclass);
            return PyBool.FALSE;
        }
        if (ok != PyNotImplemented.NOT_IMPLEMENTED) {
            throw Exc.raise(Exc.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
        }
        // 4. a direct subclass
        for (PyType m : ((PyType) subclass).mro()) {
            if (m == self) {
                impl.cache.add(subclass);
                return PyBool.TRUE;
            }
        }
        // 5. a subclass of a registered class (recursive)
        List<PyObject> registry;
        synchronized (impl.registry) {
            registry = new ArrayList<>(impl.registry);
        }
        if (registry.contains(subclass)) {
            return PyBool.TRUE;
        }
        for (PyObject r : registry) {
            if (Abstract.isSubclass(subclass, r)) {
                impl.cache.add(subclass);
                return PyBool.TRUE;
            }
        }
        // 6. a subclass of a subclass (recursive)
        PyObject subclasses = Abstract.callMethod(self, "__subclasses__");
        if (!(subclasses instanceof PyList)) {
            throw Exc.typeError("__subclasses__() must return a list");
        }
        for (PyObject scls : ((PyList) subclasses).toArray()) {
            if (Abstract.isSubclass(subclass, scls)) {
                impl.cache.add(subclass);
                return PyBool.TRUE;
            }
        }
        impl.negativeCache.add(subclass);
        return PyBool.FALSE;
    }

    static PySet setOf(Set<PyObject> s) {
        PySet out = new PySet(false);
        synchronized (s) {
            for (PyObject o : s) {
                out.add(WeakrefModule.newRef(WeakrefModule.REF, o, null, false));
            }
        }
        return out;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_abc");
        NativeTypes.def(m, "get_cache_token", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("get_cache_token", a, kw, 0, 0, 0);
                return PyInt.of(INVALIDATION.get());
            }
        });
        NativeTypes.def(m, "_abc_init", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("_abc_init", a, kw, 0, 1, 1);
                return abcInit(a[0]);
            }
        });
        NativeTypes.def(m, "_abc_register", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("_abc_register", a, kw, 0, 2, 2);
                return abcRegister(a[0], a[1]);
            }
        });
        NativeTypes.def(m, "_abc_instancecheck", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("_abc_instancecheck", a, kw, 0, 2, 2);
                return abcInstancecheck(a[0], a[1]);
            }
        });
        NativeTypes.def(m, "_abc_subclasscheck", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("_abc_subclasscheck", a, kw, 0, 2, 2);
                return abcSubclasscheck(a[0], a[1]);
            }
        });
        NativeTypes.def(m, "_get_dump", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("_get_dump", a, kw, 0, 1, 1);
                AbcData d = impl(a[0]);
                return new PyTuple(new PyObject[] {setOf(d.registry), setOf(d.cache), setOf(d.negativeCache),
                    PyInt.of(d.negativeCacheVersion)});
            }
        });
        NativeTypes.def(m, "_reset_registry", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("_reset_registry", a, kw, 0, 1, 1);
                impl(a[0]).registry.clear();
                return NONE;
            }
        });
        NativeTypes.def(m, "_reset_caches", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("_reset_caches", a, kw, 0, 1, 1);
                AbcData d = impl(a[0]);
                d.cache.clear();
                d.negativeCache.clear();
                return NONE;
            }
        });
        m.dict.setStr("__doc__", new PyStr("Module contains faster C implementation of abc.ABCMeta"));
        return m;
    }
}
