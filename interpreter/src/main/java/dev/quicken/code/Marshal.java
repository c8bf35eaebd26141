package dev.quicken.code;

import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PySet;
import dev.quicken.runtime.Buffers;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyEllipsis;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython's {@code marshal} format, version 4: reading into quicken's objects and writing back.
 *
 * <p>Reading never trusts a length: every size is checked against the bytes that remain before
 * anything is allocated, and every problem becomes a {@link MarshalException} naming the byte
 * offset. Lists, dicts, sets and {@code StopIteration} never occur in code objects: {@link #loads} rejects
 * them, {@link #loadsCounting} (the {@code marshal} module) reads them, and the writer writes them.
 */
public final class Marshal {

    /** The version {@link #dumps} writes ({@code marshal.version}). */
    public static final int VERSION = 4;

    // CPython 3.11: Python/marshal.c TYPE_* codes
    static final int TYPE_NULL = '0';
    static final int TYPE_NONE = 'N';
    static final int TYPE_FALSE = 'F';
    static final int TYPE_TRUE = 'T';
    static final int TYPE_STOPITER = 'S';
    static final int TYPE_ELLIPSIS = '.';
    static final int TYPE_INT = 'i';
    static final int TYPE_INT64 = 'I';
    static final int TYPE_FLOAT = 'f';
    static final int TYPE_BINARY_FLOAT = 'g';
    static final int TYPE_COMPLEX = 'x';
    static final int TYPE_BINARY_COMPLEX = 'y';
    static final int TYPE_LONG = 'l';
    static final int TYPE_STRING = 's';
    static final int TYPE_INTERNED = 't';
    static final int TYPE_REF = 'r';
    static final int TYPE_TUPLE = '(';
    static final int TYPE_LIST = '[';
    static final int TYPE_DICT = '{';
    static final int TYPE_CODE = 'c';
    static final int TYPE_UNICODE = 'u';
    static final int TYPE_UNKNOWN = '?';
    static final int TYPE_SET = '<';
    static final int TYPE_FROZENSET = '>';
    static final int TYPE_ASCII = 'a';
    static final int TYPE_ASCII_INTERNED = 'A';
    static final int TYPE_SMALL_TUPLE = ')';
    static final int TYPE_SHORT_ASCII = 'z';
    static final int TYPE_SHORT_ASCII_INTERNED = 'Z';
    static final int FLAG_REF = 0x80;

    // CPython 3.11: Python/marshal.c MAX_MARSHAL_STACK_DEPTH
    static final int MAX_DEPTH = 2000;
    // CPython 3.11: Python/marshal.c PyLong_MARSHAL_SHIFT
    private static final int LONG_SHIFT = 15;

    private Marshal() {
    }

    /** {@code marshal.loads(data)}: the first object in {@code data} (trailing bytes are ignored). */
    public static PyObject loads(byte[] data) throws MarshalException {
        return loads(data, 0, 0);
    }

    /**
     * Reads one object starting at index {@code start} of {@code data}; error offsets are
     * reported as the index in {@code data} plus {@code offsetBase}.
     */
    public static PyObject loads(byte[] data, int start, long offsetBase) throws MarshalException {
        return new Reader(data, start, offsetBase).readTop();
    }

    /** The first object in {@code data} and the number of bytes it took ({@code marshal.load} of a file). */
    public static Object[] loadsCounting(byte[] data) throws MarshalException {
        Reader r = new Reader(data, 0, 0);
        r.containers = true;
        PyObject o = r.readTop();
        return new Object[] {o, r.pos};
    }

    /** {@code marshal.dumps(obj, 4)}. */
    public static byte[] dumps(PyObject obj) {
        return dumps(obj, VERSION);
    }

    /**
     * {@code marshal.dumps(obj, version)}: versions below 3 write no references, below 2 floats as text, below
     * 4 every str as UTF-8 ('u').
     */
    public static byte[] dumps(PyObject obj, int version) {
        Writer w = new Writer();
        w.version = version;
        w.countShared(obj, 0);
        w.write(obj, 0);
        return w.out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------
    // Reading

    /** Placeholder in the ref table for an object whose reading has not finished. */
    private static final PyObject RESERVED = new PyTuple(new PyObject[0]);

    private static final class Reader {
        private final byte[] data;
        private final long base;
        private int pos;
        private int depth;
        private final List<PyObject> refs = new ArrayList<>();
        /** Whether lists, dicts, sets and StopIteration are accepted (the marshal module; never in a .pyc). */
        boolean containers;

        Reader(byte[] data, int start, long base) {
            this.data = data;
            this.pos = start;
            this.base = base;
        }

        MarshalException error(int at, String problem) {
            return new MarshalException(base + at, problem);
        }

        int remaining() {
            return data.length - pos;
        }

        void need(int n, String what) throws MarshalException {
            if (n > remaining()) {
                throw error(pos, "marshal data too short: " + what + " needs " + n + " bytes, " + remaining()
                        + " left");
            }
        }

        int readByte(String what) throws MarshalException {
            need(1, what);
            return data[pos++] & 0xFF;
        }

        // CPython 3.11: Python/marshal.c r_long (signed 32-bit little-endian)
        int readInt(String what) throws MarshalException {
            need(4, what);
            int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8 | (data[pos + 2] & 0xFF) << 16
                    | (data[pos + 3] & 0xFF) << 24;
            pos += 4;
            return v;
        }

        long readLong64(String what) throws MarshalException {
            long lo = readInt(what) & 0xFFFFFFFFL;
            long hi = readInt(what);
            return hi << 32 | lo;
        }

        byte[] readBytes(int n, String what) throws MarshalException {
            need(n, what);
            byte[] b = Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return b;
        }

        /** A size field: non-negative and at most {@code remaining / minItemBytes}. */
        int readSize(String what, int minItemBytes) throws MarshalException {
            int at = pos;
            int n = readInt(what + " size");
            if (n < 0) {
                throw error(at, "bad marshal data (" + what + " size out of range): " + n);
            }
            checkCount(at, n, what, minItemBytes);
            return n;
        }

        void checkCount(int at, long n, String what, int minItemBytes) throws MarshalException {
            if (n * minItemBytes > remaining()) {
                throw error(at, "marshal data too short: " + what + " of " + n
                        + (minItemBytes == 1 && !what.contains("tuple") && !what.contains("set") ? " bytes" : " items")
                        + " but only " + remaining() + " bytes left");
            }
        }

        PyObject readTop() throws MarshalException {
            int at = pos;
            PyObject o = readObject();
            if (o == null) {
                throw error(at, "NULL object in marshal data for object");
            }
            return o;
        }

        /** The next object, or null for TYPE_NULL. */
        // CPython 3.11: Python/marshal.c r_object
        PyObject readObject() throws MarshalException {
            int at = pos;
            if (remaining() < 1) {
                throw error(pos, "EOF read where object expected");
            }
            int code = data[pos++] & 0xFF;
            if (++depth > MAX_DEPTH) {
                throw error(at, "recursion limit exceeded (objects nested more than " + MAX_DEPTH + " deep)");
            }
            boolean flag = (code & FLAG_REF) != 0;
            int type = code & ~FLAG_REF;
            PyObject v;
            switch (type) {
                case TYPE_NULL:
                    v = null;
                    break;
                case TYPE_NONE:
                    v = PyNone.NONE;
                    break;
                case TYPE_FALSE:
                    v = PyBool.FALSE;
                    break;
                case TYPE_TRUE:
                    v = PyBool.TRUE;
                    break;
                case TYPE_ELLIPSIS:
                    v = PyEllipsis.ELLIPSIS;
                    break;
                case TYPE_STOPITER:
                    if (!containers) {
                        throw error(at, "StopIteration (type code 'S') is not supported: it cannot occur in code "
                                + "objects");
                    }
                    v = Exc.StopIteration;
                    break;
                case TYPE_INT:
                    v = ref(flag, PyInt.of(readInt("int")));
                    break;
                case TYPE_INT64:
                    v = ref(flag, PyInt.of(readLong64("int64")));
                    break;
                case TYPE_LONG:
                    v = ref(flag, readPyLong());
                    break;
                case TYPE_FLOAT:
                    v = ref(flag, new PyFloat(readFloatStr()));
                    break;
                case TYPE_BINARY_FLOAT:
                    v = ref(flag, new PyFloat(Double.longBitsToDouble(readLong64("float"))));
                    break;
                case TYPE_COMPLEX: {
                    double re = readFloatStr();
                    double im = readFloatStr();
                    v = ref(flag, new PyComplex(re, im));
                    break;
                }
                case TYPE_BINARY_COMPLEX: {
                    double re = Double.longBitsToDouble(readLong64("complex"));
                    double im = Double.longBitsToDouble(readLong64("complex"));
                    v = ref(flag, new PyComplex(re, im));
                    break;
                }
                case TYPE_STRING: {
                    int n = readSize("bytes object", 1);
                    v = ref(flag, new PyBytes(readBytes(n, "bytes object")));
                    break;
                }
                case TYPE_ASCII:
                case TYPE_ASCII_INTERNED: {
                    int n = readSize("string", 1);
                    v = ref(flag, new PyStr(new String(readBytes(n, "string"), StandardCharsets.ISO_8859_1)));
                    break;
                }
                case TYPE_SHORT_ASCII:
                case TYPE_SHORT_ASCII_INTERNED: {
                    int n = readByte("string size");
                    checkCount(pos - 1, n, "string", 1);
                    v = ref(flag, new PyStr(new String(readBytes(n, "string"), StandardCharsets.ISO_8859_1)));
                    break;
                }
                case TYPE_UNICODE:
                case TYPE_INTERNED: {
                    int n = readSize("string", 1);
                    int start = pos;
                    byte[] utf8 = readBytes(n, "string");
                    try {
                        v = ref(flag, Utf8.decodeStr(utf8, 0, n));
                    } catch (IllegalArgumentException e) {
                        throw error(start, "bad marshal data (" + e.getMessage() + ")");
                    }
                    break;
                }
                case TYPE_SMALL_TUPLE: {
                    int n = readByte("tuple size");
                    checkCount(pos - 1, n, "tuple", 1);
                    v = readTuple(flag, n);
                    break;
                }
                case TYPE_TUPLE:
                    v = readTuple(flag, readSize("tuple", 1));
                    break;
                case TYPE_LIST: {
                    if (!containers) {
                        throw error(at, "list (type code '[') is not supported: it cannot occur in code objects");
                    }
                    int n = readSize("list", 1);
                    PyList l = new PyList();
                    ref(flag, l);
                    for (int i = 0; i < n; i++) {
                        int itemAt = pos;
                        PyObject item = readObject();
                        if (item == null) {
                            throw error(itemAt, "NULL object in marshal data for list");
                        }
                        l.append(item);
                    }
                    v = l;
                    break;
                }
                case TYPE_DICT: {
                    if (!containers) {
                        throw error(at, "dict (type code '{') is not supported: it cannot occur in code objects");
                    }
                    PyDict d = new PyDict();
                    ref(flag, d);
                    while (true) {
                        PyObject key = readObject();
                        if (key == null) {
                            break;
                        }
                        PyObject val = readObject();
                        if (val == null) {
                            break;
                        }
                        d.setItem(key, val);
                    }
                    v = d;
                    break;
                }
                case TYPE_SET: {
                    if (!containers) {
                        throw error(at, "set (type code '<') is not supported: it cannot occur in code objects");
                    }
                    int n = readSize("set", 1);
                    PySet set = new PySet(false);
                    ref(flag, set);
                    for (int i = 0; i < n; i++) {
                        int itemAt = pos;
                        PyObject item = readObject();
                        if (item == null) {
                            throw error(itemAt, "NULL object in marshal data for set");
                        }
                        set.add(item);
                    }
                    v = set;
                    break;
                }
                case TYPE_FROZENSET:
                    v = readFrozenSet(flag);
                    break;
                case TYPE_CODE:
                    v = readCode(at, flag);
                    break;
                case TYPE_REF: {
                    int n = readInt("reference");
                    if (n < 0 || n >= refs.size()) {
                        throw error(at, "bad marshal data (invalid reference " + (n & 0xFFFFFFFFL) + ", "
                                + refs.size() + " objects so far)");
                    }
                    v = refs.get(n);
                    if (v == RESERVED) {
                        throw error(at, "bad marshal data (invalid reference " + n
                                + ": the object is still being read)");
                    }
                    break;
                }
                default:
                    throw error(at, String.format("bad marshal data (unknown type code 0x%02x)", code));
            }
            depth--;
            return v;
        }

        PyObject ref(boolean flag, PyObject o) {
            if (flag) {
                refs.add(o);
            }
            return o;
        }

        int reserve(boolean flag) {
            if (!flag) {
                return -1;
            }
            refs.add(RESERVED);
            return refs.size() - 1;
        }

        PyObject insert(int idx, PyObject o) {
            if (idx >= 0) {
                refs.set(idx, o);
            }
            return o;
        }

        // CPython 3.11: Python/marshal.c r_PyLong
        PyObject readPyLong() throws MarshalException {
            int at = pos;
            int n = readInt("long size");
            if (n == 0) {
                return PyInt.of(0);
            }
            if (n == Integer.MIN_VALUE) {
                throw error(at, "bad marshal data (long size out of range)");
            }
            int ndigits = Math.abs(n);
            checkCount(at, 2L * ndigits, "long digits", 1);
            long small = 0;
            BigInteger big = null;
            for (int j = 0; j < ndigits; j++) {
                int dat = pos;
                int md = (data[pos] & 0xFF) | (data[pos + 1] << 8); // r_short: sign-extended
                pos += 2;
                if (md < 0 || md > (1 << LONG_SHIFT)) {
                    throw error(dat, "bad marshal data (digit out of range in long)");
                }
                if (md == 0 && j == ndigits - 1) {
                    throw error(dat, "bad marshal data (unnormalized long data)");
                }
                if (j < 4) {
                    small |= (long) md << (LONG_SHIFT * j);
                } else {
                    if (big == null) {
                        big = BigInteger.valueOf(small);
                    }
                    big = big.or(BigInteger.valueOf(md).shiftLeft(LONG_SHIFT * j));
                }
            }
            if (big == null) {
                return PyInt.of(n < 0 ? -small : small);
            }
            return PyInt.of(n < 0 ? big.negate() : big);
        }

        // CPython 3.11: Python/marshal.c r_float_str (PyOS_string_to_double without overflow errors)
        double readFloatStr() throws MarshalException {
            int n = readByte("float size");
            int at = pos;
            String s = new String(readBytes(n, "float"), StandardCharsets.ISO_8859_1);
            try {
                return parseFloat(s);
            } catch (NumberFormatException e) {
                throw error(at, "could not convert string to float: '" + printable(s) + "'");
            }
        }

        PyObject readTuple(boolean flag, int n) throws MarshalException {
            PyObject[] items = new PyObject[n];
            int idx = reserve(flag);
            for (int i = 0; i < n; i++) {
                int at = pos;
                PyObject item = readObject();
                if (item == null) {
                    throw error(at, "NULL object in marshal data for tuple");
                }
                items[i] = item;
            }
            return insert(idx, n == 0 ? PyTuple.EMPTY : new PyTuple(items));
        }

        PyObject readFrozenSet(boolean flag) throws MarshalException {
            int n = readSize("set", 1);
            int idx = reserve(flag);
            List<PyObject> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int at = pos;
                PyObject item = readObject();
                if (item == null) {
                    throw error(at, "NULL object in marshal data for set");
                }
                items.add(item);
            }
            return insert(idx, PyFrozenSet.of(items));
        }

        <T> T field(String name, Class<T> type, String typeName) throws MarshalException {
            int at = pos;
            PyObject o = readObject();
            if (o == null) {
                throw error(at, "NULL object in marshal data for code object (" + name + ")");
            }
            if (o.getClass() != type) {
                throw error(at, "bad marshal data (code object field " + name + " is a " + o.type().name()
                        + ", not a " + typeName + ")");
            }
            return type.cast(o);
        }

        void checkStrings(int at, String name, PyTuple t) throws MarshalException {
            for (PyObject o : t.items) {
                if (o.getClass() != PyStr.class) {
                    throw error(at, "non-string found in code slot " + name + " (a " + o.type().name() + ")");
                }
            }
        }

        // CPython 3.11: Python/marshal.c r_object, case TYPE_CODE
        PyObject readCode(int at, boolean flag) throws MarshalException {
            int idx = reserve(flag);
            int argcount = readInt("co_argcount");
            int posonlyargcount = readInt("co_posonlyargcount");
            int kwonlyargcount = readInt("co_kwonlyargcount");
            int stacksize = readInt("co_stacksize");
            int flags = readInt("co_flags");
            PyBytes code = field("co_code", PyBytes.class, "bytes");
            PyTuple consts = field("co_consts", PyTuple.class, "tuple");
            int namesAt = pos;
            PyTuple names = field("co_names", PyTuple.class, "tuple");
            int lpnAt = pos;
            PyTuple localsplusnames = field("co_localsplusnames", PyTuple.class, "tuple");
            PyBytes localspluskinds = field("co_localspluskinds", PyBytes.class, "bytes");
            PyStr filename = field("co_filename", PyStr.class, "str");
            PyStr name = field("co_name", PyStr.class, "str");
            PyStr qualname = field("co_qualname", PyStr.class, "str");
            int firstlineno = readInt("co_firstlineno");
            PyBytes linetable = field("co_linetable", PyBytes.class, "bytes");
            PyBytes exceptiontable = field("co_exceptiontable", PyBytes.class, "bytes");
            String bad = CodeObject.validate(argcount, posonlyargcount, kwonlyargcount, stacksize, flags,
                    code.value, localsplusnames, localspluskinds.value);
            if (bad != null) {
                throw error(at, "bad code object: " + bad + " (co_argcount=" + argcount + ", co_posonlyargcount="
                        + posonlyargcount + ", co_kwonlyargcount=" + kwonlyargcount + ", co_stacksize=" + stacksize
                        + ", co_flags=" + flags + ", co_code of " + code.value.length + " bytes, "
                        + localsplusnames.size() + " locals-plus names, " + localspluskinds.value.length + " kinds)");
            }
            checkStrings(namesAt, "co_names", names);
            checkStrings(lpnAt, "co_localsplusnames", localsplusnames);
            CodeObject co = new CodeObject(argcount, posonlyargcount, kwonlyargcount, stacksize, flags, code.value,
                    consts, names, localsplusnames, localspluskinds.value, filename, name, qualname, firstlineno,
                    linetable.value, exceptiontable.value);
            return insert(idx, co);
        }
    }

    /** {@code s} with control and non-ASCII characters as {@code \\xNN}, for one-line messages. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '\\' || c == '\'') {
                sb.append(String.format("\\x%02x", (int) c & 0xff));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code PyOS_string_to_double(s, NULL, NULL)}: Python float syntax, overflow gives ±inf. */
    static double parseFloat(String s) {
        String t = s.toLowerCase(java.util.Locale.ROOT);
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        boolean neg = t.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        if (body.isEmpty() || !body.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?")) {
            throw new NumberFormatException(s);
        }
        return Double.parseDouble(t);
    }

    // ------------------------------------------------------------------------------------------
    // Writing

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        /** Objects seen more than once (by identity) get FLAG_REF on first write. */
        final Map<PyObject, Integer> seen = new IdentityHashMap<>();
        final Map<PyObject, Integer> refIndex = new IdentityHashMap<>();
        int version = VERSION;

        static boolean isSingleton(PyObject o) {
            return o == PyNone.NONE || o instanceof PyBool || o == PyEllipsis.ELLIPSIS;
        }

        void countShared(PyObject o, int depth) {
            if (isSingleton(o)) {
                return;
            }
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("object too deeply nested to marshal");
            }
            Integer n = seen.get(o);
            seen.put(o, n == null ? 1 : n + 1);
            if (n != null) {
                return;
            }
            if (o instanceof PyTuple) {
                for (PyObject x : ((PyTuple) o).items) {
                    countShared(x, depth + 1);
                }
            } else if (o instanceof PyFrozenSet) {
                for (PyObject x : ((PyFrozenSet) o).items()) {
                    countShared(x, depth + 1);
                }
            } else if (o instanceof PyList) {
                for (PyObject x : ((PyList) o).toArray()) {
                    countShared(x, depth + 1);
                }
            } else if (o instanceof PySet) {
                for (PyObject x : ((PySet) o).items()) {
                    countShared(x, depth + 1);
                }
            } else if (o instanceof PyDict) {
                for (PyObject k : ((PyDict) o).keysArray()) {
                    countShared(k, depth + 1);
                    countShared(((PyDict) o).getItem(k), depth + 1);
                }
            } else if (o instanceof CodeObject) {
                CodeObject c = (CodeObject) o;
                for (PyObject x : new PyObject[] {c.consts, c.names, c.localsplusnames, c.filename, c.name,
                        c.qualname}) {
                    countShared(x, depth + 1);
                }
            }
        }

        void w8(int b) {
            out.write(b);
        }

        void w32(int v) {
            out.write(v);
            out.write(v >> 8);
            out.write(v >> 16);
            out.write(v >> 24);
        }

        void w64(long v) {
            w32((int) v);
            w32((int) (v >>> 32));
        }

        void wbytes(byte[] b) {
            out.write(b, 0, b.length);
        }

        // CPython 3.11: Python/marshal.c w_object / w_ref / w_complex_object
        void write(PyObject o, int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("object too deeply nested to marshal");
            }
            if (o == PyNone.NONE) {
                w8(TYPE_NONE);
                return;
            }
            if (o == PyEllipsis.ELLIPSIS) {
                w8(TYPE_ELLIPSIS);
                return;
            }
            if (o instanceof PyBool) {
                w8(o == PyBool.TRUE ? TYPE_TRUE : TYPE_FALSE);
                return;
            }
            int flag = 0;
            Integer idx = refIndex.get(o);
            if (idx != null) {
                w8(TYPE_REF);
                w32(idx);
                return;
            }
            Integer count = seen.get(o);
            if (count != null && count > 1 && version >= 3) {
                refIndex.put(o, refIndex.size());
                flag = FLAG_REF;
            }
            writeComplex(o, flag, depth);
        }

        void writeComplex(PyObject o, int flag, int depth) {
            if (o instanceof PyInt) {
                PyInt i = (PyInt) o;
                if (i.isSmall() && i.value >= Integer.MIN_VALUE && i.value <= Integer.MAX_VALUE) {
                    w8(TYPE_INT | flag);
                    w32((int) i.value);
                } else {
                    writePyLong(i.toBigInteger(), flag);
                }
            } else if (o instanceof PyFloat && version < 2) {
                w8(TYPE_FLOAT | flag);
                writeFloatStr(((PyFloat) o).value);
            } else if (o instanceof PyFloat) {
                w8(TYPE_BINARY_FLOAT | flag);
                w64(Double.doubleToRawLongBits(((PyFloat) o).value));
            } else if (o instanceof PyComplex && version < 2) {
                w8(TYPE_COMPLEX | flag);
                writeFloatStr(((PyComplex) o).real);
                writeFloatStr(((PyComplex) o).imag);
            } else if (o instanceof PyComplex) {
                w8(TYPE_BINARY_COMPLEX | flag);
                w64(Double.doubleToRawLongBits(((PyComplex) o).real));
                w64(Double.doubleToRawLongBits(((PyComplex) o).imag));
            } else if (o instanceof PyStr) {
                writeStr((PyStr) o, flag);
            } else if (o instanceof PyBytes) {
                byte[] b = ((PyBytes) o).value;
                w8(TYPE_STRING | flag);
                w32(b.length);
                wbytes(b);
            } else if (o instanceof PyTuple) {
                PyObject[] items = ((PyTuple) o).items;
                if (items.length < 256) {
                    w8(TYPE_SMALL_TUPLE | flag);
                    w8(items.length);
                } else {
                    w8(TYPE_TUPLE | flag);
                    w32(items.length);
                }
                for (PyObject x : items) {
                    write(x, depth + 1);
                }
            } else if (o == Exc.StopIteration) {
                w8(TYPE_STOPITER);
            } else if (o instanceof PyList) {
                PyObject[] items = ((PyList) o).toArray();
                w8(TYPE_LIST | flag);
                w32(items.length);
                for (PyObject x : items) {
                    write(x, depth + 1);
                }
            } else if (o instanceof PyDict) {
                PyDict d = (PyDict) o;
                w8(TYPE_DICT | flag);
                for (PyObject k : d.keysArray()) {
                    write(k, depth + 1);
                    write(d.getItem(k), depth + 1);
                }
                w8(TYPE_NULL);
            } else if (Buffers.check(o)) {
                byte[] b = Buffers.of(o);
                w8(TYPE_STRING | flag);
                w32(b.length);
                wbytes(b);
            } else if (o instanceof PyFrozenSet || o instanceof PySet) {
                PyObject[] items = o instanceof PySet ? ((PySet) o).items() : ((PyFrozenSet) o).items();
                w8((o instanceof PySet && !((PySet) o).frozen ? TYPE_SET : TYPE_FROZENSET) | flag);
                w32(items.length);
                // bpo-37596: items in the order of sorted(v, key=marshal.dumps)
                byte[][] keys = new byte[items.length][];
                Integer[] order = new Integer[items.length];
                for (int i = 0; i < items.length; i++) {
                    keys[i] = dumps(items[i], version);
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(keys[a], keys[b]));
                for (Integer i : order) {
                    write(items[i], depth + 1);
                }
            } else if (o instanceof CodeObject) {
                CodeObject c = (CodeObject) o;
                w8(TYPE_CODE | flag);
                w32(c.argcount);
                w32(c.posonlyargcount);
                w32(c.kwonlyargcount);
                w32(c.stacksize);
                w32(c.flags);
                writeBytes(c.code);
                write(c.consts, depth + 1);
                write(c.names, depth + 1);
                write(c.localsplusnames, depth + 1);
                writeBytes(c.localspluskinds);
                write(c.filename, depth + 1);
                write(c.name, depth + 1);
                write(c.qualname, depth + 1);
                w32(c.firstlineno);
                writeBytes(c.linetable);
                writeBytes(c.exceptiontable);
            } else {
                throw new IllegalArgumentException("unmarshallable object: " + o.type().name());
            }
        }

        void writeBytes(byte[] b) {
            w8(TYPE_STRING);
            w32(b.length);
            wbytes(b);
        }

        // CPython 3.11: Python/marshal.c w_float_str (repr-style 'g' with 17 significant digits)
        void writeFloatStr(double d) {
            String t = Double.isNaN(d) ? "nan" : Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf") : g17(d);
            byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
            w8(b.length);
            wbytes(b);
        }

        /** C's {@code %.17g}. */
        static String g17(double d) {
            if (d == 0) {
                return 1 / d < 0 ? "-0" : "0";
            }
            java.math.BigDecimal bd = new java.math.BigDecimal(d).round(new java.math.MathContext(17,
                    java.math.RoundingMode.HALF_EVEN));
            int exp = bd.precision() - bd.scale() - 1;
            String digits = bd.unscaledValue().abs().toString();
            while (digits.length() > 1 && digits.endsWith("0")) {
                digits = digits.substring(0, digits.length() - 1);
            }
            String sign = d < 0 ? "-" : "";
            if (exp < -4 || exp >= 17) {
                String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
                return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
            }
            if (exp < 0) {
                return sign + "0." + "0".repeat(-exp - 1) + digits;
            }
            if (digits.length() <= exp + 1) {
                return sign + digits + "0".repeat(exp + 1 - digits.length());
            }
            return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
        }

        void writeStr(PyStr str, int flag) {
            String s = str.value;
            boolean ascii = version >= 4;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 128) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
                if (b.length < 256) {
                    w8(TYPE_SHORT_ASCII | flag);
                    w8(b.length);
                } else {
                    w8(TYPE_ASCII | flag);
                    w32(b.length);
                }
                wbytes(b);
            } else {
                byte[] b = str.codePoints != null ? Utf8.encode(str.codePoints) : Utf8.encode(s);
                w8(TYPE_UNICODE | flag);
                w32(b.length);
                wbytes(b);
            }
        }

        // CPython 3.11: Python/marshal.c w_PyLong (base 2**15 digits, least significant first)
        void writePyLong(BigInteger v, int flag) {
            w8(TYPE_LONG | flag);
            BigInteger mag = v.abs();
            int ndigits = (mag.bitLength() + LONG_SHIFT - 1) / LONG_SHIFT;
            w32(v.signum() < 0 ? -ndigits : ndigits);
            for (int j = 0; j < ndigits; j++) {
                int d = mag.shiftRight(LONG_SHIFT * j).intValue() & 0x7FFF;
                out.write(d);
                out.write(d >> 8);
            }
        }
    }
}
