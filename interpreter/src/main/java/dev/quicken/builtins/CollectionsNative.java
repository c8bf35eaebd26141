package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.BuiltinMethods;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.Items;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyIter;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyNotImplemented;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/**
 * {@code _collections}: {@code deque}, {@code defaultdict}, the deque iterators, {@code _tuplegetter}
 * and {@code _count_elements}, as CPython 3.11's Modules/_collectionsmodule.c; {@code collections}
 * itself is CPython's {@code Lib/collections/__init__.py}.
 */
public final class CollectionsNative {

    private CollectionsNative() {
    }

    static final PyObject NONE = PyNone.NONE;
    static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    public static final PyType DEQUE = NativeTypes.type("deque", "collections");
    public static final PyType DEQUE_ITER = NativeTypes.type("_deque_iterator", "_collections");
    public static final PyType DEQUE_REVITER = NativeTypes.type("_deque_reverse_iterator", "_collections");
    public static final PyType DEFAULTDICT = NativeTypes.type("defaultdict", "collections");
    public static final PyType TUPLEGETTER = NativeTypes.type("_tuplegetter", "_collections");

    // ---------------------------------------------------------------- deque

    /** A deque: a ring buffer of items; {@link #state} counts mutations for the iterators. */
    public static final class Deque extends PyInstance {
        PyObject[] buf = new PyObject[8];
        int head;
        int size;
        long maxlen = -1;
        long state;

        Deque(PyType cls) {
            super(cls);
        }

        PyObject get(int i) {
            return buf[(head + i) & (buf.length - 1)];
        }

        void set(int i, PyObject v) {
            buf[(head + i) & (buf.length - 1)] = v;
        }

        private void grow() {
            if (size == buf.length) {
                PyObject[] n = new PyObject[buf.length * 2];
                for (int i = 0; i < size; i++) {
                    n[i] = get(i);
                }
                buf = n;
                head = 0;
            }
        }

        void append(PyObject v) {
            if (maxlen == 0) {
                return;
            }
            grow();
            set(size++, v);
            state++;
            if (maxlen >= 0 && size > maxlen) {
                popLeft();
            }
        }

        void appendLeft(PyObject v) {
            if (maxlen == 0) {
                return;
            }
            grow();
            head = (head - 1) & (buf.length - 1);
            buf[head] = v;
            size++;
            state++;
            if (maxlen >= 0 && size > maxlen) {
                pop();
            }
        }

        PyObject pop() {
            if (size == 0) {
                throw Exc.indexError("pop from an empty deque");
            }
            int at = (head + size - 1) & (buf.length - 1);
            PyObject v = buf[at];
            buf[at] = null;
            size--;
            state++;
            return v;
        }

        PyObject popLeft() {
            if (size == 0) {
                throw Exc.indexError("pop from an empty deque");
            }
            PyObject v = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            size--;
            state++;
            return v;
        }

        void clear() {
            buf = new PyObject[8];
            head = 0;
            size = 0;
            state++;
        }

        PyObject[] toArray() {
            PyObject[] a = new PyObject[size];
            for (int i = 0; i < size; i++) {
                a[i] = get(i);
            }
            return a;
        }

        void setAll(PyObject[] items) {
            int cap = 8;
            while (cap < items.length + 1) {
                cap <<= 1;
            }
            buf = Items.copyOf(items, cap);
            head = 0;
            size = items.length;
            state++;
        }

        // CPython 3.11: Modules/_collectionsmodule.c _deque_rotate
        void rotate(long n) {
            if (size <= 1) {
                return;
            }
            n %= size;
            if (n < 0) {
                n += size;
            }
            for (long i = 0; i < n; i++) {
                int last = (head + size - 1) & (buf.length - 1);
                PyObject v = buf[last];
                buf[last] = null;
                head = (head - 1) & (buf.length - 1);
                buf[head] = v;
            }
            state++;
        }

