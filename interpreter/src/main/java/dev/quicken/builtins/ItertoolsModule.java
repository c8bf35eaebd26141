package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.BuiltinIterators;
import dev.quicken.runtime.BuiltinMethods;
import dev.quicken.runtime.Items;
import dev.quicken.runtime.Iterators;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyGenericAlias;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyIter;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/**
 * A Java-native {@code itertools}, as CPython 3.11's Modules/itertoolsmodule.c: every iterator is a class
 * (subclassable, with the keyword checks of its {@code __new__}), lazy, with CPython's {@code __reduce__} and
 * {@code __setstate__} (so {@code pickle} and {@code copy} take iterators part-way through) and messages.
 */
public final class ItertoolsModule {

    private ItertoolsModule() {
    }

    static final PyObject NONE = PyNone.NONE;

    static PyType type(String name) {
        PyType t = NativeTypes.type(name, "itertools");
        BuiltinMethods.defIteratorProtocol(t);
        return t;
    }

    static final PyType ACCUMULATE = type("accumulate");
    static final PyType COMBINATIONS = type("combinations");
    static final PyType CWR = type("combinations_with_replacement");
    static final PyType CYCLE = type("cycle");
    static final PyType DROPWHILE = type("dropwhile");
    static final PyType TAKEWHILE = type("takewhile");
    static final PyType ISLICE = type("islice");
    static final PyType STARMAP = type("starmap");
    static final PyType CHAIN = type("chain");
    static final PyType COMPRESS = type("compress");
    static final PyType FILTERFALSE = type("filterfalse");
    static final PyType COUNT = type("count");
    static final PyType ZIP_LONGEST = type("zip_longest");
    static final PyType PAIRWISE = type("pairwise");
    static final PyType PERMUTATIONS = type("permutations");
    static final PyType PRODUCT = type("product");
    static final PyType REPEAT = type("repeat");
    static final PyType GROUPBY = type("groupby");
    static final PyType GROUPER = type("_grouper");
    static final PyType TEE = type("_tee");
    static final PyType TEEDATA = NativeTypes.type("_tee_dataobject", "itertools");

    /** An itertools iterator: its class (the itertools type or a Python subclass) and instance dict, as enumerate's. */
    abstract static class It extends Iterators.SubclassableIter {
        It(PyType cls) {
            super(cls);
        }
    }

    // ---------------------------------------------------------------- helpers

    static PyTuple tuple(PyObject... items) {
        return new PyTuple(items);
    }

