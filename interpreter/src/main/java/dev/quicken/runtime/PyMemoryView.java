package dev.quicken.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code memoryview} over {@code bytes} or {@code bytearray} (CPython 3.11: Objects/memoryobject.c),
 * one-dimensional with the single-byte formats {@code 'B'}, {@code 'b'} and {@code 'c'}. A view is
 * a window ({@link #start}, {@link #len} items, {@link #step} bytes apart) on the exporter's live
 * bytes, so writes go through to a bytearray and slices of a view are views.
 */
public final class PyMemoryView extends PyObject {

    public static final PyType TYPE = new PyType("memoryview");
    static final PyType ITER = new PyType("memory_iterator");

    /** The exporting object ({@code obj}): a bytes or a bytearray. */
    final PyObject obj;
    final int start;
    final int len;
    final int step;
    final char format;
    /** Bytes per item: 1 for 'B', 'b' and 'c'; the native size for the formats a cast makes. */
    final int itemsize;
    final boolean readonly;
    boolean released;

    PyMemoryView(PyObject obj, int start, int len, int step, char format, boolean readonly) {
        this.obj = obj;
        this.start = start;
        this.len = len;
        this.step = step;
        this.format = format;
        this.itemsize = "cbB".indexOf(format) >= 0 ? 1 : itemsize(format);
        this.readonly = readonly;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code memoryview(o)}. CPython 3.11: Objects/memoryobject.c PyMemoryView_FromObject. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView) {
            PyMemoryView m = ((PyMemoryView) o).checked();
            return new PyMemoryView(m.obj, m.start, m.len, m.step, m.format, m.readonly);
        }
        if (o instanceof PyBytes) {
            return new PyMemoryView(o, 0, ((PyBytes) o).value.length, 1, 'B', true);
        }
        if (o instanceof PyByteArray) {
            return new PyMemoryView(o, 0, ((PyByteArray) o).size, 1, 'B', false);
        }
        if (o instanceof BufferExporter) {
            BufferExporter e = (BufferExporter) o;
            char f = e.bufferFormat();
            int size = "cbB".indexOf(f) >= 0 ? 1 : itemsize(f);
            return new PyMemoryView(o, 0, e.bufferLength() / size, 1, f, false);
        }
        throw Exc.typeError("memoryview: a bytes-like object is required, not '" + Abstract.typeName(o) + "'");
    }

    private byte[] data() {
        return obj instanceof PyBytes ? ((PyBytes) obj).value : obj instanceof PyByteArray ? ((PyByteArray) obj).buf
                : ((BufferExporter) obj).bufferArray();
    }

    /** CPython 3.11: Objects/memoryobject.c CHECK_RELEASED. */
    PyMemoryView checked() {
        if (released) {
            throw Exc.valueError("operation forbidden on released memoryview object");
        }
        return this;
    }

    private int byteAt(int i) {
        byte[] d = data();
        int p = start + i * step;
        return p < d.length ? d[p] : 0;
    }

    /** The viewed bytes, in order. */
    public byte[] toByteArray() {
        checked();
        if (itemsize > 1) {
            byte[] d = data();
            byte[] out = new byte[len * itemsize];
            for (int i = 0; i < len; i++) {
                System.arraycopy(d, start + i * step * itemsize, out, i * itemsize, itemsize);
            }
            return out;
        }
        byte[] out = new byte[len];
        for (int i = 0; i < len; i++) {
            out[i] = (byte) byteAt(i);
        }
        return out;
    }

    private PyObject item(int i) {
        if (itemsize > 1) {
            return wideItem(i);
        }
        int b = byteAt(i);
        switch (format) {
            case 'b':
                return PyInt.of((byte) b);
            case 'c':
                return new PyBytes(new byte[] {(byte) b});
            default:
                return PyInt.of(b & 0xff);
        }
    }

    /** An item of a multi-byte integer format, read in the native (little-endian) byte order. */
    private PyObject wideItem(int i) {
        byte[] d = data();
        int p = start + i * step * itemsize;
        long v = 0;
        for (int k = itemsize - 1; k >= 0; k--) {
            v = (v << 8) | (d[p + k] & 0xff);
        }
        switch (format) {
            case 'h':
                return PyInt.of((short) v);
            case 'i':
                return PyInt.of((int) v);
            case 'H':
            case 'I':
            case 'l':
            case 'q':
            case 'n':
                return PyInt.of(v);
            case 'f':
                return new PyFloat(Float.intBitsToFloat((int) v));
            case 'd':
                return new PyFloat(Double.longBitsToDouble(v));
            case 'L':
            case 'Q':
            case 'N':
                return v >= 0 ? PyInt.of(v) : PyInt.of(java.math.BigInteger.valueOf(v).add(
                        java.math.BigInteger.ONE.shiftLeft(64)));
            default:
                throw Exc.raise(Exc.NotImplementedError, "memoryview: format " + format + " not supported");
        }
    }

    /** CPython 3.11: Objects/memoryobject.c pack_single (for the single-byte formats). */
    private byte pack(PyObject v) {
        String fmt = String.valueOf(format);
        if (format == 'c') {
            if (!(v instanceof PyBytes)) {
                throw Exc.typeError("memoryview: invalid type for format '" + fmt + "'");
            }
            if (((PyBytes) v).value.length != 1) {
                throw Exc.valueError("memoryview: invalid value for format '" + fmt + "'");
            }
            return ((PyBytes) v).value[0];
        }
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw Exc.typeError("memoryview: invalid type for format '" + fmt + "'");
        }
        PyInt i = Abstract.index(v);
        long lo = format == 'b' ? -128 : 0;
        long hi = format == 'b' ? 127 : 255;
        if (i.big != null || i.value < lo || i.value > hi) {
            throw Exc.valueError("memoryview: invalid value for format '" + fmt + "'");
        }
        return (byte) i.value;
    }

    private int index(PyObject k) {
        long i = Abstract.asIndex(k, "memoryview");
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw Exc.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    private static boolean isIndex(PyObject k) {
        return k instanceof PyInt || k.type().lookup("__index__") != null;
    }

    private PyObject tolist() {
        checked();
        PyList l = new PyList();
        for (int i = 0; i < len; i++) {
            l.append(item(i));
        }
        return l;
    }

    private PyObject release() {
        released = true;
        return PyNone.NONE;
    }

    /** {@code memory_iterator}. */
    static final class Iter extends PyIter {
        private final PyMemoryView view;
        private int i;

        Iter(PyMemoryView view) {
            this.view = view;
        }

        @Override
        public PyObject next() {
            view.checked();
            return i < view.len ? view.item(i++) : null;
        }

        @Override
        public PyType type() {
            return ITER;
        }
    }

    private static PyMemoryView mv(PyObject o) {
        return ((PyMemoryView) o).checked();
    }

    private static PyTuple tuple(PyObject... items) {
        return new PyTuple(items);
    }

    static void setup() {
        PyType t = TYPE;
        TypeSetup.defNew(t, new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("memoryview", a, kw, 1, new String[] {"object"}, 1, 1);
                return of(p[0]);
            }
        });
        TypeSetup.def0(t, SetupDef0.__repr__);
        TypeSetup.def0(t, SetupDef0.__len__);
        TypeSetup.def0(t, SetupDef0.__iter__);
        TypeSetup.def1(t, SetupDef1.__getitem__);
        TypeSetup.def2(t, SetupDef2.__setitem__);
        TypeSetup.def1(t, SetupDef1.__delitem__);
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            TypeSetup.def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return compare((PyMemoryView) a, b, fop);
                }
            });
        }
        TypeSetup.def0(t, SetupDef0.__hash__);
        TypeSetup.def(t, SetupDefN.tobytes);
        TypeSetup.def0(t, SetupDef0.tolist);
        TypeSetup.def0(t, SetupDef0.toreadonly);
        TypeSetup.def(t, SetupDefN.hex);
        TypeSetup.def0(t, SetupDef0.release);
        TypeSetup.def0(t, SetupDef0.__enter__);
        TypeSetup.def(t, SetupDefN.__exit__);
        TypeSetup.def(t, SetupDefN.cast);
        TypeSetup.getset(t, "obj", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return mv(a).obj;
            }
        }, null);
        TypeSetup.getset(t, SetupGet.nbytes, null);
        TypeSetup.getset(t, "readonly", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return PyBool.of(mv(a).readonly);
            }
        }, null);
        TypeSetup.getset(t, "itemsize", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(mv(a).itemsize);
            }
        }, null);
        TypeSetup.getset(t, "format", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyStr(String.valueOf(mv(a).format));
            }
        }, null);
        TypeSetup.getset(t, SetupGet.ndim, null);
        TypeSetup.getset(t, SetupGet.shape, null);
        TypeSetup.getset(t, SetupGet.strides, null);
        TypeSetup.getset(t, SetupGet.suboffsets, null);
        TypeSetup.getset(t, SetupGet.c_contiguous, null);
        TypeSetup.getset(t, SetupGet.f_contiguous, null);
        TypeSetup.getset(t, SetupGet.contiguous, null);
        TypeSetup.def0(ITER, SetupIterDef0.__iter__);
        TypeSetup.def0(ITER, SetupIterDef0.__next__);
    }

    /** The methods of self alone that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef0 implements TypeSetup.F0 {
        __repr__, __len__, __iter__, __hash__, tolist, toreadonly, release, __enter__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return new PyStr((((PyMemoryView) a).released ? "<released memory at 0x"
                        : "<memory at 0x") + String.format("%012x", Abstract.id(a)) + ">");
            case __len__:
                return PyInt.of(mv(a).len);
            case __iter__:
                return new Iter(mv(a));
            case __hash__:
                return __hash___impl(a);
            case tolist:
                return mv(a).tolist();
            case toreadonly:
                return toreadonly_impl(a);
            case release:
                return ((PyMemoryView) a).release();
            case __enter__:
                return mv(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __hash___impl(PyObject a) {
            PyMemoryView m = mv(a);
            if (!m.readonly) {
                throw Exc.valueError("cannot hash writable memoryview object");
            }
            return PyInt.of(Hashing.bytes(m.toByteArray()));
        }

        private static PyObject toreadonly_impl(PyObject a) {
            PyMemoryView m = mv(a);
            return new PyMemoryView(m.obj, m.start, m.len, m.step, m.format, true);
        }
    }

    /** The methods of self and one argument that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef1 implements TypeSetup.F1 {
        __getitem__, __delitem__;

        @Override
        public PyObject apply(PyObject self, PyObject k) {
            switch (this) {
            case __getitem__:
                return __getitem___impl(self, k);
            case __delitem__:
                return __delitem___impl(self, k);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getitem___impl(PyObject a, PyObject k) {
            PyMemoryView m = mv(a);
            if (isIndex(k)) {
                return m.item(m.index(k));
            }
            if (k instanceof PySlice) {
                long[] ix = ((PySlice) k).indices(m.len);
                return new PyMemoryView(m.obj, m.start + (int) ix[0] * m.step * m.itemsize, (int) ix[3], m.step * (int) ix[2],
                        m.format, m.readonly);
            }
            if (k == PyEllipsis.ELLIPSIS) {
                return a;
            }
            throw Exc.typeError("memoryview: invalid slice key");
        }

        private static PyObject __delitem___impl(PyObject a, PyObject k) {
            PyMemoryView m = mv(a);
            if (m.readonly) {
                throw Exc.typeError("cannot modify read-only memory");
            }
            throw Exc.typeError("cannot delete memory");
        }
    }

    /** The methods of self and two arguments that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDef2 implements TypeSetup.F2 {
        __setitem__;

        @Override
        public PyObject apply(PyObject a, PyObject k, PyObject v) {
            switch (this) {
            case __setitem__:
                return __setitem___impl(a, k, v);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setitem___impl(PyObject a, PyObject k, PyObject v) {
            PyMemoryView m = mv(a);
            if (m.readonly) {
                throw Exc.typeError("cannot modify read-only memory");
            }
            if (m.itemsize > 1) {
                throw Exc.raise(Exc.NotImplementedError, "memoryview: format " + m.format + " not supported");
            }
            byte[] d = m.data();
            if (isIndex(k)) {
                int i = m.index(k);
                d[m.start + i * m.step] = m.pack(v);
                return PyNone.NONE;
            }
            if (k instanceof PySlice) {
                long[] ix = ((PySlice) k).indices(m.len);
                byte[] src = Buffers.of(v);
                if (src == null) {
                    throw Exc.typeError("a bytes-like object is required, not '" + Abstract.typeName(v) + "'");
                }
                if (src.length != ix[3]) {
                    throw Exc.valueError("memoryview assignment: lvalue and rvalue have different structures");
                }
                for (int n = 0; n < src.length; n++) {
                    d[m.start + (int) (ix[0] + n * ix[2]) * m.step] = src[n];
                }
                return PyNone.NONE;
            }
            throw Exc.typeError("memoryview: invalid slice key");
        }
    }

    /** The functions of an argument vector that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupDefN implements JFunc {
        tobytes, hex, __exit__, cast;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case tobytes:
                return tobytes_impl(a, kw);
            case hex:
                return hex_impl(a, kw);
            case __exit__:
                return ((PyMemoryView) a[0]).release();
            case cast:
                return cast_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject tobytes_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("tobytes", a, kw, 1, new String[] {"order"}, 0, 1);
            if (p[0] != null && p[0] != PyNone.NONE) {
                String o = Args.str("tobytes", p[0], 1);
                if (!o.equals("C") && !o.equals("F") && !o.equals("A")) {
                    throw Exc.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            return new PyBytes(mv(a[0]).toByteArray());
        }

        private static PyObject hex_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("hex", a, kw, 1, new String[] {"sep", "bytes_per_sep"}, 0, 2);
            return new PyStr(BytesMethods.hex(mv(a[0]).toByteArray(), p[0], p[1] == null ? 1 : Args.integer(p[1])));
        }

        private static PyObject cast_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("cast", a, kw, 1, new String[] {"format", "shape"}, 1, 2);
            PyMemoryView m = mv(a[0]);
            String f = Args.str("cast", p[0], 1);
            if (f.startsWith("@")) {
                f = f.substring(1);
            }
            if (f.length() != 1 || "cbBhHiIlLqQnNfd?eP".indexOf(f.charAt(0)) < 0) {
                throw Exc.valueError("memoryview: destination format must be a native single character format "
                        + "prefixed with an optional '@'");
            }
            if (m.step != 1) {
                throw Exc.typeError("memoryview: casts are restricted to C-contiguous views");
            }
            char c = f.charAt(0);
            int nbytes = m.len * m.itemsize;
            if ("cbB".indexOf(c) < 0) {
                if ("hHiIlLqQnN".indexOf(c) < 0) {
                    throw Exc.raise(Exc.NotImplementedError, "memoryview: format " + c + " not supported");
                }
                if (nbytes % itemsize(c) != 0) {
                    throw Exc.typeError("memoryview: length is not a multiple of itemsize");
                }
                return new PyMemoryView(m.obj, m.start, nbytes / itemsize(c), 1, c, m.readonly);
            }
            if (p[1] != null) {
                PyObject[] shape = Abstract.toArray(p[1]);
                if (!(p[1] instanceof PyList || p[1] instanceof PyTuple)) {
                    throw Exc.typeError("shape must be a list or a tuple");
                }
                long prod = 1;
                for (PyObject s : shape) {
                    if (!(s instanceof PyInt)) {
                        throw Exc.typeError("memoryview.cast(): elements of shape must be integers");
                    }
                    if (((PyInt) s).value <= 0) {
                        throw Exc.valueError("memoryview.cast(): elements of shape must be integers > 0");
                    }
                    prod *= ((PyInt) s).value;
                }
                if (prod != nbytes) {
                    throw Exc.typeError("memoryview: product(shape) * itemsize != buffer size");
                }
                if (shape.length != 1) {
                    throw Exc.raise(Exc.NotImplementedError, "memoryview: multi-dimensional casts are not supported");
                }
            }
            return new PyMemoryView(m.obj, m.start, nbytes, 1, c, m.readonly);
        }
    }

    /** The attribute getters that setup registers on its type: one switch instead of a lambda class each. */
    private enum SetupGet implements java.util.function.Function<PyObject, PyObject> {
        nbytes, ndim, shape, strides, suboffsets, c_contiguous, f_contiguous, contiguous;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case nbytes:
                return PyInt.of(mv(a).len * mv(a).itemsize);
            case ndim:
                return PyInt.of(1);
            case shape:
                return tuple(PyInt.of(mv(a).len));
            case strides:
                return tuple(PyInt.of(mv(a).step * mv(a).itemsize));
            case suboffsets:
                return tuple();
            case c_contiguous:
                return PyBool.of(mv(a).step == 1 || mv(a).len <= 1);
            case f_contiguous:
                return PyBool.of(mv(a).step == 1 || mv(a).len <= 1);
            case contiguous:
                return PyBool.of(mv(a).step == 1 || mv(a).len <= 1);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setup registers on ITER: one switch instead of a lambda class each. */
    private enum SetupIterDef0 implements TypeSetup.F0 {
        __iter__, __next__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __iter__:
                return a;
            case __next__:
                return __next___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __next___impl(PyObject a) {
            PyObject v = ((PyIter) a).next();
            if (v == null) {
                throw Exc.stopIteration();
            }
            return v;
        }
    }

    private static int itemsize(char c) {
        switch (c) {
            case 'h':
            case 'H':
            case 'e':
                return 2;
            case 'i':
            case 'I':
            case 'f':
            case 'w': // UCS-4 (array.array('u'))
                return 4;
            case '?':
                return 1;
            default:
                return 8;
        }
    }

    /** CPython 3.11: Objects/memoryobject.c memory_richcompare (element-wise on unpacked values). */
    private static PyObject compare(PyMemoryView a, PyObject b, int op) {
        if (op != Abstract.EQ && op != Abstract.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq;
        if (a == b) {
            eq = true;
        } else if (a.released || b instanceof PyMemoryView && ((PyMemoryView) b).released) {
            eq = false;
        } else if (!Buffers.check(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        } else {
            List<PyObject> x = itemsOf(a);
            List<PyObject> y = itemsOf(b instanceof PyMemoryView ? (PyMemoryView) b : of(b));
            eq = x.size() == y.size();
            for (int i = 0; eq && i < x.size(); i++) {
                eq = Abstract.richCompareBool(x.get(i), y.get(i), Abstract.EQ);
            }
        }
        return PyBool.of(op == Abstract.EQ ? eq : !eq);
    }

    private static List<PyObject> itemsOf(PyMemoryView m) {
        List<PyObject> l = new ArrayList<>();
        for (int i = 0; i < m.len; i++) {
            l.add(m.item(i));
        }
        return l;
    }
}
