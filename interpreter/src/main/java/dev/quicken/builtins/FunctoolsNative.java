package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.Items;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyMethod;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _functools} (CPython 3.11 Modules/_functoolsmodule.c): {@code reduce}, {@code partial},
 * {@code cmp_to_key} and the {@code _lru_cache_wrapper} that {@code functools.lru_cache} uses.
 */
public final class FunctoolsNative {

    private FunctoolsNative() {
    }

    static final PyObject NONE = PyNone.NONE;

    public static final PyType PARTIAL = NativeTypes.type("partial", "functools");
    public static final PyType KEY_WRAPPER = NativeTypes.type("KeyWrapper", "functools");
    public static final PyType LRU_WRAPPER = NativeTypes.type("_lru_cache_wrapper", "functools");

    // ---------------------------------------------------------------- reduce

    // CPython 3.11: Modules/_functoolsmodule.c functools_reduce
    static PyObject reduce(PyObject[] a, String[] kw) {
        Args.count("reduce", a, kw, 0, 2, 3);
        PyObject f = a[0];
        PyObject it;
        try {
            it = Abstract.iter(a[1]);
        } catch (dev.quicken.runtime.PyException e) {
            if (e.matches(Exc.TypeError)) {
                throw Exc.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject result = a.length > 2 ? a[2] : null;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            result = result == null ? x : Abstract.call(f, result, x);
        }
        if (result == null) {
            throw Exc.typeError("reduce() of empty iterable with no initial value");
        }
        return result;
    }

    // ---------------------------------------------------------------- partial

    /** {@code partial(func, *args, **keywords)}. */
    static final class Partial extends PyInstance {
        PyObject func;
        PyObject[] args = new PyObject[0];
        /** {@code partial.args}: the tuple object itself (CPython keeps one tuple, so copies share it). */
        PyTuple argsTuple = PyTuple.EMPTY;
        PyDict keywords = new PyDict();

        void setArgs(PyTuple t) {
            argsTuple = t;
            args = t.items;
        }

        Partial(PyType cls) {
            super(cls);
        }
    }

    // CPython 3.11: Modules/_functoolsmodule.c partial_new
    static PyObject partialNew(PyObject[] a, String[] kw) {
        PyType cls = (PyType) a[0];
        int npos = Args.npos(a, kw) - 1;
        if (npos < 1) {
            throw Exc.typeError("type 'partial' takes at least one argument");
        }
        PyObject func = a[1];
        PyObject[] pargs = new PyObject[0];
        PyDict pkw = null;
        if (func instanceof Partial && cls == PARTIAL && func.type() == PARTIAL && ((Partial) func).dict == null
                && ((Partial) func).values == null) {
            Partial inner = (Partial) func;
            pargs = inner.args;
            pkw = inner.keywords;
            func = inner.func;
        }
        if (!NativeTypes.callable(func)) {
            throw Exc.typeError("the first argument must be callable");
        }
        Partial p = new Partial(cls);
        p.func = func;
        PyObject[] own = Items.copyOfRange(a, 2, 1 + npos);
        PyObject[] all = Items.copyOf(pargs, pargs.length + own.length);
        System.arraycopy(own, 0, all, pargs.length, own.length);
        p.setArgs(new PyTuple(all));
        p.keywords = pkw == null ? new PyDict() : pkw.copy();
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                p.keywords.setStr(kw[i], a[1 + npos + i]);
            }
        }
        return p;
    }

    // CPython 3.11: Modules/_functoolsmodule.c partial_call
    static PyObject partialCall(PyObject[] a, String[] kw) {
        Partial p = (Partial) a[0];
        int npos = Args.npos(a, kw) - 1;
        PyDict kwd = p.keywords;
        if (kw != null && kw.length > 0) {
            kwd = kwd.copy();
            for (int i = 0; i < kw.length; i++) {
                kwd.setStr(kw[i], a[1 + npos + i]);
            }
        }
        int nk = kwd.size();
        PyObject[] call = new PyObject[p.args.length + npos + nk];
        System.arraycopy(p.args, 0, call, 0, p.args.length);
        System.arraycopy(a, 1, call, p.args.length, npos);
        String[] names = nk == 0 ? null : new String[nk];
        int i = 0;
        for (PyObject k : kwd.keysArray()) {
            if (!(k instanceof PyStr)) {
                throw Exc.typeError("keywords must be strings");
            }
            names[i] = ((PyStr) k).value;
            call[p.args.length + npos + i] = kwd.getItem(k);
            i++;
        }
        return Abstract.call(p.func, call, names);
    }

    // CPython 3.11: Modules/_functoolsmodule.c partial_repr
    static PyObject partialRepr(PyObject self) {
        Partial p = (Partial) self;
        if (!NativeTypes.reprEnter(p)) {
            return new PyStr("...");
        }
        try {
            StringBuilder sb = new StringBuilder();
            sb.append(Abstract.repr(p.func));
            for (PyObject x : p.args) {
                sb.append(", ").append(Abstract.repr(x));
            }
            for (PyObject k : p.keywords.keysArray()) {
                // the value first: str(key) may replace it (CPython keeps the original alive)
                PyObject v = p.keywords.getItem(k);
                String key = Abstract.str(k);
                sb.append(", ").append(key).append('=').append(Abstract.repr(v));
            }
            String name = p.type() == PARTIAL ? "functools.partial" : p.type().name();
            return new PyStr(name + "(" + sb + ")");
        } finally {
            NativeTypes.reprLeave(p);
        }
    }

    // CPython 3.11: Modules/_functoolsmodule.c partial_setstate
    static PyObject partialSetstate(PyObject self, PyObject state) {
        Partial p = (Partial) self;
        if (!(state instanceof PyTuple) || ((PyTuple) state).items.length != 4) {
            throw Exc.typeError("invalid partial state");
        }
        PyObject[] s = ((PyTuple) state).items;
        if (!NativeTypes.callable(s[0]) || !(s[1] instanceof PyTuple) || s[2] != NONE && !(s[2] instanceof PyDict)) {
            throw Exc.typeError("invalid partial state");
        }
        p.func = s[0];
        p.setArgs(s[1].getClass() == PyTuple.class ? (PyTuple) s[1] : new PyTuple(((PyTuple) s[1]).items.clone()));
        // an exact dict is kept as given (a copy.copy shares it), a dict subclass is copied
        p.keywords = s[2] == NONE ? new PyDict() : ((PyDict) s[2]).cls == PyDict.TYPE ? (PyDict) s[2]
                : ((PyDict) s[2]).copy();
        if (s[3] == NONE) {
            p.dict = null;
            p.values = null;
        } else {
            PyDict d = p.materialize();
            d.clear();
            PyDict src = (PyDict) s[3];
            for (PyObject k : src.keysArray()) {
                d.setItem(k, src.getItem(k));
            }
        }
        return NONE;
    }

    static void setupPartial() {
        PyType t = PARTIAL;
        NativeTypes.withDict(t);
        TypeSetup.defNew(t, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return FunctoolsNative.partialNew(x0, x1);
            }
        });
        TypeSetup.def(t, "__call__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return FunctoolsNative.partialCall(x0, x1);
            }
        });
        TypeSetup.def0(t, "__repr__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject x) {
                return FunctoolsNative.partialRepr(x);
            }
        });
        TypeSetup.getset(t, "func", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return ((Partial) a).func;
            }
        }, null);
        TypeSetup.getset(t, "args", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return ((Partial) a).argsTuple;
            }
        }, null);
        TypeSetup.getset(t, "keywords", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return ((Partial) a).keywords;
            }
        }, null);
        TypeSetup.def0(t, "__reduce__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Partial p = (Partial) a;
                PyObject d = p.dict != null || p.values != null ? p.materialize() : NONE;
                if (d instanceof PyDict && ((PyDict) d).size() == 0) {
                    d = NONE;
                }
                return new PyTuple(new PyObject[] {p.type(), new PyTuple(new PyObject[] {p.func}),
                    new PyTuple(new PyObject[] {p.func, p.argsTuple, p.keywords, d})});
            }
        });
        TypeSetup.def1(t, "__setstate__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject x0, PyObject x1) {
                return FunctoolsNative.partialSetstate(x0, x1);
            }
        });
        TypeSetup.defClassMethod(t, dev.quicken.runtime.PyGenericAlias.ClassGetItem.__class_getitem__);
    }

    // ---------------------------------------------------------------- cmp_to_key

    /** {@code functools.KeyWrapper}: a key comparing through the user's cmp function. */
    static final class KeyWrapper extends PyInstance {
        final PyObject cmp;
        final PyObject obj;

        KeyWrapper(PyObject cmp, PyObject obj) {
            super(KEY_WRAPPER);
            this.cmp = cmp;
            this.obj = obj;
        }
    }

    static void setupKeyWrapper() {
        PyType t = KEY_WRAPPER;
        // CPython 3.11: keyobject_type has no tp_new (only cmp_to_key makes them)
        TypeSetup.defNew(t, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                throw Exc.typeError("cannot create 'functools.KeyWrapper' instances");
            }
        });
        String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < names.length; i++) {
            int op = i;
            // CPython 3.11: Modules/_functoolsmodule.c keyobject_richcompare
            TypeSetup.def1(t, names[i], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (!(b instanceof KeyWrapper)) {
                        throw Exc.typeError("other argument must be K instance");
                    }
                    KeyWrapper x = (KeyWrapper) a;
                    PyObject r = Abstract.call(x.cmp, x.obj, ((KeyWrapper) b).obj);
                    return Abstract.richCompare(r, PyInt.of(0), op);
                }
            });
        }
        TypeSetup.def(t, "__call__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("K", a, kw, 1, new String[] {"obj"}, 1, 1);
                return new KeyWrapper(((KeyWrapper) a[0]).cmp, p[0]);
            }
        });
        TypeSetup.getset(t, "obj", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return ((KeyWrapper) a).obj == null ? NONE : ((KeyWrapper) a).obj;
            }
        }, null);
        t.dict().setStr("__hash__", NONE);
    }

    // ---------------------------------------------------------------- _lru_cache_wrapper

    /** The cache wrapper: CPython's lru_cache_object (an ordered dict of key to result, oldest first). */
    static final class LruCache extends PyInstance {
        PyObject func;
        PyObject cacheInfoType;
        long maxsize;
        boolean typed;
        final PyDict cache = new PyDict();
        long hits;
        long misses;

        LruCache(PyType cls) {
            super(cls);
        }
    }

    /** The marker between positional and keyword arguments in a key (CPython's kwd_mark). */
    static final PyObject KWD_MARK = new PyInstance(TypeSetup.OBJECT);

    // CPython 3.11: Modules/_functoolsmodule.c lru_cache_make_key
    static PyObject makeKey(PyObject[] a, String[] kw, boolean typed) {
        int npos = Args.npos(a, kw) - 1;
        int nkw = kw == null ? 0 : kw.length;
        if (nkw == 0 && !typed && npos == 1) {
            PyObject x = a[1];
            if (x.getClass() == PyStr.class || x.getClass() == PyInt.class) {
                return x;
            }
        }
        List<PyObject> key = new ArrayList<>();
        for (int i = 0; i < npos; i++) {
            key.add(a[1 + i]);
        }
        if (nkw > 0) {
            key.add(KWD_MARK);
            for (int i = 0; i < nkw; i++) {
                key.add(new PyStr(kw[i]));
                key.add(a[1 + npos + i]);
            }
        }
        if (typed) {
            for (int i = 0; i < npos; i++) {
                key.add(a[1 + i].type());
            }
            for (int i = 0; i < nkw; i++) {
                key.add(a[1 + npos + i].type());
            }
        }
        return new PyTuple(key.toArray(new PyObject[0]));
    }

    // CPython 3.11: Modules/_functoolsmodule.c infinite_lru_cache_wrapper / bounded_lru_cache_wrapper
    static PyObject lruCall(PyObject[] a, String[] kw) {
        LruCache c = (LruCache) a[0];
        PyObject[] args = Items.copyOfRange(a, 1, a.length);
        if (c.maxsize == 0) {
            c.misses++;
            return Abstract.call(c.func, args, kw);
        }
        PyObject key = makeKey(a, kw, c.typed);
        int h = PyDict.keyHash(key); // the key is hashed once per call, as CPython's known-hash lookups
        PyObject hit = c.cache.getItem(key, h);
        if (hit != null) {
            c.hits++;
            if (c.maxsize > 0) {
                c.cache.delItem(key, h); // move to the most recently used end
                c.cache.setItem(key, hit, h);
            }
            return hit;
        }
        c.misses++;
        PyObject result = Abstract.call(c.func, args, kw);
        if (c.cache.getItem(key, h) != null) {
            return result; // the call itself cached this key
        }
        if (c.maxsize > 0 && c.cache.size() >= c.maxsize) {
            c.cache.delOldest();
        }
        c.cache.setItem(key, result, h);
        return result;
    }

    static void setupLru() {
        PyType t = LRU_WRAPPER;
        NativeTypes.withDict(t);
        // CPython 3.11: Modules/_functoolsmodule.c lru_cache_new
        TypeSetup.defNew(t, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("_lru_cache_wrapper", a, kw, 1, new String[] {"user_function", "maxsize",
                    "typed", "cache_info_type"}, 4, 4);
                if (!NativeTypes.callable(p[0])) {
                    throw Exc.typeError("the first argument must be callable");
                }
                LruCache c = new LruCache((PyType) a[0]);
                c.func = p[0];
                if (p[1] == NONE) {
                    c.maxsize = -1;
                } else if (p[1] instanceof PyInt || p[1].type().lookup("__index__") != null) {
                    c.maxsize = Math.max(0, Abstract.indexClamped(p[1]));
                } else {
                    throw Exc.typeError("maxsize should be integer or None");
                }
                c.typed = Abstract.isTrue(p[2]);
                c.cacheInfoType = p[3];
                return c;
            }
        });
        TypeSetup.def(t, "__call__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return FunctoolsNative.lruCall(x0, x1);
            }
        });
        TypeSetup.def0(t, "cache_info", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                LruCache c = (LruCache) a;
                return Abstract.call(c.cacheInfoType, new PyObject[] {PyInt.of(c.hits), PyInt.of(c.misses),
                    c.maxsize < 0 ? NONE : PyInt.of(c.maxsize), PyInt.of(c.cache.size())}, null);
            }
        });
        TypeSetup.def0(t, "cache_clear", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                LruCache c = (LruCache) a;
                c.hits = 0;
                c.misses = 0;
                c.cache.clear();
                return NONE;
            }
        });
        // functions bind as methods: CPython's lru_cache_descr_get
        TypeSetup.def(t, "__get__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject obj = a.length > 1 ? a[1] : NONE;
                return obj == NONE ? a[0] : new PyMethod(a[0], obj);
            }
        });
        TypeSetup.def0(t, "__reduce__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return Abstract.getAttr(a, "__qualname__");
            }
        });
        TypeSetup.def0(t, "__copy__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return a;
            }
        });
        TypeSetup.def1(t, "__deepcopy__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject memo) {
                return a;
            }
        });
    }

    static {
        setupPartial();
        setupKeyWrapper();
        setupLru();
        for (PyType t : new PyType[] {PARTIAL, KEY_WRAPPER, LRU_WRAPPER}) {
            t.recomputeFlags();
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("_functools");
        NativeTypes.def(m, "reduce", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return FunctoolsNative.reduce(x0, x1);
            }
        });
        NativeTypes.def(m, "cmp_to_key", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("cmp_to_key", a, kw, 0, new String[] {"mycmp"}, 1, 1);
                return new KeyWrapper(p[0], null);
            }
        });
        m.dict.setStr("partial", PARTIAL);
        m.dict.setStr("_lru_cache_wrapper", LRU_WRAPPER);
        m.dict.setStr("KeyWrapper", KEY_WRAPPER);
        return m;
    }
}
