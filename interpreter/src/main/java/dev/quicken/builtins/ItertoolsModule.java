package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.IntOps;
import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyIter;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A Java-native {@code itertools}. */
public final class ItertoolsModule {

    private ItertoolsModule() {
    }

    static final PyObject NONE = PyNone.NONE;
    private static final Map<String, PyType> TYPES = new HashMap<>();

    static synchronized PyType type(String name) {
        return TYPES.computeIfAbsent(name, n -> {
            PyType t = NativeTypes.type(n, "itertools");
            TypeSetup.def0(t, "__iter__", a -> a);
            TypeSetup.def0(t, "__repr__", a -> a instanceof Gen && ((Gen) a).repr != null
                    ? new PyStr(((Gen) a).repr.get()) : new PyStr(TypeSetup.defaultRepr(a)));
            TypeSetup.def0(t, "__next__", a -> {
                PyObject v = ((PyIter) a).next();
                if (v == null) {
                    throw Exc.stopIteration();
                }
                return v;
            });
            return t;
        });
    }

    /** An iterator given by a Java supplier (null = exhausted). */
    static final class Gen extends PyIter {
        final PyType t;
        final Supplier<PyObject> next;
        boolean done;

        /** The repr, for the iterators CPython gives one (count, repeat); null = the default. */
        Supplier<String> repr;

        Gen(String name, Supplier<PyObject> next) {
            this.t = ItertoolsModule.type(name);
            this.next = next;
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            PyObject v = next.get();
            if (v == null) {
                done = true;
            }
            return v;
        }

        @Override
        public PyType type() {
            return t;
        }
    }

    /** Every itertools iterator is a class in CPython ({@code itertools.count(...)} calls the type); tee is a function. */
    static void def(PyModule m, String name, JFunc f) {
        if (name.equals("tee")) {
            m.dict.setStr(name, new PyBuiltinFunction(name, f, null, "itertools"));
            return;
        }
        PyType t = type(name);
        if (t.dict().getStr("__new__") == null) {
            // instances of a Python subclass are instances of the itertools class itself (docs/DIFFERENCES.md)
            TypeSetup.defNew(t, (a, kw) -> f.call(java.util.Arrays.copyOfRange(a, 1, a.length), kw));
            TypeSetup.defClassMethod(t, "__class_getitem__", (a, kw) -> a[0]);
        }
        m.dict.setStr(name, t);
    }

    static PyObject[] pool(PyObject o) {
        return Abstract.toArray(o);
    }

    static final PyType CHAIN = type("chain");

    static {
        TypeSetup.defNew(CHAIN, (a, kw) -> chainOf(Abstract.iter(new PyTuple(java.util.Arrays.copyOfRange(a, 1,
                a.length)))));
        TypeSetup.defClassMethod(CHAIN, "from_iterable", (a, kw) -> chainOf(Abstract.iter(a[1])));
    }

