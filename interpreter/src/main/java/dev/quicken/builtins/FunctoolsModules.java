package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyNotImplemented;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.util.Arrays;

/** Java-native {@code functools} and {@code operator} (the commonly used parts). */
public final class FunctoolsModules {

    private FunctoolsModules() {
    }

    static final PyObject NONE = PyNone.NONE;

    static void def(PyModule m, String name, JFunc f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, f, null, m.name()));
    }

    /** A built-in type owned by a module (process-wide, immutable after setup). */
    static PyType moduleType(String name, String module) {
        PyType t = new PyType(name);
        TypeSetup.registerExtra(t);
        t.dict().setStr("__module__", new PyStr(module));
        return t;
    }

    // ---------------------------------------------------------------- functools

    static final PyType PARTIAL = moduleType("partial", "functools");
    static final PyType LRU_WRAPPER = moduleType("_lru_cache_wrapper", "functools");
    static final PyType KEY_WRAPPER = moduleType("KeyWrapper", "functools");

    static final class Partial extends PyInstance {
        PyObject func;
        PyObject[] args;
        PyDict keywords;

        Partial() {
            super(PARTIAL);
        }
    }

    static final class LruWrapper extends PyInstance {
        PyObject func;
        final PyDict cache = new PyDict();
        long maxsize;
        long hits;
        long misses;
        /** functools' CacheInfo named tuple type, made on first cache_info() call. */
        PyType cacheInfo;

        LruWrapper() {
            super(LRU_WRAPPER);
        }
    }

    static final class KeyWrapper extends PyObject {
        final PyObject cmp;
        final PyObject obj;

        KeyWrapper(PyObject cmp, PyObject obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public PyType type() {
            return KEY_WRAPPER;
        }
    }

    static {
        PARTIAL.enableInstanceDict();
        LRU_WRAPPER.enableInstanceDict();
        TypeSetup.def(PARTIAL, "__call__", (a, kw) -> {
            Partial p = (Partial) a[0];
            int npos = Args.npos(a, kw);
            PyObject[] pos = new PyObject[p.args.length + npos - 1];
            System.arraycopy(p.args, 0, pos, 0, p.args.length);
            System.arraycopy(a, 1, pos, p.args.length, npos - 1);
            PyDict k = p.keywords.copy();
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    k.setStr(kw[i], a[npos + i]);
                }
            }
            return callWithDict(p.func, pos, k);
        });
        TypeSetup.def0(PARTIAL, "__repr__", a -> {
            Partial p = (Partial) a;
            StringBuilder sb = new StringBuilder("functools.partial(").append(Abstract.repr(p.func));
            for (PyObject x : p.args) {
                sb.append(", ").append(Abstract.repr(x));
            }
            for (PyObject k : p.keywords.keysArray()) {
                sb.append(", ").append(Abstract.str(k)).append('=').append(Abstract.repr(p.keywords.getItem(k)));
            }
            return new PyStr(sb.append(')').toString());
        });
        TypeSetup.getset(PARTIAL, "func", a -> ((Partial) a).func, null);
        TypeSetup.getset(PARTIAL, "args", a -> new PyTuple(((Partial) a).args), null);
        TypeSetup.getset(PARTIAL, "keywords", a -> ((Partial) a).keywords, null);

        TypeSetup.def(LRU_WRAPPER, "__call__", (a, kw) -> {
            LruWrapper w = (LruWrapper) a[0];
            PyObject[] key = Arrays.copyOfRange(a, 1, a.length);
            PyObject k;
            if (kw == null && key.length == 1 && (key[0] instanceof PyStr || key[0].getClass() == PyInt.class)) {
                k = key[0];
            } else {
                PyObject[] kk = key;
                if (kw != null) {
                    kk = Arrays.copyOf(key, key.length + 1 + kw.length);
                    kk[key.length] = new PyStr("\u0000kwd_mark");
                    for (int i = 0; i < kw.length; i++) {
                        kk[key.length + 1 + i] = new PyTuple(new PyObject[] {new PyStr(kw[i]),
                            a[a.length - kw.length + i]});
                    }
                }
                k = new PyTuple(kk);
            }
            PyObject v = w.cache.getItem(k);
            if (v != null) {
                w.hits++;
                if (w.maxsize > 0) {
                    // most recently used moves to the end; eviction takes the first key
                    w.cache.delItem(k);
                    w.cache.setItem(k, v);
                }
                return v;
            }
            w.misses++;
            v = Abstract.call(w.func, Arrays.copyOfRange(a, 1, a.length), kw);
            if (w.maxsize < 0 || w.cache.size() < w.maxsize) {
                w.cache.setItem(k, v);
            } else if (w.maxsize > 0) {
                PyObject[] ks = w.cache.keysArray();
                w.cache.delItem(ks[0]);
                w.cache.setItem(k, v);
            }
            return v;
        });
        TypeSetup.def0(LRU_WRAPPER, "cache_clear", a -> {
            ((LruWrapper) a).cache.clear();
            ((LruWrapper) a).hits = 0;
            ((LruWrapper) a).misses = 0;
            return NONE;
        });
        TypeSetup.def2(LRU_WRAPPER, "__get__", (a, obj, type) -> obj == NONE ? a
                : new dev.quicken.runtime.PyMethod(a, obj));

        for (int op = 0; op < 6; op++) {
            final int fop = op;
            TypeSetup.def1(KEY_WRAPPER, new String[] {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}[op],
                    (a, b) -> {
                        if (!(b instanceof KeyWrapper)) {
                            return PyNotImplemented.NOT_IMPLEMENTED;
                        }
                        KeyWrapper x = (KeyWrapper) a;
                        PyObject r = Abstract.call(x.cmp, x.obj, ((KeyWrapper) b).obj);
                        return Abstract.richCompare(r, PyInt.of(0), fop);
                    });
        }
    }

    static PyObject callWithDict(PyObject f, PyObject[] pos, PyDict kw) {
        if (kw.size() == 0) {
            return Abstract.call(f, pos, null);
        }
        PyObject[] keys = kw.keysArray();
        PyObject[] all = Arrays.copyOf(pos, pos.length + keys.length);
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = Abstract.str(keys[i]);
            all[pos.length + i] = kw.getItem(keys[i]);
        }
        return Abstract.call(f, all, names);
    }

    static final String[] WRAPPER_ASSIGNMENTS = {"__module__", "__name__", "__qualname__", "__doc__"};

    static PyObject updateWrapper(PyObject wrapper, PyObject wrapped) {
        for (String n : WRAPPER_ASSIGNMENTS) {
            PyObject v = Abstract.lookupAttr(wrapped, n);
            if (v != null) {
                Abstract.setAttr(wrapper, n, v);
            }
        }
        PyObject wd = Abstract.lookupAttr(wrapped, "__dict__");
        PyDict d = Abstract.instanceDict(wrapper);
        if (wd instanceof PyDict && d != null) {
            for (PyObject k : ((PyDict) wd).keysArray()) {
                d.setItem(k, ((PyDict) wd).getItem(k));
            }
        }
        Abstract.setAttr(wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    public static PyModule functools() {
        PyModule m = new PyModule("functools");
        def(m, "reduce", (a, kw) -> {
            Args.count("reduce", a, kw, 0, 2, 3);
            PyObject it = Abstract.iter(a[1]);
            PyObject acc = a.length > 2 ? a[2] : Abstract.next(it);
            if (acc == null) {
                throw Exc.typeError("reduce() of empty iterable with no initial value");
            }
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                acc = Abstract.call(a[0], acc, x);
            }
            return acc;
        });
        def(m, "partial", (a, kw) -> {
            if (a.length == 0) {
                throw Exc.typeError("type 'partial' takes at least one argument");
            }
            Partial p = new Partial();
            int npos = Args.npos(a, kw);
            PyObject f = a[0];
            PyObject[] pre = Arrays.copyOfRange(a, 1, npos);
            PyDict k = new PyDict();
            if (f instanceof Partial) {
                Partial inner = (Partial) f;
                PyObject[] merged = Arrays.copyOf(inner.args, inner.args.length + pre.length);
                System.arraycopy(pre, 0, merged, inner.args.length, pre.length);
                pre = merged;
                k = inner.keywords.copy();
                f = inner.func;
            }
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    k.setStr(kw[i], a[npos + i]);
                }
            }
            p.func = f;
            p.args = pre;
            p.keywords = k;
            return p;
        });
        m.dict.setStr("partial_type", PARTIAL);
        def(m, "update_wrapper", (a, kw) -> updateWrapper(a[0], a[1]));
        def(m, "wraps", (a, kw) -> {
            PyObject wrapped = a[0];
            return new PyBuiltinFunction("decorator", (b, kw2) -> updateWrapper(b[0], wrapped));
        });
        JFunc makeLru = (a, kw) -> {
            // lru_cache(maxsize=128) or lru_cache(func)
            PyObject[] p = Args.parse("lru_cache", a, kw, 0, new String[] {"maxsize", "typed"}, 0, 2);
            PyObject first = p[0] == null ? PyInt.of(128) : p[0];
            if (first instanceof dev.quicken.runtime.PyFunction || first instanceof PyBuiltinFunction) {
                return lruWrap(first, 128);
            }
            long max = first == NONE ? -1 : Args.integer(first);
            return new PyBuiltinFunction("decorating_function", (b, kw2) -> lruWrap(b[0], max));
        };
        def(m, "lru_cache", makeLru);
        def(m, "cache", (a, kw) -> lruWrap(a[0], -1));
        def(m, "cmp_to_key", (a, kw) -> {
            PyObject cmp = a[0];
            return new PyBuiltinFunction("K", (b, kw2) -> new KeyWrapper(cmp, b[0]));
        });
        def(m, "total_ordering", (a, kw) -> {
            PyType cls = (PyType) a[0];
            String[] ops = {"__lt__", "__le__", "__gt__", "__ge__"};
            String root = null;
            for (String o : ops) {
                PyObject d = cls.dict().getStr(o);
                if (d != null && d != TypeSetup.OBJECT.dict().getStr(o)) {
                    root = o;
                    break;
                }
            }
            if (root == null) {
                throw Exc.valueError("must define at least one ordering operation: < > <= >=");
            }
            final String r = root;
            for (String o : ops) {
                if (cls.dict().getStr(o) != null) {
                    continue;
                }
                Abstract.typeSetAttr(cls, o, new dev.quicken.runtime.PyMethodDescr(cls, o, (b, kw2) -> {
                    PyObject self = b[0];
                    PyObject other = b[1];
                    PyObject lt = Abstract.callMethod(self, r, other);
                    if (lt == PyNotImplemented.NOT_IMPLEMENTED) {
                        return lt;
                    }
                    boolean v = Abstract.isTrue(lt);
                    boolean eq = Abstract.richCompareBool(self, other, Abstract.EQ);
                    boolean res;
                    switch (r + o) {
                        case "__lt____le__": case "__gt____ge__":
                            res = v || eq;
                            break;
                        case "__lt____gt__": case "__gt____lt__":
                            res = !v && !eq;
                            break;
                        case "__lt____ge__": case "__gt____le__":
                            res = !v;
                            break;
                        case "__le____lt__": case "__ge____gt__":
                            res = v && !eq;
                            break;
                        case "__le____gt__": case "__ge____lt__":
                            res = !v;
                            break;
                        default: // __le____ge__, __ge____le__
                            res = !v || eq;
                            break;
                    }
                    return PyBool.of(res);
                }));
            }
            return cls;
        });
        return m;
    }

    static PyObject lruWrap(PyObject f, long max) {
        LruWrapper w = new LruWrapper();
        w.func = f;
        w.maxsize = max;
        updateWrapper(w, f);
        return w;
    }

    // ---------------------------------------------------------------- operator

    static final PyType ITEMGETTER = moduleType("itemgetter", "operator");
    static final PyType ATTRGETTER = moduleType("attrgetter", "operator");

    static final class Getter extends PyObject {
        final PyObject[] keys;
        final boolean attr;

        Getter(PyObject[] keys, boolean attr) {
            this.keys = keys;
            this.attr = attr;
        }

        @Override
        public PyType type() {
            return attr ? ATTRGETTER : ITEMGETTER;
        }

        PyObject get1(PyObject o, PyObject k) {
            if (!attr) {
                return Abstract.getItem(o, k);
            }
            for (String part : Abstract.str(k).split("\\.")) {
                o = Abstract.getAttr(o, part);
            }
            return o;
        }
    }

    static {
        for (PyType t : new PyType[] {ITEMGETTER, ATTRGETTER}) {
            TypeSetup.def(t, "__call__", (a, kw) -> {
                Getter g = (Getter) a[0];
                if (g.keys.length == 1) {
                    return g.get1(a[1], g.keys[0]);
                }
                PyObject[] r = new PyObject[g.keys.length];
                for (int i = 0; i < r.length; i++) {
                    r[i] = g.get1(a[1], g.keys[i]);
                }
                return new PyTuple(r);
            });
        }
    }

    public static PyModule operator() {
        PyModule m = new PyModule("operator");
        String[][] bin = {{"add", "0"}, {"and_", "1"}, {"floordiv", "2"}, {"lshift", "3"}, {"matmul", "4"},
            {"mul", "5"}, {"mod", "6"}, {"or_", "7"}, {"pow", "8"}, {"rshift", "9"}, {"sub", "10"},
            {"truediv", "11"}, {"xor", "12"}};
        for (String[] b : bin) {
            int op = Integer.parseInt(b[1]);
            def(m, b[0], (a, kw) -> Abstract.binaryOp(a[0], a[1], op));
            def(m, "__" + b[0].replace("_", "") + "__", (a, kw) -> Abstract.binaryOp(a[0], a[1], op));
            def(m, "i" + b[0].replace("_", ""), (a, kw) -> Abstract.binaryOp(a[0], a[1], op + 13));
        }
        String[] cmp = {"lt", "le", "eq", "ne", "gt", "ge"};
        for (int i = 0; i < 6; i++) {
            int op = i;
            def(m, cmp[i], (a, kw) -> Abstract.richCompare(a[0], a[1], op));
            def(m, "__" + cmp[i] + "__", (a, kw) -> Abstract.richCompare(a[0], a[1], op));
        }
        def(m, "neg", (a, kw) -> Abstract.unary(a[0], "__neg__", "-"));
        def(m, "pos", (a, kw) -> Abstract.unary(a[0], "__pos__", "+"));
        def(m, "invert", (a, kw) -> Abstract.unary(a[0], "__invert__", "~"));
        def(m, "not_", (a, kw) -> PyBool.of(!Abstract.isTrue(a[0])));
        def(m, "truth", (a, kw) -> PyBool.of(Abstract.isTrue(a[0])));
        def(m, "abs", (a, kw) -> Abstract.unary(a[0], "__abs__", "abs()"));
        def(m, "index", (a, kw) -> Abstract.index(a[0]));
        def(m, "is_", (a, kw) -> PyBool.of(a[0] == a[1]));
        def(m, "is_not", (a, kw) -> PyBool.of(a[0] != a[1]));
        def(m, "contains", (a, kw) -> PyBool.of(Abstract.contains(a[0], a[1])));
        def(m, "getitem", (a, kw) -> Abstract.getItem(a[0], a[1]));
        def(m, "setitem", (a, kw) -> {
            Abstract.setItem(a[0], a[1], a[2]);
            return NONE;
        });
        def(m, "delitem", (a, kw) -> {
            Abstract.delItem(a[0], a[1]);
            return NONE;
        });
        def(m, "concat", (a, kw) -> Abstract.add(a[0], a[1]));
        def(m, "itemgetter", (a, kw) -> new Getter(a.clone(), false));
        def(m, "attrgetter", (a, kw) -> new Getter(a.clone(), true));
        def(m, "methodcaller", (a, kw) -> {
            String name = Abstract.str(a[0]);
            PyObject[] rest = Arrays.copyOfRange(a, 1, a.length);
            return new PyBuiltinFunction("methodcaller", (b, kw2) -> Abstract.call(Abstract.getAttr(b[0], name),
                    rest, kw));
        });
        return m;
    }

    static PyException unused() {
        return null;
    }
}
