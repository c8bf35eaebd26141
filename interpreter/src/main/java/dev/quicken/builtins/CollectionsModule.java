package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.BuiltinMethods;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.IntOps;
import dev.quicken.runtime.Iterators;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyDescriptors;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyMethodDescr;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyNotImplemented;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A Java-native subset of {@code collections}: deque, defaultdict, Counter, OrderedDict, namedtuple. */
public final class CollectionsModule {

    private CollectionsModule() {
    }

    static final PyObject NONE = PyNone.NONE;
    static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static final PyType DEQUE = FunctoolsModules.moduleType("deque", "collections");
    static final PyType DEFAULTDICT = dictSubtype("defaultdict");
    static final PyType COUNTER = dictSubtype("Counter");
    static final PyType ORDEREDDICT = dictSubtype("OrderedDict");

    static PyType dictSubtype(String name) {
        PyType t = FunctoolsModules.moduleType(name, "collections");
        return t;
    }

    /** deque. */
    static final class Deque extends PyObject {
        final ArrayDeque<PyObject> items = new ArrayDeque<>();
        long maxlen = -1;
        int mutations;

        @Override
        public PyType type() {
            return DEQUE;
        }

        void append(PyObject v) {
            if (maxlen == 0) {
                return;
            }
            items.addLast(v);
            mutations++;
            if (maxlen > 0 && items.size() > maxlen) {
                items.removeFirst();
            }
        }

        void appendLeft(PyObject v) {
            if (maxlen == 0) {
                return;
            }
            items.addFirst(v);
            mutations++;
            if (maxlen > 0 && items.size() > maxlen) {
                items.removeLast();
            }
        }
    }

    static Deque Q(PyObject o) {
        return (Deque) o;
    }

    static PyDict D(PyObject o) {
        return (PyDict) o;
    }

