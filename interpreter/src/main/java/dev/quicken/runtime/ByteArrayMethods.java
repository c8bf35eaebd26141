package dev.quicken.runtime;

import java.util.Arrays;

/**
 * The methods of {@code bytearray} (CPython 3.11: Objects/bytearrayobject.c). The text methods
 * shared with {@code bytes} come from {@link BytesMethods} with results made bytearrays.
 */
final class ByteArrayMethods {

    private ByteArrayMethods() {
    }

    static final PyType ITER = Iterators.BYTEARRAY_ITER;

    /** {@code bytearray_iterator}: reads the live contents. */
    static final class Iter extends PyIter {
        PyByteArray seq;
        int i;

        Iter(PyByteArray seq) {
            this.seq = seq;
        }

        @Override
        public PyObject next() {
            if (seq != null && i < seq.size) {
                return PyInt.of(seq.buf[i++] & 0xff);
            }
            seq = null;
            return null;
        }

        @Override
        public PyType type() {
            return ITER;
        }
    }

    static PyByteArray ba(PyObject o) {
        return (PyByteArray) o;
    }

    private static PyObject make(PyObject like, byte[] b) {
        return new PyByteArray(b);
    }

    /** CPython 3.11: Objects/bytearrayobject.c _getbytevalue. */
    static int byteValue(PyObject v) {
        PyInt i = Abstract.index(v);
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw Exc.valueError("byte must be in range(0, 256)");
        }
        return (int) i.value;
    }

    /** The bytes of an iterable of ints (CPython's slow path of {@code bytearray(iterable)}). */
    static byte[] fromIterable(PyObject x, String notIterable) {
        PyObject it;
        try {
            it = Abstract.iter(x);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError)) {
                throw Exc.typeError(notIterable);
            }
            throw e;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            out.write(byteValue(v));
        }
        return out.toByteArray();
    }

    /** CPython 3.11: Objects/bytearrayobject.c bytearray___init___impl. */
    private static byte[] initContents(PyObject arg, PyObject encoding, PyObject errors) {
        if (arg == null) {
            if (encoding != null || errors != null) {
                throw Exc.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (arg instanceof PyStr) {
            if (encoding == null) {
                throw Exc.typeError("string argument without an encoding");
            }
            return Codecs.encode(((PyStr) arg).value, Args.str("bytearray", encoding, 2),
                    errors == null ? "strict" : Args.str("bytearray", errors, 3));
        }
        if (encoding != null || errors != null) {
            throw Exc.typeError(encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        if (arg instanceof PyInt || arg.type().lookup("__index__") != null) {
            PyInt n = Abstract.index(arg);
            if (n.big != null) {
                throw Exc.raise(Exc.OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            if (n.value < 0) {
                throw Exc.valueError("negative count");
            }
            if (n.value > Integer.MAX_VALUE - 8) {
                throw Exc.raise(Exc.MemoryError, "");
            }
            return new byte[(int) n.value];
        }
        byte[] b = Buffers.of(arg);
        if (b != null) {
            return b.clone();
        }
        return fromIterable(arg, "cannot convert '" + Abstract.typeName(arg) + "' object to bytearray");
    }

    /** The bytes for a slice assignment (CPython 3.11: bytearray_ass_subscript's conversion). */
    private static byte[] assignValue(PyObject v) {
        byte[] b = Buffers.of(v);
        if (b != null) {
            return b;
        }
        if (v instanceof PyStr || Abstract.isNumberLike(v) || v.type().lookup("__index__") != null) {
            throw Exc.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return fromIterable(v, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }

    private static int index(PyByteArray b, PyObject k) {
        long i = Abstract.asIndex(k, "bytearray");
        if (i < 0) {
            i += b.size;
        }
        if (i < 0 || i >= b.size) {
            throw Exc.indexError("bytearray index out of range");
        }
        return (int) i;
    }

    private static boolean isIndex(PyObject k) {
        return k instanceof PyInt || k.type().lookup("__index__") != null;
    }

    /** CPython 3.11: Objects/bytearrayobject.c bytearray_ass_subscript ({@code v == null}: delete). */
    static void assSubscript(PyByteArray self, PyObject k, PyObject v) {
        long start;
        long stop;
        long step;
        long slicelen;
        if (isIndex(k)) {
            long i = Abstract.asIndex(k, "bytearray");
            int ival = v == null ? -1 : byteValue(v);
            if (i < 0) {
                i += self.size;
            }
            if (i < 0 || i >= self.size) {
                throw Exc.indexError("bytearray index out of range");
            }
            if (v != null) {
                self.buf[(int) i] = (byte) ival;
                return;
            }
            start = i;
            stop = i + 1;
            step = 1;
            slicelen = 1;
        } else if (k instanceof PySlice) {
            long[] ix = ((PySlice) k).indices(self.size);
            start = ix[0];
            stop = ix[1];
            step = ix[2];
            slicelen = ix[3];
        } else {
            throw Exc.typeError("bytearray indices must be integers or slices, not " + Abstract.typeName(k));
        }
        byte[] bytes = v == null ? new byte[0] : assignValue(v);
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) {
            stop = start;
        }
        if (step == 1) {
            self.replace((int) start, (int) stop, bytes);
            return;
        }
        if (bytes.length == 0 && v == null || bytes.length == 0 && slicelen == 0) {
            if (slicelen == 0) {
                return;
            }
            self.checkResizable();
            boolean[] drop = new boolean[self.size];
            for (long c = start, n = 0; n < slicelen; c += step, n++) {
                drop[(int) c] = true;
            }
            int w = 0;
            for (int r = 0; r < self.size; r++) {
                if (!drop[r]) {
                    self.buf[w++] = self.buf[r];
                }
            }
            self.size = w;
            return;
        }
        if (bytes.length != slicelen) {
            throw Exc.valueError("attempt to assign bytes of size " + bytes.length + " to extended slice of size "
                    + slicelen);
        }
        for (long c = start, n = 0; n < slicelen; c += step, n++) {
            self.buf[(int) c] = bytes[(int) n];
        }
    }

    private static PyObject compare(PyObject a, PyObject b, int op) {
        byte[] x = Buffers.of(a);
        byte[] y = Buffers.of(b);
        if (y == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (x.length != y.length && (op == Abstract.EQ || op == Abstract.NE)) {
            return PyBool.of(op == Abstract.NE);
        }
        return PyBool.of(BuiltinMethods.cmpResult(Integer.signum(Arrays.compareUnsigned(x, y)), op));
    }

    /** CPython 3.11: Objects/bytearrayobject.c bytearray_repr (escapes ' even inside "..."). */
    static String repr(PyByteArray b) {
        byte[] v = b.toByteArray();
        char quote = '\'';
        boolean single = false;
        boolean dbl = false;
        for (byte x : v) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        if (single && !dbl) {
            quote = '"';
        }
        StringBuilder sb = new StringBuilder();
        sb.append(b.type().name()).append("(b").append(quote);
        for (byte x : v) {
            int c = x & 0xff;
            if (c == '\'' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).append(')').toString();
    }

    /** A str argument of decode(), named as CPython's argument clinic names it. */
    static String decodeArg(PyObject o, String name) {
        if (!(o instanceof PyStr)) {
            throw Exc.typeError("decode() argument '" + name + "' must be str, not " + Abstract.typeName(o));
        }
        return ((PyStr) o).value;
    }

    static void setup() {
        PyType t = PyByteArray.TYPE;
        t.factory = new PyType.Factory() {
            @Override
            public PyObject make(PyType c) {
                return new PyByteArray(c, new byte[0]);
            }
        };
        TypeSetup.defNew(t, TypeNew.BYTE_ARRAY);
        TypeSetup.def(t, SetupDefN.__init__);
        TypeSetup.def0(t, SetupDef0.__repr__);
        TypeSetup.def0(t, SetupDef0.__str__);
        t.dict.setStr("__hash__", PyNone.NONE);
        TypeSetup.def0(t, SetupDef0.__len__);
        TypeSetup.def0(t, SetupDef0.__iter__);
        TypeSetup.def0(t, SetupDef0.__alloc__);
        TypeSetup.def0(t, SetupDef0.__sizeof__);
        TypeSetup.def1(t, SetupDef1.__getitem__);
        TypeSetup.def2(t, SetupDef2.__setitem__);
        TypeSetup.def1(t, SetupDef1.__delitem__);
        TypeSetup.def1(t, SetupDef1.__contains__);
        TypeSetup.def1(t, SetupDef1.__add__);
        TypeSetup.def1(t, SetupDef1.__iadd__);
        TypeSetup.def1(t, SetupDef1.__imul__);
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            TypeSetup.def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return compare(a, b, fop);
                }
            });
        }
        TypeSetup.def1(t, SetupDef1.append);
        TypeSetup.def1(t, SetupDef1.extend);
        TypeSetup.def2(t, SetupDef2.insert);
        TypeSetup.def(t, SetupDefN.pop);
        TypeSetup.def1(t, SetupDef1.remove);
        TypeSetup.def0(t, SetupDef0.clear);
        TypeSetup.def0(t, SetupDef0.copy);
        TypeSetup.def0(t, SetupDef0.reverse);
        TypeSetup.def(t, SetupDefN.decode);
        TypeSetup.def1(t, SetupDef1.__mod__);
        TypeSetup.def1(t, SetupDef1.__rmod__);
        TypeSetup.def0(t, SetupDef0.__reduce__);
        TypeSetup.def1(t, SetupDef1.__reduce_ex__);
        BytesMethods.setup(t, new java.util.function.Function<byte[], PyObject>() {
            @Override
            public PyObject apply(byte[] x) {
                return new PyByteArray(x);
            }
        });
    }

    /** The __new__ functions of the types this file sets up, a case per type: one switch instead of a lambda class each. */
    private enum TypeNew implements JFunc {
        BYTE_ARRAY;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case BYTE_ARRAY:
                return new PyByteArray((PyType) a[0], new byte[0]);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The functions of an argument vector that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDefN implements JFunc {
        __init__, pop, decode;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            case pop:
                return pop_impl(a, kw);
            case decode:
                return decode_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("bytearray", a, kw, 1, new String[] {"source", "encoding", "errors"}, 0, 3);
            ba(a[0]).setContents(initContents(p[0], p[1], p[2]));
            return PyNone.NONE;
        }

        private static PyObject pop_impl(PyObject[] a, String[] kw) {
            Args.count("pop", a, kw, 1, 0, 1);
            PyByteArray s = ba(a[0]);
            long index = a.length > 1 ? Abstract.asIndex(a[1], "bytearray") : -1;
            if (s.size == 0) {
                throw Exc.indexError("pop from empty bytearray");
            }
            if (index < 0) {
                index += s.size;
            }
            if (index < 0 || index >= s.size) {
                throw Exc.indexError("pop index out of range");
            }
            int v = s.buf[(int) index] & 0xff;
            s.replace((int) index, (int) index + 1, new byte[0]);
            return PyInt.of(v);
        }

        private static PyObject decode_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("decode", a, kw, 1, new String[] {"encoding", "errors"}, 0, 2);
            return new PyStr(Codecs.decode(ba(a[0]).toByteArray(),
                    p[0] == null ? "utf-8" : decodeArg(p[0], "encoding"),
                    p[1] == null ? "strict" : decodeArg(p[1], "errors")));
        }
    }

    /** The methods of self alone that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef0 implements TypeSetup.F0 {
        __repr__, __str__, __len__, __iter__, __alloc__, __sizeof__, clear, copy, reverse, __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return new PyStr(repr(ba(a)));
            case __str__:
                return new PyStr(repr(ba(a)));
            case __len__:
                return PyInt.of(ba(a).size);
            case __iter__:
                return new Iter(ba(a));
            case __alloc__:
                return PyInt.of(ba(a).buf.length + 1);
            case __sizeof__:
                return PyInt.of(56 + ba(a).buf.length + 1);
            case clear:
                return clear_impl(a);
            case copy:
                return new PyByteArray(ba(a).toByteArray());
            case reverse:
                return reverse_impl(a);
            case __reduce__:
                return reduce(ba(a), 2);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject clear_impl(PyObject a) {
            ba(a).setContents(new byte[0]);
            return PyNone.NONE;
        }

        private static PyObject reverse_impl(PyObject a) {
            PyByteArray s = ba(a);
            for (int i = 0, j = s.size - 1; i < j; i++, j--) {
                byte x = s.buf[i];
                s.buf[i] = s.buf[j];
                s.buf[j] = x;
            }
            return PyNone.NONE;
        }
    }

    /** The methods of self and one argument that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef1 implements TypeSetup.F1 {
        __getitem__, __delitem__, __contains__, __add__, __iadd__, __imul__, append, extend, remove, __mod__,
        __rmod__, __reduce_ex__;

        @Override
        public PyObject apply(PyObject self, PyObject arg) {
            switch (this) {
            case __getitem__:
                return __getitem___impl(self, arg);
            case __delitem__:
                return __delitem___impl(self, arg);
            case __contains__:
                return __contains___impl(self, arg);
            case __add__:
                return __add___impl(self, arg);
            case __iadd__:
                return __iadd___impl(self, arg);
            case __imul__:
                return __imul___impl(self, arg);
            case append:
                return append_impl(self, arg);
            case extend:
                return extend_impl(self, arg);
            case remove:
                return remove_impl(self, arg);
            case __mod__:
                {
                PyObject a = self;
                PyObject args = arg;
                return new PyByteArray(BytesPercent.format(ba(a).toByteArray(), args));
                }
            case __rmod__:
                return PyNotImplemented.NOT_IMPLEMENTED;
            case __reduce_ex__:
                {
                PyObject a = self;
                PyObject proto = arg;
                return reduce(ba(a), Abstract.index(proto).value);
                }
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getitem___impl(PyObject a, PyObject k) {
            PyByteArray b = ba(a);
            if (isIndex(k)) {
                return PyInt.of(b.buf[index(b, k)] & 0xff);
            }
            if (k instanceof PySlice) {
                long[] ix = ((PySlice) k).indices(b.size);
                byte[] r = new byte[(int) ix[3]];
                for (int m = 0; m < r.length; m++) {
                    r[m] = b.buf[(int) (ix[0] + m * ix[2])];
                }
                return new PyByteArray(r);
            }
            throw Exc.typeError("bytearray indices must be integers or slices, not " + Abstract.typeName(k));
        }

        private static PyObject __delitem___impl(PyObject a, PyObject k) {
            assSubscript(ba(a), k, null);
            return PyNone.NONE;
        }

        private static PyObject __contains___impl(PyObject a, PyObject x) {
            byte[] b = ba(a).toByteArray();
            if (isIndex(x)) {
                int v = byteValue(x);
                for (byte c : b) {
                    if ((c & 0xff) == v) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            }
            byte[] n = Buffers.require(x);
            return PyBool.of(indexOf(b, n) >= 0);
        }

        private static PyObject __add___impl(PyObject a, PyObject b) {
            byte[] y = Buffers.of(b);
            if (y == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            byte[] x = ba(a).toByteArray();
            byte[] r = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PyByteArray(r);
        }

        private static PyObject __iadd___impl(PyObject a, PyObject b) {
            byte[] y = Buffers.of(b);
            if (y == null) {
                throw Exc.typeError("can't concat " + Abstract.typeName(b) + " to " + Abstract.typeName(a));
            }
            PyByteArray s = ba(a);
            s.replace(s.size, s.size, y);
            return a;
        }

        private static PyObject __imul___impl(PyObject a, PyObject n) {
            PyByteArray s = ba(a);
            long c = Math.max(0, Abstract.index(n).value);
            byte[] x = s.toByteArray();
            if (c * x.length > Integer.MAX_VALUE - 8) {
                throw Exc.raise(Exc.MemoryError, "");
            }
            byte[] r = new byte[(int) (c * x.length)];
            for (int k = 0; k < c; k++) {
                System.arraycopy(x, 0, r, k * x.length, x.length);
            }
            s.setContents(r);
            return a;
        }

        private static PyObject append_impl(PyObject a, PyObject v) {
            ba(a).append((byte) byteValue(v));
            return PyNone.NONE;
        }

        private static PyObject extend_impl(PyObject a, PyObject v) {
            PyByteArray s = ba(a);
            byte[] b = Buffers.of(v);
            if (b == null) {
                b = fromIterable(v, "can't extend bytearray with " + Abstract.typeName(v));
            }
            s.replace(s.size, s.size, b);
            return PyNone.NONE;
        }

        private static PyObject remove_impl(PyObject a, PyObject v) {
            PyByteArray s = ba(a);
            int x = byteValue(v);
            for (int k = 0; k < s.size; k++) {
                if ((s.buf[k] & 0xff) == x) {
                    s.replace(k, k + 1, new byte[0]);
                    return PyNone.NONE;
                }
            }
            throw Exc.valueError("value not found in bytearray");
        }
    }

    /** The methods of self and two arguments that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef2 implements TypeSetup.F2 {
        __setitem__, insert;

        @Override
        public PyObject apply(PyObject a, PyObject k, PyObject v) {
            switch (this) {
            case __setitem__:
                return __setitem___impl(a, k, v);
            case insert:
                return insert_impl(a, k, v);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setitem___impl(PyObject a, PyObject k, PyObject v) {
            assSubscript(ba(a), k, v);
            return PyNone.NONE;
        }

        private static PyObject insert_impl(PyObject a, PyObject i, PyObject v) {
            PyByteArray s = ba(a);
            long index = Abstract.asIndex(i, "bytearray");
            int item = byteValue(v);
            int n = s.size;
            if (index < 0) {
                index = Math.max(0, index + n);
            }
            if (index > n) {
                index = n;
            }
            s.replace((int) index, (int) index, new byte[] {(byte) item});
            return PyNone.NONE;
        }
    }

    /** CPython 3.11: Objects/bytearrayobject.c _common_reduce. */
    private static PyObject reduce(PyByteArray b, long proto) {
        PyDict d = b.instanceDict(false);
        PyObject state = d == null || d.size() == 0 ? PyNone.NONE : d;
        PyObject args;
        if (proto < 3) {
            args = new PyTuple(new PyObject[] {
                new PyStr(new String(b.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)),
                new PyStr("latin-1")});
        } else {
            args = b.size == 0 ? new PyTuple(new PyObject[0])
                    : new PyTuple(new PyObject[] {new PyBytes(b.toByteArray())});
        }
        return new PyTuple(new PyObject[] {b.type(), args, state});
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
