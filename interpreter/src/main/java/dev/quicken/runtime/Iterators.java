package dev.quicken.runtime;

/** The built-in iterator types. */
public final class Iterators {

    private Iterators() {
    }

    public static final PyType LIST_ITER = new PyType("list_iterator");
    public static final PyType TUPLE_ITER = new PyType("tuple_iterator");
    public static final PyType STR_ITER = new PyType("str_ascii_iterator");
    /** CPython 3.11 iterates a str with non-ASCII characters with {@code str_iterator}. */
    public static final PyType STR_ITER_UNICODE = new PyType("str_iterator");
    public static final PyType RANGE_ITER = new PyType("range_iterator");
    public static final PyType SEQ_ITER = new PyType("iterator");
    public static final PyType DICT_KEYITER = new PyType("dict_keyiterator");
    public static final PyType DICT_VALUEITER = new PyType("dict_valueiterator");
    public static final PyType DICT_ITEMITER = new PyType("dict_itemiterator");
    public static final PyType SET_ITER = new PyType("set_iterator");
    public static final PyType CALL_ITER = new PyType("callable_iterator");
    public static final PyType ENUMERATE = new PyType("enumerate");
    public static final PyType ZIP = new PyType("zip");
    public static final PyType MAP = new PyType("map");
    public static final PyType FILTER = new PyType("filter");
    public static final PyType REVERSED = new PyType("reversed");
    public static final PyType LIST_REVITER = new PyType("list_reverseiterator");
    public static final PyType DICT_REVKEYITER = new PyType("dict_reversekeyiterator");
    public static final PyType DICT_REVVALUEITER = new PyType("dict_reversevalueiterator");
    public static final PyType DICT_REVITEMITER = new PyType("dict_reverseitemiterator");
    public static final PyType BYTES_ITER = new PyType("bytes_iterator");
    public static final PyType BYTEARRAY_ITER = new PyType("bytearray_iterator");

    static PyType[] all() {
        return new PyType[] {LIST_ITER, TUPLE_ITER, STR_ITER, STR_ITER_UNICODE, RANGE_ITER, SEQ_ITER, DICT_KEYITER, DICT_VALUEITER,
            DICT_ITEMITER, SET_ITER, CALL_ITER, ENUMERATE, ZIP, MAP, FILTER, REVERSED, LIST_REVITER,
            DICT_REVKEYITER, DICT_REVVALUEITER, DICT_REVITEMITER, BYTES_ITER, BYTEARRAY_ITER};
    }

    /** CPython's listiterobject: {@link #list} becomes null once exhausted (it_seq). */
    public static final class ListIter extends PyIter {
        PyList list;
        int i;

        public ListIter(PyList list) {
            this.list = list;
        }

        @Override
        public PyObject next() {
            if (list != null) {
                if (i < list.size) {
                    return list.items[i++];
                }
                list = null;
            }
            return null;
        }

        @Override
        public PyType type() {
            return LIST_ITER;
        }
    }

    /** CPython's listreviterobject: {@link #list} becomes null once exhausted. */
    public static final class ListRevIter extends PyIter {
        PyList list;
        int i;

        public ListRevIter(PyList list) {
            this.list = list;
            this.i = list.size - 1;
        }

        @Override
        public PyObject next() {
            if (list != null) {
                if (i >= 0 && i < list.size) {
                    return list.items[i--];
                }
                list = null;
            }
            i = -1;
            return null;
        }

        @Override
        public PyType type() {
            return LIST_REVITER;
        }
    }

    /** Iterates over an array snapshot (tuples, strings as code points, sets). */
    public static final class ArrayIter extends PyIter {
        /** The items, null once exhausted (CPython's it_seq). */
        PyObject[] items;
        final PyType type;
        int i;

        public ArrayIter(PyObject[] items, PyType type) {
            this.items = items;
            this.type = type;
        }

