package dev.quicken.builtins;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.Items;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** {@code gc} (over the JVM's collector) and {@code atexit} (callbacks run when the interpreter's main program ends). */
public final class GcAtexitModules {

    private GcAtexitModules() {
    }

    static final PyObject NONE = PyNone.NONE;

    // ---------------------------------------------------------------- gc

    /** Per-interpreter state of {@code gc}: enabled flag, thresholds, debug flags. */
    static final class GcState {
        boolean enabled = true;
        long[] threshold = {700, 10, 10};
        long debug;
    }

    private static final Map<Interpreter, GcState> GC = new WeakHashMap<>();

    static synchronized GcState gcState() {
        return GC.computeIfAbsent(Interpreter.current(), k -> new GcState());
    }

    /**
     * {@code gc.collect()}: a full JVM collection, then every weak reference whose referent it freed is
     * cleared and its callback called (twice, for referents the first callbacks released).
     */
    public static int collect() {
        int n = 0;
        for (int i = 0; i < 2; i++) {
            System.gc();
            int k = WeakrefModule.processDead();
            n += k;
            if (k == 0) {
                break;
            }
        }
        return n;
    }

    /**
     * {@code gc.is_tracked(o)} as CPython 3.11 answers it after a collection: objects of non-GC types (numbers,
     * strings, bytes, None, ranges, plain {@code object()}) are never tracked; exact tuples and dicts are untracked
     * when none of their items may be tracked (_PyTuple_MaybeUntrack, _PyDict_MaybeUntrack); the rest are tracked.
     */
    static boolean isTracked(PyObject o) {
        if (!isGcType(o)) {
            return false;
        }
        if (o.getClass() == PyTuple.class) {
            for (PyObject x : ((PyTuple) o).items) {
                if (mayBeTracked(x)) {
                    return true;
                }
            }
            return false;
        }
        if (o.getClass() == PyDict.class && o.type() == PyDict.TYPE) {
            PyDict d = (PyDict) o;
            for (int e = 0; e < d.entryLimit(); e++) {
                PyObject k = d.keyAt(e);
                if (k != null && (mayBeTracked(k) || mayBeTracked(d.valueAt(e)))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** CPython's _PyObject_GC_MAY_BE_TRACKED: a GC object, and a tracked one when it is an exact tuple. */
    private static boolean mayBeTracked(PyObject o) {
        if (o == null || !isGcType(o)) {
            return false;
        }
        return o.getClass() != PyTuple.class || isTracked(o);
    }

    /** Whether {@code o}'s type has Py_TPFLAGS_HAVE_GC. */
    private static boolean isGcType(PyObject o) {
        if (o.type().isHeapType()) {
            return true;
        }
        return !(o instanceof PyInt || o instanceof dev.quicken.runtime.PyStr || o instanceof dev.quicken.runtime.PyFloat
                || o instanceof dev.quicken.runtime.PyComplex || o instanceof dev.quicken.runtime.PyBytes
                || o instanceof dev.quicken.runtime.PyByteArray || o instanceof dev.quicken.runtime.PyRange
                || o == NONE || o == dev.quicken.runtime.PyEllipsis.ELLIPSIS
                || o == dev.quicken.runtime.PyNotImplemented.NOT_IMPLEMENTED
                || o.type() == dev.quicken.runtime.TypeSetup.OBJECT
                || o instanceof dev.quicken.runtime.PyType); // static types: type_is_gc is false for them
    }

    public static PyModule gc() {
        PyModule m = new PyModule("gc");
        NativeTypes.def(m, "collect", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("collect", a, kw, 0, new String[] {"generation"}, 0, 1);
                if (p[0] != null) {
                    long g = Args.integer(p[0]);
                    if (g < 0 || g > 2) {
                        throw Exc.valueError("invalid generation");
                    }
                }
                collect();
                return PyInt.of(0);
            }
        });
        NativeTypes.def(m, "enable", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("enable", a, kw, 0, 0, 0);
                gcState().enabled = true;
                return NONE;
            }
        });
        NativeTypes.def(m, "disable", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("disable", a, kw, 0, 0, 0);
                gcState().enabled = false;
                return NONE;
            }
        });
        NativeTypes.def(m, "isenabled", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("isenabled", a, kw, 0, 0, 0);
                return PyBool.of(gcState().enabled);
            }
        });
        NativeTypes.def(m, "get_threshold", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("get_threshold", a, kw, 0, 0, 0);
                long[] t = gcState().threshold;
                return new PyTuple(new PyObject[] {PyInt.of(t[0]), PyInt.of(t[1]), PyInt.of(t[2])});
            }
        });
        NativeTypes.def(m, "set_threshold", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("set_threshold", a, kw, 0, 1, 3);
                long[] t = gcState().threshold;
                for (int i = 0; i < a.length; i++) {
                    t[i] = Args.integer(a[i]);
                }
                return NONE;
            }
        });
        NativeTypes.def(m, "get_count", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("get_count", a, kw, 0, 0, 0);
                return new PyTuple(new PyObject[] {PyInt.of(0), PyInt.of(0), PyInt.of(0)});
            }
        });
        NativeTypes.def(m, "get_debug", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyInt.of(gcState().debug);
            }
        });
        NativeTypes.def(m, "set_debug", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("set_debug", a, kw, 0, 1, 1);
                gcState().debug = Args.integer(a[0]);
                return NONE;
            }
        });
        NativeTypes.def(m, "get_stats", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyList l = new PyList();
                for (int i = 0; i < 3; i++) {
                    PyDict d = new PyDict();
                    d.setStr("collections", PyInt.of(0));
                    d.setStr("collected", PyInt.of(0));
                    d.setStr("uncollectable", PyInt.of(0));
                    l.append(d);
                }
                return l;
            }
        });
        // the JVM keeps no list of objects or referrers: these answer empty (docs/DIFFERENCES.md)
        NativeTypes.def(m, "get_objects", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return new PyList();
            }
        });
        NativeTypes.def(m, "get_referrers", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return new PyList();
            }
        });
        NativeTypes.def(m, "get_referents", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyList l = new PyList();
                for (PyObject o : a) {
                    if (o instanceof PyTuple || o instanceof PyList) {
                        for (PyObject x : Abstract.toArray(o)) {
                            l.append(x);
                        }
                    } else if (o instanceof PyDict) {
                        for (PyObject k : ((PyDict) o).keysArray()) {
                            l.append(k);
                            l.append(((PyDict) o).getItem(k));
                        }
                    }
                }
                return l;
            }
        });
        NativeTypes.def(m, "is_tracked", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("is_tracked", a, kw, 0, 1, 1);
                return PyBool.of(isTracked(a[0]));
            }
        });
        NativeTypes.def(m, "is_finalized", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyBool.FALSE;
            }
        });
        NativeTypes.def(m, "freeze", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return NONE;
            }
        });
        NativeTypes.def(m, "unfreeze", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return NONE;
            }
        });
        NativeTypes.def(m, "get_freeze_count", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyInt.of(0);
            }
        });
        m.dict.setStr("garbage", new PyList());
        m.dict.setStr("callbacks", new PyList());
        m.dict.setStr("DEBUG_STATS", PyInt.of(1));
        m.dict.setStr("DEBUG_COLLECTABLE", PyInt.of(2));
        m.dict.setStr("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        m.dict.setStr("DEBUG_SAVEALL", PyInt.of(32));
        m.dict.setStr("DEBUG_LEAK", PyInt.of(38));
        return m;
    }

    // ---------------------------------------------------------------- atexit

    /** A registered exit function with its arguments. */
    static final class ExitFunc {
        final PyObject func;
        final PyObject[] args;
        final String[] kw;

        ExitFunc(PyObject func, PyObject[] args, String[] kw) {
            this.func = func;
            this.args = args;
            this.kw = kw;
        }
    }

    private static final Map<Interpreter, List<ExitFunc>> EXIT = new WeakHashMap<>();

    static synchronized List<ExitFunc> exitFuncs(Interpreter in) {
        return EXIT.computeIfAbsent(in, k -> new ArrayList<>());
    }

    /**
     * Runs the registered exit functions of {@code in}, last registered first, and forgets them
     * (CPython 3.11: Modules/atexitmodule.c atexit_callfuncs); an exception is reported and the next runs.
     */
    public static void runExitFuncs(Interpreter in) {
        List<ExitFunc> l;
        synchronized (GcAtexitModules.class) {
            l = EXIT.get(in);
            if (l == null || l.isEmpty()) {
                return;
            }
            l = new ArrayList<>(l);
            EXIT.get(in).clear();
        }
        for (int i = l.size() - 1; i >= 0; i--) {
            ExitFunc f = l.get(i);
            try {
                Abstract.call(f.func, f.args, f.kw);
            } catch (PyException e) {
                if (!e.matches(Exc.SystemExit)) {
                    Unraisable.report("Exception ignored in atexit callback", f.func, e);
                }
            }
        }
    }

    public static PyModule atexit() {
        PyModule m = new PyModule("atexit");
        NativeTypes.def(m, "register", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                if (Args.npos(a, kw) < 1) {
                    throw Exc.typeError("register() takes at least 1 argument (0 given)");
                }
                PyObject f = a[0];
                if (!NativeTypes.callable(f)) {
                    throw Exc.typeError("the first argument must be callable");
                }
                exitFuncs(Interpreter.current()).add(new ExitFunc(f, Items.copyOfRange(a, 1, a.length), kw));
                return f;
            }
        });
        NativeTypes.def(m, "unregister", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("unregister", a, kw, 0, 1, 1);
                List<ExitFunc> l = exitFuncs(Interpreter.current());
                for (ExitFunc f : new ArrayList<>(l)) {
                    if (Abstract.eq(f.func, a[0])) {
                        l.remove(f);
                    }
                }
                return NONE;
            }
        });
        NativeTypes.def(m, "_run_exitfuncs", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                runExitFuncs(Interpreter.current());
                return NONE;
            }
        });
        NativeTypes.def(m, "_clear", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                exitFuncs(Interpreter.current()).clear();
                return NONE;
            }
        });
        NativeTypes.def(m, "_ncallbacks", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return PyInt.of(exitFuncs(Interpreter.current()).size());
            }
        });
        return m;
    }
}
