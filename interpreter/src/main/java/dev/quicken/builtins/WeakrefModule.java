package dev.quicken.builtins;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.Items;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyNotImplemented;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _weakref}: weak references over the JVM's. A referent dies when the JVM collects it (not
 * when its last reference goes, as under CPython's reference counting); {@code gc.collect()} runs a
 * full JVM collection and then clears dead referents and calls their callbacks, so
 * {@code del x; gc.collect()} kills {@code x} when nothing else holds it.
 */
public final class WeakrefModule {

    private WeakrefModule() {
    }

    static final PyObject NONE = PyNone.NONE;

    public static final PyType REF = NativeTypes.type("ReferenceType", "weakref");
    public static final PyType PROXY = NativeTypes.type("ProxyType", "weakref");
    public static final PyType CALLABLE_PROXY = NativeTypes.type("CallableProxyType", "weakref");

    // ---------------------------------------------------------------- the registry of referents

    /** The JVM weak reference to one referent, with the Python weak references to it in CPython's list order. */
    static final class Referent extends WeakReference<PyObject> {
        final int hash;
        /** CPython's weakref list: the basic ref first, then the basic proxy, then the others (newest first). */
        final List<WeakReference<Ref>> refs = new ArrayList<>(2);

        Referent(PyObject o, ReferenceQueue<PyObject> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        List<Ref> live() {
            List<Ref> out = new ArrayList<>(refs.size());
            for (WeakReference<Ref> w : refs) {
                Ref r = w.get();
                if (r != null && r.referent == this) {
                    out.add(r);
                }
            }
            return out;
        }
    }

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /** Referents by identity hash (buckets), for the lookup of an object's weak references. */
    private static final Map<Integer, List<Referent>> TABLE = new HashMap<>();

    private static synchronized Referent find(PyObject o, boolean create) {
        int h = System.identityHashCode(o);
        List<Referent> bucket = TABLE.get(h);
        if (bucket != null) {
            for (Referent r : bucket) {
                if (r.get() == o) {
                    return r;
                }
            }
        }
        if (!create) {
            return null;
        }
        Referent r = new Referent(o, QUEUE);
        TABLE.computeIfAbsent(h, new java.util.function.Function<Integer, List<Referent>>() {
            @Override
            public List<Referent> apply(Integer k) {
                return new ArrayList<>(1);
            }
        }).add(r);
        return r;
    }

    private static synchronized void forget(Referent r) {
        List<Referent> bucket = TABLE.get(r.hash);
        if (bucket != null && bucket.remove(r) && bucket.isEmpty()) {
            TABLE.remove(r.hash);
        }
    }

    /** Referents collected by the JVM and queued; their callbacks run on the caller's thread. */
    public static void processQueue() {
        List<Referent> dead = new ArrayList<>();
        for (Reference<? extends PyObject> x = QUEUE.poll(); x != null; x = QUEUE.poll()) {
            dead.add((Referent) x);
        }
        clearAll(dead);
    }

    /** After a full JVM collection: every dead referent, queued yet or not; the count of references cleared. */
    public static int processDead() {
        List<Referent> dead = new ArrayList<>();
        synchronized (WeakrefModule.class) {
            for (List<Referent> b : TABLE.values()) {
                for (Referent r : b) {
                    if (r.get() == null) {
                        dead.add(r);
                    }
                }
            }
        }
        while (QUEUE.poll() != null) {
            // drained: the scan above found them
        }
        return clearAll(dead);
    }

