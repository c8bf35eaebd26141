package dev.quicken.builtins;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.BufferExporter;
import dev.quicken.runtime.Buffers;
import dev.quicken.runtime.BuiltinMethods;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyByteArray;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyIter;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyNotImplemented;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PySlice;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * {@code array}: typed arrays of numbers and characters, as CPython 3.11's Modules/arraymodule.c on x86-64
 * Linux (native little-endian; {@code 'l'}/{@code 'L'} are 8 bytes, {@code 'u'} is a 4-byte wchar_t). The items
 * live in one byte array in their machine representation, which the buffer protocol exports
 * ({@link BufferExporter}): {@code bytes(a)}, {@code memoryview(a)} and {@code int.from_bytes(a)} read it.
 */
public final class ArrayModule {

    private ArrayModule() {
    }

    static final PyObject NONE = PyNone.NONE;

    private static final String[] CMP = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    public static final PyType ARRAY = NativeTypes.type("array", "array");
    public static final PyType ARRAY_ITER = NativeTypes.type("arrayiterator", "array");

    /** The type codes, in CPython's order ({@code array.typecodes}). */
    static final String TYPECODES = "bBuhHiIlLqQfd";

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class,
            ByteOrder.LITTLE_ENDIAN);

    /** The item size in bytes of a type code (x86-64 Linux). */
    static int itemsize(char tc) {
        switch (tc) {
            case 'b':
            case 'B':
                return 1;
            case 'h':
            case 'H':
                return 2;
            case 'u':
            case 'i':
            case 'I':
            case 'f':
                return 4;
            default:
                return 8;
        }
    }

    /** CPython 3.11: Modules/arraymodule.c typecode_to_mformat_code (little-endian machine). */
    static int mformatCode(char tc) {
        switch (tc) {
            case 'b':
                return 1; // SIGNED_INT8
            case 'B':
                return 0; // UNSIGNED_INT8
            case 'u':
                return 20; // UTF32_LE
            case 'h':
                return 4; // SIGNED_INT16_LE
            case 'H':
                return 2;
            case 'i':
                return 8;
            case 'I':
                return 6;
            case 'l':
            case 'q':
                return 12; // SIGNED_INT64_LE
            case 'L':
            case 'Q':
                return 10;
            case 'f':
                return 14; // IEEE_754_FLOAT_LE
            default:
                return 16; // IEEE_754_DOUBLE_LE
        }
    }

    // ---------------------------------------------------------------- the array object

    /** CPython's arrayobject: {@link #len} items of {@link #itemsize} bytes at the start of {@link #buf}. */
    public static final class PyArray extends PyInstance implements BufferExporter {
        final char typecode;
        final int itemsize;
        byte[] buf;
        int len;

        PyArray(PyType cls, char typecode, int n) {
            super(cls);
            this.typecode = typecode;
            this.itemsize = itemsize(typecode);
            this.buf = new byte[n * itemsize];
            this.len = n;
        }

        @Override
        public byte[] bufferArray() {
            return buf;
        }

        @Override
        public int bufferLength() {
            return len * itemsize;
        }

        @Override
        public char bufferFormat() {
            return typecode == 'u' ? 'w' : typecode;
        }

        int nbytes() {
            return len * itemsize;
        }

        // CPython 3.11: Modules/arraymodule.c array_resize (growth 0, 4, 8, 16, 25, 34, ...)
        void resize(int newsize) {
            if ((long) newsize * itemsize > Integer.MAX_VALUE - 16) {
                throw Exc.raise(Exc.MemoryError, "");
            }
            if (newsize * itemsize > buf.length) {
                long alloc = (newsize >> 4) + (len < 8 ? 3 : 7) + (long) newsize;
                buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 16, alloc * itemsize));
            } else if (newsize < len) {
                Arrays.fill(buf, newsize * itemsize, len * itemsize, (byte) 0);
            }
            len = newsize;
        }

        PyObject get(int i) {
            int p = i * itemsize;
            switch (typecode) {
                case 'b':
                    return PyInt.of(buf[p]);
                case 'B':
                    return PyInt.of(buf[p] & 0xff);
                case 'h':
                    return PyInt.of((short) SHORT.get(buf, p));
                case 'H':
                    return PyInt.of((short) SHORT.get(buf, p) & 0xffff);
                case 'i':
                    return PyInt.of((int) INT.get(buf, p));
                case 'I':
                    return PyInt.of((int) INT.get(buf, p) & 0xffffffffL);
                case 'l':
                case 'q':
                    return PyInt.of((long) LONG.get(buf, p));
                case 'L':
                case 'Q':
                    return unsigned64((long) LONG.get(buf, p));
                case 'f':
                    return new PyFloat((float) FLOAT.get(buf, p));
                case 'd':
                    return new PyFloat((double) DOUBLE.get(buf, p));
                default:
                    return new PyStr(fromOrdinal((int) INT.get(buf, p)));
            }
        }

        /** Stores {@code v} at item {@code i}, or only checks it when {@code i < 0} (CPython's setitem(ap, -1, v)). */
        void set(int i, PyObject v) {
            int p = i * itemsize;
            switch (typecode) {
                case 'b': {
                    long x = parseShort(v);
                    if (x < -128) {
                        throw Exc.overflowError("signed char is less than minimum");
                    }
                    if (x > 127) {
                        throw Exc.overflowError("signed char is greater than maximum");
                    }
                    if (i >= 0) {
                        buf[p] = (byte) x;
                    }
                    return;
                }
                case 'B': {
                    long x = asCLong(v);
                    if (x < 0) {
                        throw Exc.overflowError("unsigned byte integer is less than minimum");
                    }
                    if (x > 255) {
                        throw Exc.overflowError("unsigned byte integer is greater than maximum");
                    }
                    if (i >= 0) {
                        buf[p] = (byte) x;
                    }
                    return;
                }
                case 'h': {
                    long x = parseShort(v);
                    if (i >= 0) {
                        SHORT.set(buf, p, (short) x);
                    }
                    return;
                }
                case 'H': {
                    long x = parseInt(v);
                    if (x < 0) {
                        throw Exc.overflowError("unsigned short is less than minimum");
                    }
                    if (x > 0xffff) {
                        throw Exc.overflowError("unsigned short is greater than maximum");
                    }
                    if (i >= 0) {
                        SHORT.set(buf, p, (short) x);
                    }
                    return;
                }
                case 'i': {
                    long x = parseInt(v);
                    if (i >= 0) {
                        INT.set(buf, p, (int) x);
                    }
                    return;
                }
                case 'I': {
                    long x = asUnsignedLong(v);
                    if (Long.compareUnsigned(x, 0xffffffffL) > 0) {
                        throw Exc.overflowError("unsigned int is greater than maximum");
                    }
                    if (i >= 0) {
                        INT.set(buf, p, (int) x);
                    }
                    return;
                }
                case 'l': {
                    long x = asCLong(v);
                    if (i >= 0) {
                        LONG.set(buf, p, x);
                    }
                    return;
                }
                case 'q': {
                    PyInt n = Abstract.index(v);
                    if (n.big != null) {
                        throw Exc.overflowError("int too big to convert");
                    }
                    if (i >= 0) {
                        LONG.set(buf, p, n.value);
                    }
                    return;
                }
                case 'L': {
                    long x = asUnsignedLong(v);
                    if (i >= 0) {
                        LONG.set(buf, p, x);
                    }
                    return;
                }
                case 'Q': {
                    long x = asUnsignedLongLong(v);
                    if (i >= 0) {
                        LONG.set(buf, p, x);
                    }
                    return;
                }
                case 'f': {
                    double x = Abstract.asDouble(v);
                    if (i >= 0) {
                        FLOAT.set(buf, p, (float) x);
                    }
                    return;
                }
                case 'd': {
                    double x = Abstract.asDouble(v);
                    if (i >= 0) {
                        DOUBLE.set(buf, p, x);
                    }
                    return;
                }
                default: {
                    if (!(v instanceof PyStr)) {
                        throw Exc.typeError("array item must be unicode character");
                    }
                    String s = ((PyStr) v).value;
                    if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
                        throw Exc.typeError("array item must be unicode character");
                    }
                    if (i >= 0) {
                        INT.set(buf, p, s.codePointAt(0));
                    }
                }
            }
        }

        /** CPython's ins1: checks {@code v}, then makes room at {@code where} and stores it. */
        void insert(long where, PyObject v) {
            set(-1, v);
            int n = len;
            if (where < 0) {
                where = Math.max(0, where + n);
            }
            if (where > n) {
                where = n;
            }
            resize(n + 1);
            int w = (int) where;
            System.arraycopy(buf, w * itemsize, buf, (w + 1) * itemsize, (n - w) * itemsize);
            set(w, v);
        }

        void append(PyObject v) {
            set(-1, v);
            resize(len + 1);
            set(len - 1, v);
        }

        void appendBytes(byte[] b, int n) {
            int old = nbytes();
            resize(len + n / itemsize);
            System.arraycopy(b, 0, buf, old, n);
        }

        String toUnicode() {
            StringBuilder sb = new StringBuilder(len);
            for (int i = 0; i < len; i++) {
                int c = (int) INT.get(buf, i * 4);
                if (c < 0 || c > 0x10ffff) {
                    throw Exc.valueError(String.format("character U+%x is not in range [U+0000; U+10ffff]", c));
                }
                sb.appendCodePoint(c);
            }
            return sb.toString();
        }

        void fromUnicode(String s) {
            int[] cps = s.codePoints().toArray();
            int old = len;
            resize(len + cps.length);
            for (int k = 0; k < cps.length; k++) {
                INT.set(buf, (old + k) * 4, cps[k]);
            }
        }

        PyList toList() {
            PyObject[] items = new PyObject[len];
            for (int i = 0; i < len; i++) {
                items[i] = get(i);
            }
            return new PyList(items);
        }
    }

    static PyObject unsigned64(long v) {
        return v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)));
    }

    static String fromOrdinal(int c) {
        if (c < 0 || c > 0x10ffff) {
            throw Exc.valueError("chr() arg not in range(0x110000)");
        }
        return new String(Character.toChars(c));
    }

    /** PyLong_AsLong (through __index__): OverflowError past the C long range. */
    static long asCLong(PyObject v) {
        PyInt n = Abstract.index(v);
        if (n.big != null) {
            throw Exc.overflowError("Python int too large to convert to C long");
        }
        return n.value;
    }

    /** PyArg_Parse "h": a C long in the short range. */
    static long parseShort(PyObject v) {
        long x = asCLong(v);
        if (x < Short.MIN_VALUE) {
            throw Exc.overflowError("signed short integer is less than minimum");
        }
        if (x > Short.MAX_VALUE) {
            throw Exc.overflowError("signed short integer is greater than maximum");
        }
        return x;
    }

    /** PyArg_Parse "i": a C long in the int range. */
    static long parseInt(PyObject v) {
        long x = asCLong(v);
        if (x < Integer.MIN_VALUE) {
            throw Exc.overflowError("signed integer is less than minimum");
        }
        if (x > Integer.MAX_VALUE) {
            throw Exc.overflowError("signed integer is greater than maximum");
        }
        return x;
    }

    /** PyLong_AsUnsignedLong of {@code _PyNumber_Index(v)}. */
    static long asUnsignedLong(PyObject v) {
        BigInteger b = Abstract.index(v).toBigInteger();
        if (b.signum() < 0) {
            throw Exc.overflowError("can't convert negative value to unsigned int");
        }
        if (b.bitLength() > 64) {
            throw Exc.overflowError("Python int too large to convert to C unsigned long");
        }
        return b.longValue();
    }

    /** PyLong_AsUnsignedLongLong of {@code _PyNumber_Index(v)}. */
    static long asUnsignedLongLong(PyObject v) {
        BigInteger b = Abstract.index(v).toBigInteger();
        if (b.signum() < 0) {
            throw Exc.overflowError("can't convert negative int to unsigned");
        }
        if (b.bitLength() > 64) {
            throw Exc.overflowError("int too big to convert");
        }
        return b.longValue();
    }

    static PyArray A(PyObject o) {
        if (!(o instanceof PyArray)) {
            throw Exc.typeError("descriptor requires a 'array.array' object but received a '" + Abstract.typeName(o)
                    + "'");
        }
        return (PyArray) o;
    }

    /** A new {@code array.array} (the base type, as CPython's newarrayobject(state->ArrayType, ...)). */
    static PyArray newArray(char tc, int n) {
        return new PyArray(ARRAY, tc, n);
    }

    static PyArray slice(PyArray a, int lo, int hi) {
        lo = Math.max(0, Math.min(lo, a.len));
        hi = Math.max(lo, Math.min(hi, a.len));
        PyArray r = newArray(a.typecode, hi - lo);
        System.arraycopy(a.buf, lo * a.itemsize, r.buf, 0, (hi - lo) * a.itemsize);
        return r;
    }

    // CPython 3.11: Modules/arraymodule.c frombytes
    static void frombytes(PyArray a, PyObject buffer) {
        byte[] b = Buffers.of(buffer);
        if (b == null || buffer instanceof PyStr) {
            throw Exc.typeError("a bytes-like object is required, not '" + Abstract.typeName(buffer) + "'");
        }
        if (b.length % a.itemsize != 0) {
            throw Exc.valueError("bytes length not a multiple of item size");
        }
        a.appendBytes(b, b.length);
    }

    // CPython 3.11: Modules/arraymodule.c array_array_extend / array_do_extend / array_iter_extend
    static void extend(PyArray a, PyObject bb) {
        if (!(bb instanceof PyArray)) {
            PyObject it = Abstract.iter(bb);
            for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
                a.append(v);
            }
            return;
        }
        PyArray b = (PyArray) bb;
        if (b.typecode != a.typecode) {
            throw Exc.typeError("can only extend with array of same kind");
        }
        a.appendBytes(Arrays.copyOf(b.buf, b.nbytes()), b.nbytes());
    }

    // CPython 3.11: Modules/arraymodule.c array_new
    static PyObject arrayNew(PyObject[] a, String[] kw) {
        PyType cls = (PyType) a[0];
        if (cls == ARRAY || cls.lookup("__init__") == ARRAY.lookup("__init__")) {
            if (kw != null && kw.length > 0) {
                throw Exc.typeError("array.array() takes no keyword arguments");
            }
        }
        int npos = Args.npos(a, kw) - 1;
        if (npos < 1 || npos > 2) {
            throw Exc.typeError(npos < 1 ? "array() takes at least 1 argument (" + npos + " given)"
                    : "array() takes at most 2 arguments (" + npos + " given)");
        }
        PyObject c = a[1];
        if (!(c instanceof PyStr) || ((PyStr) c).value.codePointCount(0, ((PyStr) c).value.length()) != 1) {
            throw Exc.typeError("array() argument 1 must be a unicode character, not " + (c instanceof PyStr
                    ? "str" : Abstract.typeName(c)));
        }
        int cp = ((PyStr) c).value.codePointAt(0);
        PyObject initial = npos > 1 ? a[2] : null;
        if (initial != null && cp != 'u') {
            if (initial instanceof PyStr) {
                throw Exc.typeError("cannot use a str to initialize an array with typecode '" + (char) cp + "'");
            }
            if (initial instanceof PyArray && ((PyArray) initial).typecode == 'u') {
                throw Exc.typeError("cannot use a unicode array to initialize an array with typecode '" + (char) cp
                        + "'");
            }
        }
        if (cp > 0xffff || TYPECODES.indexOf(cp) < 0) {
            throw Exc.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        char tc = (char) cp;
        PyObject it = null;
        if (!(initial == null || initial instanceof PyList || initial instanceof PyByteArray
                || initial instanceof PyBytes || initial instanceof PyTuple || tc == 'u' && initial instanceof PyStr
                || initial instanceof PyArray && ((PyArray) initial).typecode == tc)) {
            it = Abstract.iter(initial);
            initial = null;
        }
        PyArray r = new PyArray(cls, tc, 0);
        if (initial instanceof PyList || initial instanceof PyTuple) {
            for (PyObject v : Abstract.toArray(initial)) {
                r.append(v);
            }
        } else if (initial instanceof PyBytes || initial instanceof PyByteArray) {
            frombytes(r, initial);
        } else if (initial instanceof PyStr) {
            r.fromUnicode(((PyStr) initial).value);
        } else if (initial instanceof PyArray) {
            extend(r, initial);
        }
        if (it != null) {
            extend(r, it);
        }
        return r;
    }

    /** The item index {@code i} of a subscript, CPython's PyNumber_AsSsize_t(item, PyExc_IndexError). */
    static long indexOf(PyObject k) {
        PyInt n = Abstract.index(k);
        if (n.big != null) {
            throw Exc.indexError("cannot fit 'int' into an index-sized integer");
        }
        return n.value;
    }

    static boolean isIndex(PyObject k) {
        return k instanceof PyInt || k.type().lookup("__index__") != null;
    }

    // CPython 3.11: Modules/arraymodule.c array_subscr
    static PyObject subscr(PyArray a, PyObject k) {
        if (isIndex(k)) {
            long i = indexOf(k);
            if (i < 0) {
                i += a.len;
            }
            if (i < 0 || i >= a.len) {
                throw Exc.indexError("array index out of range");
            }
            return a.get((int) i);
        }
        if (k instanceof PySlice) {
            long[] ix = ((PySlice) k).indices(a.len);
            int start = (int) ix[0];
            int step = (int) ix[2];
            int n = (int) ix[3];
            if (step == 1) {
                return slice(a, start, start + n);
            }
            PyArray r = newArray(a.typecode, Math.max(0, n));
            for (int j = 0, cur = start; j < n; j++, cur += step) {
                System.arraycopy(a.buf, cur * a.itemsize, r.buf, j * a.itemsize, a.itemsize);
            }
            return r;
        }
        throw Exc.typeError("array indices must be integers");
    }

    // CPython 3.11: Modules/arraymodule.c array_ass_subscr (value null: delete)
    static void assSubscr(PyArray a, PyObject k, PyObject value) {
        int start;
        int stop;
        int step;
        int slicelength;
        if (isIndex(k)) {
            long i = indexOf(k);
            if (i < 0) {
                i += a.len;
            }
            if (i < 0 || i >= a.len) {
                throw Exc.indexError("array assignment index out of range");
            }
            if (value != null) {
                a.set((int) i, value);
                return;
            }
            start = (int) i;
            stop = start + 1;
            step = 1;
            slicelength = 1;
        } else if (k instanceof PySlice) {
            long[] ix = ((PySlice) k).indices(a.len);
            start = (int) ix[0];
            stop = (int) ix[1];
            step = (int) ix[2];
            slicelength = (int) ix[3];
        } else {
            throw Exc.typeError("array indices must be integers");
        }
        byte[] src;
        int needed;
        if (value == null) {
            src = new byte[0];
            needed = 0;
        } else if (value instanceof PyArray) {
            PyArray o = (PyArray) value;
            if (o.typecode != a.typecode) {
                throw Exc.typeError("bad argument type for built-in operation");
            }
            needed = o.len;
            src = Arrays.copyOf(o.buf, o.nbytes()); // also right for self[i:j] = self
        } else {
            throw Exc.typeError("can only assign array (not \"" + Abstract.typeName(value) + "\") to array slice");
        }
        int size = a.itemsize;
        if (step > 0 && stop < start || step < 0 && stop > start) {
            stop = start;
        }
        if (step == 1) {
            int n = a.len;
            byte[] tail = Arrays.copyOfRange(a.buf, stop * size, n * size);
            a.resize(n - slicelength + needed);
            System.arraycopy(src, 0, a.buf, start * size, needed * size);
            System.arraycopy(tail, 0, a.buf, (start + needed) * size, tail.length);
            return;
        }
        if (needed == 0) {
            // delete an extended slice: keep the items not in it, in order
            if (slicelength <= 0) {
                return;
            }
            if (step < 0) {
                stop = start + 1;
                start = stop + step * (slicelength - 1) - 1;
                step = -step;
            }
            byte[] out = new byte[(a.len - slicelength) * size];
            int j = 0;
            for (int i = 0; i < a.len; i++) {
                boolean inSlice = i >= start && (i - start) % step == 0 && (i - start) / step < slicelength;
                if (!inSlice) {
                    System.arraycopy(a.buf, i * size, out, j * size, size);
                    j++;
                }
            }
            a.resize(a.len - slicelength);
            System.arraycopy(out, 0, a.buf, 0, out.length);
            return;
        }
        if (needed != slicelength) {
            throw Exc.valueError("attempt to assign array of size " + needed + " to extended slice of size "
                    + slicelength);
        }
        for (int cur = start, i = 0; i < slicelength; cur += step, i++) {
            System.arraycopy(src, i * size, a.buf, cur * size, size);
        }
    }

    // CPython 3.11: Modules/arraymodule.c array_richcompare
    static PyObject richCompare(PyObject v, PyObject w, int op) {
        if (!(v instanceof PyArray) || !(w instanceof PyArray)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyArray va = (PyArray) v;
        PyArray wa = (PyArray) w;
        if (va.len != wa.len && (op == Abstract.EQ || op == Abstract.NE)) {
            return PyBool.of(op == Abstract.NE);
        }
        PyObject vi = null;
        PyObject wi = null;
        boolean allEqual = true;
        for (int i = 0; i < va.len && i < wa.len; i++) {
            vi = va.get(i);
            wi = wa.get(i);
            if (!Abstract.richCompareBool(vi, wi, Abstract.EQ)) {
                allEqual = false;
                break;
            }
        }
        if (allEqual) {
            int c = Integer.compare(va.len, wa.len);
            switch (op) {
                case Abstract.LT: return PyBool.of(c < 0);
                case Abstract.LE: return PyBool.of(c <= 0);
                case Abstract.EQ: return PyBool.of(c == 0);
                case Abstract.NE: return PyBool.of(c != 0);
                case Abstract.GT: return PyBool.of(c > 0);
                default: return PyBool.of(c >= 0);
            }
        }
        if (op == Abstract.EQ) {
            return PyBool.FALSE;
        }
        if (op == Abstract.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(vi, wi, op);
    }

    // CPython 3.11: Modules/arraymodule.c array_repr
    static PyObject repr(PyArray a) {
        String name = a.type().name();
        if (a.len == 0) {
            return new PyStr(name + "('" + a.typecode + "')");
        }
        PyObject v = a.typecode == 'u' ? new PyStr(a.toUnicode()) : a.toList();
        return new PyStr(name + "('" + a.typecode + "', " + Abstract.repr(v) + ")");
    }

    static PyObject repeat(PyArray a, PyObject n) {
        if (!isIndex(n)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int count = Args.repeatCount(n, a.len, null);
        PyArray r = newArray(a.typecode, 0);
        if (count > 0 && a.len > 0) {
            if ((long) a.nbytes() * count > Integer.MAX_VALUE - 16) {
                throw Exc.raise(Exc.MemoryError, "");
            }
            r.resize(a.len * count);
            for (int k = 0; k < count; k++) {
                System.arraycopy(a.buf, 0, r.buf, k * a.nbytes(), a.nbytes());
            }
        }
        return r;
    }

    /** CPython's arrayiterobject: {@link #ao} becomes null once exhausted. */
    static final class ArrayIter extends PyIter {
        PyArray ao;
        int index;

        ArrayIter(PyArray ao) {
            this.ao = ao;
        }

        @Override
        public PyObject next() {
            if (ao == null) {
                return null;
            }
            if (index < ao.len) {
                return ao.get(index++);
            }
            ao = null;
            return null;
        }

        @Override
        public PyType type() {
            return ARRAY_ITER;
        }
    }

    static long countOf(PyArray a, PyObject v) {
        long c = 0;
        for (int i = 0; i < a.len; i++) {
            if (Abstract.richCompareBool(a.get(i), v, Abstract.EQ)) {
                c++;
            }
        }
        return c;
    }

    /** The bytes of {@code b}'s items reversed per item (CPython's array_array_byteswap_impl). */
    static void byteswap(PyArray a) {
        int size = a.itemsize;
        for (int p = 0; p < a.nbytes(); p += size) {
            for (int x = p, y = p + size - 1; x < y; x++, y--) {
                byte t = a.buf[x];
                a.buf[x] = a.buf[y];
                a.buf[y] = t;
            }
        }
    }

    static {
        PyType t = ARRAY;
        TypeSetup.defNew(t, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return arrayNew(a, kw);
            }
        });
        t.dict().setStr("__hash__", NONE);
        TypeSetup.getset(t, "typecode", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyStr(String.valueOf(A(a).typecode));
            }
        }, null);
        TypeSetup.getset(t, "itemsize", new java.util.function.Function<PyObject, PyObject>() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(A(a).itemsize);
            }
        }, null);
        TypeSetup.def0(t, "__len__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(A(a).len);
            }
        });
        TypeSetup.def1(t, "__getitem__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject k) {
                return subscr(A(a), k);
            }
        });
        TypeSetup.def2(t, "__setitem__", new TypeSetup.F2() {
            @Override
            public PyObject apply(PyObject a, PyObject k, PyObject v) {
                assSubscr(A(a), k, v);
                return NONE;
            }
        });
        TypeSetup.def1(t, "__delitem__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject k) {
                assSubscr(A(a), k, null);
                return NONE;
            }
        });
        TypeSetup.def1(t, "__contains__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject v) {
                PyArray x = A(a);
                for (int i = 0; i < x.len; i++) {
                    if (Abstract.richCompareBool(x.get(i), v, Abstract.EQ)) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            }
        });
        TypeSetup.def0(t, "__iter__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return new ArrayIter(A(a));
            }
        });
        TypeSetup.def0(t, "__repr__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return repr(A(a));
            }
        });
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            TypeSetup.def1(t, CMP[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return richCompare(a, b, fop);
                }
            });
        }
        // CPython 3.11: Modules/arraymodule.c array_concat
        TypeSetup.def1(t, "__add__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                PyArray x = A(a);
                if (!(b instanceof PyArray)) {
                    throw Exc.typeError("can only append array (not \"" + Abstract.typeName(b) + "\") to array");
                }
                PyArray y = (PyArray) b;
                if (x.typecode != y.typecode) {
                    throw Exc.typeError("bad argument type for built-in operation");
                }
                PyArray r = slice(x, 0, x.len);
                r.appendBytes(Arrays.copyOf(y.buf, y.nbytes()), y.nbytes());
                return r;
            }
        });
        // CPython 3.11: Modules/arraymodule.c array_inplace_concat
        TypeSetup.def1(t, "__iadd__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                if (!(b instanceof PyArray)) {
                    throw Exc.typeError("can only extend array with array (not \"" + Abstract.typeName(b) + "\")");
                }
                extend(A(a), b);
                return a;
            }
        });
        TypeSetup.def1(t, "__mul__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject n) {
                return repeat(A(a), n);
            }
        });
        TypeSetup.def1(t, "__rmul__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject n) {
                return repeat(A(a), n);
            }
        });
        TypeSetup.def1(t, "__imul__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject n) {
                PyArray x = A(a);
                if (!isIndex(n)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyArray r = (PyArray) repeat(x, n);
                x.resize(r.len);
                System.arraycopy(r.buf, 0, x.buf, 0, r.nbytes());
                return a;
            }
        });
        TypeSetup.def1(t, "append", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject v) {
                A(a).append(v);
                return NONE;
            }
        });
        TypeSetup.def0(t, "buffer_info", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyTuple(new PyObject[] {PyInt.of(Abstract.id(a) + 64),
            PyInt.of(A(a).len)});
            }
        });
        TypeSetup.def0(t, "byteswap", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                byteswap(A(a));
                return NONE;
            }
        });
        TypeSetup.def1(t, "count", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject v) {
                return PyInt.of(countOf(A(a), v));
            }
        });
        TypeSetup.def1(t, "extend", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                extend(A(a), b);
                return NONE;
            }
        });
        TypeSetup.def1(t, "frombytes", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                frombytes(A(a), b);
                return NONE;
            }
        });
        // CPython 3.11: Modules/arraymodule.c array_array_fromfile_impl
        TypeSetup.def2(t, "fromfile", new TypeSetup.F2() {
            @Override
            public PyObject apply(PyObject a, PyObject f, PyObject n) {
                PyArray x = A(a);
                long count = Args.integer(n);
                if (count < 0) {
                    throw Exc.valueError("negative count");
                }
                if (count > Integer.MAX_VALUE / x.itemsize) {
                    throw Exc.raise(Exc.MemoryError, "");
                }
                int nbytes = (int) count * x.itemsize;
                PyObject b = Abstract.callMethod(f, "read", PyInt.of(nbytes));
                if (!(b instanceof PyBytes)) {
                    throw Exc.typeError("read() didn't return bytes");
                }
                boolean notEnough = ((PyBytes) b).value.length != nbytes;
                frombytes(x, b);
                if (notEnough) {
                    throw Exc.raise(Exc.EOFError, "read() didn't return enough bytes");
                }
                return NONE;
            }
        });
        // CPython 3.11: Modules/arraymodule.c array_array_fromlist
        TypeSetup.def1(t, "fromlist", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject l) {
                PyArray x = A(a);
                if (!(l instanceof PyList)) {
                    throw Exc.typeError("arg must be list");
                }
                PyObject[] items = Abstract.toArray(l);
                int old = x.len;
                try {
                    for (PyObject v : items) {
                        x.append(v);
                    }
                } catch (RuntimeException e) {
                    x.resize(old);
                    throw e;
                }
                return NONE;
            }
        });
        TypeSetup.def1(t, "fromunicode", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject s) {
                PyArray x = A(a);
                if (!(s instanceof PyStr)) {
                    throw Exc.typeError("fromunicode() argument must be str, not " + Abstract.typeName(s));
                }
                if (x.typecode != 'u') {
                    throw Exc.valueError("fromunicode() may only be called on unicode type arrays");
                }
                x.fromUnicode(((PyStr) s).value);
                return NONE;
            }
        });
        // CPython 3.11: Modules/arraymodule.c array_array_index_impl
        TypeSetup.def(t, "index", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("index", a, kw, 1, 1, 3);
                PyArray x = A(a[0]);
                long start = a.length > 2 ? sliceIndex(a[2]) : 0;
                long stop = a.length > 3 ? sliceIndex(a[3]) : Long.MAX_VALUE;
                if (start < 0) {
                    start = Math.max(0, start + x.len);
                }
                if (stop < 0) {
                    stop += x.len;
                }
                for (long i = start; i < stop && i < x.len; i++) {
                    if (Abstract.richCompareBool(x.get((int) i), a[1], Abstract.EQ)) {
                        return PyInt.of(i);
                    }
                }
                throw Exc.valueError("array.index(x): x not in array");
            }
        });
        TypeSetup.def2(t, "insert", new TypeSetup.F2() {
            @Override
            public PyObject apply(PyObject a, PyObject i, PyObject v) {
                A(a).insert(Args.integer(i), v);
                return NONE;
            }
        });
        // CPython 3.11: Modules/arraymodule.c array_array_pop_impl
        TypeSetup.def(t, "pop", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("pop", a, kw, 1, 0, 1);
                PyArray x = A(a[0]);
                long i = a.length > 1 ? Args.integer(a[1]) : -1;
                if (x.len == 0) {
                    throw Exc.indexError("pop from empty array");
                }
                if (i < 0) {
                    i += x.len;
                }
                if (i < 0 || i >= x.len) {
                    throw Exc.indexError("pop index out of range");
                }
                PyObject v = x.get((int) i);
                assSubscr(x, PyInt.of(i), null);
                return v;
            }
        });
        TypeSetup.def1(t, "remove", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject v) {
                PyArray x = A(a);
                for (int i = 0; i < x.len; i++) {
                    if (Abstract.richCompareBool(x.get(i), v, Abstract.EQ)) {
                        assSubscr(x, PyInt.of(i), null);
                        return NONE;
                    }
                }
                throw Exc.valueError("array.remove(x): x not in array");
            }
        });
        TypeSetup.def0(t, "reverse", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                PyArray x = A(a);
                int size = x.itemsize;
                byte[] tmp = new byte[size];
                for (int i = 0, j = x.len - 1; i < j; i++, j--) {
                    System.arraycopy(x.buf, i * size, tmp, 0, size);
                    System.arraycopy(x.buf, j * size, x.buf, i * size, size);
                    System.arraycopy(tmp, 0, x.buf, j * size, size);
                }
                return NONE;
            }
        });
        TypeSetup.def0(t, "tobytes", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return new PyBytes(Arrays.copyOf(A(a).buf, A(a).nbytes()));
            }
        });
        // CPython 3.11: Modules/arraymodule.c array_array_tofile (in blocks of 64 KiB)
        TypeSetup.def1(t, "tofile", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject f) {
                PyArray x = A(a);
                int block = 64 * 1024;
                for (int p = 0; p < x.nbytes(); p += block) {
                    Abstract.callMethod(f, "write", new PyBytes(Arrays.copyOfRange(x.buf, p, Math.min(x.nbytes(),
                            p + block))));
                }
                return NONE;
            }
        });
        TypeSetup.def0(t, "tolist", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return A(a).toList();
            }
        });
        TypeSetup.def0(t, "tounicode", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                PyArray x = A(a);
                if (x.typecode != 'u') {
                    throw Exc.valueError("tounicode() may only be called on unicode type arrays");
                }
                return new PyStr(x.toUnicode());
            }
        });
        TypeSetup.def0(t, "__copy__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return slice(A(a), 0, A(a).len);
            }
        });
        TypeSetup.def1(t, "__deepcopy__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject memo) {
                return slice(A(a), 0, A(a).len);
            }
        });
        TypeSetup.def0(t, "__sizeof__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                return PyInt.of(64 + A(a).buf.length);
            }
        });
        // CPython 3.11: Modules/arraymodule.c array_array___reduce_ex___impl
        TypeSetup.def1(t, "__reduce_ex__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject value) {
                PyArray x = A(a);
                if (!(value instanceof PyInt)) {
                    throw Exc.typeError("__reduce_ex__ argument should be an integer");
                }
                long protocol = Args.integer(value);
                PyObject dict = Abstract.lookupAttr(a, "__dict__");
                if (dict == null) {
                    dict = NONE;
                }
                PyObject tc = new PyStr(String.valueOf(x.typecode));
                if (protocol < 3) {
                    return new PyTuple(new PyObject[] {a.type(), new PyTuple(new PyObject[] {tc, x.toList()}), dict});
                }
                PyObject recon = Abstract.getAttr(dev.quicken.eval.Imports.importModule(
                        dev.quicken.eval.Interpreter.current(), "array", false), "_array_reconstructor");
                return new PyTuple(new PyObject[] {recon, new PyTuple(new PyObject[] {a.type(), tc,
                    PyInt.of(mformatCode(x.typecode)), new PyBytes(Arrays.copyOf(x.buf, x.nbytes()))}), dict});
            }
        });

        PyType it = ARRAY_ITER;
        BuiltinMethods.defIteratorProtocol(it);
        TypeSetup.def0(it, "__reduce__", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                ArrayIter i = (ArrayIter) a;
                PyObject iter = NativeTypes.builtin("iter");
                if (i.ao == null) {
                    return new PyTuple(new PyObject[] {iter, new PyTuple(new PyObject[] {PyTuple.EMPTY})});
                }
                return new PyTuple(new PyObject[] {iter, new PyTuple(new PyObject[] {i.ao}), PyInt.of(i.index)});
            }
        });
        TypeSetup.def1(it, "__setstate__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject st) {
                ArrayIter i = (ArrayIter) a;
                long index = Abstract.indexClamped(st);
                if (i.ao != null) {
                    i.index = (int) Math.max(0, Math.min(index, i.ao.len));
                }
                return NONE;
            }
        });
    }

    /** CPython 3.11: Python/ceval.c _PyEval_SliceIndexNotNone. */
    static long sliceIndex(PyObject v) {
        if (!isIndex(v)) {
            throw Exc.typeError("slice indices must be integers or have an __index__ method");
        }
        return Abstract.indexClamped(v);
    }

    // CPython 3.11: Modules/arraymodule.c array__array_reconstructor_impl
    static PyObject reconstructor(PyObject[] a, String[] kw) {
        Args.count("_array_reconstructor", a, kw, 0, 4, 4);
        if (!(a[0] instanceof PyType)) {
            throw Exc.typeError("first argument must be a type object, not " + Abstract.typeName(a[0]));
        }
        PyType cls = (PyType) a[0];
        if (!cls.isSubtypeOf(ARRAY)) {
            throw Exc.typeError(cls.name() + " is not a subtype of array.array");
        }
        String tcs = Args.str("_array_reconstructor", a[1], 2);
        if (tcs.length() != 1 || TYPECODES.indexOf(tcs.charAt(0)) < 0) {
            throw Exc.valueError("second argument must be a valid type code");
        }
        char tc = tcs.charAt(0);
        long code = Args.integer(a[2]);
        if (code < 0 || code > 21) {
            throw Exc.valueError("third argument must be a valid machine format code.");
        }
        if (!(a[3] instanceof PyBytes)) {
            throw Exc.typeError("fourth argument should be bytes, not " + Abstract.typeName(a[3]));
        }
        byte[] items = ((PyBytes) a[3]).value;
        if (code == mformatCode(tc)) {
            return make(cls, tc, new PyBytes(items));
        }
        int[] sizes = {1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 2, 2, 4, 4};
        int size = sizes[(int) code];
        if (items.length % size != 0) {
            throw Exc.valueError("string length not a multiple of item size");
        }
        boolean big = code % 2 == 1 && code >= 2;
        PyObject converted;
        if (code >= 14 && code <= 17) {
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(items).order(big ? ByteOrder.BIG_ENDIAN
                    : ByteOrder.LITTLE_ENDIAN);
            PyObject[] out = new PyObject[items.length / size];
            for (int i = 0; i < out.length; i++) {
                out[i] = new PyFloat(size == 4 ? bb.getFloat(i * 4) : bb.getDouble(i * 8));
            }
            converted = new PyList(out);
        } else if (code >= 18) {
            String enc = (size == 2 ? "utf-16-" : "utf-32-") + (big ? "be" : "le");
            converted = Abstract.callMethod(new PyBytes(items), "decode", new PyStr(enc));
        } else {
            boolean signed = code == 1 || code >= 2 && (code - 2) % 4 >= 2;
            big = code >= 2 && code % 2 == 1;
            for (char c : TYPECODES.toCharArray()) {
                boolean isInt = "fdu".indexOf(c) < 0;
                if (isInt && itemsize(c) == size && Character.isLowerCase(c) == signed) {
                    tc = c;
                }
            }
            PyObject[] out = new PyObject[items.length / size];
            for (int i = 0; i < out.length; i++) {
                byte[] chunk = Arrays.copyOfRange(items, i * size, (i + 1) * size);
                if (!big) {
                    for (int x = 0, y = size - 1; x < y; x++, y--) {
                        byte tmp = chunk[x];
                        chunk[x] = chunk[y];
                        chunk[y] = tmp;
                    }
                }
                out[i] = PyInt.of(signed ? new BigInteger(chunk) : new BigInteger(1, chunk));
            }
            converted = new PyList(out);
        }
        return make(cls, tc, converted);
    }

    /** CPython's make_array: {@code arraytype(typecode, items)}. */
    static PyObject make(PyType cls, char tc, PyObject items) {
        return Abstract.call(cls, new PyObject[] {new PyStr(String.valueOf(tc)), items}, null);
    }

    public static PyModule create() {
        PyModule m = new PyModule("array");
        m.dict.setStr("array", ARRAY);
        m.dict.setStr("ArrayType", ARRAY);
        m.dict.setStr("typecodes", new PyStr(TYPECODES));
        NativeTypes.def(m, "_array_reconstructor", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return ArrayModule.reconstructor(x0, x1);
            }
        });
        return m;
    }
}