    /** CPython 3.11: Python/getargs.c _PyArg_CheckPositional, for {@code a} = (cls, args...). */
    static void positional(String name, PyObject[] a, String[] kw, int min, int max) {
        int n = Args.npos(a, kw) - 1;
        if (n < min) {
            throw Exc.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Exc.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** The checks of a positional-only {@code __new__}: no keywords unless a subclass {@code __init__} takes them. */
    static void posOnly(String name, PyType base, PyObject[] a, String[] kw, int min, int max) {
        BuiltinIterators.noKwUnlessInit(name, base, a, kw);
        positional(name, a, kw, min, max);
    }

    static PyObject[] pool(PyObject o) {
        return Abstract.toArray(o);
    }

    static boolean isIterator(PyObject o) {
        return o instanceof PyIter || o.type().lookup("__next__") != null;
    }

    static PyTuple state(PyObject st) {
        if (!(st instanceof PyTuple)) {
            throw Exc.typeError("state is not a tuple");
        }
        return (PyTuple) st;
    }

    /** {@code PyArg_ParseTuple(state, ...)} arity check. */
    static PyObject[] stateItems(PyObject st, int min, int max) {
        PyObject[] s = state(st).items;
        if (s.length < min || s.length > max) {
            throw Exc.typeError("function takes " + (min == max ? "exactly " : s.length < min ? "at least " : "at most ")
                    + (s.length < min ? min : max) + " argument" + ((s.length < min ? min : max) == 1 ? "" : "s")
                    + " (" + s.length + " given)");
        }
        return s;
    }

    /** {@code PyLong_AsSsize_t}: an int (TypeError otherwise), OverflowError outside 64 bits. */
    static long ssize(PyObject o) {
        if (!(o instanceof PyInt)) {
            if (o.type().lookup("__index__") == null) {
                throw Exc.typeError("an integer is required");
            }
        }
        return Args.integer(o);
    }

    static PyTuple indices(int[] idx, int n) {
        PyObject[] t = new PyObject[n];
        for (int i = 0; i < n; i++) {
            t[i] = PyInt.of(idx[i]);
        }
        return new PyTuple(t);
    }

    static void setup(PyType t, String name, JFunc f) {
        TypeSetup.def(t, name, f);
    }

    static void reduce(PyType t, TypeSetup.F0 f) {
        TypeSetup.def0(t, "__reduce__", f);
    }

    static void setstate(PyType t, TypeSetup.F1 f) {
        TypeSetup.def1(t, "__setstate__", f);
    }

    // ---------------------------------------------------------------- pairwise

    // CPython 3.11: Modules/itertoolsmodule.c pairwise_next
    static final class Pairwise extends It {
        PyObject it;
        PyObject old;

        Pairwise(PyType cls, PyObject it) {
            super(cls);
            this.it = it;
        }

        @Override
        public PyObject next() {
            PyObject i = it;
            if (i == null) {
                return null;
            }
            PyObject o = old;
            if (o == null) {
                o = Abstract.next(i);
                old = o;
                if (o == null) {
                    it = null;
                    return null;
                }
                i = it;
                if (i == null) {
                    old = null;
                    return null;
                }
            }
            PyObject n = Abstract.next(i);
            if (n == null) {
                it = null;
                old = null;
                return null;
            }
            old = n;
            return tuple(o, n);
        }
    }

    // ---------------------------------------------------------------- groupby and _grouper

    static final class GroupBy extends It {
        final PyObject it;
        final PyObject keyfunc;
        PyObject tgtkey;
        PyObject currkey;
        PyObject currvalue;
        Grouper currgrouper;

        GroupBy(PyType cls, PyObject it, PyObject keyfunc) {
            super(cls);
            this.it = it;
            this.keyfunc = keyfunc;
        }

        // CPython 3.11: Modules/itertoolsmodule.c groupby_step
        boolean step() {
            PyObject v = Abstract.next(it);
            if (v == null) {
                return false;
            }
            PyObject k = keyfunc == NONE ? v : Abstract.call(keyfunc, v);
            currvalue = v;
            currkey = k;
            return true;
        }

        // CPython 3.11: Modules/itertoolsmodule.c groupby_next
        @Override
        public PyObject next() {
            currgrouper = null;
            while (true) {
                if (currkey == null) {
                    // pass
                } else if (tgtkey == null) {
                    break;
                } else if (!Abstract.richCompareBool(tgtkey, currkey, Abstract.EQ)) {
                    break;
                }
                if (!step()) {
                    return null;
                }
            }
            tgtkey = currkey;
            Grouper g = new Grouper(this, tgtkey);
            return tuple(currkey, g);
        }
    }

    static final class Grouper extends It {
        final GroupBy parent;
        final PyObject tgtkey;

        Grouper(GroupBy parent, PyObject tgtkey) {
            super(GROUPER);
            this.parent = parent;
            this.tgtkey = tgtkey;
            parent.currgrouper = this;
        }

        // CPython 3.11: Modules/itertoolsmodule.c _grouper_next
        @Override
        public PyObject next() {
            GroupBy g = parent;
            if (g.currgrouper != this) {
                return null;
            }
            if (g.currvalue == null && !g.step()) {
                return null;
            }
            if (!Abstract.richCompareBool(tgtkey, g.currkey, Abstract.EQ)) {
                return null;
            }
            PyObject r = g.currvalue;
            g.currvalue = null;
            g.currkey = null;
            return r;
        }
    }

    // ---------------------------------------------------------------- tee

    static final int LINKCELLS = 57;

    /** CPython's teedataobject: a block of up to LINKCELLS values read from the shared iterator, then a link. */
    static final class TeeData extends PyObject {
        final PyObject it;
        int numread;
        boolean running;
        TeeData nextlink;
        final PyObject[] values = new PyObject[LINKCELLS];

        TeeData(PyObject it) {
            this.it = it;
        }

        @Override
        public PyType type() {
            return TEEDATA;
        }

        TeeData jumplink() {
            if (nextlink == null) {
                nextlink = new TeeData(it);
            }
            return nextlink;
        }

        // CPython 3.11: Modules/itertoolsmodule.c teedataobject_getitem
        PyObject getitem(int i) {
            if (i < numread) {
                return values[i];
            }
            if (running) {
                throw Exc.runtimeError("cannot re-enter the tee iterator");
            }
            running = true;
            PyObject v;
            try {
                v = Abstract.next(it);
            } finally {
                running = false;
            }
            if (v == null) {
                return null;
            }
            numread++;
            values[i] = v;
            return v;
        }
    }

    static final class Tee extends It {
        TeeData dataobj;
        int index;

        Tee(TeeData d, int index) {
            super(TEE);
            this.dataobj = d;
            this.index = index;
        }

        // CPython 3.11: Modules/itertoolsmodule.c tee_next
        @Override
        public PyObject next() {
            if (index >= LINKCELLS) {
                dataobj = dataobj.jumplink();
                index = 0;
            }
            PyObject v = dataobj.getitem(index);
            if (v == null) {
                return null;
            }
            index++;
            return v;
        }
    }

    // CPython 3.11: Modules/itertoolsmodule.c tee_fromiterable
    static Tee teeFromIterable(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        if (it instanceof Tee) {
            return new Tee(((Tee) it).dataobj, ((Tee) it).index);
        }
        return new Tee(new TeeData(it), 0);
    }

    // ---------------------------------------------------------------- cycle, dropwhile, takewhile

    static final class Cycle extends It {
        PyObject it;
        PyList saved = new PyList();
        int index;
        boolean firstpass;

        Cycle(PyType cls, PyObject it) {
            super(cls);
            this.it = it;
        }

        // CPython 3.11: Modules/itertoolsmodule.c cycle_next
        @Override
        public PyObject next() {
            if (it != null) {
                PyObject v = Abstract.next(it);
                if (v != null) {
                    if (!firstpass) {
                        saved.append(v);
                    }
                    return v;
                }
                it = null;
            }
            if (saved.size() == 0) {
                return null;
            }
            PyObject v = saved.get(index);
            index++;
            if (index >= saved.size()) {
                index = 0;
            }
            return v;
        }
    }

    static final class DropWhile extends It {
        final PyObject func;
        final PyObject it;
        boolean start;

        DropWhile(PyType cls, PyObject func, PyObject it) {
            super(cls);
            this.func = func;
            this.it = it;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                if (start) {
                    return v;
                }
                if (!Abstract.isTrue(Abstract.call(func, v))) {
                    start = true;
                    return v;
                }
            }
        }
    }

    static final class TakeWhile extends It {
        final PyObject func;
        final PyObject it;
        boolean stop;

        TakeWhile(PyType cls, PyObject func, PyObject it) {
            super(cls);
            this.func = func;
            this.it = it;
        }

        @Override
        public PyObject next() {
            if (stop) {
                return null;
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            if (Abstract.isTrue(Abstract.call(func, v))) {
                return v;
            }
            stop = true;
            return null;
        }
    }

    // ---------------------------------------------------------------- islice, starmap, chain

    static final class ISlice extends It {
        PyObject it;
        long next;
        final long stop;
        final long step;
        long cnt;

        ISlice(PyType cls, PyObject it, long start, long stop, long step) {
            super(cls);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        // CPython 3.11: Modules/itertoolsmodule.c islice_next
        @Override
        public PyObject next() {
            PyObject i = it;
            if (i == null) {
                return null;
            }
            while (cnt < next) {
                if (Abstract.next(i) == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            PyObject v = Abstract.next(i);
            if (v == null) {
                it = null;
                return null;
            }
            cnt++;
            long oldnext = next;
            next += step;
            if (next < oldnext || (stop != -1 && next > stop)) {
                next = stop;
            }
            return v;
        }
    }

    /** islice's start/stop/step: None or an index in [0, sys.maxsize] ({@code PyNumber_AsSsize_t}, errors cleared). */
    static long sliceArg(PyObject o, long dflt) {
        if (o == NONE) {
            return dflt;
        }
        try {
            PyInt i = Abstract.index(o);
            return i.big != null ? (i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : i.value;
        } catch (PyException e) {
            return -1;
        }
    }

    static final class StarMap extends It {
        final PyObject func;
        final PyObject it;

        StarMap(PyType cls, PyObject func, PyObject it) {
            super(cls);
            this.func = func;
            this.it = it;
        }

        @Override
        public PyObject next() {
            PyObject args = Abstract.next(it);
            if (args == null) {
                return null;
            }
            PyObject[] a = args.getClass() == PyTuple.class ? ((PyTuple) args).items : Abstract.toArray(args);
            return Abstract.call(func, a, null);
        }
    }

    static final class Chain extends It {
        PyObject source;
        PyObject active;

        Chain(PyType cls, PyObject source) {
            super(cls);
            this.source = source;
        }

        // CPython 3.11: Modules/itertoolsmodule.c chain_next
        @Override
        public PyObject next() {
            while (source != null) {
                if (active == null) {
                    PyObject iterable = Abstract.next(source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    try {
                        active = Abstract.iter(iterable);
                    } catch (PyException e) {
                        source = null;
                        throw e;
                    }
                }
                PyObject v = Abstract.next(active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }
    }

    // ---------------------------------------------------------------- product and the combinatorics

    static final class Product extends It {
        final PyTuple pools;
        final int[] indices;
        PyObject[] result;
        boolean stopped;

        Product(PyType cls, PyTuple pools) {
            super(cls);
            this.pools = pools;
            this.indices = new int[pools.items.length];
        }

        PyObject[] pool(int i) {
            return ((PyTuple) pools.items[i]).items;
        }

        // CPython 3.11: Modules/itertoolsmodule.c product_next (a new tuple each time: no refcounts to reuse one)
        @Override
        public PyObject next() {
            if (stopped) {
                return null;
            }
            int npools = indices.length;
            if (result == null) {
                result = new PyObject[npools];
                for (int i = 0; i < npools; i++) {
                    PyObject[] p = pool(i);
                    if (p.length == 0) {
                        stopped = true;
                        return null;
                    }
                    result[i] = p[0];
                }
            } else {
                result = result.clone();
                int i;
                for (i = npools - 1; i >= 0; i--) {
                    PyObject[] p = pool(i);
                    indices[i]++;
                    if (indices[i] == p.length) {
                        indices[i] = 0;
                        result[i] = p[0];
                    } else {
                        result[i] = p[indices[i]];
                        break;
                    }
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
            }
            return new PyTuple(result);
        }
    }

    static final class Combinations extends It {
        final PyObject[] pool;
        final PyTuple poolTuple;
        final int[] indices;
        final int r;
        PyObject[] result;
        boolean stopped;
        final boolean replace;

        Combinations(PyType cls, PyTuple pool, int r, boolean replace) {
            super(cls);
            this.poolTuple = pool;
            this.pool = pool.items;
            this.r = r;
            this.replace = replace;
            this.indices = new int[r];
            int n = this.pool.length;
            for (int i = 0; i < r; i++) {
                indices[i] = replace ? 0 : i;
            }
            stopped = replace ? n == 0 && r > 0 : r > n;
        }

        // CPython 3.11: Modules/itertoolsmodule.c combinations_next and cwr_next
        @Override
        public PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (result == null) {
                result = new PyObject[r];
                for (int i = 0; i < r; i++) {
                    result[i] = pool[indices[i]];
                }
            } else {
                result = result.clone();
                int i;
                if (replace) {
                    for (i = r - 1; i >= 0 && indices[i] == n - 1; i--) {
                        // scan
                    }
                    if (i < 0) {
                        stopped = true;
                        return null;
                    }
                    int index = indices[i] + 1;
                    for (; i < r; i++) {
                        indices[i] = index;
                        result[i] = pool[index];
                    }
                } else {
                    for (i = r - 1; i >= 0 && indices[i] == i + n - r; i--) {
                        // scan
                    }
                    if (i < 0) {
                        stopped = true;
                        return null;
                    }
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) {
                        indices[j] = indices[j - 1] + 1;
                    }
                    for (; i < r; i++) {
                        result[i] = pool[indices[i]];
                    }
                }
            }
            return new PyTuple(result);
        }
    }

    static final class Permutations extends It {
        final PyObject[] pool;
        final PyTuple poolTuple;
        final int[] indices;
        final int[] cycles;
        final int r;
        PyObject[] result;
        boolean stopped;

        Permutations(PyType cls, PyTuple pool, int r) {
            super(cls);
            this.poolTuple = pool;
            this.pool = pool.items;
            int n = this.pool.length;
            this.r = r;
            this.indices = new int[n];
            this.cycles = new int[r];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            for (int i = 0; i < r; i++) {
                cycles[i] = n - i;
            }
            stopped = r > n;
        }

        // CPython 3.11: Modules/itertoolsmodule.c permutations_next
        @Override
        public PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (result == null) {
                result = new PyObject[r];
                for (int i = 0; i < r; i++) {
                    result[i] = pool[indices[i]];
                }
            } else {
                if (n == 0) {
                    stopped = true;
                    return null;
                }
                result = result.clone();
                int i;
                for (i = r - 1; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int index = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - 1 - i);
                        indices[n - 1] = index;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int index = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = index;
                        for (int k = i; k < r; k++) {
                            result[k] = pool[indices[k]];
                        }
                        break;
                    }
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
            }
            return new PyTuple(result);
        }
    }

    // ---------------------------------------------------------------- accumulate, compress, filterfalse

    static final class Accumulate extends It {
        PyObject total;
        final PyObject it;
        final PyObject binop;
        PyObject initial;

        Accumulate(PyType cls, PyObject it, PyObject binop, PyObject initial) {
            super(cls);
            this.it = it;
            this.binop = binop;
            this.initial = initial;
        }

        // CPython 3.11: Modules/itertoolsmodule.c accumulate_next
        @Override
        public PyObject next() {
            if (initial != NONE) {
                total = initial;
                initial = NONE;
                return total;
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
                return v;
            }
            total = binop == NONE ? Abstract.add(total, v) : Abstract.call(binop, total, v);
            return total;
        }
    }

    static final class Compress extends It {
        final PyObject data;
        final PyObject selectors;

        Compress(PyType cls, PyObject data, PyObject selectors) {
            super(cls);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject d = Abstract.next(data);
                if (d == null) {
                    return null;
                }
                PyObject s = Abstract.next(selectors);
                if (s == null) {
                    return null;
                }
                if (Abstract.isTrue(s)) {
                    return d;
                }
            }
        }
    }

    static final class FilterFalse extends It {
        final PyObject func;
        final PyObject it;

        FilterFalse(PyType cls, PyObject func, PyObject it) {
            super(cls);
            this.func = func;
            this.it = it;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                boolean ok = func == NONE || func == PyBool.TYPE ? Abstract.isTrue(v)
                        : Abstract.isTrue(Abstract.call(func, v));
                if (!ok) {
                    return v;
                }
            }
        }
    }

    // ---------------------------------------------------------------- count, repeat, zip_longest

    static final class Count extends It {
        /** The fast mode ({@code cnt < PY_SSIZE_T_MAX}, step 1) or Long.MAX_VALUE for the slow mode. */
        long cnt;
        PyObject longCnt;
        final PyObject longStep;

        Count(PyType cls, long cnt, PyObject longCnt, PyObject longStep) {
            super(cls);
            this.cnt = cnt;
            this.longCnt = longCnt;
            this.longStep = longStep;
        }

        // CPython 3.11: Modules/itertoolsmodule.c count_next / count_nextlong
        @Override
        public PyObject next() {
            if (cnt == Long.MAX_VALUE) {
                PyObject c = longCnt == null ? PyInt.of(Long.MAX_VALUE) : longCnt;
                longCnt = Abstract.add(c, longStep);
                return c;
            }
            return PyInt.of(cnt++);
        }

        // CPython 3.11: Modules/itertoolsmodule.c count_repr
        String repr() {
            String name = cls.name();
            if (cnt != Long.MAX_VALUE) {
                return name + "(" + cnt + ")";
            }
            if (longStep instanceof PyInt && !(longStep instanceof PyBool) && ((PyInt) longStep).big == null
                    && ((PyInt) longStep).value == 1) {
                return name + "(" + Abstract.repr(longCnt) + ")";
            }
            if (longStep instanceof PyBool && longStep == PyBool.TRUE) {
                return name + "(" + Abstract.repr(longCnt) + ")";
            }
            return name + "(" + Abstract.repr(longCnt) + ", " + Abstract.repr(longStep) + ")";
        }
    }

    /** {@code PyNumber_Check}. */
    static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex
                || o.type().lookup("__index__") != null || o.type().lookup("__int__") != null
                || o.type().lookup("__float__") != null;
    }

    static final class Repeat extends It {
        final PyObject element;
        long cnt;

        Repeat(PyType cls, PyObject element, long cnt) {
            super(cls);
            this.element = element;
            this.cnt = cnt;
        }

        @Override
        public PyObject next() {
            if (cnt == 0) {
                return null;
            }
            if (cnt > 0) {
                cnt--;
            }
            return element;
        }
    }

    static final class ZipLongest extends It {
        final PyObject[] ittuple;
        int numactive;
        PyObject fillvalue;

        ZipLongest(PyType cls, PyObject[] its, PyObject fill) {
            super(cls);
            this.ittuple = its;
            this.numactive = its.length;
            this.fillvalue = fill;
        }

        // CPython 3.11: Modules/itertoolsmodule.c zip_longest_next
        @Override
        public PyObject next() {
            int n = ittuple.length;
            if (n == 0 || numactive == 0) {
                return null;
            }
            PyObject[] result = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject it = ittuple[i];
                PyObject item;
                if (it == null) {
                    item = fillvalue;
                } else {
                    try {
                        item = Abstract.next(it);
                    } catch (PyException e) {
                        numactive = 0;
                        throw e;
                    }
                    if (item == null) {
                        numactive--;
                        if (numactive == 0) {
                            return null;
                        }
                        item = fillvalue;
                        ittuple[i] = null;
                    }
                }
                result[i] = item;
            }
            return new PyTuple(result);
        }
    }

    // ---------------------------------------------------------------- the types' methods

    static void defNew(PyType t, JFunc f) {
        TypeSetup.defNew(t, f);
    }

    static {
        setupTypes();
    }

    private static void setupTypes() {
        // pairwise
        defNew(PAIRWISE, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                posOnly("pairwise", PAIRWISE, a, kw, 1, 1);
                return new Pairwise((PyType) a[0], Abstract.iter(a[1]));
            }
        });

        // groupby
        defNew(GROUPBY, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("groupby", a, kw, 1, new String[] {"iterable", "key"}, 1, 2);
                return new GroupBy((PyType) a[0], Abstract.iter(p[0]), p[1] == null ? NONE : p[1]);
            }
        });
        // CPython 3.11: Modules/itertoolsmodule.c groupby_reduce / groupby_setstate
        reduce(GROUPBY, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                GroupBy g = (GroupBy) a;
                if (g.tgtkey != null && g.currkey != null && g.currvalue != null) {
                    return tuple(g.type(), tuple(g.it, g.keyfunc), tuple(g.currkey, g.currvalue, g.tgtkey));
                }
                return tuple(g.type(), tuple(g.it, g.keyfunc));
            }
        });
        setstate(GROUPBY, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                GroupBy g = (GroupBy) a;
                PyObject[] s = stateItems(st, 3, 3);
                g.currkey = s[0];
                g.currvalue = s[1];
                g.tgtkey = s[2];
                return NONE;
            }
        });
        defNew(GROUPER, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                posOnly("_grouper", GROUPER, a, kw, 2, 2);
                if (!(a[1] instanceof GroupBy)) {
                    throw Exc.typeError("_grouper() argument 1 must be itertools.groupby, not " + Abstract.typeName(a[1]));
                }
                return new Grouper((GroupBy) a[1], a[2]);
            }
        });
        reduce(GROUPER, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Grouper g = (Grouper) a;
                if (g.parent.currgrouper != g) {
                    return tuple(BuiltinIterators.builtin("iter"), tuple(PyTuple.EMPTY));
                }
                return tuple(GROUPER, tuple(g.parent, g.tgtkey));
            }
        });

        // tee
        defNew(TEE, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                posOnly("_tee", TEE, a, kw, 1, 1);
                return teeFromIterable(a[1]);
            }
        });
        setup(TEE, "__copy__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("__copy__", a, kw, 1, 0, 0);
                Tee t = (Tee) a[0];
                return new Tee(t.dataobj, t.index);
            }
        });
        reduce(TEE, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return tuple(TEE, tuple(PyTuple.EMPTY), tuple(((Tee) a).dataobj, PyInt.of(((Tee) a).index)));
            }
        });
        setstate(TEE, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                PyObject[] s = stateItems(st, 2, 2);
                if (!(s[0] instanceof TeeData)) {
                    throw Exc.typeError("argument 1 must be itertools._tee_dataobject, not " + Abstract.typeName(s[0]));
                }
                long index = ssize(s[1]);
                if (index < 0 || index > LINKCELLS) {
                    throw Exc.valueError("Index out of range");
                }
                ((Tee) a).dataobj = (TeeData) s[0];
                ((Tee) a).index = (int) index;
                return NONE;
            }
        });
        // CPython 3.11: Modules/itertoolsmodule.c itertools_teedataobject_impl / teedataobject_reduce
        TypeSetup.defNew(TEEDATA, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                positional("_tee_dataobject", a, kw, 3, 3);
                if (!(a[2] instanceof PyList)) {
                    throw Exc.typeError("_tee_dataobject() argument 2 must be list, not " + Abstract.typeName(a[2]));
                }
                TeeData d = new TeeData(a[1]);
                PyObject[] vals = ((PyList) a[2]).toArray();
                if (vals.length > LINKCELLS) {
                    throw Exc.valueError("Invalid arguments");
                }
                System.arraycopy(vals, 0, d.values, 0, vals.length);
                d.numread = vals.length;
                if (vals.length == LINKCELLS) {
                    if (a[3] != NONE) {
                        if (!(a[3] instanceof TeeData)) {
                            throw Exc.valueError("Invalid arguments");
                        }
                        d.nextlink = (TeeData) a[3];
                    }
                } else if (a[3] != NONE) {
                    throw Exc.valueError("Invalid arguments");
                }
                return d;
            }
        });
        TypeSetup.def0(TEEDATA, "__reduce__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                TeeData d = (TeeData) a;
                PyObject[] vals = Items.copyOf(d.values, d.numread);
                return tuple(TEEDATA, tuple(d.it, new PyList(vals), d.nextlink == null ? NONE : d.nextlink));
            }
        });

        // cycle
        defNew(CYCLE, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                posOnly("cycle", CYCLE, a, kw, 1, 1);
                return new Cycle((PyType) a[0], Abstract.iter(a[1]));
            }
        });
        // CPython 3.11: Modules/itertoolsmodule.c cycle_reduce / cycle_setstate
        reduce(CYCLE, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Cycle c = (Cycle) a;
                if (c.it == null) {
                    PyObject it = Abstract.iter(c.saved);
                    if (c.index != 0) {
                        Abstract.callMethod(it, "__setstate__", PyInt.of(c.index));
                    }
                    return tuple(c.type(), tuple(it), tuple(c.saved, PyBool.TRUE));
                }
                return tuple(c.type(), tuple(c.it), tuple(c.saved, PyBool.of(c.firstpass)));
            }
        });
        setstate(CYCLE, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                Cycle c = (Cycle) a;
                PyObject[] s = stateItems(st, 2, 2);
                if (!(s[0] instanceof PyList)) {
                    throw Exc.typeError("argument 1 must be list, not " + Abstract.typeName(s[0]));
                }
                if (s[1] instanceof PyFloat) {
                    throw Exc.typeError("'float' object cannot be interpreted as an integer");
                }
                if (!(s[1] instanceof PyInt) && s[1].type().lookup("__index__") == null) {
                    throw Exc.typeError("'" + Abstract.typeName(s[1]) + "' object cannot be interpreted as an integer");
                }
                boolean firstpass = Abstract.index(s[1]).toBigInteger().signum() != 0;
                c.saved = (PyList) s[0];
                c.firstpass = firstpass;
                c.index = 0;
                return NONE;
            }
        });

        // dropwhile, takewhile
        defNew(DROPWHILE, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                posOnly("dropwhile", DROPWHILE, a, kw, 2, 2);
                return new DropWhile((PyType) a[0], a[1], Abstract.iter(a[2]));
            }
        });
        reduce(DROPWHILE, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                DropWhile d = (DropWhile) a;
                return tuple(d.type(), tuple(d.func, d.it), PyInt.of(d.start ? 1 : 0));
            }
        });
        setstate(DROPWHILE, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                ((DropWhile) a).start = Abstract.isTrue(st);
                return NONE;
            }
        });
        defNew(TAKEWHILE, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                posOnly("takewhile", TAKEWHILE, a, kw, 2, 2);
                return new TakeWhile((PyType) a[0], a[1], Abstract.iter(a[2]));
            }
        });
        reduce(TAKEWHILE, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                TakeWhile t = (TakeWhile) a;
                return tuple(t.type(), tuple(t.func, t.it), PyInt.of(t.stop ? 1 : 0));
            }
        });
        setstate(TAKEWHILE, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                ((TakeWhile) a).stop = Abstract.isTrue(st);
                return NONE;
            }
        });

        // islice
        // CPython 3.11: Modules/itertoolsmodule.c islice_new
        defNew(ISLICE, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                BuiltinIterators.noKwUnlessInit("islice", ISLICE, a, kw);
                int n = Args.npos(a, kw) - 1;
                if (n < 2) {
                    throw Exc.typeError("islice expected at least 2 arguments, got " + n);
                }
                if (n > 4) {
                    throw Exc.typeError("islice expected at most 4 arguments, got " + n);
                }
                long start = 0;
                long stop = -1;
                long step = 1;
                String stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
                if (n == 2) {
                    if (a[2] != NONE) {
                        stop = sliceArg(a[2], -1);
                        if (stop == -1) {
                            throw Exc.valueError(stopMsg);
                        }
                    }
                } else {
                    start = sliceArg(a[2], 0);
                    if (a[3] != NONE) {
                        stop = sliceArg(a[3], -1);
                        if (stop == -1) {
                            throw Exc.valueError(stopMsg);
                        }
                    }
                }
                if (start < 0 || stop < -1) {
                    throw Exc.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                }
                if (n == 4) {
                    step = sliceArg(a[4], 1);
                }
                if (step < 1) {
                    throw Exc.valueError("Step for islice() must be a positive integer or None.");
                }
                return new ISlice((PyType) a[0], Abstract.iter(a[1]), start, stop, step);
            }
        });
        // CPython 3.11: Modules/itertoolsmodule.c islice_reduce / islice_setstate
        reduce(ISLICE, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                ISlice s = (ISlice) a;
                if (s.it == null) {
                    return tuple(s.type(), tuple(Abstract.iter(new PyList()), PyInt.of(0)), PyInt.of(0));
                }
                return tuple(s.type(), tuple(s.it, PyInt.of(s.next), s.stop == -1 ? NONE : PyInt.of(s.stop),
                        PyInt.of(s.step)), PyInt.of(s.cnt));
            }
        });
        setstate(ISLICE, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                ((ISlice) a).cnt = ssize(st);
                return NONE;
            }
        });

        // starmap
        defNew(STARMAP, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                posOnly("starmap", STARMAP, a, kw, 2, 2);
                return new StarMap((PyType) a[0], a[1], Abstract.iter(a[2]));
            }
        });
        reduce(STARMAP, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return tuple(a.type(), tuple(((StarMap) a).func, ((StarMap) a).it));
            }
        });

        // chain
        defNew(CHAIN, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                BuiltinIterators.noKwUnlessInit("chain", CHAIN, a, kw);
                int n = Args.npos(a, kw);
                return new Chain((PyType) a[0], Abstract.iter(new PyTuple(Items.copyOfRange(a, 1, n))));
            }
        });
        TypeSetup.defClassMethod(CHAIN, "from_iterable", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("from_iterable", a, kw, 1, 1, 1);
                return new Chain((PyType) a[0], Abstract.iter(a[1]));
            }
        });
        TypeSetup.defClassMethod(CHAIN, PyGenericAlias.ClassGetItem.__class_getitem__);
        // CPython 3.11: Modules/itertoolsmodule.c chain_reduce / chain_setstate
        reduce(CHAIN, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Chain c = (Chain) a;
                if (c.source == null) {
                    return tuple(c.type(), PyTuple.EMPTY);
                }
                return c.active != null ? tuple(c.type(), PyTuple.EMPTY, tuple(c.source, c.active))
                        : tuple(c.type(), PyTuple.EMPTY, tuple(c.source));
            }
        });
        setstate(CHAIN, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                PyObject[] s = stateItems(st, 1, 2);
                PyObject active = s.length > 1 ? s[1] : null;
                if (!isIterator(s[0]) || active != null && !isIterator(active)) {
                    throw Exc.typeError("Arguments must be iterators.");
                }
                ((Chain) a).source = s[0];
                ((Chain) a).active = active;
                return NONE;
            }
        });

        // product
        // CPython 3.11: Modules/itertoolsmodule.c product_new
        defNew(PRODUCT, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                int npos = Args.npos(a, kw);
                long repeat = 1;
                if (kw != null) {
                    for (int i = 0; i < kw.length; i++) {
                        if (!kw[i].equals("repeat")) {
                            throw Exc.typeError("'" + kw[i] + "' is an invalid keyword argument for product()");
                        }
                        repeat = Args.integer(a[npos + i]);
                    }
                    if (repeat < 0) {
                        throw Exc.valueError("repeat argument cannot be negative");
                    }
                }
                int nargs = repeat == 0 ? 0 : npos - 1;
                if (nargs > 0 && repeat > Long.MAX_VALUE / 8 / nargs) {
                    throw Exc.overflowError("repeat argument too large");
                }
                long npools = nargs * repeat;
                if (npools > Integer.MAX_VALUE - 8) {
                    throw Exc.raise(Exc.MemoryError, "");
                }
                PyObject[] pools = new PyObject[(int) npools];
                for (int i = 0; i < nargs; i++) {
                    pools[i] = new PyTuple(pool(a[i + 1]));
                }
                for (int i = nargs; i < npools; i++) {
                    pools[i] = pools[i - nargs];
                }
                return new Product((PyType) a[0], new PyTuple(pools));
            }
        });
        // CPython 3.11: Modules/itertoolsmodule.c product_reduce / product_setstate
        reduce(PRODUCT, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Product p = (Product) a;
                if (p.stopped) {
                    return tuple(p.type(), tuple(PyTuple.EMPTY));
                }
                if (p.result == null) {
                    return tuple(p.type(), p.pools);
                }
                return tuple(p.type(), p.pools, indices(p.indices, p.indices.length));
            }
        });
        setstate(PRODUCT, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                Product p = (Product) a;
                int n = p.indices.length;
                if (!(st instanceof PyTuple) || ((PyTuple) st).items.length != n) {
                    throw Exc.valueError("invalid arguments");
                }
                for (int i = 0; i < n; i++) {
                    long index = ssize(((PyTuple) st).items[i]);
                    int poolsize = p.pool(i).length;
                    if (poolsize == 0) {
                        p.stopped = true;
                        return NONE;
                    }
                    p.indices[i] = (int) Math.max(0, Math.min(index, poolsize - 1));
                }
                PyObject[] result = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    result[i] = p.pool(i)[p.indices[i]];
                }
                p.result = result;
                return NONE;
            }
        });
        TypeSetup.def0(PRODUCT, "__sizeof__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(56 + 8L * ((Product) a).indices.length);
            }
        });

        // combinations, combinations_with_replacement
        for (PyType t : new PyType[] {COMBINATIONS, CWR}) {
            boolean repl = t == CWR;
            String name = t.name();
            defNew(t, new JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    PyObject[] p = Args.parse(name, a, kw, 1, new String[] {"iterable", "r"}, 2, 2);
                    PyTuple pool = new PyTuple(pool(p[0]));
                    long r = Args.integer(p[1]);
                    if (r < 0) {
                        throw Exc.valueError("r must be non-negative");
                    }
                    if (r > Integer.MAX_VALUE - 8) {
                        throw Exc.raise(Exc.MemoryError, "");
                    }
                    return new Combinations((PyType) a[0], pool, (int) r, repl);
                }
            });
            // CPython 3.11: Modules/itertoolsmodule.c combinations_reduce / cwr_reduce
            reduce(t, new TypeSetup.F0() {
                @Override
                public PyObject apply(PyObject a) {
                    Combinations c = (Combinations) a;
                    if (c.result == null) {
                        return tuple(c.type(), tuple(c.poolTuple, PyInt.of(c.r)));
                    }
                    if (c.stopped) {
                        return tuple(c.type(), tuple(PyTuple.EMPTY, PyInt.of(c.r)));
                    }
                    return tuple(c.type(), tuple(c.poolTuple, PyInt.of(c.r)), indices(c.indices, c.r));
                }
            });
            // CPython 3.11: Modules/itertoolsmodule.c combinations_setstate / cwr_setstate
            setstate(t, new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject st) {
                    Combinations c = (Combinations) a;
                    if (!(st instanceof PyTuple) || ((PyTuple) st).items.length != c.r) {
                        throw Exc.valueError("invalid arguments");
                    }
                    int n = c.pool.length;
                    for (int i = 0; i < c.r; i++) {
                        long index = ssize(((PyTuple) st).items[i]);
                        long max = repl ? n - 1 : i + n - c.r;
                        if (index > max) {
                            index = max;
                        }
                        if (index < 0) {
                            index = 0;
                        }
                        c.indices[i] = (int) index;
                    }
                    PyObject[] result = new PyObject[c.r];
                    for (int i = 0; i < c.r; i++) {
                        result[i] = c.pool[c.indices[i]];
                    }
                    c.result = result;
                    return NONE;
                }
            });
            TypeSetup.def0(t, "__sizeof__", new TypeSetup.F0() {
                @Override
                public PyObject apply(PyObject a) {
                    return PyInt.of(64 + 8L * ((Combinations) a).r);
                }
            });
        }

        // permutations
        defNew(PERMUTATIONS, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("permutations", a, kw, 1, new String[] {"iterable", "r"}, 1, 2);
                PyTuple pool = new PyTuple(pool(p[0]));
                long r = pool.items.length;
                if (p[1] != null && p[1] != NONE) {
                    if (!(p[1] instanceof PyInt)) {
                        throw Exc.typeError("Expected int as r");
                    }
                    r = Args.integer(p[1]);
                }
                if (r < 0) {
                    throw Exc.valueError("r must be non-negative");
                }
                if (r > Integer.MAX_VALUE - 8) {
                    throw Exc.raise(Exc.MemoryError, "");
                }
                return new Permutations((PyType) a[0], pool, (int) r);
            }
        });
        // CPython 3.11: Modules/itertoolsmodule.c permutations_reduce / permutations_setstate
        reduce(PERMUTATIONS, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Permutations p = (Permutations) a;
                if (p.result == null) {
                    return tuple(p.type(), tuple(p.poolTuple, PyInt.of(p.r)));
                }
                if (p.stopped) {
                    return tuple(p.type(), tuple(PyTuple.EMPTY, PyInt.of(p.r)));
                }
                return tuple(p.type(), tuple(p.poolTuple, PyInt.of(p.r)), tuple(indices(p.indices, p.indices.length),
                        indices(p.cycles, p.r)));
            }
        });
        setstate(PERMUTATIONS, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                Permutations p = (Permutations) a;
                PyObject[] s = stateItems(st, 2, 2);
                if (!(s[0] instanceof PyTuple) || !(s[1] instanceof PyTuple)) {
                    throw Exc.typeError("argument must be tuple, not " + Abstract.typeName(
                            s[0] instanceof PyTuple ? s[1] : s[0]));
                }
                PyObject[] idx = ((PyTuple) s[0]).items;
                PyObject[] cyc = ((PyTuple) s[1]).items;
                int n = p.pool.length;
                if (idx.length != n || cyc.length != p.r) {
                    throw Exc.valueError("invalid arguments");
                }
                for (int i = 0; i < n; i++) {
                    p.indices[i] = (int) Math.max(0, Math.min(ssize(idx[i]), n - 1));
                }
                for (int i = 0; i < p.r; i++) {
                    p.cycles[i] = (int) Math.max(1, Math.min(ssize(cyc[i]), n - i));
                }
                PyObject[] result = new PyObject[p.r];
                for (int i = 0; i < p.r; i++) {
                    result[i] = p.pool[p.indices[i]];
                }
                p.result = result;
                return NONE;
            }
        });
        TypeSetup.def0(PERMUTATIONS, "__sizeof__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(72 + 8L * (((Permutations) a).pool.length
                + ((Permutations) a).r));
            }
        });

        // accumulate
        defNew(ACCUMULATE, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("accumulate", a, kw, 1, new String[] {"iterable", "func", "initial"}, 1, 2);
                return new Accumulate((PyType) a[0], Abstract.iter(p[0]), p[1] == null ? NONE : p[1],
                        p[2] == null ? NONE : p[2]);
            }
        });
        // CPython 3.11: Modules/itertoolsmodule.c accumulate_reduce / accumulate_setstate
        reduce(ACCUMULATE, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Accumulate c = (Accumulate) a;
                if (c.initial != NONE) {
                    PyObject it = Abstract.call(CHAIN, tuple(c.initial), c.it);
                    return tuple(c.type(), tuple(it, c.binop), NONE);
                }
                if (c.total == NONE) {
                    PyObject it = Abstract.call(CHAIN, tuple(c.total), c.it);
                    it = Abstract.call(c.type(), it, c.binop);
                    return tuple(ISLICE, tuple(it, PyInt.of(1), NONE));
                }
                return tuple(c.type(), tuple(c.it, c.binop), c.total == null ? NONE : c.total);
            }
        });
        setstate(ACCUMULATE, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                ((Accumulate) a).total = st;
                return NONE;
            }
        });

        // compress
        defNew(COMPRESS, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("compress", a, kw, 1, new String[] {"data", "selectors"}, 2, 2);
                return new Compress((PyType) a[0], Abstract.iter(p[0]), Abstract.iter(p[1]));
            }
        });
        reduce(COMPRESS, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return tuple(a.type(), tuple(((Compress) a).data, ((Compress) a).selectors));
            }
        });

        // filterfalse
        defNew(FILTERFALSE, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                posOnly("filterfalse", FILTERFALSE, a, kw, 2, 2);
                return new FilterFalse((PyType) a[0], a[1], Abstract.iter(a[2]));
            }
        });
        reduce(FILTERFALSE, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return tuple(a.type(), tuple(((FilterFalse) a).func, ((FilterFalse) a).it));
            }
        });

        // count
        // CPython 3.11: Modules/itertoolsmodule.c itertools_count_impl
        defNew(COUNT, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("count", a, kw, 1, new String[] {"start", "step"}, 0, 2);
                PyObject longCnt = p[0];
                PyObject longStep = p[1];
                if (longCnt != null && !isNumber(longCnt) || longStep != null && !isNumber(longStep)) {
                    throw Exc.typeError("a number is required");
                }
                boolean fast = (longCnt == null || longCnt instanceof PyInt) && (longStep == null || longStep instanceof PyInt);
                long cnt = 0;
                if (longCnt != null) {
                    if (fast) {
                        PyInt c = (PyInt) longCnt;
                        if (c.big != null) {
                            fast = false;
                        } else {
                            cnt = c.value;
                        }
                    }
                } else {
                    longCnt = PyInt.of(0);
                }
                if (longStep == null) {
                    longStep = PyInt.of(1);
                }
                if (fast) {
                    PyInt s = (PyInt) longStep;
                    if (s.big != null || s.value != 1) {
                        fast = false;
                    }
                }
                if (fast && cnt != Long.MAX_VALUE) {
                    longCnt = null;
                } else {
                    cnt = Long.MAX_VALUE;
                }
                return new Count((PyType) a[0], cnt, longCnt, longStep);
            }
        });
        TypeSetup.def0(COUNT, "__repr__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyStr(((Count) a).repr());
            }
        });
        reduce(COUNT, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Count c = (Count) a;
                if (c.cnt == Long.MAX_VALUE) {
                    return tuple(c.type(), tuple(c.longCnt, c.longStep));
                }
                return tuple(c.type(), tuple(PyInt.of(c.cnt)));
            }
        });

        // repeat
        // CPython 3.11: Modules/itertoolsmodule.c repeat_new
        defNew(REPEAT, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("repeat", a, kw, 1, new String[] {"object", "times"}, 1, 2);
                long cnt = -1;
                if (p[1] != null) {
                    cnt = Args.integer(p[1]);
                    if (cnt < 0) {
                        cnt = 0;
                    }
                }
                return new Repeat((PyType) a[0], p[0], cnt);
            }
        });
        TypeSetup.def0(REPEAT, "__repr__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Repeat r = (Repeat) a;
                String name = r.cls.name();
                return new PyStr(r.cnt == -1 ? name + "(" + Abstract.repr(r.element) + ")"
                        : name + "(" + Abstract.repr(r.element) + ", " + r.cnt + ")");
            }
        });
        TypeSetup.def0(REPEAT, "__length_hint__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                if (((Repeat) a).cnt == -1) {
                    throw Exc.typeError("len() of unsized object");
                }
                return PyInt.of(((Repeat) a).cnt);
            }
        });
        reduce(REPEAT, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Repeat r = (Repeat) a;
                return r.cnt >= 0 ? tuple(r.type(), tuple(r.element, PyInt.of(r.cnt))) : tuple(r.type(), tuple(r.element));
            }
        });

        // zip_longest
        // CPython 3.11: Modules/itertoolsmodule.c zip_longest_new
        defNew(ZIP_LONGEST, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                int npos = Args.npos(a, kw);
                PyObject fill = NONE;
                if (kw != null && kw.length > 0) {
                    if (kw.length != 1 || !kw[0].equals("fillvalue")) {
                        throw Exc.typeError("zip_longest() got an unexpected keyword argument");
                    }
                    fill = a[npos];
                }
                PyObject[] its = new PyObject[npos - 1];
                for (int i = 1; i < npos; i++) {
                    its[i - 1] = Abstract.iter(a[i]);
                }
                return new ZipLongest((PyType) a[0], its, fill);
            }
        });
        reduce(ZIP_LONGEST, new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                ZipLongest z = (ZipLongest) a;
                PyObject[] args = new PyObject[z.ittuple.length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = z.ittuple[i] == null ? PyTuple.EMPTY : z.ittuple[i];
                }
                return tuple(z.type(), new PyTuple(args), z.fillvalue);
            }
        });
        setstate(ZIP_LONGEST, new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                ((ZipLongest) a).fillvalue = st;
                return NONE;
            }
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("itertools");
        for (PyType t : new PyType[] {ACCUMULATE, COMBINATIONS, CWR, CYCLE, DROPWHILE, TAKEWHILE, ISLICE, STARMAP,
            CHAIN, COMPRESS, FILTERFALSE, COUNT, ZIP_LONGEST, PAIRWISE, PERMUTATIONS, PRODUCT, REPEAT, GROUPBY,
            GROUPER, TEE, TEEDATA}) {
            m.dict.setStr(t.name(), t);
        }
        // CPython 3.11: Modules/itertoolsmodule.c itertools_tee_impl
        NativeTypes.def(m, "tee", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw("tee", kw);
                if (a.length < 1 || a.length > 2) {
                    throw Exc.typeError("tee expected " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments")
                            + ", got " + a.length);
                }
                long n = a.length > 1 ? Args.integer(a[1]) : 2;
                if (n < 0) {
                    throw Exc.valueError("n must be >= 0");
                }
                PyObject[] out = new PyObject[(int) n];
                if (n == 0) {
                    return new PyTuple(out);
                }
                PyObject it = Abstract.iter(a[0]);
                PyObject copyfunc = Abstract.lookupAttr(it, "__copy__");
                PyObject copyable;
                if (copyfunc != null) {
                    copyable = it;
                } else {
                    copyable = teeFromIterable(it);
                    copyfunc = Abstract.getAttr(copyable, "__copy__");
                }
                out[0] = copyable;
                for (int i = 1; i < n; i++) {
                    out[i] = Abstract.call(copyfunc);
                }
                return new PyTuple(out);
            }
        });
        return m;
    }
}