    public static PyModule create() {
        PyModule m = new PyModule("itertools");
        def(m, "count", (a, kw) -> {
            PyObject[] p = Args.parse("count", a, kw, 0, new String[] {"start", "step"}, 0, 2);
            PyObject[] cur = {p[0] == null ? PyInt.of(0) : p[0]};
            PyObject step = p[1] == null ? PyInt.of(1) : p[1];
            Gen g = new Gen("count", () -> {
                PyObject v = cur[0];
                cur[0] = Abstract.add(v, step);
                return v;
            });
            // CPython 3.11: Modules/itertoolsmodule.c count_repr
            g.repr = () -> {
                boolean unitStep = step instanceof PyInt && ((PyInt) step).big == null && ((PyInt) step).value == 1
                        && !(step instanceof dev.quicken.runtime.PyBool);
                return "count(" + Abstract.repr(cur[0]) + (unitStep ? "" : ", " + Abstract.repr(step)) + ")";
            };
            return g;
        });
        def(m, "cycle", (a, kw) -> {
            PyObject it = Abstract.iter(a[0]);
            List<PyObject> saved = new ArrayList<>();
            int[] idx = {-1};
            return new Gen("cycle", () -> {
                if (idx[0] < 0) {
                    PyObject v = Abstract.next(it);
                    if (v != null) {
                        saved.add(v);
                        return v;
                    }
                    if (saved.isEmpty()) {
                        return null;
                    }
                    idx[0] = 0;
                }
                PyObject v = saved.get(idx[0]);
                idx[0] = (idx[0] + 1) % saved.size();
                return v;
            });
        });
        def(m, "repeat", (a, kw) -> {
            PyObject[] p = Args.parse("repeat", a, kw, 0, new String[] {"object", "times"}, 1, 2);
            long[] n = {p[1] == null ? -1 : Math.max(0, Args.integer(p[1]))};
            Gen g = new Gen("repeat", () -> {
                if (n[0] == 0) {
                    return null;
                }
                if (n[0] > 0) {
                    n[0]--;
                }
                return p[0];
            });
            // CPython 3.11: Modules/itertoolsmodule.c repeat_repr
            g.repr = () -> "repeat(" + Abstract.repr(p[0]) + (n[0] < 0 ? "" : ", " + n[0]) + ")";
            return g;
        });
        def(m, "accumulate", (a, kw) -> {
            PyObject[] p = Args.parse("accumulate", a, kw, 0, new String[] {"iterable", "func", "initial"}, 1, 2);
            PyObject it = Abstract.iter(p[0]);
            PyObject func = p[1] == null ? NONE : p[1];
            PyObject[] acc = {p[2] == null || p[2] == NONE ? null : p[2]};
            boolean[] first = {acc[0] != null};
            return new Gen("accumulate", () -> {
                if (first[0]) {
                    first[0] = false;
                    return acc[0];
                }
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                acc[0] = acc[0] == null ? v : func == NONE ? Abstract.add(acc[0], v) : Abstract.call(func, acc[0], v);
                return acc[0];
            });
        });
        m.dict.setStr("chain", CHAIN);
        def(m, "compress", (a, kw) -> {
            PyObject d = Abstract.iter(a[0]);
            PyObject s = Abstract.iter(a[1]);
            return new Gen("compress", () -> {
                while (true) {
                    PyObject v = Abstract.next(d);
                    PyObject k = Abstract.next(s);
                    if (v == null || k == null) {
                        return null;
                    }
                    if (Abstract.isTrue(k)) {
                        return v;
                    }
                }
            });
        });
        def(m, "dropwhile", (a, kw) -> {
            PyObject it = Abstract.iter(a[1]);
            boolean[] dropping = {true};
            return new Gen("dropwhile", () -> {
                while (true) {
                    PyObject v = Abstract.next(it);
                    if (v == null) {
                        return null;
                    }
                    if (dropping[0] && Abstract.isTrue(Abstract.call(a[0], v))) {
                        continue;
                    }
                    dropping[0] = false;
                    return v;
                }
            });
        });
        def(m, "takewhile", (a, kw) -> {
            PyObject it = Abstract.iter(a[1]);
            return new Gen("takewhile", () -> {
                PyObject v = Abstract.next(it);
                if (v == null || !Abstract.isTrue(Abstract.call(a[0], v))) {
                    return null;
                }
                return v;
            });
        });
        def(m, "filterfalse", (a, kw) -> {
            PyObject it = Abstract.iter(a[1]);
            return new Gen("filterfalse", () -> {
                while (true) {
                    PyObject v = Abstract.next(it);
                    if (v == null) {
                        return null;
                    }
                    boolean t = a[0] == NONE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(a[0], v));
                    if (!t) {
                        return v;
                    }
                }
            });
        });
        def(m, "starmap", (a, kw) -> {
            PyObject it = Abstract.iter(a[1]);
            return new Gen("starmap", () -> {
                PyObject v = Abstract.next(it);
                return v == null ? null : Abstract.call(a[0], Abstract.toArray(v), null);
            });
        });
        def(m, "islice", (a, kw) -> {
            Args.count("islice", a, kw, 0, 2, 4);
            PyObject it = Abstract.iter(a[0]);
            long start = 0;
            long stop;
            long step = 1;
            // CPython 3.11: Modules/itertoolsmodule.c islice_new
            if (a.length == 2) {
                stop = a[1] == NONE ? Long.MAX_VALUE : Args.integer(a[1]);
                if (stop < 0) {
                    throw Exc.valueError("Stop argument for islice() must be None or an integer: 0 <= x <= "
                            + "sys.maxsize.");
                }
            } else {
                start = a[1] == NONE ? 0 : Args.integer(a[1]);
                stop = a[2] == NONE ? Long.MAX_VALUE : Args.integer(a[2]);
                if (a.length == 4 && a[3] != NONE) {
                    step = Args.integer(a[3]);
                }
                if (start < 0 || stop < 0) {
                    throw Exc.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                }
            }
            if (step <= 0) {
                throw Exc.valueError("Step for islice() must be a positive integer or None.");
            }
            long[] st = {0, start, stop, step};
            return new Gen("islice", () -> {
                while (st[0] < st[1]) {
                    if (Abstract.next(it) == null) {
                        return null;
                    }
                    st[0]++;
                }
                if (st[0] >= st[2]) {
                    return null;
                }
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                st[0]++;
                st[1] = st[1] + st[3];
                return v;
            });
        });
        def(m, "zip_longest", (a, kw) -> {
            int npos = Args.npos(a, kw);
            PyObject fill = NONE;
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    if (kw[i].equals("fillvalue")) {
                        fill = a[npos + i];
                    }
                }
            }
            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                its[i] = Abstract.iter(a[i]);
            }
            boolean[] live = new boolean[npos];
            java.util.Arrays.fill(live, true);
            int[] nlive = {npos};
            PyObject f = fill;
            return new Gen("zip_longest", () -> {
                if (nlive[0] == 0) {
                    return null;
                }
                PyObject[] out = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    PyObject v = live[i] ? Abstract.next(its[i]) : null;
                    if (v == null) {
                        if (live[i]) {
                            live[i] = false;
                            nlive[0]--;
                            if (nlive[0] == 0) {
                                return null;
                            }
                        }
                        v = f;
                    }
                    out[i] = v;
                }
                return new PyTuple(out);
            });
        });
        def(m, "pairwise", (a, kw) -> {
            PyObject it = Abstract.iter(a[0]);
            PyObject[] prev = {null};
            return new Gen("pairwise", () -> {
                if (prev[0] == null) {
                    prev[0] = Abstract.next(it);
                    if (prev[0] == null) {
                        return null;
                    }
                }
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                PyObject r = new PyTuple(new PyObject[] {prev[0], v});
                prev[0] = v;
                return r;
            });
        });
        def(m, "groupby", (a, kw) -> {
            PyObject[] p = Args.parse("groupby", a, kw, 0, new String[] {"iterable", "key"}, 1, 2);
            PyObject it = Abstract.iter(p[0]);
            PyObject keyf = p[1] == null ? NONE : p[1];
            PyObject[] pending = {null, null};
            boolean[] started = {false};
            return new Gen("groupby", () -> {
                if (!started[0]) {
                    started[0] = true;
                    PyObject v = Abstract.next(it);
                    if (v == null) {
                        return null;
                    }
                    pending[0] = v;
                    pending[1] = keyf == NONE ? v : Abstract.call(keyf, v);
                }
                if (pending[0] == null) {
                    return null;
                }
                PyObject k = pending[1];
                List<PyObject> group = new ArrayList<>();
                group.add(pending[0]);
                pending[0] = null;
                while (true) {
                    PyObject v = Abstract.next(it);
                    if (v == null) {
                        break;
                    }
                    PyObject vk = keyf == NONE ? v : Abstract.call(keyf, v);
                    if (!Abstract.eq(vk, k)) {
                        pending[0] = v;
                        pending[1] = vk;
                        break;
                    }
                    group.add(v);
                }
                PyObject[] g = group.toArray(new PyObject[0]);
                int[] gi = {0};
                return new PyTuple(new PyObject[] {k, new Gen("_grouper", () -> gi[0] < g.length ? g[gi[0]++] : null)});
            });
        });
        def(m, "product", (a, kw) -> {
            int npos = Args.npos(a, kw);
            long repeat = 1;
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    if (kw[i].equals("repeat")) {
                        repeat = Args.integer(a[npos + i]);
                    }
                }
            }
            List<PyObject[]> pools = new ArrayList<>();
            for (long r = 0; r < repeat; r++) {
                for (int i = 0; i < npos; i++) {
                    pools.add(pool(a[i]));
                }
            }
            List<PyObject> result = new ArrayList<>();
            product(pools, 0, new PyObject[pools.size()], result);
            return listIter("product", result);
        });
        def(m, "permutations", (a, kw) -> {
            PyObject[] p = Args.parse("permutations", a, kw, 0, new String[] {"iterable", "r"}, 1, 2);
            PyObject[] pool = pool(p[0]);
            int r = p[1] == null || p[1] == NONE ? pool.length : (int) Args.integer(p[1]);
            if (r < 0) {
                throw Exc.valueError("r must be non-negative");
            }
            List<PyObject> out = new ArrayList<>();
            if (r <= pool.length) {
                permutations(pool, r, new int[r], new boolean[pool.length], 0, out);
            }
            return listIter("permutations", out);
        });
        def(m, "combinations", (a, kw) -> {
            PyObject[] pool = pool(a[0]);
            int r = (int) Args.integer(a[1]);
            if (r < 0) {
                throw Exc.valueError("r must be non-negative");
            }
            List<PyObject> out = new ArrayList<>();
            combinations(pool, r, 0, new PyObject[r], 0, false, out);
            return listIter("combinations", out);
        });
        def(m, "combinations_with_replacement", (a, kw) -> {
            PyObject[] pool = pool(a[0]);
            int r = (int) Args.integer(a[1]);
            if (r < 0) {
                throw Exc.valueError("r must be non-negative");
            }
            List<PyObject> out = new ArrayList<>();
            combinations(pool, r, 0, new PyObject[r], 0, true, out);
            return listIter("combinations_with_replacement", out);
        });
        def(m, "tee", (a, kw) -> {
            // lazy, as CPython's teedataobject: the source is advanced only as far as the leading copy
            Args.count("tee", a, kw, 0, 1, 2);
            PyObject src = Abstract.iter(a[0]);
            int n = a.length > 1 ? (int) Args.integer(a[1]) : 2;
            if (n < 0) {
                throw Exc.valueError("n must be >= 0");
            }
            List<PyObject> buffer = new ArrayList<>();
            boolean[] exhausted = {false};
            PyObject[] out = new PyObject[n];
            for (int i = 0; i < n; i++) {
                int[] k = {0};
                out[i] = new Gen("_tee", () -> {
                    if (k[0] < buffer.size()) {
                        return buffer.get(k[0]++);
                    }
                    if (exhausted[0]) {
                        return null;
                    }
                    PyObject v = Abstract.next(src);
                    if (v == null) {
                        exhausted[0] = true;
                        return null;
                    }
                    buffer.add(v);
                    k[0]++;
                    return v;
                });
            }
            return new PyTuple(out);
        });
        return m;
    }

    static PyObject listIter(String name, List<PyObject> items) {
        int[] k = {0};
        return new Gen(name, () -> k[0] < items.size() ? items.get(k[0]++) : null);
    }

    static PyObject chainOf(PyObject iterables) {
        PyObject[] cur = {null};
        return new Gen("chain", () -> {
            while (true) {
                if (cur[0] == null) {
                    PyObject nextIterable = Abstract.next(iterables);
                    if (nextIterable == null) {
                        return null;
                    }
                    cur[0] = Abstract.iter(nextIterable);
                }
                PyObject v = Abstract.next(cur[0]);
                if (v != null) {
                    return v;
                }
                cur[0] = null;
            }
        });
    }

    static void product(List<PyObject[]> pools, int i, PyObject[] cur, List<PyObject> out) {
        if (i == pools.size()) {
            out.add(new PyTuple(cur.clone()));
            return;
        }
        for (PyObject x : pools.get(i)) {
            cur[i] = x;
            product(pools, i + 1, cur, out);
        }
    }

    static void permutations(PyObject[] pool, int r, int[] idx, boolean[] used, int depth, List<PyObject> out) {
        if (depth == r) {
            PyObject[] t = new PyObject[r];
            for (int i = 0; i < r; i++) {
                t[i] = pool[idx[i]];
            }
            out.add(new PyTuple(t));
            return;
        }
        for (int i = 0; i < pool.length; i++) {
            if (!used[i]) {
                used[i] = true;
                idx[depth] = i;
                permutations(pool, r, idx, used, depth + 1, out);
                used[i] = false;
            }
        }
    }

    static void combinations(PyObject[] pool, int r, int start, PyObject[] cur, int depth, boolean repl,
            List<PyObject> out) {
        if (depth == r) {
            out.add(new PyTuple(cur.clone()));
            return;
        }
        for (int i = start; i < pool.length; i++) {
            cur[depth] = pool[i];
            combinations(pool, r, repl ? i : i + 1, cur, depth + 1, repl, out);
        }
    }

    static PyStr unused() {
        return IntOps.class == null ? null : new PyStr("");
    }
}