        /** The item index of {@code k}, checked: CPython's deque_item/ass_item index rules. */
        int checkIndex(PyObject k) {
            if (!(k instanceof PyInt) && k.type().lookup("__index__") == null) {
                throw Exc.typeError("sequence index must be integer, not '" + Abstract.typeName(k) + "'");
            }
            long i = Abstract.index(k).big != null ? Long.MAX_VALUE : Abstract.index(k).value;
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw Exc.indexError("deque index out of range");
            }
            return (int) i;
        }
    }

    static Deque Q(PyObject o) {
        if (!(o instanceof Deque)) {
            throw Exc.typeError("descriptor requires a 'collections.deque' object but received a '"
                    + Abstract.typeName(o) + "'");
        }
        return (Deque) o;
    }

    /** {@code type(d)(d)} or a plain copy: CPython's deque_copy. */
    static PyObject dequeCopy(Deque d) {
        if (d.type() == DEQUE) {
            Deque n = new Deque(DEQUE);
            n.maxlen = d.maxlen;
            n.setAll(d.toArray());
            return n;
        }
        if (d.maxlen < 0) {
            return Abstract.call(d.type(), d);
        }
        return Abstract.call(d.type(), new PyObject[] {d, PyInt.of(d.maxlen)}, null);
    }

    static void extend(Deque d, PyObject it, boolean left) {
        PyObject[] items = Abstract.toArray(it); // also right when it is d itself
        for (PyObject x : items) {
            if (left) {
                d.appendLeft(x);
            } else {
                d.append(x);
            }
        }
    }

    static long asLong(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw Exc.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    // CPython 3.11: Modules/_collectionsmodule.c deque_richcompare
    static PyObject richCompare(PyObject a, PyObject b, int op) {
        if (!(b instanceof Deque) || !(a instanceof Deque)) {
            return NI;
        }
        PyObject[] x = Q(a).toArray();
        PyObject[] y = Q(b).toArray();
        int n = Math.min(x.length, y.length);
        int i = 0;
        while (i < n && Abstract.richCompareBool(x[i], y[i], Abstract.EQ)) {
            i++;
        }
        if (i == n) {
            int c = Integer.compare(x.length, y.length);
            boolean r;
            switch (op) {
                case Abstract.LT: r = c < 0; break;
                case Abstract.LE: r = c <= 0; break;
                case Abstract.EQ: r = c == 0; break;
                case Abstract.NE: r = c != 0; break;
                case Abstract.GT: r = c > 0; break;
                default: r = c >= 0;
            }
            return PyBool.of(r);
        }
        if (op == Abstract.EQ) {
            return PyBool.FALSE;
        }
        if (op == Abstract.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(x[i], y[i], op);
    }

    /** The deque iterators: CPython's dequeiterobject (index, mutation state, direction). */
    static final class DequeIter extends PyIter {
        final Deque deque;
        final boolean reverse;
        final long state;
        int index;
        int counter;

        DequeIter(Deque d, boolean reverse) {
            this.deque = d;
            this.reverse = reverse;
            this.state = d.state;
            this.counter = d.size;
        }

        @Override
        public PyType type() {
            return reverse ? DEQUE_REVITER : DEQUE_ITER;
        }

        @Override
        public PyObject next() {
            if (deque.state != state) {
                counter = 0;
                throw Exc.runtimeError("deque mutated during iteration");
            }
            if (counter == 0) {
                return null;
            }
            PyObject v = deque.get(reverse ? deque.size - 1 - index : index);
            index++;
            counter--;
            return v;
        }
    }

    static {
        PyType q = DEQUE;
        TypeSetup.defNew(q, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return new Deque((PyType) a[0]);
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c deque_init
        TypeSetup.def(q, "__init__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("deque", a, kw, 1, new String[] {"iterable", "maxlen"}, 0, 2);
                Deque d = Q(a[0]);
                long maxlen = -1;
                if (p[1] != null && p[1] != NONE) {
                    if (!(p[1] instanceof PyInt)) {
                        throw Exc.typeError("an integer is required");
                    }
                    maxlen = asLong(p[1]);
                    if (maxlen < 0) {
                        throw Exc.valueError("maxlen must be non-negative");
                    }
                }
                d.maxlen = maxlen;
                if (d.size > 0) {
                    d.clear();
                }
                if (p[0] != null) {
                    extend(d, p[0], false);
                }
                return NONE;
            }
        });
        TypeSetup.def1(q, "append", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject v) {
                Q(a).append(v);
                return NONE;
            }
        });
        TypeSetup.def1(q, "appendleft", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject v) {
                Q(a).appendLeft(v);
                return NONE;
            }
        });
        TypeSetup.def0(q, "pop", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return Q(a).pop();
            }
        });
        TypeSetup.def0(q, "popleft", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return Q(a).popLeft();
            }
        });
        TypeSetup.def1(q, "extend", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject it) {
                extend(Q(a), it, false);
                return NONE;
            }
        });
        TypeSetup.def1(q, "extendleft", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject it) {
                extend(Q(a), it, true);
                return NONE;
            }
        });
        TypeSetup.def(q, "rotate", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("rotate", a, kw, 1, 0, 1);
                Q(a[0]).rotate(a.length > 1 ? asLong(a[1]) : 1);
                return NONE;
            }
        });
        TypeSetup.def0(q, "clear", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Q(a).clear();
                return NONE;
            }
        });
        TypeSetup.def0(q, "copy", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return dequeCopy(Q(a));
            }
        });
        TypeSetup.def0(q, "__copy__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return dequeCopy(Q(a));
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c deque_count
        TypeSetup.def1(q, "count", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject v) {
                Deque d = Q(a);
                long st = d.state;
                long c = 0;
                for (int i = 0; i < d.size; i++) {
                    if (Abstract.richCompareBool(d.get(i), v, Abstract.EQ)) {
                        c++;
                    }
                    if (d.state != st) {
                        throw Exc.runtimeError("deque mutated during iteration");
                    }
                }
                return PyInt.of(c);
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c deque_index
        TypeSetup.def(q, "index", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("index", a, kw, 1, 1, 3);
                Deque d = Q(a[0]);
                long start = a.length > 2 ? Abstract.indexClamped(a[2]) : 0;
                long stop = a.length > 3 ? Abstract.indexClamped(a[3]) : d.size;
                if (start < 0) {
                    start = Math.max(0, start + d.size);
                }
                if (stop < 0) {
                    stop = Math.max(0, stop + d.size);
                }
                stop = Math.min(stop, d.size);
                long st = d.state;
                for (long i = start; i < stop; i++) {
                    if (Abstract.richCompareBool(d.get((int) i), a[1], Abstract.EQ)) {
                        return PyInt.of(i);
                    }
                    if (d.state != st) {
                        throw Exc.runtimeError("deque mutated during iteration");
                    }
                }
                throw Exc.valueError(Abstract.repr(a[1]) + " is not in deque");
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c deque_insert
        TypeSetup.def2(q, "insert", new TypeSetup.F2() {
            @Override
            public PyObject apply(PyObject a, PyObject idx, PyObject v) {
                Deque d = Q(a);
                long i = asLong(idx);
                if (d.maxlen >= 0 && d.size >= d.maxlen) {
                    throw Exc.indexError("deque already at its maximum size");
                }
                if (i >= d.size) {
                    d.append(v);
                    return NONE;
                }
                if (i <= -d.size || i == 0) {
                    d.appendLeft(v);
                    return NONE;
                }
                if (i < 0) {
                    i += d.size;
                }
                PyObject[] items = d.toArray();
                PyObject[] n = new PyObject[items.length + 1];
                System.arraycopy(items, 0, n, 0, (int) i);
                n[(int) i] = v;
                System.arraycopy(items, (int) i, n, (int) i + 1, items.length - (int) i);
                d.setAll(n);
                return NONE;
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c deque_remove
        TypeSetup.def1(q, "remove", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject v) {
                Deque d = Q(a);
                long st = d.state;
                for (int i = 0; i < d.size; i++) {
                    boolean eq = Abstract.richCompareBool(d.get(i), v, Abstract.EQ);
                    if (d.state != st) {
                        throw Exc.indexError("deque mutated during remove().");
                    }
                    if (eq) {
                        delAt(d, i);
                        return NONE;
                    }
                }
                throw Exc.valueError(Abstract.repr(v) + " is not in deque");
            }
        });
        TypeSetup.def0(q, "reverse", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Deque d = Q(a);
                PyObject[] items = d.toArray();
                for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                    PyObject t = items[i];
                    items[i] = items[j];
                    items[j] = t;
                }
                d.setAll(items);
                return NONE;
            }
        });
        TypeSetup.def0(q, "__len__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(Q(a).size);
            }
        });
        TypeSetup.def0(q, "__bool__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return PyBool.of(Q(a).size != 0);
            }
        });
        TypeSetup.def0(q, "__iter__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return new DequeIter(Q(a), false);
            }
        });
        TypeSetup.def0(q, "__reversed__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return new DequeIter(Q(a), true);
            }
        });
        TypeSetup.def1(q, "__contains__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject v) {
                Deque d = Q(a);
                long st = d.state;
                for (int i = 0; i < d.size; i++) {
                    if (Abstract.richCompareBool(d.get(i), v, Abstract.EQ)) {
                        return PyBool.TRUE;
                    }
                    if (d.state != st) {
                        throw Exc.runtimeError("deque mutated during iteration");
                    }
                }
                return PyBool.FALSE;
            }
        });
        TypeSetup.def1(q, "__getitem__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject k) {
                return Q(a).get(Q(a).checkIndex(k));
            }
        });
        TypeSetup.def2(q, "__setitem__", new TypeSetup.F2() {
            @Override
            public PyObject apply(PyObject a, PyObject k, PyObject v) {
                Deque d = Q(a);
                d.set(d.checkIndex(k), v);
                return NONE;
            }
        });
        TypeSetup.def1(q, "__delitem__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject k) {
                Deque d = Q(a);
                delAt(d, d.checkIndex(k));
                return NONE;
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c deque_repr
        TypeSetup.def0(q, "__repr__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                Deque d = Q(a);
                if (!NativeTypes.reprEnter(d)) {
                    return new PyStr("[...]");
                }
                String body;
                try {
                    body = Abstract.repr(new PyList(d.toArray()));
                } finally {
                    NativeTypes.reprLeave(d);
                }
                String name = d.type().name();
                return new PyStr(d.maxlen >= 0 ? name + "(" + body + ", maxlen=" + d.maxlen + ")" : name + "(" + body + ")");
            }
        });
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmp.length; i++) {
            int op = i;
            TypeSetup.def1(q, cmp[i], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return richCompare(a, b, op);
                }
            });
        }
        // CPython 3.11: Modules/_collectionsmodule.c deque_concat / deque_inplace_concat / deque_repeat
        TypeSetup.def1(q, "__add__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                if (!(b instanceof Deque)) {
                    throw Exc.typeError("can only concatenate deque (not \"" + Abstract.typeName(b) + "\") to deque");
                }
                Deque n = (Deque) dequeCopyOrNew(Q(a));
                extend(n, b, false);
                return n;
            }
        });
        TypeSetup.def1(q, "__iadd__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                extend(Q(a), b, false);
                return a;
            }
        });
        TypeSetup.F1 mul = new TypeSetup.F1() { // deque * n and n * deque alike
            @Override
            public PyObject apply(PyObject a, PyObject n) {
                Deque r = (Deque) dequeCopyOrNew(Q(a));
                repeat(r, n);
                return r;
            }
        };
        TypeSetup.def1(q, "__mul__", mul);
        TypeSetup.def1(q, "__rmul__", mul);
        TypeSetup.def1(q, "__imul__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject n) {
                repeat(Q(a), n);
                return a;
            }
        });
        TypeSetup.def0(q, "__reduce__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                // CPython 3.11: Modules/_collectionsmodule.c deque_reduce (_PyObject_GetState: dict and slots)
                Deque d = Q(a);
                PyObject state = dev.quicken.runtime.ObjectReduce.getstate(d, false);
                PyObject args = d.maxlen < 0 ? PyTuple.EMPTY
                        : new PyTuple(new PyObject[] {PyTuple.EMPTY, PyInt.of(d.maxlen)});
                return new PyTuple(new PyObject[] {d.type(), args, state, Abstract.iter(d)});
            }
        });
        TypeSetup.getset(q, "maxlen", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return Q(a).maxlen < 0 ? NONE : PyInt.of(Q(a).maxlen);
            }
        }, null);
        TypeSetup.defClassMethod(q, dev.quicken.runtime.PyGenericAlias.ClassGetItem.__class_getitem__);
        q.dict().setStr("__hash__", NONE);

        for (PyType t : new PyType[] {DEQUE_ITER, DEQUE_REVITER}) {
            boolean rev = t == DEQUE_REVITER;
            TypeSetup.defNew(t, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    Args.count(t.name(), a, kw, 1, 1, 2);
                    DequeIter it = new DequeIter(Q(a[1]), rev);
                    long skip = a.length > 2 ? asLong(a[2]) : 0;
                    for (long i = 0; i < skip && it.next() != null; i++) {
                        // advance as CPython's dequeiter_new
                    }
                    return it;
                }
            });
            BuiltinMethods.defIteratorProtocol(t);
            TypeSetup.def0(t, "__length_hint__", new TypeSetup.F0() {
                @Override
                public PyObject apply(PyObject a) {
                    return PyInt.of(((DequeIter) a).counter);
                }
            });
            TypeSetup.def0(t, "__reduce__", new TypeSetup.F0() {
                @Override
                public PyObject apply(PyObject a) {
                    DequeIter it = (DequeIter) a;
                    return new PyTuple(new PyObject[] {t, new PyTuple(new PyObject[] {it.deque,
                        PyInt.of(it.deque.size - it.counter)})});
                }
            });
        }

        setupDefaultdict();
        setupTuplegetter();
    }

    static PyObject dequeCopyOrNew(Deque d) {
        PyObject c = dequeCopy(d);
        if (!(c instanceof Deque)) {
            throw Exc.typeError("deque copy is not a deque");
        }
        return c;
    }

    static void delAt(Deque d, int i) {
        PyObject[] items = d.toArray();
        PyObject[] n = new PyObject[items.length - 1];
        System.arraycopy(items, 0, n, 0, i);
        System.arraycopy(items, i + 1, n, i, items.length - i - 1);
        d.setAll(n);
    }

    // CPython 3.11: Modules/_collectionsmodule.c deque_inplace_repeat
    static void repeat(Deque d, PyObject count) {
        if (!(count instanceof PyInt) && count.type().lookup("__index__") == null) {
            throw Exc.typeError("can't multiply sequence by non-int of type '" + Abstract.typeName(count) + "'");
        }
        long n = asLong(count);
        if (n <= 0 || d.size == 0) {
            d.clear();
            return;
        }
        PyObject[] items = d.toArray();
        long total = (long) items.length * n;
        if (d.maxlen >= 0 && total > d.maxlen) {
            // the last maxlen items of the repetition
            PyObject[] out = new PyObject[(int) d.maxlen];
            long start = total - d.maxlen;
            for (int k = 0; k < out.length; k++) {
                out[k] = items[(int) ((start + k) % items.length)];
            }
            d.setAll(out);
            return;
        }
        for (long i = items.length; i < total; i++) {
            d.append(items[(int) (i % items.length)]);
        }
    }

    // ---------------------------------------------------------------- defaultdict

    /** A defaultdict: a dict with {@code default_factory}. */
    public static final class DefaultDict extends PyDict {
        PyObject factory = NONE;

        DefaultDict(PyType cls) {
            this.cls = cls;
        }
    }

    static DefaultDict DD(PyObject o) {
        return (DefaultDict) o;
    }

    /** {@code type(dd)(dd.default_factory, arg)}: CPython's new_defdict. */
    static PyObject newDefdict(DefaultDict dd, PyObject arg) {
        return Abstract.call(dd.type(), dd.factory, arg);
    }

    static void setupDefaultdict() {
        PyType dd = DEFAULTDICT;
        dd.setBasesForModule(PyDict.TYPE);
        TypeSetup.defNew(dd, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return new DefaultDict((PyType) a[0]);
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c defdict_init
        TypeSetup.def(dd, "__init__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                int npos = Args.npos(a, kw);
                PyObject factory = NONE;
                if (npos > 1) {
                    factory = a[1];
                    if (factory != NONE && !NativeTypes.callable(factory)) {
                        throw Exc.typeError("first argument must be callable or None");
                    }
                }
                DD(a[0]).factory = factory;
                PyObject[] rest = new PyObject[a.length - (npos > 1 ? 2 : 1)];
                System.arraycopy(a, npos > 1 ? 2 : 1, rest, 0, rest.length);
                return Abstract.callMethodDescr(PyDict.TYPE.dict().getStr("__init__"), a[0], rest, kw);
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c defdict_missing
        TypeSetup.def1(dd, "__missing__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject k) {
                PyObject f = DD(a).factory;
                if (f == NONE) {
                    throw Exc.keyError(k);
                }
                PyObject v = Abstract.call(f);
                Abstract.setItem(a, k, v);
                return v;
            }
        });
        TypeSetup.getset(dd, "default_factory", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return DD(a).factory;
            }
        }, new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject a, PyObject v) {
                DD(a).factory = v == null ? NONE : v;
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c defdict_repr
        TypeSetup.def0(dd, "__repr__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                DefaultDict d = DD(a);
                String base = Abstract.repr(d.copy());
                String f;
                if (d.factory == NONE) {
                    f = "None";
                } else if (!NativeTypes.reprEnter(d)) {
                    f = "...";
                } else {
                    try {
                        f = Abstract.repr(d.factory);
                    } finally {
                        NativeTypes.reprLeave(d);
                    }
                }
                return new PyStr(d.type().name() + "(" + f + ", " + base + ")");
            }
        });
        TypeSetup.def0(dd, "copy", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return newDefdict(DD(a), a);
            }
        });
        TypeSetup.def0(dd, "__copy__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return newDefdict(DD(a), a);
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c defdict_reduce
        TypeSetup.def0(dd, "__reduce__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                DefaultDict d = DD(a);
                PyObject args = d.factory == NONE ? PyTuple.EMPTY : new PyTuple(new PyObject[] {d.factory});
                PyObject items = Abstract.iter(Abstract.callMethod(a, "items"));
                return new PyTuple(new PyObject[] {d.type(), args, NONE, NONE, items});
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c defdict_or (nb_or serves both __or__ and __ror__)
        TypeSetup.def1(dd, "__or__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                return defdictOr(a, b);
            }
        });
        TypeSetup.def1(dd, "__ror__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                return defdictOr(b, a);
            }
        });
    }

    static PyObject defdictOr(PyObject left, PyObject right) {
        PyObject self = left instanceof DefaultDict ? left : right;
        PyObject other = self == left ? right : left;
        if (!(other instanceof PyDict)) {
            return NI;
        }
        PyObject n = newDefdict(DD(self), left);
        Abstract.callMethod(n, "update", right);
        return n;
    }

    // ---------------------------------------------------------------- _tuplegetter

    /** {@code _tuplegetter(index, doc)}: the field descriptor of namedtuple classes. */
    static final class TupleGetter extends PyInstance {
        int index;
        PyObject doc = NONE;

        TupleGetter(PyType cls) {
            super(cls);
        }
    }

    static void setupTuplegetter() {
        PyType t = TUPLEGETTER;
        TypeSetup.defNew(t, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("_tuplegetter", a, kw, 1, 2, 2);
                TupleGetter g = new TupleGetter((PyType) a[0]);
                g.index = (int) asLong(a[1]);
                g.doc = a[2];
                return g;
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c tuplegetter_descr_get
        TypeSetup.def(t, "__get__", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                TupleGetter g = (TupleGetter) a[0];
                PyObject obj = a.length > 1 ? a[1] : NONE;
                if (obj == NONE) {
                    return g;
                }
                if (!(obj instanceof PyTuple)) {
                    throw Exc.typeError("descriptor for index '" + g.index + "' for tuple subclasses doesn't apply to '"
                            + Abstract.typeName(obj) + "' object");
                }
                PyTuple tup = (PyTuple) obj;
                if (g.index >= tup.items.length) {
                    throw Exc.indexError("tuple index out of range");
                }
                return tup.items[g.index];
            }
        });
        TypeSetup.def2(t, "__set__", new TypeSetup.F2() {
            @Override
            public PyObject apply(PyObject a, PyObject obj, PyObject v) {
                throw Exc.raise(dev.quicken.runtime.Exc.AttributeError, "can't set attribute");
            }
        });
        TypeSetup.def1(t, "__delete__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject obj) {
                throw Exc.raise(dev.quicken.runtime.Exc.AttributeError, "can't delete attribute");
            }
        });
        TypeSetup.getset(t, "__doc__", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return ((TupleGetter) a).doc;
            }
        }, new java.util.function.BiConsumer<PyObject, PyObject>() {
            @Override
            public void accept(PyObject a, PyObject v) {
                ((TupleGetter) a).doc = v == null ? NONE : v;
            }
        });
        TypeSetup.def0(t, "__reduce__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyTuple(new PyObject[] {t,
            new PyTuple(new PyObject[] {PyInt.of(((TupleGetter) a).index), ((TupleGetter) a).doc})});
            }
        });
        // CPython 3.11: Modules/_collectionsmodule.c tuplegetter_repr
        TypeSetup.def0(t, "__repr__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyStr(a.type().name() + "(" + ((TupleGetter) a).index + ", "
                + Abstract.repr(((TupleGetter) a).doc) + ")");
            }
        });
    }

    // ---------------------------------------------------------------- the module

    // CPython 3.11: Modules/_collectionsmodule.c _collections__count_elements_impl
    static PyObject countElements(PyObject[] a, String[] kw) {
        Args.count("_count_elements", a, kw, 0, 2, 2);
        PyObject mapping = a[0];
        PyObject one = PyInt.of(1);
        PyObject it = Abstract.iter(a[1]);
        boolean plainDict = mapping instanceof PyDict && mapping.type().lookup("get")
                == PyDict.TYPE.dict().getStr("get") && mapping.type().lookup("__setitem__")
                == PyDict.TYPE.dict().getStr("__setitem__");
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (plainDict) {
                PyDict d = (PyDict) mapping;
                PyObject old = d.getItem(x);
                d.setItem(x, old == null ? one : Abstract.add(old, one));
            } else {
                PyObject old = Abstract.callMethod(mapping, "get", x, PyInt.of(0));
                Abstract.setItem(mapping, x, Abstract.add(old, one));
            }
        }
        return NONE;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_collections");
        m.dict.setStr("deque", DEQUE);
        m.dict.setStr("defaultdict", DEFAULTDICT);
        m.dict.setStr("_deque_iterator", DEQUE_ITER);
        m.dict.setStr("_deque_reverse_iterator", DEQUE_REVITER);
        m.dict.setStr("_tuplegetter", TUPLEGETTER);
        NativeTypes.def(m, "_count_elements", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return CollectionsNative.countElements(x0, x1);
            }
        });
        return m;
    }
}