        @Override
        public PyObject next() {
            PyObject[] a = items;
            if (a != null) {
                if (i < a.length) {
                    return a[i++];
                }
                items = null;
            }
            return null;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    public static final class StrIter extends PyIter {
        final String s;
        int i;

        public StrIter(String s) {
            this.s = s;
        }

        @Override
        public PyObject next() {
            if (i >= s.length()) {
                return null;
            }
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            return new PyStr(new String(Character.toChars(c)));
        }

        @Override
        public PyType type() {
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) > 0x7f) {
                    return STR_ITER_UNICODE;
                }
            }
            return STR_ITER;
        }
    }

    public static final class RangeIter extends PyIter {
        long next;
        final long step;
        long remaining;
        /** The first value and the number of values (for __reduce__/__setstate__). */
        final long start;
        final long len;

        public RangeIter(PyRange r) {
            this.next = r.start;
            this.step = r.step;
            this.remaining = r.length;
            this.start = r.start;
            this.len = r.length;
        }

        @Override
        public PyObject next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }

        @Override
        public PyType type() {
            return RANGE_ITER;
        }
    }

    /** The old sequence protocol: {@code __getitem__} from 0 until IndexError. */
    public static final class SeqIter extends PyIter {
        PyObject seq;
        long i;

        public SeqIter(PyObject seq) {
            this.seq = seq;
        }

        @Override
        public PyObject next() {
            if (seq == null) {
                return null;
            }
            try {
                return Abstract.getItem(seq, PyInt.of(i++));
            } catch (PyException e) {
                if (e.matches(Exc.IndexError) || e.matches(Exc.StopIteration)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public PyType type() {
            return SEQ_ITER;
        }
    }

    /** dict keys/values/items iteration, raising on size change. */
    public static final class DictIter extends PyIter {
        /** The dict, null once exhausted (CPython's di_dict). */
        PyDict d;
        final int kind;
        int e;
        int size;
        /** Items left to give (CPython's di->len): finding one more means the keys changed. */
        int len;
        final PyType type;

        public DictIter(PyDict d, int kind, PyType type) {
            this.d = d;
            this.kind = kind;
            this.size = d.size();
            this.len = size;
            this.type = type;
        }

        // CPython 3.11: Objects/dictobject.c dictiter_iternextkey (and ...value, ...item)
        @Override
        public PyObject next() {
            PyDict d = this.d;
            if (d == null) {
                return null;
            }
            if (d.size() != size) {
                e = Integer.MAX_VALUE;
                size = -1; // make this state sticky
                throw Exc.runtimeError(type == SET_ITER ? "Set changed size during iteration"
                        : "dictionary changed size during iteration");
            }
            int lim = d.entryLimit();
            while (e < lim) {
                PyObject k = d.keyAt(e);
                if (k != null) {
                    if (len == 0 && type != SET_ITER) {
                        e = Integer.MAX_VALUE;
                        this.d = null;
                        throw Exc.runtimeError("dictionary keys changed during iteration");
                    }
                    PyObject v = d.valueAt(e);
                    e++;
                    len--;
                    if (kind == 0) {
                        return k;
                    }
                    if (kind == 1) {
                        return v;
                    }
                    return new PyTuple(new PyObject[] {k, v});
                }
                e++;
            }
            this.d = null;
            return null;
        }

        /** The items not yet given, without advancing (for {@code __reduce__}: CPython's dictiter_reduce). */
        public PyObject[] remaining() {
            java.util.List<PyObject> out = new java.util.ArrayList<>();
            if (d != null && d.size() == size) {
                for (int j = e; j < d.entryLimit(); j++) {
                    PyObject k = d.keyAt(j);
                    if (k != null) {
                        PyObject v = d.valueAt(j);
                        out.add(kind == 0 ? k : kind == 1 ? v : new PyTuple(new PyObject[] {k, v}));
                    }
                }
            }
            return out.toArray(new PyObject[0]);
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    public static final class CallIter extends PyIter {
        PyObject f;
        final PyObject sentinel;

        public CallIter(PyObject f, PyObject sentinel) {
            this.f = f;
            this.sentinel = sentinel;
        }

        @Override
        public PyObject next() {
            if (f == null) {
                return null;
            }
            PyObject v = Abstract.call(f);
            if (Abstract.eq(v, sentinel)) {
                f = null;
                return null;
            }
            return v;
        }

        @Override
        public PyType type() {
            return CALL_ITER;
        }
    }

    /**
     * A built-in iterator type that Python code may subclass ({@code enumerate}, {@code zip}, {@code map},
     * {@code filter}, {@code reversed}): {@code type(self)} is {@link #cls}, and a subclass instance has an
     * instance dict.
     */
    public abstract static class SubclassableIter extends PyIter implements BuiltinSubclasses.HasDict {
        /** {@code type(self)}: the built-in type or a Python subclass. */
        public PyType cls;
        PyDict dict;

        protected SubclassableIter(PyType cls) {
            this.cls = cls;
        }

        @Override
        public final PyType type() {
            return cls;
        }

        @Override
        public final PyDict instanceDict(boolean create) {
            if (dict == null && create && cls.hasInstanceDict) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    public static final class Enumerate extends SubclassableIter {

        final PyObject it;
        PyInt n;

        public Enumerate(PyObject it, PyInt start) {
            super(ENUMERATE);
            this.it = it;
            this.n = start;
        }

        @Override
        public PyObject next() {
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            PyInt i = n;
            n = IntOps.add(n, PyInt.of(1));
            return new PyTuple(new PyObject[] {i, v});
        }
    }

    public static final class Zip extends SubclassableIter {

        final PyObject[] its;
        boolean strict;
        boolean done;

        public Zip(PyObject[] its, boolean strict) {
            super(ZIP);
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyObject next() {
            if (done || its.length == 0) {
                return null;
            }
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw Exc.valueError("zip() argument " + (i + 1) + " is shorter than argument 1"
                                    + (i > 1 ? "s 1-" + i : ""));
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (Abstract.next(its[j]) != null) {
                                throw Exc.valueError("zip() argument " + (j + 1) + " is longer than argument 1"
                                        + (j > 1 ? "s 1-" + j : ""));
                            }
                        }
                    }
                    return null;
                }
                out[i] = v;
            }
            return new PyTuple(out);
        }
    }

    public static final class MapIter extends SubclassableIter {

        final PyObject f;
        final PyObject[] its;

        public MapIter(PyObject f, PyObject[] its) {
            super(MAP);
            this.f = f;
            this.its = its;
        }

        @Override
        public PyObject next() {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return Abstract.call(f, args, null);
        }
    }

    public static final class FilterIter extends SubclassableIter {

        final PyObject f;
        final PyObject it;

        public FilterIter(PyObject f, PyObject it) {
            super(FILTER);
            this.f = f;
            this.it = it;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                boolean ok = f == PyNone.NONE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(f, v));
                if (ok) {
                    return v;
                }
            }
        }
    }

    public static final class Reversed extends SubclassableIter {

        PyObject seq;
        long i;

        public Reversed(PyObject seq, long n) {
            super(REVERSED);
            this.seq = seq;
            this.i = n - 1;
        }

        // CPython 3.11: Objects/enumobject.c reversed_next
        @Override
        public PyObject next() {
            if (i >= 0 && seq != null) {
                try {
                    return Abstract.getItem(seq, PyInt.of(i--));
                } catch (PyException e) {
                    if (!e.matches(Exc.IndexError) && !e.matches(Exc.StopIteration)) {
                        throw e;
                    }
                }
            }
            i = -1;
            seq = null;
            return null;
        }
    }
}