    static {
        PyType q = DEQUE;
        TypeSetup.defNew(q, (a, kw) -> new Deque());
        TypeSetup.def(q, "__init__", (a, kw) -> {
            PyObject[] p = Args.parse("deque", a, kw, 1, new String[] {"iterable", "maxlen"}, 0, 2);
            Deque d = Q(a[0]);
            d.items.clear();
            d.maxlen = p[1] == null || p[1] == NONE ? -1 : Args.integer(p[1]);
            if (p[0] != null) {
                for (PyObject x : Abstract.toArray(p[0])) {
                    d.append(x);
                }
            }
            return NONE;
        });
        TypeSetup.def1(q, "append", (a, v) -> {
            Q(a).append(v);
            return NONE;
        });
        TypeSetup.def1(q, "appendleft", (a, v) -> {
            Q(a).appendLeft(v);
            return NONE;
        });
        TypeSetup.def0(q, "pop", a -> {
            if (Q(a).items.isEmpty()) {
                throw Exc.indexError("pop from an empty deque");
            }
            Q(a).mutations++;
            return Q(a).items.removeLast();
        });
        TypeSetup.def0(q, "popleft", a -> {
            if (Q(a).items.isEmpty()) {
                throw Exc.indexError("pop from an empty deque");
            }
            Q(a).mutations++;
            return Q(a).items.removeFirst();
        });
        TypeSetup.def1(q, "extend", (a, it) -> {
            for (PyObject x : Abstract.toArray(it)) {
                Q(a).append(x);
            }
            return NONE;
        });
        TypeSetup.def1(q, "extendleft", (a, it) -> {
            for (PyObject x : Abstract.toArray(it)) {
                Q(a).appendLeft(x);
            }
            return NONE;
        });
        TypeSetup.def(q, "rotate", (a, kw) -> {
            Deque d = Q(a[0]);
            long n = a.length > 1 ? Args.integer(a[1]) : 1;
            int size = d.items.size();
            if (size > 1) {
                n %= size;
                if (n < 0) {
                    n += size;
                }
                for (long i = 0; i < n; i++) {
                    d.items.addFirst(d.items.removeLast());
                }
            }
            return NONE;
        });
        TypeSetup.def0(q, "clear", a -> {
            Q(a).items.clear();
            return NONE;
        });
        TypeSetup.def0(q, "copy", a -> {
            Deque d = new Deque();
            d.maxlen = Q(a).maxlen;
            d.items.addAll(Q(a).items);
            return d;
        });
        TypeSetup.def1(q, "count", (a, v) -> {
            long c = 0;
            for (PyObject x : Q(a).items) {
                if (Abstract.eq(x, v)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        TypeSetup.def1(q, "remove", (a, v) -> {
            for (java.util.Iterator<PyObject> it = Q(a).items.iterator(); it.hasNext();) {
                if (Abstract.eq(it.next(), v)) {
                    it.remove();
                    return NONE;
                }
            }
            throw Exc.valueError(Abstract.repr(v) + " is not in deque");
        });
        TypeSetup.def0(q, "reverse", a -> {
            List<PyObject> l = new ArrayList<>(Q(a).items);
            java.util.Collections.reverse(l);
            Q(a).items.clear();
            Q(a).items.addAll(l);
            return NONE;
        });
        TypeSetup.def0(q, "__len__", a -> PyInt.of(Q(a).items.size()));
        TypeSetup.def0(q, "__bool__", a -> PyBool.of(!Q(a).items.isEmpty()));
        TypeSetup.def0(q, "__iter__", a -> new Iterators.ArrayIter(Q(a).items.toArray(new PyObject[0]),
                Iterators.SEQ_ITER));
        TypeSetup.def0(q, "__reversed__", a -> {
            List<PyObject> l = new ArrayList<>(Q(a).items);
            java.util.Collections.reverse(l);
            return new Iterators.ArrayIter(l.toArray(new PyObject[0]), Iterators.SEQ_ITER);
        });
        TypeSetup.def1(q, "__contains__", (a, v) -> {
            for (PyObject x : Q(a).items) {
                if (Abstract.eq(x, v)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        TypeSetup.def1(q, "__getitem__", (a, k) -> {
            PyObject[] arr = Q(a).items.toArray(new PyObject[0]);
            long i = Abstract.asIndex(k, "sequence");
            if (i < 0) {
                i += arr.length;
            }
            if (i < 0 || i >= arr.length) {
                throw Exc.indexError("deque index out of range");
            }
            return arr[(int) i];
        });
        TypeSetup.def2(q, "__setitem__", (a, k, v) -> {
            PyObject[] arr = Q(a).items.toArray(new PyObject[0]);
            long i = Abstract.asIndex(k, "sequence");
            if (i < 0) {
                i += arr.length;
            }
            if (i < 0 || i >= arr.length) {
                throw Exc.indexError("deque index out of range");
            }
            arr[(int) i] = v;
            Q(a).items.clear();
            Q(a).items.addAll(Arrays.asList(arr));
            return NONE;
        });
        TypeSetup.def0(q, "__repr__", a -> {
            Deque d = Q(a);
            String body = Abstract.repr(new PyList(d.items.toArray(new PyObject[0])));
            return new PyStr(d.maxlen >= 0 ? "deque(" + body + ", maxlen=" + d.maxlen + ")" : "deque(" + body + ")");
        });
        TypeSetup.def1(q, "__eq__", (a, b) -> b instanceof Deque ? Abstract.richCompare(
                new PyList(Q(a).items.toArray(new PyObject[0])), new PyList(Q(b).items.toArray(new PyObject[0])),
                Abstract.EQ) : NI);
        TypeSetup.getset(q, "maxlen", a -> Q(a).maxlen < 0 ? NONE : PyInt.of(Q(a).maxlen), null);
        q.dict().setStr("__hash__", NONE);

        // defaultdict(default_factory, ...)
        PyType dd = DEFAULTDICT;
        dd.setBasesForModule(PyDict.TYPE);
        TypeSetup.defNew(dd, (a, kw) -> {
            PyDict d = new PyDict();
            d.cls = (PyType) a[0];
            return d;
        });
        TypeSetup.def(dd, "__init__", (a, kw) -> {
            int npos = Args.npos(a, kw);
            PyObject factory = npos > 1 ? a[1] : NONE;
            if (factory != NONE && !Abstract.isTrue(Abstract.call(CollectionsModule.CALLABLE, factory))) {
                throw Exc.typeError("first argument must be callable or None");
            }
            Abstract.instanceDict(a[0]).setStr("default_factory", factory);
            PyObject[] rest = new PyObject[a.length - (npos > 1 ? 1 : 0)];
            rest[0] = a[0];
            System.arraycopy(a, npos > 1 ? 2 : 1, rest, 1, rest.length - 1);
            return Abstract.callMethodDescr(PyDict.TYPE.dict().getStr("__init__"), rest[0],
                    Arrays.copyOfRange(rest, 1, rest.length), kw);
        });
        TypeSetup.def1(dd, "__missing__", (a, k) -> {
            PyObject f = Abstract.instanceDict(a).getStr("default_factory");
            if (f == null || f == NONE) {
                throw Exc.keyError(k);
            }
            PyObject v = Abstract.call(f);
            D(a).setItem(k, v);
            return v;
        });
        TypeSetup.def0(dd, "__repr__", a -> {
            PyObject f = Abstract.instanceDict(a).getStr("default_factory");
            return new PyStr("defaultdict(" + (f == null ? "None" : Abstract.repr(f)) + ", "
                    + Abstract.repr(D(a).copy()) + ")");
        });
        TypeSetup.def0(dd, "copy", a -> {
            PyDict d = D(a).copy();
            d.cls = a.type();
            Abstract.instanceDict(d).setStr("default_factory", Abstract.instanceDict(a).getStr("default_factory"));
            return d;
        });

        // Counter
        PyType c = COUNTER;
        c.setBasesForModule(PyDict.TYPE);
        TypeSetup.defNew(c, (a, kw) -> {
            PyDict d = new PyDict();
            d.cls = (PyType) a[0];
            return d;
        });
        TypeSetup.def(c, "__init__", (a, kw) -> {
            counterUpdate(D(a[0]), a, kw, 1);
            return NONE;
        });
        TypeSetup.def(c, "update", (a, kw) -> {
            counterUpdate(D(a[0]), a, kw, 1);
            return NONE;
        });
        TypeSetup.def(c, "subtract", (a, kw) -> {
            counterUpdate(D(a[0]), a, kw, -1);
            return NONE;
        });
        TypeSetup.def1(c, "__missing__", (a, k) -> PyInt.of(0));
        TypeSetup.def(c, "most_common", (a, kw) -> {
            PyList l = mostCommon(D(a[0]));
            if (a.length > 1 && a[1] != NONE) {
                long n = Math.max(0, Math.min(Args.integer(a[1]), l.size()));
                return new PyList(Arrays.copyOf(l.toArray(), (int) n));
            }
            return l;
        });
        TypeSetup.def0(c, "elements", a -> {
            List<PyObject> out = new ArrayList<>();
            for (PyObject k : D(a).keysArray()) {
                long n = Args.integer(D(a).getItem(k));
                for (long i = 0; i < n; i++) {
                    out.add(k);
                }
            }
            return new Iterators.ArrayIter(out.toArray(new PyObject[0]), Iterators.SEQ_ITER);
        });
        TypeSetup.def0(c, "total", a -> {
            PyObject t = PyInt.of(0);
            for (PyObject v : D(a).valuesArray()) {
                t = Abstract.add(t, v);
            }
            return t;
        });
        TypeSetup.def0(c, "__repr__", a -> {
            if (D(a).size() == 0) {
                return new PyStr(a.type().name() + "()");
            }
            StringBuilder sb = new StringBuilder(a.type().name()).append("({");
            boolean first = true;
            for (PyObject kv : mostCommon(D(a)).toArray()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(((PyTuple) kv).get(0))).append(": ").append(Abstract.repr(((PyTuple) kv).get(1)));
            }
            return new PyStr(sb.append("})").toString());
        });
        for (String op : new String[] {"__add__", "__sub__", "__or__", "__and__"}) {
            TypeSetup.def1(c, op, (a, b) -> {
                if (!(b instanceof PyDict) || !b.type().isSubtypeOf(COUNTER)) {
                    return NI;
                }
                PyDict r = new PyDict();
                r.cls = COUNTER;
                PyDict x = D(a);
                PyDict y = D(b);
                List<PyObject> keys = new ArrayList<>(Arrays.asList(x.keysArray()));
                for (PyObject k : y.keysArray()) {
                    if (x.getItem(k) == null) {
                        keys.add(k);
                    }
                }
                for (PyObject k : keys) {
                    PyObject xv = x.getItem(k) == null ? PyInt.of(0) : x.getItem(k);
                    PyObject yv = y.getItem(k) == null ? PyInt.of(0) : y.getItem(k);
                    PyObject v;
                    switch (op) {
                        case "__add__":
                            v = Abstract.add(xv, yv);
                            break;
                        case "__sub__":
                            v = Abstract.sub(xv, yv);
                            break;
                        case "__or__":
                            v = Abstract.richCompareBool(xv, yv, Abstract.LT) ? yv : xv;
                            break;
                        default:
                            v = Abstract.richCompareBool(xv, yv, Abstract.LT) ? xv : yv;
                    }
                    if (Abstract.richCompareBool(v, PyInt.of(0), Abstract.GT)) {
                        r.setItem(k, v);
                    }
                }
                return r;
            });
        }

        // OrderedDict
        PyType od = ORDEREDDICT;
        od.setBasesForModule(PyDict.TYPE);
        TypeSetup.defNew(od, (a, kw) -> {
            PyDict d = new PyDict();
            d.cls = (PyType) a[0];
            return d;
        });
        TypeSetup.def(od, "move_to_end", (a, kw) -> {
            PyObject[] p = Args.parse("move_to_end", a, kw, 1, new String[] {"key", "last"}, 1, 2);
            PyDict d = D(a[0]);
            PyObject v = d.delItem(p[0]);
            if (v == null) {
                throw Exc.keyError(p[0]);
            }
            boolean last = p[1] == null || Abstract.isTrue(p[1]);
            if (last) {
                d.setItem(p[0], v);
            } else {
                PyObject[] ks = d.keysArray();
                PyObject[] vs = d.valuesArray();
                d.clear();
                d.setItem(p[0], v);
                for (int i = 0; i < ks.length; i++) {
                    d.setItem(ks[i], vs[i]);
                }
            }
            return NONE;
        });
        TypeSetup.def(od, "popitem", (a, kw) -> {
            PyObject[] p = Args.parse("popitem", a, kw, 1, new String[] {"last"}, 0, 1);
            PyDict d = D(a[0]);
            if (d.size() == 0) {
                throw new dev.quicken.runtime.PyException(Exc.make(Exc.KeyError, "dictionary is empty"));
            }
            boolean last = p[0] == null || Abstract.isTrue(p[0]);
            PyObject k = last ? d.keysArray()[d.size() - 1] : d.keysArray()[0];
            PyObject v = d.delItem(k);
            return new PyTuple(new PyObject[] {k, v});
        });
        TypeSetup.def0(od, "__repr__", a -> {
            if (D(a).size() == 0) {
                return new PyStr(a.type().name() + "()");
            }
            PyList items = new PyList();
            for (PyObject k : D(a).keysArray()) {
                items.append(new PyTuple(new PyObject[] {k, D(a).getItem(k)}));
            }
            return new PyStr(a.type().name() + "(" + Abstract.repr(items) + ")");
        });
    }

    static final PyObject CALLABLE = new dev.quicken.runtime.PyBuiltinFunction("callable", (a, kw) ->
            PyBool.of(a[0] instanceof dev.quicken.runtime.PyFunction || a[0] instanceof PyType
                    || a[0] instanceof dev.quicken.runtime.PyBuiltinFunction || a[0] instanceof PyMethodDescr
                    || a[0].type().lookup("__call__") != null));

    static void counterUpdate(PyDict d, PyObject[] a, String[] kw, int sign) {
        int npos = Args.npos(a, kw);
        if (npos > 1 && a[1] != NONE) {
            PyObject src = a[1];
            if (src instanceof PyDict) {
                PyDict s = (PyDict) src;
                for (PyObject k : s.keysArray()) {
                    PyObject cur = d.getItem(k);
                    PyObject v = s.getItem(k);
                    if (sign < 0) {
                        v = Abstract.unary(v, "__neg__", "-");
                    }
                    d.setItem(k, cur == null ? v : Abstract.add(cur, v));
                }
            } else {
                for (PyObject k : Abstract.toArray(src)) {
                    int h = PyDict.keyHash(k);
                    PyObject cur = d.getItem(k, h);
                    long base = cur == null ? 0 : Args.integer(cur);
                    d.setItem(k, PyInt.of(base + sign), h);
                }
            }
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                PyStr k = new PyStr(kw[i]);
                PyObject cur = d.getItem(k);
                PyObject v = a[npos + i];
                if (sign < 0) {
                    v = Abstract.unary(v, "__neg__", "-");
                }
                d.setItem(k, cur == null ? v : Abstract.add(cur, v));
            }
        }
    }

    /** Items sorted by count, descending, stable (as {@code sorted(..., key=itemgetter(1), reverse=True)}). */
    static PyList mostCommon(PyDict d) {
        PyList l = new PyList();
        for (PyObject k : d.keysArray()) {
            l.append(new PyTuple(new PyObject[] {k, d.getItem(k)}));
        }
        BuiltinMethods.listSort(l, new dev.quicken.runtime.PyBuiltinFunction("key", (a, kw) ->
                ((PyTuple) a[0]).get(1)), true);
        return l;
    }

    // ---------------------------------------------------------------- namedtuple

    static PyObject namedtuple(PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse("namedtuple", a, kw, 0, new String[] {"typename", "field_names", "rename",
            "defaults", "module"}, 2, 2);
        String name = Abstract.str(p[0]);
        List<String> fields = new ArrayList<>();
        if (p[1] instanceof PyStr) {
            for (String f : Abstract.str(p[1]).replace(",", " ").split("\\s+")) {
                if (!f.isEmpty()) {
                    fields.add(f);
                }
            }
        } else {
            for (PyObject f : Abstract.toArray(p[1])) {
                fields.add(Abstract.str(f));
            }
        }
        PyObject[] defaults = p[3] == null || p[3] == NONE ? new PyObject[0] : Abstract.toArray(p[3]);
        PyDict ns = new PyDict();
        PyObject[] fieldObjs = new PyObject[fields.size()];
        for (int i = 0; i < fieldObjs.length; i++) {
            fieldObjs[i] = new PyStr(fields.get(i));
        }
        ns.setStr("__slots__", PyTuple.EMPTY);
        ns.setStr("_fields", new PyTuple(fieldObjs));
        ns.setStr("__match_args__", new PyTuple(fieldObjs));
        PyObject mod = dev.quicken.runtime.TypeSetup.CURRENT_MODULE_NAME.get();
        ns.setStr("__module__", p[4] != null ? p[4] : mod == null ? new PyStr("__main__") : mod);
        PyType cls = TypeSetup.newHeapType(PyType.TYPE, name, new PyType[] {PyTuple.TYPE}, ns, new PyDict());
        int nf = fields.size();
        PyDict fieldDefaults = new PyDict();
        for (int i = 0; i < defaults.length; i++) {
            fieldDefaults.setStr(fields.get(nf - defaults.length + i), defaults[i]);
        }
        ns = cls.dict();
        ns.setStr("_field_defaults", fieldDefaults);
        ns.setStr("__new__", new PyDescriptors.StaticMethod(PyDescriptors.STATICMETHOD,
                new dev.quicken.runtime.PyBuiltinFunction("__new__", (b, kw2) -> {
                    PyType t = (PyType) b[0];
                    PyObject[] vals = new PyObject[nf];
                    int npos = Args.npos(b, kw2) - 1;
                    if (npos > nf) {
                        throw Exc.typeError(name + ".__new__() takes " + (nf + 1) + " positional arguments but "
                                + (npos + 1) + " were given");
                    }
                    System.arraycopy(b, 1, vals, 0, npos);
                    if (kw2 != null) {
                        for (int i = 0; i < kw2.length; i++) {
                            int idx = fields.indexOf(kw2[i]);
                            if (idx < 0) {
                                throw Exc.typeError(name + ".__new__() got an unexpected keyword argument '" + kw2[i]
                                        + "'");
                            }
                            vals[idx] = b[npos + 1 + i];
                        }
                    }
                    List<String> missing = new ArrayList<>();
                    for (int i = 0; i < nf; i++) {
                        if (vals[i] == null) {
                            PyObject dv = fieldDefaults.getStr(fields.get(i));
                            if (dv != null) {
                                vals[i] = dv;
                            } else {
                                missing.add("'" + fields.get(i) + "'");
                            }
                        }
                    }
                    if (!missing.isEmpty()) {
                        String names = missing.size() == 1 ? missing.get(0)
                                : String.join(", ", missing.subList(0, missing.size() - 1)) + " and "
                                        + missing.get(missing.size() - 1);
                        throw Exc.typeError(name + ".__new__() missing " + missing.size() + " required positional "
                                + "argument" + (missing.size() == 1 ? "" : "s") + ": " + names);
                    }
                    return new dev.quicken.runtime.BuiltinSubclasses.TupleSub(t, vals);
                }, null, name)));
        for (int i = 0; i < nf; i++) {
            final int idx = i;
            ns.setStr(fields.get(i), new PyDescriptors.GetSet(cls, fields.get(i), o -> ((PyTuple) o).get(idx), null));
        }
        ns.setStr("__repr__", new PyMethodDescr(cls, "__repr__", (b, kw2) -> {
            PyTuple t = (PyTuple) b[0];
            StringBuilder sb = new StringBuilder(b[0].type().name()).append('(');
            for (int i = 0; i < nf; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(fields.get(i)).append('=').append(Abstract.repr(t.get(i)));
            }
            return new PyStr(sb.append(')').toString());
        }));
        ns.setStr("_asdict", new PyMethodDescr(cls, "_asdict", (b, kw2) -> {
            PyDict d = new PyDict();
            for (int i = 0; i < nf; i++) {
                d.setStr(fields.get(i), ((PyTuple) b[0]).get(i));
            }
            return d;
        }));
        ns.setStr("_replace", new PyMethodDescr(cls, "_replace", (b, kw2) -> {
            PyObject[] vals = ((PyTuple) b[0]).items.clone();
            if (kw2 != null) {
                for (int i = 0; i < kw2.length; i++) {
                    int idx = fields.indexOf(kw2[i]);
                    if (idx < 0) {
                        throw Exc.valueError("Got unexpected field names: ['" + kw2[i] + "']");
                    }
                    vals[idx] = b[b.length - kw2.length + i];
                }
            }
            return new dev.quicken.runtime.BuiltinSubclasses.TupleSub(b[0].type(), vals);
        }));
        ns.setStr("_make", new PyDescriptors.ClassMethod(PyDescriptors.CLASSMETHOD,
                new dev.quicken.runtime.PyBuiltinFunction("_make", (b, kw2) ->
                        new dev.quicken.runtime.BuiltinSubclasses.TupleSub((PyType) b[0], Abstract.toArray(b[1])))));
        cls.modified();
        return cls;
    }

    public static PyModule create() {
        PyModule m = new PyModule("collections");
        m.dict.setStr("deque", DEQUE);
        m.dict.setStr("defaultdict", DEFAULTDICT);
        m.dict.setStr("Counter", COUNTER);
        m.dict.setStr("OrderedDict", ORDEREDDICT);
        FunctoolsModules.def(m, "namedtuple", CollectionsModule::namedtuple);
        return m;
    }

    static PyObject unused() {
        return IntOps.class == null ? null : NONE;
    }
}