    // CPython 3.11: Objects/weakrefobject.c PyObject_ClearWeakRefs (callbacks in list order)
    private static int clearAll(List<Referent> dead) {
        int n = 0;
        for (Referent r : dead) {
            List<Ref> refs;
            synchronized (WeakrefModule.class) {
                if (r.refs.isEmpty()) {
                    continue;
                }
                refs = r.live();
                r.refs.clear();
                forget(r);
            }
            for (Ref ref : refs) {
                ref.referent = null;
                n++;
            }
            for (Ref ref : refs) {
                PyObject cb = ref.callback;
                ref.callback = null;
                if (cb != null) {
                    try {
                        Abstract.call(cb, ref);
                    } catch (PyException e) {
                        Unraisable.report(null, cb, e);
                    }
                }
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- ref and proxy objects

    /** A weak reference or proxy (a {@link PyInstance} so that Python subclasses get slots and a dict). */
    public static class Ref extends PyInstance {
        Referent referent;
        PyObject callback;
        long hash = -1;

        Ref(PyType cls) {
            super(cls);
        }

        /** The referent, or null once it is dead. */
        public final PyObject get() {
            Referent r = referent;
            return r == null ? null : r.get();
        }
    }

    static boolean supportsWeakrefs(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyInt.class || c == PyBool.class || c == PyStr.class || c == PyTuple.class || c == PyFloat.class
                || c == PyBytes.class || c == PyComplex.class || o == NONE || o == PyNotImplemented.NOT_IMPLEMENTED) {
            return false;
        }
        if (o instanceof PyList && o.type() == PyList.TYPE || o instanceof PyDict && o.type() == PyDict.TYPE) {
            return false;
        }
        return true;
    }

    static boolean isBasic(Ref r) {
        return r.callback == null && (r.cls == REF || r.cls == PROXY || r.cls == CALLABLE_PROXY);
    }

    // CPython 3.11: Objects/weakrefobject.c weakref___new__ / PyWeakref_NewProxy
    static Ref newRef(PyType cls, PyObject ob, PyObject callback, boolean proxy) {
        processQueue();
        if (!supportsWeakrefs(ob)) {
            throw Exc.typeError("cannot create weak reference to '" + Abstract.typeName(ob) + "' object");
        }
        if (callback == NONE) {
            callback = null;
        }
        synchronized (WeakrefModule.class) {
            Referent r = find(ob, true);
            List<Ref> refs = r.live();
            Ref basicRef = null;
            Ref basicProxy = null;
            for (Ref x : refs) {
                if (isBasic(x)) {
                    if (x.cls == REF) {
                        basicRef = x;
                    } else {
                        basicProxy = x;
                    }
                }
            }
            boolean basic = callback == null && (proxy || cls == REF);
            if (basic && !proxy && basicRef != null) {
                return basicRef;
            }
            if (basic && proxy && basicProxy != null) {
                return basicProxy;
            }
            Ref self = new Ref(cls);
            self.referent = r;
            self.callback = callback;
            int at;
            if (basic && !proxy) {
                at = 0;
            } else if (basic) {
                at = basicRef != null ? 1 : 0;
            } else {
                at = (basicRef != null ? 1 : 0) + (basicProxy != null ? 1 : 0);
            }
            r.refs.removeIf(new java.util.function.Predicate<WeakReference<Ref>>() {
                @Override
                public boolean test(WeakReference<Ref> w) {
                    return w.get() == null;
                }
            });
            r.refs.add(Math.min(at, r.refs.size()), new WeakReference<>(self));
            return self;
        }
    }

    static final String[] BINARY = {"add", "sub", "mul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift",
        "rshift", "and", "xor", "or", "matmul"};
    static final String[] COMPARE = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static Ref R(PyObject o) {
        return (Ref) o;
    }

    /** The referent of a proxy, or ReferenceError. */
    static PyObject live(PyObject proxy) {
        PyObject o = R(proxy).get();
        if (o == null) {
            throw Exc.raise(Exc.ReferenceError, "weakly-referenced object no longer exists");
        }
        return o;
    }

    static PyObject unwrap(PyObject o) {
        return o instanceof Ref && (o.type() == PROXY || o.type() == CALLABLE_PROXY) ? live(o) : o;
    }

    static {
        // the __weakref__ attribute of instances reads the head of this object's weakref list
        TypeSetup.weakrefListHead = new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject o) {
                synchronized (WeakrefModule.class) {
                    Referent r = find(o, false);
                    List<Ref> live = r == null ? List.of() : r.live();
                    return live.isEmpty() ? NONE : live.get(0);
                }
            }
        };
        PyType t = REF;
        TypeSetup.defNew(t, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyType cls = (PyType) a[0];
                int n = a.length - 1 - (kw == null ? 0 : kw.length);
                if (n < 1 || n > 2) {
                    throw Exc.typeError("__new__ expected " + (n < 1 ? "at least 1 argument" : "at most 2 arguments")
                            + ", got " + n);
                }
                return newRef(cls, a[1], n > 1 ? a[2] : null, false);
            }
        });
        TypeSetup.def(t, StaticDefN.__init__);
        TypeSetup.def(t, StaticDefN.__call__);
        TypeSetup.getset(t, StaticGet.__callback__, null);
        // CPython 3.11: Objects/weakrefobject.c weakref_hash
        TypeSetup.def0(t, StaticDef0.__hash__);
        // CPython 3.11: Objects/weakrefobject.c weakref_repr
        TypeSetup.def0(t, StaticDef0.__repr__);
        // CPython 3.11: Objects/weakrefobject.c weakref_richcompare
        for (String op : new String[] {"__eq__", "__ne__"}) {
            boolean eq = op.equals("__eq__");
            TypeSetup.def1(t, op, new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (!(b instanceof Ref) || !b.type().isSubtypeOf(REF)) {
                        return PyNotImplemented.NOT_IMPLEMENTED;
                    }
                    PyObject x = R(a).get();
                    PyObject y = R(b).get();
                    if (x == null || y == null) {
                        return PyBool.of((a == b) == eq);
                    }
                    return Abstract.richCompare(x, y, eq ? Abstract.EQ : Abstract.NE);
                }
            });
        }
        TypeSetup.defClassMethod(t, StaticClassMethods.__class_getitem__);
        setupProxy(PROXY);
        setupProxy(CALLABLE_PROXY);
        for (PyType x : new PyType[] {REF, PROXY, CALLABLE_PROXY}) {
            x.recomputeFlags();
        }
        TypeSetup.def(CALLABLE_PROXY, StaticCallableProxyDefN.__call__);
    }

    /** The functions of an argument vector that static registers on its type: one switch instead of a lambda class each. */
    private enum StaticDefN implements dev.quicken.runtime.JFunc {
        __init__, __call__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return NONE;
            case __call__:
                return __call___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __call___impl(PyObject[] a, String[] kw) {
            Args.count("weakref", a, kw, 1, 0, 0);
            PyObject o = R(a[0]).get();
            return o == null ? NONE : o;
        }
    }

    /** The attribute getters that static registers on its type: one switch instead of a lambda class each. */
    private enum StaticGet implements java.util.function.Function<PyObject, PyObject> {
        __callback__;

        @Override
        public PyObject apply(PyObject o) {
            switch (this) {
            case __callback__:
                return R(o).callback == null ? NONE : R(o).callback;
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that static registers on its type: one switch instead of a lambda class each. */
    private enum StaticDef0 implements dev.quicken.runtime.TypeSetup.F0 {
        __hash__, __repr__;

        @Override
        public PyObject apply(PyObject self) {
            switch (this) {
            case __hash__:
                return __hash___impl(self);
            case __repr__:
                return __repr___impl(self);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __hash___impl(PyObject self) {
            Ref r = R(self);
            if (r.hash != -1) {
                return PyInt.of(r.hash);
            }
            PyObject o = r.get();
            if (o == null) {
                throw Exc.typeError("weak object has gone away");
            }
            r.hash = Abstract.hash(o);
            return PyInt.of(r.hash);
        }

        private static PyObject __repr___impl(PyObject self) {
            PyObject o = R(self).get();
            if (o == null) {
                return new PyStr("<weakref at " + NativeTypes.addr(self) + "; dead>");
            }
            PyObject name = o instanceof PyType ? new PyStr(((PyType) o).name()) : Abstract.lookupAttr(o, "__name__");
            String s = "<weakref at " + NativeTypes.addr(self) + "; to '" + o.type().displayName() + "' at "
                    + NativeTypes.addr(o);
            return new PyStr(name instanceof PyStr ? s + " (" + ((PyStr) name).value + ")>" : s + ">");
        }
    }

    /** The class methods that static registers on its type: one switch instead of a lambda class each. */
    private enum StaticClassMethods implements dev.quicken.runtime.JFunc {
        __class_getitem__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __class_getitem__:
                return a[0];
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The functions of an argument vector that static registers on CALLABLE_PROXY: one switch instead of a lambda class each. */
    private enum StaticCallableProxyDefN implements dev.quicken.runtime.JFunc {
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
            PyObject[] rest = Items.copyOfRange(a, 1, a.length);
            return Abstract.call(live(a[0]), rest, kw);
        }
    }

    // CPython 3.11: Objects/weakrefobject.c _PyWeakref_ProxyType (every slot forwards to the referent)
    static void setupProxy(PyType t) {
        TypeSetup.def1(t, ProxyDef1.__getattribute__);
        TypeSetup.def2(t, ProxyDef2.__setattr__);
        TypeSetup.def1(t, ProxyDef1.__delattr__);
        TypeSetup.def0(t, ProxyDef0.__repr__);
        TypeSetup.def0(t, ProxyDef0.__str__);
        TypeSetup.def0(t, ProxyDef0.__bool__);
        TypeSetup.def0(t, ProxyDef0.__len__);
        TypeSetup.def0(t, ProxyDef0.__iter__);
        TypeSetup.def0(t, ProxyDef0.__next__);
        TypeSetup.def0(t, ProxyDef0.__index__);
        TypeSetup.def0(t, ProxyDef0.__int__);
        TypeSetup.def0(t, ProxyDef0.__float__);
        TypeSetup.def0(t, ProxyDef0.__neg__);
        TypeSetup.def0(t, ProxyDef0.__pos__);
        TypeSetup.def0(t, ProxyDef0.__abs__);
        TypeSetup.def0(t, ProxyDef0.__invert__);
        TypeSetup.def0(t, ProxyDef0.__reversed__);
        TypeSetup.def0(t, ProxyDef0.__bytes__);
        TypeSetup.def1(t, ProxyDef1.__getitem__);
        TypeSetup.def2(t, ProxyDef2.__setitem__);
        TypeSetup.def1(t, ProxyDef1.__delitem__);
        TypeSetup.def1(t, ProxyDef1.__contains__);
        for (String c : COMPARE) {
            int op = java.util.Arrays.asList(COMPARE).indexOf(c);
            TypeSetup.def1(t, c, new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return Abstract.richCompare(unwrap(a), unwrap(b), op);
                }
            });
        }
        String[] ops = {"+", "-", "*", "/", "//", "%", "divmod", "**", "<<", ">>", "&", "^", "|", "@"};
        int[] nb = {Abstract.NB_ADD, Abstract.NB_SUBTRACT, Abstract.NB_MULTIPLY, Abstract.NB_TRUE_DIVIDE,
            Abstract.NB_FLOOR_DIVIDE, Abstract.NB_REMAINDER, -1, Abstract.NB_POWER, Abstract.NB_LSHIFT,
            Abstract.NB_RSHIFT, Abstract.NB_AND, Abstract.NB_XOR, Abstract.NB_OR, Abstract.NB_MATRIX_MULTIPLY};
        for (int i = 0; i < BINARY.length; i++) {
            String name = BINARY[i];
            int code = nb[i];
            TypeSetup.def1(t, "__" + name + "__", new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return code < 0
                    ? Abstract.call(BuiltinsRef.get("divmod"), unwrap(a), unwrap(b))
                    : Abstract.binaryOp(unwrap(a), unwrap(b), code);
                }
            });
            TypeSetup.def1(t, "__r" + name + "__", new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return code < 0
                    ? Abstract.call(BuiltinsRef.get("divmod"), unwrap(b), unwrap(a))
                    : Abstract.binaryOp(unwrap(b), unwrap(a), code);
                }
            });
            if (code >= 0) {
                // the in-place form: x op= y replaces the proxy's name by the result, as CPython's proxy_iadd does
                TypeSetup.def1(t, "__i" + name + "__", new TypeSetup.F1() {
                    @Override
                    public PyObject apply(PyObject a, PyObject b) {
                        return Abstract.binaryOp(live(a), unwrap(b), code + Abstract.NB_INPLACE);
                    }
                });
            }
        }
        t.dict().setStr("__hash__", NONE);
    }

    /** The methods of self and one argument that setupProxy registers on its type: one switch instead of a lambda class each. */
    private enum ProxyDef1 implements dev.quicken.runtime.TypeSetup.F1 {
        __getattribute__, __delattr__, __getitem__, __delitem__, __contains__;

        @Override
        public PyObject apply(PyObject a, PyObject k) {
            switch (this) {
            case __getattribute__:
                {
                PyObject n = k;
                return Abstract.getAttr(live(a), Args.str("getattr", n, 1));
                }
            case __delattr__:
                return __delattr___impl(a, k);
            case __getitem__:
                return Abstract.getItem(live(a), k);
            case __delitem__:
                return __delitem___impl(a, k);
            case __contains__:
                return PyBool.of(Abstract.contains(live(a), k));
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __delattr___impl(PyObject a, PyObject n) {
            Abstract.setAttr(live(a), Args.str("delattr", n, 1), null);
            return NONE;
        }

        private static PyObject __delitem___impl(PyObject a, PyObject k) {
            Abstract.delItem(live(a), k);
            return NONE;
        }
    }

    /** The methods of self and two arguments that setupProxy registers on its type: one switch instead of a lambda class each. */
    private enum ProxyDef2 implements dev.quicken.runtime.TypeSetup.F2 {
        __setattr__, __setitem__;

        @Override
        public PyObject apply(PyObject a, PyObject n, PyObject v) {
            switch (this) {
            case __setattr__:
                return __setattr___impl(a, n, v);
            case __setitem__:
                return __setitem___impl(a, n, v);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setattr___impl(PyObject a, PyObject n, PyObject v) {
            Abstract.setAttr(live(a), Args.str("setattr", n, 1), v);
            return NONE;
        }

        private static PyObject __setitem___impl(PyObject a, PyObject k, PyObject v) {
            Abstract.setItem(live(a), k, v);
            return NONE;
        }
    }

    /** The methods of self alone that setupProxy registers on its type: one switch instead of a lambda class each. */
    private enum ProxyDef0 implements dev.quicken.runtime.TypeSetup.F0 {
        __repr__, __str__, __bool__, __len__, __iter__, __next__, __index__, __int__, __float__, __neg__, __pos__,
        __abs__, __invert__, __reversed__, __bytes__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return __repr___impl(a);
            case __str__:
                return Abstract.strObj(live(a));
            case __bool__:
                return PyBool.of(Abstract.isTrue(live(a)));
            case __len__:
                return PyInt.of(Abstract.len(live(a)));
            case __iter__:
                return Abstract.iter(live(a));
            case __next__:
                return __next___impl(a);
            case __index__:
                return Abstract.index(live(a));
            case __int__:
                return Abstract.callMethod(live(a), "__int__");
            case __float__:
                return Abstract.callMethod(live(a), "__float__");
            case __neg__:
                return Abstract.unary(live(a), "__neg__", "-");
            case __pos__:
                return Abstract.unary(live(a), "__pos__", "+");
            case __abs__:
                return Abstract.callMethod(live(a), "__abs__");
            case __invert__:
                return Abstract.unary(live(a), "__invert__", "~");
            case __reversed__:
                return Abstract.callMethod(live(a), "__reversed__");
            case __bytes__:
                return Abstract.callMethod(live(a), "__bytes__");
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __repr___impl(PyObject a) {
            PyObject o = R(a).get();
            return new PyStr("<weakproxy at " + NativeTypes.addr(a) + " to "
                    + (o == null ? "NoneType" : o.type().displayName()) + " at "
                    + (o == null ? NativeTypes.addr(NONE) : NativeTypes.addr(o)) + ">");
        }

        private static PyObject __next___impl(PyObject a) {
            PyObject o = live(a);
            if (o.type().lookup("__next__") == null) {
                throw Exc.typeError("Weakref proxy referenced a non-iterator '" + Abstract.typeName(o) + "' object");
            }
            return Abstract.callMethod(o, "__next__");
        }
    }

    /** Builtins looked up by name in the current interpreter. */
    static final class BuiltinsRef {
        private BuiltinsRef() {
        }

        static PyObject get(String name) {
            return Interpreter.current().builtins.getStr(name);
        }
    }

    // ---------------------------------------------------------------- the module

    public static PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.dict.setStr("ref", REF);
        m.dict.setStr("ReferenceType", REF);
        m.dict.setStr("ProxyType", PROXY);
        m.dict.setStr("CallableProxyType", CALLABLE_PROXY);
        NativeTypes.def(m, CreateDefN.proxy);
        NativeTypes.def(m, CreateDefN.getweakrefcount);
        NativeTypes.def(m, CreateDefN.getweakrefs);
        // CPython 3.11: Modules/_weakref.c _weakref__remove_dead_weakref_impl
        NativeTypes.def(m, CreateDefN._remove_dead_weakref);
        return m;
    }

    /** The functions of an argument vector that create registers on m: one switch instead of a lambda class each. */
    private enum CreateDefN implements dev.quicken.runtime.JFunc {
        proxy, getweakrefcount, getweakrefs, _remove_dead_weakref;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case proxy:
                return proxy_impl(a, kw);
            case getweakrefcount:
                return getweakrefcount_impl(a, kw);
            case getweakrefs:
                return getweakrefs_impl(a, kw);
            case _remove_dead_weakref:
                return _remove_dead_weakref_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject proxy_impl(PyObject[] a, String[] kw) {
            Args.count("proxy", a, kw, 0, 1, 2);
            PyObject ob = a[0];
            boolean callable = NativeTypes.callable(ob);
            return newRef(callable ? CALLABLE_PROXY : PROXY, ob, a.length > 1 ? a[1] : null, true);
        }

        private static PyObject getweakrefcount_impl(PyObject[] a, String[] kw) {
            Args.count("getweakrefcount", a, kw, 0, 1, 1);
            synchronized (WeakrefModule.class) {
                Referent r = find(a[0], false);
                return PyInt.of(r == null ? 0 : r.live().size());
            }
        }

        private static PyObject getweakrefs_impl(PyObject[] a, String[] kw) {
            Args.count("getweakrefs", a, kw, 0, 1, 1);
            synchronized (WeakrefModule.class) {
                Referent r = find(a[0], false);
                return new PyList(r == null ? new PyObject[0] : r.live().toArray(new PyObject[0]));
            }
        }

        private static PyObject _remove_dead_weakref_impl(PyObject[] a, String[] kw) {
            Args.count("_remove_dead_weakref", a, kw, 0, 2, 2);
            if (!(a[0] instanceof PyDict)) {
                throw Exc.typeError("_remove_dead_weakref() argument 1 must be dict, not " + Abstract.typeName(a[0]));
            }
            PyDict d = (PyDict) a[0];
            PyObject v = d.getItem(a[1]);
            if (v == null) {
                throw Exc.keyError(a[1]);
            }
            if (v instanceof Ref && R(v).get() == null) {
                d.delItem(a[1]);
            }
            return NONE;
        }
    }
}
