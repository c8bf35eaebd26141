package dev.quicken.runtime;

import static dev.quicken.runtime.TypeSetup.def;
import static dev.quicken.runtime.TypeSetup.def0;
import static dev.quicken.runtime.TypeSetup.def1;
import static dev.quicken.runtime.TypeSetup.def2;
import static dev.quicken.runtime.TypeSetup.defClassMethod;
import static dev.quicken.runtime.TypeSetup.defGet;
import static dev.quicken.runtime.TypeSetup.defNew;
import static dev.quicken.runtime.TypeSetup.getset;

import dev.quicken.code.CodeObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The methods of the built-in types (filled into their dicts once, by {@link TypeSetup#init}). */
public final class BuiltinMethods {

    private BuiltinMethods() {
    }

    public static final PyType DICT_KEYS = new PyType("dict_keys");
    public static final PyType DICT_VALUES = new PyType("dict_values");
    public static final PyType DICT_ITEMS = new PyType("dict_items");
    public static final PyType TRACEBACK = new PyType("traceback");
    public static final PyType CODE_TYPE = CodeObject.TYPE;

    static final PyObject NONE = PyNone.NONE;
    static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    /** {@code (getattr, (obj, name))}: how bound methods and descriptors pickle. */
    static PyObject reduceByGetattr(PyObject obj, PyObject name) {
        PyObject getattr = dev.quicken.eval.Interpreter.current().builtins.getStr("getattr");
        return new PyTuple(new PyObject[] {getattr, new PyTuple(new PyObject[] {obj, name})});
    }

    static PyStr s(String v) {
        return new PyStr(v);
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    static void setup() {
        setupInt();
        setupFloat();
        setupStr();
        setupTuple();
        setupList();
        setupDict();
        setupSet();
        setupBytes();
        ComplexMethods.setup();
        FloatFromHex.setup();
        setupMisc();
        setupExceptions();
        setupIterators();
    }

    // ---------------------------------------------------------------- int, bool

    static PyInt asInt(PyObject o) {
        return o instanceof PyInt ? (PyInt) o : null;
    }

    private static void setupInt() {
        PyType t = PyInt.TYPE;
        for (int op = 0; op < 13; op++) {
            if (op == Abstract.NB_MATRIX_MULTIPLY) {
                continue;
            }
            final int fop = op;
            def1(t, Abstract.NB_DUNDER[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (!(b instanceof PyInt)) {
                        return NI;
                    }
                    return intBinary((PyInt) a, (PyInt) b, fop);
                }
            });
            def1(t, Abstract.NB_RDUNDER[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (!(b instanceof PyInt)) {
                        return NI;
                    }
                    return intBinary((PyInt) b, (PyInt) a, fop);
                }
            });
        }
        def(t, IntDefN.__pow__);
        def1(t, IntDef1.__divmod__);
        def1(t, IntDef1.__rdivmod__);
        def0(t, "__neg__", new Def0(0));
        def0(t, "__pos__", new Def0(1));
        def0(t, IntDef0.__abs__);
        def0(t, "__invert__", new Def0(2));
        def0(t, "__bool__", new Def0(3));
        def0(t, "__index__", new Def0(4));
        def0(t, "__int__", new Def0(5));
        def0(t, "__float__", new Def0(6));
        def0(t, "__hash__", new Def0(7));
        def0(t, "__repr__", new Def0(8));
        def0(t, "__trunc__", new Def0(9));
        def0(t, "__floor__", new Def0(10));
        def0(t, "__ceil__", new Def0(11));
        def(t, IntDefN.__round__);
        def1(t, IntDef1.__format__);
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (b instanceof PyInt) {
                        return PyBool.of(IntOps.compare((PyInt) a, (PyInt) b, fop));
                    }
                    if (b instanceof PyFloat) {
                        int c = IntOps.cmpIntFloat((PyInt) a, ((PyFloat) b).value);
                        return PyBool.of(cmpResult(c, fop));
                    }
                    return NI;
                }
            });
        }
        def0(t, "bit_length", new Def0(12));
        def0(t, "bit_count", new Def0(13));
        def0(t, "conjugate", new Def0(14));
        def0(t, "as_integer_ratio", new Def0(15));
        def0(t, "is_integer", new Def0(16));
        getset(t, IntGet.real, null);
        getset(t, IntGet.imag, null);
        getset(t, IntGet.numerator, null);
        getset(t, IntGet.denominator, null);
        def(t, "to_bytes", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("to_bytes", a, kw, 1, new String[] {"length", "byteorder", "signed"}, 0, 2);
                long len = p[0] == null ? 1 : Args.integer(p[0]);
                String order = p[1] == null ? "big" : Abstract.str(p[1]);
                if (!order.equals("big") && !order.equals("little")) {
                    throw Exc.valueError("byteorder must be either 'little' or 'big'");
                }
                boolean signed = p[2] != null && Abstract.isTrue(p[2]);
                BigInteger v = ((PyInt) a[0]).toBigInteger();
                if (!signed && v.signum() < 0) {
                    throw Exc.overflowError("can't convert negative int to unsigned");
                }
                byte[] raw = v.toByteArray();
                byte[] out = new byte[(int) len];
                byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
                Arrays.fill(out, fill);
                int start = 0;
                while (start < raw.length - 1 && raw[start] == fill && (raw[start + 1] & 0x80) == (fill & 0x80)) {
                    start++;
                }
                if (!signed && raw.length - start > len && raw[start] == 0) {
                    start++;
                }
                if (raw.length - start > len) {
                    throw Exc.overflowError("int too big to convert");
                }
                System.arraycopy(raw, start, out, (int) len - (raw.length - start), raw.length - start);
                if (order.equals("little")) {
                    for (int x = 0, y = out.length - 1; x < y; x++, y--) {
                        byte tmp = out[x];
                        out[x] = out[y];
                        out[y] = tmp;
                    }
                }
                return new PyBytes(out);
            }
        });
        defClassMethod(t, "from_bytes", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("from_bytes", a, kw, 1, new String[] {"bytes", "byteorder", "signed"}, 1, 2);
                // CPython 3.11: Objects/longobject.c int_from_bytes_impl (PyObject_Bytes of any bytes-like or iterable)
                byte[] raw = Buffers.of(p[0]);
                if (raw == null) {
                    if (p[0] instanceof PyStr) {
                        throw Exc.typeError("cannot convert 'str' object to bytes");
                    }
                    raw = ((PyBytes) Abstract.call(PyBytes.TYPE, p[0])).value;
                }
                byte[] b = raw.clone();
                String order = p[1] == null ? "big" : Abstract.str(p[1]);
                if (order.equals("little")) {
                    for (int x = 0, y = b.length - 1; x < y; x++, y--) {
                        byte tmp = b[x];
                        b[x] = b[y];
                        b[y] = tmp;
                    }
                }
                boolean signed = p[2] != null && Abstract.isTrue(p[2]);
                BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
                if (a[0] != PyInt.TYPE) { // a subclass gets cls(value)
                    return Abstract.call(a[0], PyInt.of(v));
                }
                return PyInt.of(v);
            }
        });
        defNew(t, TypeNew.INT);

        PyType b = PyBool.TYPE;
        def0(b, "__repr__", new Def0(17));
        for (int op : new int[] {Abstract.NB_AND, Abstract.NB_OR, Abstract.NB_XOR}) {
            final int fop = op;
            F2r f = new F2r() {
                @Override
                public PyObject apply(PyObject x, PyObject y) {
                    if (x instanceof PyBool && y instanceof PyBool) {
                        long r = intBinaryLong(((PyInt) x).value, ((PyInt) y).value, fop);
                        return PyBool.of(r != 0);
                    }
                    if (!(y instanceof PyInt)) {
                        return NI;
                    }
                    return intBinary((PyInt) x, (PyInt) y, fop);
                }
            };
            def1(b, Abstract.NB_DUNDER[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject x0, PyObject x1) {
                    return f.apply(x0, x1);
                }
            });
            def1(b, Abstract.NB_RDUNDER[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject x, PyObject y) {
                    return f.apply(y, x);
                }
            });
        }
        defNew(b, TypeNew.BOOL);
    }

    /** The functions of an argument vector that setupInt registers on its type: one switch instead of a lambda class each. */
    private enum IntDefN implements JFunc {
        __pow__, __round__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __pow__:
                return __pow___impl(a, kw);
            case __round__:
                return __round___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __pow___impl(PyObject[] a, String[] kw) {
            Args.count("pow", a, kw, 1, 1, 2);
            if (!(a[1] instanceof PyInt)) {
                return NI;
            }
            if (a.length == 3 && a[2] != NONE) {
                if (!(a[2] instanceof PyInt)) {
                    return NI;
                }
                return IntOps.powMod((PyInt) a[0], (PyInt) a[1], (PyInt) a[2]);
            }
            return IntOps.pow((PyInt) a[0], (PyInt) a[1]);
        }

        private static PyObject __round___impl(PyObject[] a, String[] kw) {
            if (a.length < 2 || a[1] == NONE) {
                return PyInt.of(((PyInt) a[0]).toBigInteger());
            }
            // CPython 3.11: Objects/longobject.c int___round___impl (ndigits is any int)
            BigInteger ndb = Abstract.index(a[1]).toBigInteger();
            if (ndb.signum() >= 0) {
                return PyInt.of(((PyInt) a[0]).toBigInteger());
            }
            BigInteger v = ((PyInt) a[0]).toBigInteger();
            if (ndb.negate().compareTo(BigInteger.valueOf(v.bitLength() / 3 + 2)) > 0) {
                return PyInt.of(0); // 10**-ndigits > 2*|v|: rounds to zero
            }
            long nd = ndb.longValue();
            BigInteger p = BigInteger.TEN.pow((int) -nd);
            BigInteger[] qr = v.divideAndRemainder(p);
            BigInteger q = qr[0];
            BigInteger r2 = qr[1].abs().shiftLeft(1);
            int c = r2.compareTo(p);
            if (c > 0 || (c == 0 && q.testBit(0))) {
                q = q.add(BigInteger.valueOf(v.signum()));
            }
            return PyInt.of(q.multiply(p));
        }
    }

    /** The methods of self and one argument that setupInt registers on its type: one switch instead of a lambda class each. */
    private enum IntDef1 implements TypeSetup.F1 {
        __divmod__, __rdivmod__, __format__;

        @Override
        public PyObject apply(PyObject a, PyObject b) {
            switch (this) {
            case __divmod__:
                return b instanceof PyInt ? new PyTuple(new PyObject[] {
                        IntOps.floordiv((PyInt) a, (PyInt) b), IntOps.mod((PyInt) a, (PyInt) b)}) : NI;
            case __rdivmod__:
                return b instanceof PyInt ? new PyTuple(new PyObject[] {
                        IntOps.floordiv((PyInt) b, (PyInt) a), IntOps.mod((PyInt) b, (PyInt) a)}) : NI;
            case __format__:
                {
                PyObject spec = b;
                return s(Formatter.format(a, Args.str("format", spec, 1)));
                }
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupInt registers on its type: one switch instead of a lambda class each. */
    private enum IntDef0 implements TypeSetup.F0 {
        __abs__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __abs__:
                return ((PyInt) a).toBigInteger().signum() < 0 ? IntOps.neg((PyInt) a) : PyInt.of(
                        ((PyInt) a).toBigInteger());
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The attribute getters that setupInt registers on its type: one switch instead of a lambda class each. */
    private enum IntGet implements java.util.function.Function<PyObject, PyObject> {
        real, imag, numerator, denominator;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case real:
                return PyInt.of(((PyInt) a).toBigInteger());
            case imag:
                return i(0);
            case numerator:
                return PyInt.of(((PyInt) a).toBigInteger());
            case denominator:
                return i(1);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The __new__ functions of the types this file sets up, a case per type: one switch instead of a lambda class each. */
    private enum TypeNew implements JFunc {
        INT, BOOL, FLOAT, STR, TUPLE, LIST, DICT, SLICE, METHOD, MODULE, BASE_EXCEPTION, OSERROR, BYTES;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case INT:
                return INT_impl(a, kw);
            case BOOL:
                return BOOL_impl(a, kw);
            case FLOAT:
                return FLOAT_impl(a, kw);
            case STR:
                return STR_impl(a, kw);
            case TUPLE:
                return TUPLE_impl(a, kw);
            case LIST:
                return LIST_impl(a, kw);
            case DICT:
                return ((PyType) a[0]).allocate();
            case SLICE:
                return SLICE_impl(a, kw);
            case METHOD:
                return METHOD_impl(a, kw);
            case MODULE:
                return new PyModule(Abstract.str(a[1]));
            case BASE_EXCEPTION:
                return BASE_EXCEPTION_impl(a, kw);
            case OSERROR:
                return OSERROR_impl(a, kw);
            case BYTES:
                return BYTES_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject INT_impl(PyObject[] a, String[] kw) {
            // x is positional-only: int(x, /, base=10)
            PyObject[] p = Args.parse("int", a, kw, 1, new String[] {"", "base"}, 0, 2);
            PyType cls = (PyType) a[0];
            PyInt v = intNew(p[0], p[1]);
            if (cls != PyInt.TYPE) {
                return new BuiltinSubclasses.IntSub(cls, v);
            }
            return v;
        }

        private static PyObject BOOL_impl(PyObject[] a, String[] kw) {
            Args.count("bool", a, kw, 1, 0, 1);
            return a.length == 1 ? PyBool.FALSE : PyBool.of(Abstract.isTrue(a[1]));
        }

        private static PyObject FLOAT_impl(PyObject[] a, String[] kw) {
            // CPython 3.11: Objects/clinic/floatobject.c.h float_new (keywords are refused unless a subclass
            // has its own __init__, which takes them)
            PyType cls = (PyType) a[0];
            if (cls == PyFloat.TYPE || cls.lookup("__init__") == PyFloat.TYPE.lookup("__init__")) {
                Args.noKw("float", kw);
            }
            int npos = Args.npos(a, kw) - 1;
            if (npos > 1) {
                throw Exc.typeError("float expected at most 1 argument, got " + npos);
            }
            PyFloat v = npos == 0 ? new PyFloat(0) : floatNew(a[1]);
            if (a[0] != PyFloat.TYPE) {
                return new BuiltinSubclasses.FloatSub((PyType) a[0], v.value);
            }
            return v;
        }

        private static PyObject STR_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("str", a, kw, 1, new String[] {"object", "encoding", "errors"}, 0, 3);
            // CPython 3.11: Objects/clinic/unicodeobject.c.h unicode_new (encoding and errors are checked first)
            for (int k = 1; k <= 2; k++) {
                if (p[k] != null && !(p[k] instanceof PyStr)) {
                    throw Exc.typeError("str() argument '" + (k == 1 ? "encoding" : "errors") + "' must be str, not "
                            + Abstract.typeName(p[k]));
                }
            }
            PyObject r;
            if (p[0] == null) {
                r = s("");
            } else if (p[1] != null || p[2] != null) {
                // CPython 3.11: Objects/unicodeobject.c PyUnicode_FromEncodedObject
                if (p[0] instanceof PyStr) {
                    throw Exc.typeError("decoding str is not supported");
                }
                byte[] data = Buffers.of(p[0]);
                if (data == null) {
                    throw Exc.typeError("decoding to str: need a bytes-like object, " + Abstract.typeName(p[0])
                            + " found");
                }
                r = s(Codecs.decode(data, p[1] == null ? "utf-8" : sv(p[1]), p[2] == null ? "strict" : sv(p[2])));
            } else {
                r = Abstract.strObj(p[0]);
            }
            if (a[0] != PyStr.TYPE) {
                return new BuiltinSubclasses.StrSub((PyType) a[0], ((PyStr) r).value);
            }
            return r;
        }

        private static PyObject TUPLE_impl(PyObject[] a, String[] kw) {
            // CPython 3.11: Objects/clinic/tupleobject.c.h tuple_new (keywords go to a subclass's own __init__)
            PyType cls = (PyType) a[0];
            if (cls == PyTuple.TYPE || cls.lookup("__init__") == PyTuple.TYPE.lookup("__init__")) {
                Args.noKw("tuple", kw);
            }
            int npos = Args.npos(a, kw) - 1;
            if (npos > 1) {
                throw Exc.typeError("tuple expected at most 1 argument, got " + npos);
            }
            a = Items.copyOf(a, npos + 1);
            if (a[0] != PyTuple.TYPE) {
                return new BuiltinSubclasses.TupleSub((PyType) a[0], a.length == 1 ? new PyObject[0]
                        : Abstract.sequenceList(a[1]));
            }
            if (a.length == 1) {
                return PyTuple.EMPTY;
            }
            if (a[1].getClass() == PyTuple.class) {
                return a[1];
            }
            return new PyTuple(Abstract.sequenceList(a[1]));
        }

        private static PyObject LIST_impl(PyObject[] a, String[] kw) {
            PyList l = (PyList) ((PyType) a[0]).allocate();
            return l;
        }

        private static PyObject SLICE_impl(PyObject[] a, String[] kw) {
            Args.count("slice", a, kw, 1, 1, 3);
            if (a.length == 2) {
                return new PySlice(NONE, a[1], NONE);
            }
            return new PySlice(a[1], a[2], a.length > 3 ? a[3] : NONE);
        }

        private static PyObject METHOD_impl(PyObject[] a, String[] kw) {
            Args.noKw("method", kw);
            if (a.length != 3) {
                throw Exc.typeError("method expected 2 arguments, got " + (a.length - 1));
            }
            PyObject fn = a[1];
            if (!(fn instanceof PyFunction || fn instanceof PyBuiltinFunction || fn instanceof PyMethodDescr
                    || fn instanceof PyMethod || fn instanceof PyType || fn.type().lookup("__call__") != null)) {
                throw Exc.typeError("first argument must be callable");
            }
            if (a[2] == NONE) {
                throw Exc.typeError("instance must not be None");
            }
            return new PyMethod(fn, a[2]);
        }

        private static PyObject BASE_EXCEPTION_impl(PyObject[] a, String[] kw) {
            PyBaseException e = (PyBaseException) ((PyType) a[0]).allocate();
            e.args = new PyTuple(Items.copyOfRange(a, 1, Args.npos(a, kw)));
            return e;
        }

        private static PyObject OSERROR_impl(PyObject[] a, String[] kw) {
            // CPython 3.11: Objects/exceptions.c oserror_new (OSError(errno, ...) is the errno's subclass)
            PyType sub = (PyType) a[0];
            if (sub == Exc.OSError && a.length >= 3 && a.length <= 6 && a[1] instanceof PyInt
                    && ((PyInt) a[1]).isSmall()) {
                sub = Exc.osErrorType(((PyInt) a[1]).value);
            }
            return sub.allocate();
        }

        private static PyObject BYTES_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("bytes", a, kw, 1, new String[] {"source", "encoding", "errors"}, 0, 3);
            PyBytes r = bytesNew(p[0], p[1], p[2]);
            if (a[0] != PyBytes.TYPE) { // CPython 3.11: bytes_subtype_new
                return new BuiltinSubclasses.BytesSub((PyType) a[0], r.value);
            }
            return r;
        }
    }

    @FunctionalInterface
    interface F2r {
        PyObject apply(PyObject a, PyObject b);
    }

    static long intBinaryLong(long a, long b, int op) {
        switch (op) {
            case Abstract.NB_AND:
                return a & b;
            case Abstract.NB_OR:
                return a | b;
            default:
                return a ^ b;
        }
    }

    static PyObject intBinary(PyInt a, PyInt b, int op) {
        PyObject r = IntOps.binary(a, b, op);
        return r == null ? NI : r;
    }

    static boolean cmpResult(int c, int op) {
        if (c == 2) {
            return op == Abstract.NE;
        }
        switch (op) {
            case Abstract.LT:
                return c < 0;
            case Abstract.LE:
                return c <= 0;
            case Abstract.EQ:
                return c == 0;
            case Abstract.NE:
                return c != 0;
            case Abstract.GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    static PyInt parseInt(String s, int base) {
        try {
            return NumberParse.parseInt(s, base);
        } catch (PyTypedError e) {
            throw Exc.fromTyped(e);
        }
    }

    /** {@code repr(int)}, with the integer string conversion length limit. */
    static String intRepr(PyInt v) {
        try {
            return IntText.toDecimal(v);
        } catch (PyTypedError e) {
            throw Exc.fromTyped(e);
        }
    }

    /** {@code int(x, base)}. */
    // CPython 3.11: Objects/longobject.c long_new_impl
    public static PyInt intNew(PyObject x, PyObject base) {
        if (x == null) {
            if (base != null) {
                throw Exc.typeError("int() missing string argument");
            }
            return i(0);
        }
        if (base == null) {
            return numberLong(x);
        }
        long bv = Abstract.indexClamped(base); // PyNumber_AsSsize_t(obase, NULL) clamps
        if (bv != 0 && (bv < 2 || bv > 36)) {
            throw Exc.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        try {
            if (x instanceof PyStr) {
                return NumberParse.parseInt(((PyStr) x).value, (int) bv);
            }
            if (x instanceof PyBytes || x instanceof PyByteArray) {
                return NumberParse.parseInt(Buffers.of(x), (int) bv);
            }
        } catch (PyTypedError e) {
            throw Exc.fromTyped(e);
        }
        throw Exc.typeError("int() can't convert non-string with explicit base");
    }

    private static final String STRICT_SUBCLASS = ".  The ability to return an instance of a strict subclass of int "
            + "is deprecated, and may be removed in a future version of Python.";

    /** An int-subclass result of {@code __int__}/{@code __index__} made an exact int, with CPython's warning. */
    private static PyInt exactInt(PyObject r, String slot) {
        if (r.type() == PyInt.TYPE) {
            return (PyInt) r;
        }
        if (!(r instanceof PyInt)) {
            throw Exc.typeError(slot + " returned non-int (type " + Abstract.typeName(r) + ")");
        }
        dev.quicken.builtins.WarningsModule.warnEx(Exc.DeprecationWarning,
                slot + " returned non-int (type " + Abstract.typeName(r) + ")" + STRICT_SUBCLASS, 1);
        return PyInt.of(((PyInt) r).toBigInteger());
    }

    /** {@code operator.index(o)} as an exact int. CPython 3.11: Objects/abstract.c PyNumber_Index. */
    static PyInt numberIndex(PyObject o) {
        if (o instanceof PyInt) {
            return o.type() == PyInt.TYPE ? (PyInt) o : PyInt.of(((PyInt) o).toBigInteger());
        }
        PyObject m = o.type().lookup("__index__");
        if (m == null) {
            throw Exc.typeError("'" + Abstract.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return exactInt(Abstract.callMethodDescr(m, o, new PyObject[0], null), "__index__");
    }

    /** {@code int(x)}. */
    // CPython 3.11: Objects/abstract.c PyNumber_Long
    public static PyInt numberLong(PyObject x) {
        if (x.type() == PyInt.TYPE) {
            return (PyInt) x;
        }
        if (x.getClass() == PyFloat.class) {
            return FloatOps.toInt(((PyFloat) x).value); // exact float: its __int__, which cannot be replaced
        }
        PyObject f = x.type().lookup("__int__");
        if (f != null) {
            return exactInt(Abstract.callMethodDescr(f, x, new PyObject[0], null), "__int__");
        }
        if (x.type().lookup("__index__") != null) {
            return numberIndex(x);
        }
        f = x.type().lookup("__trunc__");
        if (f != null) {
            dev.quicken.builtins.WarningsModule.warnEx(Exc.DeprecationWarning,
                    "The delegation of int() to __trunc__ is deprecated.", 1);
            PyObject r = Abstract.callMethodDescr(f, x, new PyObject[0], null);
            if (r instanceof PyInt) {
                return r.type() == PyInt.TYPE ? (PyInt) r : PyInt.of(((PyInt) r).toBigInteger());
            }
            if (r.type().lookup("__index__") == null) {
                throw Exc.typeError("__trunc__ returned non-Integral (type " + Abstract.typeName(r) + ")");
            }
            return numberIndex(r);
        }
        try {
            if (x instanceof PyStr) {
                return NumberParse.parseInt(((PyStr) x).value, 10);
            }
            byte[] b = Buffers.of(x);
            if (b != null) {
                return NumberParse.parseInt(b, 10);
            }
        } catch (PyTypedError e) {
            throw Exc.fromTyped(e);
        }
        throw Exc.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Abstract.typeName(x) + "'");
    }

    // ---------------------------------------------------------------- float

    private static void setupFloat() {
        PyType t = PyFloat.TYPE;
        for (int op : new int[] {Abstract.NB_ADD, Abstract.NB_SUBTRACT, Abstract.NB_MULTIPLY,
            Abstract.NB_TRUE_DIVIDE, Abstract.NB_FLOOR_DIVIDE, Abstract.NB_REMAINDER, Abstract.NB_POWER}) {
            final int fop = op;
            def1(t, Abstract.NB_DUNDER[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    Double bv = FloatOps.operand(b);
                    return bv == null ? NI : FloatOps.binary(((PyFloat) a).value, bv, fop);
                }
            });
            def1(t, Abstract.NB_RDUNDER[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    Double bv = FloatOps.operand(b);
                    return bv == null ? NI : FloatOps.binary(bv, ((PyFloat) a).value, fop);
                }
            });
        }
        def1(t, FloatDef1.__divmod__);
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    double av = ((PyFloat) a).value;
                    if (b instanceof PyFloat) {
                        return PyBool.of(cmpResult(FloatOps.cmp(av, ((PyFloat) b).value), fop));
                    }
                    if (b instanceof PyInt) {
                        int c = IntOps.cmpIntFloat((PyInt) b, av);
                        return PyBool.of(cmpResult(c == 2 ? 2 : -c, fop));
                    }
                    return NI;
                }
            });
        }
        def0(t, "__neg__", new Def0(18));
        def0(t, "__pos__", new Def0(19));
        def0(t, "__abs__", new Def0(20));
        def0(t, "__bool__", new Def0(21));
        def0(t, "__int__", new Def0(22));
        def0(t, "__trunc__", new Def0(23));
        def0(t, "__floor__", new Def0(24));
        def0(t, "__ceil__", new Def0(25));
        def0(t, "__float__", new Def0(26));
        def0(t, "__hash__", new Def0(27));
        def0(t, "__repr__", new Def0(28));
        def0(t, FloatDef0.is_integer);
        def0(t, "conjugate", new Def0(29));
        getset(t, FloatGet.real, null);
        getset(t, FloatGet.imag, null);
        def0(t, FloatDef0.as_integer_ratio);
        def(t, FloatDefN.__round__);
        def1(t, FloatDef1.__format__);
        defNew(t, TypeNew.FLOAT);
    }

    /** The methods of self and one argument that setupFloat registers on its type: one switch instead of a lambda class each. */
    private enum FloatDef1 implements TypeSetup.F1 {
        __divmod__, __format__;

        @Override
        public PyObject apply(PyObject a, PyObject b) {
            switch (this) {
            case __divmod__:
                return __divmod___impl(a, b);
            case __format__:
                {
                PyObject spec = b;
                return s(Formatter.format(a, Args.str("format", spec, 1)));
                }
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __divmod___impl(PyObject a, PyObject b) {
            Double bv = FloatOps.operand(b);
            if (bv == null) {
                return NI;
            }
            if (bv == 0) {
                throw Exc.zeroDivision("float divmod()");
            }
            double[] r = FloatOps.divmod(((PyFloat) a).value, bv);
            return new PyTuple(new PyObject[] {new PyFloat(r[0]), new PyFloat(r[1])});
        }
    }

    /** The methods of self alone that setupFloat registers on its type: one switch instead of a lambda class each. */
    private enum FloatDef0 implements TypeSetup.F0 {
        is_integer, as_integer_ratio;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case is_integer:
                return PyBool.of(((PyFloat) a).value == Math.rint(((PyFloat) a).value)
                        && !Double.isInfinite(((PyFloat) a).value));
            case as_integer_ratio:
                return as_integer_ratio_impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject as_integer_ratio_impl(PyObject a) {
            double v = ((PyFloat) a).value;
            java.math.BigDecimal bd = new java.math.BigDecimal(v);
            BigInteger num = bd.unscaledValue();
            BigInteger den = BigInteger.TEN.pow(Math.max(0, bd.scale()));
            if (bd.scale() < 0) {
                num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
            }
            BigInteger g = num.gcd(den);
            return new PyTuple(new PyObject[] {PyInt.of(num.divide(g)), PyInt.of(den.divide(g))});
        }
    }

    /** The attribute getters that setupFloat registers on its type: one switch instead of a lambda class each. */
    private enum FloatGet implements java.util.function.Function<PyObject, PyObject> {
        real, imag;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case real:
                return a;
            case imag:
                return new PyFloat(0);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The functions of an argument vector that setupFloat registers on its type: one switch instead of a lambda class each. */
    private enum FloatDefN implements JFunc {
        __round__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __round__:
                return __round___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __round___impl(PyObject[] a, String[] kw) {
            double v = ((PyFloat) a[0]).value;
            if (a.length < 2 || a[1] == NONE) {
                double r = Math.rint(v);
                return FloatOps.toInt(r);
            }
            return new PyFloat(FloatOps.round(v, Abstract.indexClamped(a[1])));
        }
    }

    /** {@code float(x)}. */
    // CPython 3.11: Objects/floatobject.c float_new_impl, Objects/abstract.c PyNumber_Float
    public static PyFloat floatNew(PyObject x) {
        if (x.getClass() == PyStr.class) {
            return floatFromString(x);
        }
        if (x.type() == PyFloat.TYPE) {
            return new PyFloat(((PyFloat) x).value);
        }
        if (x.getClass() == PyInt.class) {
            return new PyFloat(IntOps.toDouble((PyInt) x));
        }
        PyObject f = x.type().lookup("__float__");
        if (f != null) {
            PyObject r = Abstract.callMethodDescr(f, x, new PyObject[0], null);
            if (r.type() == PyFloat.TYPE) {
                return (PyFloat) r;
            }
            String what = Abstract.typeName(x) + ".__float__ returned non-float (type " + Abstract.typeName(r) + ")";
            if (!(r instanceof PyFloat)) {
                throw Exc.typeError(what);
            }
            dev.quicken.builtins.WarningsModule.warnEx(Exc.DeprecationWarning, what + ".  The ability to return an "
                    + "instance of a strict subclass of float is deprecated, and may be removed in a future version "
                    + "of Python.", 1);
            return new PyFloat(((PyFloat) r).value);
        }
        if (x instanceof PyInt || x.type().lookup("__index__") != null) {
            return new PyFloat(IntOps.toDouble(Abstract.index(x)));
        }
        if (x instanceof PyFloat) {
            return new PyFloat(((PyFloat) x).value);
        }
        return floatFromString(x);
    }

    /** CPython 3.11: Objects/floatobject.c PyFloat_FromString. */
    static PyFloat floatFromString(PyObject x) {
        try {
            if (x instanceof PyStr) {
                return new PyFloat(NumberParse.parseFloat(((PyStr) x).value));
            }
            byte[] b = Buffers.of(x);
            if (b != null) {
                try {
                    return new PyFloat(NumberParse.parseFloat(b));
                } catch (PyTypedError e) {
                    if (x instanceof PyBytes) {
                        throw e;
                    }
                    throw Exc.valueError("could not convert string to float: " + Abstract.repr(x));
                }
            }
        } catch (PyTypedError e) {
            throw Exc.fromTyped(e);
        }
        throw Exc.typeError("float() argument must be a string or a real number, not '" + Abstract.typeName(x) + "'");
    }

    // ---------------------------------------------------------------- str

    static String sv(PyObject o) {
        return ((PyStr) o).value;
    }

    private static void setupStr() {
        PyType t = PyStr.TYPE;
        def1(t, StrDef1.__add__);
        def1(t, StrDef1.__mul__);
        def1(t, StrDef1.__rmul__);
        def1(t, StrDef1.__mod__);
        def1(t, StrDef1.__rmod__);
        def0(t, "__len__", new Def0(30));
        def0(t, "__hash__", new Def0(31));
        def0(t, "__repr__", new Def0(32));
        def0(t, "__str__", new Def0(33));
        def1(t, StrDef1.__getitem__);
        def1(t, StrDef1.__contains__);
        def0(t, "__iter__", new Def0(34));
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return b instanceof PyStr
                    ? PyBool.of(cmpResult(Integer.signum(compareCodePoints(sv(a), sv(b))), fop)) : NI;
                }
            });
        }
        def1(t, StrDef1.__format__);
        def0(t, "upper", new Def0(35));
        def0(t, "lower", new Def0(36));
        def0(t, "casefold", new Def0(37));
        def0(t, "title", new Def0(38));
        def0(t, "capitalize", new Def0(39));
        def0(t, "swapcase", new Def0(40));
        def(t, StrDefN.strip);
        def(t, StrDefN.lstrip);
        def(t, StrDefN.rstrip);
        def(t, StrDefN.split);
        def(t, StrDefN.rsplit);
        def(t, StrDefN.splitlines);
        def1(t, StrDef1.join);
        def(t, StrDefN.replace);
        def(t, StrDefN.find);
        def(t, StrDefN.rfind);
        def(t, StrDefN.index);
        def(t, StrDefN.rindex);
        def(t, StrDefN.count);
        def(t, StrDefN.startswith);
        def(t, StrDefN.endswith);
        def(t, StrDefN.center);
        def(t, StrDefN.ljust);
        def(t, StrDefN.rjust);
        def1(t, StrDef1.zfill);
        def1(t, StrDef1.partition);
        def1(t, StrDef1.rpartition);
        def1(t, StrDef1.removeprefix);
        def1(t, StrDef1.removesuffix);
        def(t, StrDefN.expandtabs);
        def0(t, StrDef0.isdigit);
        def0(t, "isdecimal", new Def0(41));
        def0(t, StrDef0.isnumeric);
        def0(t, "isalpha", new Def0(42));
        def0(t, "isalnum", new Def0(43));
        def0(t, "isspace", new Def0(44));
        def0(t, "isidentifier", new Def0(45));
        def0(t, "isascii", new Def0(46));
        def0(t, "isprintable", new Def0(47));
        def0(t, StrDef0.isupper);
        def0(t, StrDef0.islower);
        def0(t, StrDef0.istitle);
        def(t, StrDefN.encode);
        def(t, StrDefN.format);
        def(t, StrDefN.format_map);
        defNew(t, TypeNew.STR);
        def(t, StrDefN.maketrans);
        t.dict.setStr("maketrans", new PyDescriptors.StaticMethod(PyDescriptors.STATICMETHOD,
                new PyBuiltinFunction("maketrans", ((PyMethodDescr) t.dict.getStr("maketrans")).impl)));
        def1(t, StrDef1.translate);
    }

    /** The methods of self and one argument that setupStr registers on its type: one switch instead of a lambda class each. */
    private enum StrDef1 implements TypeSetup.F1 {
        __add__, __mul__, __rmul__, __mod__, __rmod__, __getitem__, __contains__, __format__, join, zfill, partition,
        rpartition, removeprefix, removesuffix, translate;

        @Override
        public PyObject apply(PyObject a, PyObject b) {
            switch (this) {
            case __add__:
                return b instanceof PyStr ? s(sv(a) + sv(b)) : NI;
            case __mul__:
                return strMul(a, b);
            case __rmul__:
                return strMul(a, b);
            case __mod__:
                return s(StrOps.percent(sv(a), b));
            case __rmod__:
                return NI;
            case __getitem__:
                {
                PyObject k = b;
                return StrOps.getItem(sv(a), k);
                }
            case __contains__:
                return __contains___impl(a, b);
            case __format__:
                {
                PyObject spec = b;
                return s(Formatter.format(a, Args.str("format", spec, 1)));
                }
            case join:
                return s(StrOps.join(sv(a), b));
            case zfill:
                return zfill_impl(a, b);
            case partition:
                return partition_impl(a, b);
            case rpartition:
                return rpartition_impl(a, b);
            case removeprefix:
                {
                PyObject p = b;
                return s(sv(a).startsWith(sv(p)) ? sv(a).substring(sv(p).length()) : sv(a));
                }
            case removesuffix:
                {
                PyObject p = b;
                return s(sv(a).endsWith(sv(p)) && !sv(p).isEmpty()
                        ? sv(a).substring(0, sv(a).length() - sv(p).length()) : sv(a));
                }
            case translate:
                return translate_impl(a, b);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __contains___impl(PyObject a, PyObject b) {
            if (!(b instanceof PyStr)) {
                throw Exc.typeError("'in <string>' requires string as left operand, not " + Abstract.typeName(b));
            }
            return PyBool.of(sv(a).contains(sv(b)));
        }

        private static PyObject zfill_impl(PyObject a, PyObject w) {
            String v = sv(a);
            long width = Args.integer(w);
            if (v.length() >= width) {
                return s(v);
            }
            String sign = v.startsWith("-") || v.startsWith("+") ? v.substring(0, 1) : "";
            return s(sign + "0".repeat((int) width - v.length()) + v.substring(sign.length()));
        }

        private static PyObject partition_impl(PyObject a, PyObject sep) {
            String v = sv(a);
            String sp = Args.str("partition", sep, 1);
            int k = v.indexOf(sp);
            if (k < 0) {
                return new PyTuple(new PyObject[] {s(v), s(""), s("")});
            }
            return new PyTuple(new PyObject[] {s(v.substring(0, k)), s(sp), s(v.substring(k + sp.length()))});
        }

        private static PyObject rpartition_impl(PyObject a, PyObject sep) {
            String v = sv(a);
            String sp = Args.str("rpartition", sep, 1);
            int k = v.lastIndexOf(sp);
            if (k < 0) {
                return new PyTuple(new PyObject[] {s(""), s(""), s(v)});
            }
            return new PyTuple(new PyObject[] {s(v.substring(0, k)), s(sp), s(v.substring(k + sp.length()))});
        }

        private static PyObject translate_impl(PyObject a, PyObject table) {
            StringBuilder sb = new StringBuilder();
            String v = sv(a);
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                PyObject r;
                try {
                    r = Abstract.getItem(table, i(c));
                } catch (PyException e) {
                    if (e.matches(Exc.LookupError)) {
                        sb.append(c);
                        continue;
                    }
                    throw e;
                }
                if (r == NONE) {
                    continue;
                }
                if (r instanceof PyInt) {
                    sb.appendCodePoint((int) ((PyInt) r).value);
                } else {
                    sb.append(sv(r));
                }
            }
            return s(sb.toString());
        }
    }

    /** The functions of an argument vector that setupStr registers on its type: one switch instead of a lambda class each. */
    private enum StrDefN implements JFunc {
        strip, lstrip, rstrip, split, rsplit, splitlines, replace, find, rfind, index, rindex, count, startswith,
        endswith, center, ljust, rjust, expandtabs, encode, format, format_map, maketrans;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case strip:
                return strip_impl(a, kw);
            case lstrip:
                return lstrip_impl(a, kw);
            case rstrip:
                return rstrip_impl(a, kw);
            case split:
                return split_impl(a, kw);
            case rsplit:
                return rsplit_impl(a, kw);
            case splitlines:
                return splitlines_impl(a, kw);
            case replace:
                return replace_impl(a, kw);
            case find:
                return find_impl(a, kw);
            case rfind:
                return rfind_impl(a, kw);
            case index:
                return index_impl(a, kw);
            case rindex:
                return rindex_impl(a, kw);
            case count:
                return count_impl(a, kw);
            case startswith:
                return startswith_impl(a, kw);
            case endswith:
                return endswith_impl(a, kw);
            case center:
                return center_impl(a, kw);
            case ljust:
                return ljust_impl(a, kw);
            case rjust:
                return rjust_impl(a, kw);
            case expandtabs:
                return expandtabs_impl(a, kw);
            case encode:
                return encode_impl(a, kw);
            case format:
                return s(StrFormat.format(sv(a[0]), a, kw));
            case format_map:
                return s(StrFormat.formatMap(sv(a[0]), a[1]));
            case maketrans:
                return maketrans_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject strip_impl(PyObject[] a, String[] kw) {
            Args.count("strip", a, kw, 1, 0, 1);
            return s(StrOps.strip(sv(a[0]), a.length > 1 ? a[1] : null, true, true));
        }

        private static PyObject lstrip_impl(PyObject[] a, String[] kw) {
            Args.count("lstrip", a, kw, 1, 0, 1);
            return s(StrOps.strip(sv(a[0]), a.length > 1 ? a[1] : null, true, false));
        }

        private static PyObject rstrip_impl(PyObject[] a, String[] kw) {
            Args.count("rstrip", a, kw, 1, 0, 1);
            return s(StrOps.strip(sv(a[0]), a.length > 1 ? a[1] : null, false, true));
        }

        private static PyObject split_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("split", a, kw, 1, new String[] {"sep", "maxsplit"}, 0, 2);
            return StrOps.split(sv(a[0]), p[0], p[1] == null ? -1 : (int) Args.integer(p[1]));
        }

        private static PyObject rsplit_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("rsplit", a, kw, 1, new String[] {"sep", "maxsplit"}, 0, 2);
            return StrOps.rsplit(sv(a[0]), p[0], p[1] == null ? -1 : (int) Args.integer(p[1]));
        }

        private static PyObject splitlines_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("splitlines", a, kw, 1, new String[] {"keepends"}, 0, 1);
            return StrOps.splitlines(sv(a[0]), p[0] != null && Abstract.isTrue(p[0]));
        }

        private static PyObject replace_impl(PyObject[] a, String[] kw) {
            Args.count("replace", a, kw, 1, 2, 3);
            return s(StrOps.replace(sv(a[0]), Args.str("replace", a[1], 1), Args.str("replace", a[2], 2),
                    a.length > 3 ? Args.integer(a[3]) : -1));
        }

        private static PyObject find_impl(PyObject[] a, String[] kw) {
            Args.count("find", a, kw, 1, 1, 3);
            return i(StrOps.find(sv(a[0]), Args.str("find", a[1], 1), a, false));
        }

        private static PyObject rfind_impl(PyObject[] a, String[] kw) {
            Args.count("rfind", a, kw, 1, 1, 3);
            return i(StrOps.find(sv(a[0]), Args.str("rfind", a[1], 1), a, true));
        }

        private static PyObject index_impl(PyObject[] a, String[] kw) {
            Args.count("index", a, kw, 1, 1, 3);
            long r = StrOps.find(sv(a[0]), Args.str("index", a[1], 1), a, false);
            if (r < 0) {
                throw Exc.valueError("substring not found");
            }
            return i(r);
        }

        private static PyObject rindex_impl(PyObject[] a, String[] kw) {
            Args.count("rindex", a, kw, 1, 1, 3);
            long r = StrOps.find(sv(a[0]), Args.str("rindex", a[1], 1), a, true);
            if (r < 0) {
                throw Exc.valueError("substring not found");
            }
            return i(r);
        }

        private static PyObject count_impl(PyObject[] a, String[] kw) {
            Args.count("count", a, kw, 1, 1, 3);
            return i(StrOps.count(sv(a[0]), Args.str("count", a[1], 1), a));
        }

        private static PyObject startswith_impl(PyObject[] a, String[] kw) {
            Args.count("startswith", a, kw, 1, 1, 3);
            return PyBool.of(StrOps.startsOrEnds(sv(a[0]), a[1], a, false));
        }

        private static PyObject endswith_impl(PyObject[] a, String[] kw) {
            Args.count("endswith", a, kw, 1, 1, 3);
            return PyBool.of(StrOps.startsOrEnds(sv(a[0]), a[1], a, true));
        }

        private static PyObject center_impl(PyObject[] a, String[] kw) {
            Args.count("center", a, kw, 1, 1, 2);
            return s(StrOps.pad(sv(a[0]), Args.integer(a[1]), a.length > 2 ? sv(a[2]) : " ", 0));
        }

        private static PyObject ljust_impl(PyObject[] a, String[] kw) {
            Args.count("ljust", a, kw, 1, 1, 2);
            return s(StrOps.pad(sv(a[0]), Args.integer(a[1]), a.length > 2 ? sv(a[2]) : " ", -1));
        }

        private static PyObject rjust_impl(PyObject[] a, String[] kw) {
            Args.count("rjust", a, kw, 1, 1, 2);
            return s(StrOps.pad(sv(a[0]), Args.integer(a[1]), a.length > 2 ? sv(a[2]) : " ", 1));
        }

        private static PyObject expandtabs_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("expandtabs", a, kw, 1, new String[] {"tabsize"}, 0, 1);
            return s(StrOps.expandtabs(sv(a[0]), p[0] != null ? (int) Args.integer(p[0]) : 8));
        }

        private static PyObject encode_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("encode", a, kw, 1, new String[] {"encoding", "errors"}, 0, 2);
            return new PyBytes(Codecs.encode(sv(a[0]), p[0] == null ? "utf-8" : Args.str("encode", p[0], 1),
                    p[1] == null ? "strict" : Args.str("encode", p[1], 2)));
        }

        private static PyObject maketrans_impl(PyObject[] a, String[] kw) {
            PyDict d = new PyDict();
            if (a.length == 1 && a[0] instanceof PyDict) {
                for (PyObject k : ((PyDict) a[0]).keysArray()) {
                    PyObject kk = k instanceof PyStr ? i(sv(k).codePointAt(0)) : k;
                    d.setItem(kk, ((PyDict) a[0]).getItem(k));
                }
                return d;
            }
            String x = sv(a[0]);
            String y = sv(a[1]);
            if (x.length() != y.length()) {
                throw Exc.valueError("the first two maketrans arguments must have equal length");
            }
            for (int k = 0; k < x.length(); k++) {
                d.setItem(i(x.charAt(k)), i(y.charAt(k)));
            }
            if (a.length > 2) {
                String z = sv(a[2]);
                for (int k = 0; k < z.length(); k++) {
                    d.setItem(i(z.charAt(k)), NONE);
                }
            }
            return d;
        }
    }

    /** The methods of self alone that setupStr registers on its type: one switch instead of a lambda class each. */
    private enum StrDef0 implements TypeSetup.F0 {
        isdigit, isnumeric, isupper, islower, istitle;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case isdigit:
                return PyBool.of(!sv(a).isEmpty() && sv(a).codePoints().allMatch(
                        c -> Character.isDigit(c) || (Character.getType(c) == Character.OTHER_NUMBER
                                && Character.getNumericValue(c) >= 0 && Character.getNumericValue(c) <= 9)));
            case isnumeric:
                return PyBool.of(!sv(a).isEmpty() && sv(a).codePoints().allMatch(
                        c -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER
                                || Character.getType(c) == Character.LETTER_NUMBER || Character.isIdeographic(c)
                                && Character.getNumericValue(c) >= 0));
            case isupper:
                return isupper_impl(a);
            case islower:
                return islower_impl(a);
            case istitle:
                return PyBool.of(!sv(a).isEmpty() && StrOps.title(sv(a)).equals(sv(a))
                        && sv(a).chars().anyMatch(Character::isLetter));
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject isupper_impl(PyObject a) {
            String v = sv(a);
            return PyBool.of(v.chars().anyMatch(Character::isUpperCase) && v.chars().noneMatch(Character::isLowerCase));
        }

        private static PyObject islower_impl(PyObject a) {
            String v = sv(a);
            return PyBool.of(v.chars().anyMatch(Character::isLowerCase) && v.chars().noneMatch(Character::isUpperCase));
        }
    }

    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(k), b.codePointAt(k));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** CPython 3.11: Python/ceval.c _PyEval_SliceIndexNotNone (clamps to the ssize_t range). */
    static long sliceIndex(PyObject v) {
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw Exc.typeError("slice indices must be integers or have an __index__ method");
        }
        return Abstract.indexClamped(v);
    }

    /** The start/stop of {@code index(x, start, stop)} (CPython's _PyEval_SliceIndexNotNone clamping). */
    static int[] sliceBounds(int len, PyObject[] a) {
        long st = a.length > 2 ? sliceIndex(a[2]) : 0;
        long en = a.length > 3 ? sliceIndex(a[3]) : len;
        if (st < 0) {
            st = Math.max(0, st + len);
        }
        if (en < 0) {
            en = Math.max(0, en + len);
        }
        return new int[] {(int) Math.min(st, len), (int) Math.min(en, len)};
    }

    static PyObject strMul(PyObject a, PyObject b) {
        if (!(b instanceof PyInt)) {
            if (b.type().lookup("__index__") == null) {
                return NI;
            }
        }
        int n = Args.repeatCount(b, sv(a).length(), "string");
        return s(n <= 0 ? "" : sv(a).repeat(n));
    }

    // ---------------------------------------------------------------- tuple

    static PyObject[] items(PyObject o) {
        return o instanceof PyTuple ? ((PyTuple) o).items : ((PyList) o).toArray();
    }

    /** Lexicographic sequence comparison (CPython 3.11: list_richcompare / tuplerichcompare). */
    static PyObject seqCompare(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        int k = 0;
        while (k < na && k < nb) {
            if (!Abstract.richCompareBool(a[k], b[k], Abstract.EQ)) {
                break;
            }
            k++;
        }
        if (k >= na || k >= nb) {
            return PyBool.of(cmpResult(Integer.compare(na, nb), op));
        }
        if (op == Abstract.EQ) {
            return PyBool.FALSE;
        }
        if (op == Abstract.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(a[k], b[k], op);
    }

    /**
     * {@code __module__} of a built-in function (CPython's m_module): the module that holds it under its name
     * when its owner is a loaded module, else {@code builtins}; None for a bound method.
     */
    static PyObject builtinModuleName(PyBuiltinFunction f) {
        if (f.self != null) {
            return NONE;
        }
        if (f.module != null) {
            return s(f.module);
        }
        if (f.owner != null) {
            PyObject m = dev.quicken.eval.Interpreter.current().modules.getStr(f.owner);
            if (m instanceof PyModule && ((PyModule) m).dict.getStr(f.name) == f) {
                return s(f.owner);
            }
        }
        return s("builtins");
    }

    private static BigInteger sliceBound(PyObject v) {
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw Exc.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(v).toBigInteger();
    }

    /** {@code slice.indices(length)} in arbitrary precision. CPython 3.11: Objects/sliceobject.c _PySlice_GetLongIndices. */
    static PyObject sliceIndices(PySlice sl, PyObject len) {
        BigInteger step = sl.step == NONE ? BigInteger.ONE : sliceBound(sl.step);
        if (step.signum() == 0) {
            throw Exc.valueError("slice step cannot be zero");
        }
        BigInteger length = Abstract.index(len).toBigInteger();
        if (length.signum() < 0) {
            throw Exc.valueError("length should not be negative");
        }
        boolean neg = step.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? length.add(lower) : length;
        BigInteger[] ends = new BigInteger[2];
        PyObject[] given = {sl.start, sl.stop};
        for (int k = 0; k < 2; k++) {
            if (given[k] == NONE) {
                ends[k] = (k == 0) == neg ? upper : lower;
                continue;
            }
            BigInteger v = sliceBound(given[k]);
            if (v.signum() < 0) {
                v = v.add(length);
                if (v.compareTo(lower) < 0) {
                    v = lower;
                }
            } else if (v.compareTo(upper) > 0) {
                v = upper;
            }
            ends[k] = v;
        }
        return new PyTuple(new PyObject[] {PyInt.of(ends[0]), PyInt.of(ends[1]), PyInt.of(step)});
    }

    /** CPython 3.11: Objects/listobject.c list_richcompare (sizes re-read: __eq__ may mutate either list). */
    static PyObject listCompare(PyList a, PyList b, int op) {
        if (a.size != b.size && (op == Abstract.EQ || op == Abstract.NE)) {
            return PyBool.of(op == Abstract.NE);
        }
        int k = 0;
        for (; k < a.size && k < b.size; k++) {
            PyObject x = a.items[k];
            PyObject y = b.items[k];
            if (x != y && !Abstract.richCompareBool(x, y, Abstract.EQ)) {
                break;
            }
        }
        if (k >= a.size || k >= b.size) {
            return PyBool.of(cmpResult(Integer.compare(a.size, b.size), op));
        }
        if (op == Abstract.EQ) {
            return PyBool.FALSE;
        }
        if (op == Abstract.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(a.items[k], b.items[k], op);
    }

    static String seqRepr(PyObject self, PyObject[] items, int n, String open, String close) {
        ThreadLocalReprGuard g = ThreadLocalReprGuard.enter(self);
        if (g == null) {
            return open + "..." + close;
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[k]));
            }
            if (open.equals("(") && n == 1) {
                sb.append(',');
            }
            return sb.append(close).toString();
        } finally {
            g.exit();
        }
    }

    private static void setupTuple() {
        PyType t = PyTuple.TYPE;
        def0(t, "__len__", new Def0(48));
        def0(t, "__repr__", new Def0(49));
        def0(t, "__hash__", new Def0(50));
        def0(t, "__iter__", new Def0(51));
        def1(t, TupleDef1.__getitem__);
        def1(t, TupleDef1.__contains__);
        def1(t, TupleDef1.__add__);
        TypeSetup.F1 mul = new TypeSetup.F1() { // sequence repetition: __mul__ and __rmul__ alike
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                if (!(b instanceof PyInt)) {
                    return NI;
                }
                PyObject[] x = ((PyTuple) a).items;
                long n = Args.repeatCount(b, x.length, null);
                if ((x.length == 0 || n == 1) && a.getClass() == PyTuple.class) { // CPython 3.11: tuplerepeat
                    return a;
                }
                PyObject[] r = new PyObject[(int) (x.length * n)];
                for (int k = 0; k < n; k++) {
                    System.arraycopy(x, 0, r, k * x.length, x.length);
                }
                return new PyTuple(r);
            }
        };
        def1(t, "__mul__", mul);
        def1(t, "__rmul__", mul);
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return b instanceof PyTuple
                    ? seqCompare(((PyTuple) a).items, ((PyTuple) a).size(), ((PyTuple) b).items, ((PyTuple) b).size(),
                            fop) : NI;
                }
            });
        }
        def1(t, TupleDef1.count);
        def(t, TupleDefN.index);
        defNew(t, TypeNew.TUPLE);
    }

    /** The methods of self and one argument that setupTuple registers on its type: one switch instead of a lambda class each. */
    private enum TupleDef1 implements TypeSetup.F1 {
        __getitem__, __contains__, __add__, count;

        @Override
        public PyObject apply(PyObject a, PyObject arg) {
            switch (this) {
            case __getitem__:
                return __getitem___impl(a, arg);
            case __contains__:
                return __contains___impl(a, arg);
            case __add__:
                return __add___impl(a, arg);
            case count:
                return count_impl(a, arg);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getitem___impl(PyObject a, PyObject k) {
            PyObject[] it = ((PyTuple) a).items;
            if (k instanceof PySlice) {
                return new PyTuple(sliceItems(it, it.length, (PySlice) k));
            }
            long x = Abstract.asIndex(k, "tuple");
            if (x < 0) {
                x += it.length;
            }
            if (x < 0 || x >= it.length) {
                throw Exc.indexError("tuple index out of range");
            }
            return it[(int) x];
        }

        private static PyObject __contains___impl(PyObject a, PyObject x) {
            for (PyObject y : ((PyTuple) a).items) {
                if (Abstract.richCompareBool(y, x, Abstract.EQ)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }

        private static PyObject __add___impl(PyObject a, PyObject b) {
            if (!(b instanceof PyTuple)) {
                return NI;
            }
            PyObject[] x = ((PyTuple) a).items;
            PyObject[] y = ((PyTuple) b).items;
            PyObject[] r = Items.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PyTuple(r);
        }

        private static PyObject count_impl(PyObject a, PyObject x) {
            long c = 0;
            for (PyObject y : ((PyTuple) a).items) {
                if (Abstract.richCompareBool(y, x, Abstract.EQ)) {
                    c++;
                }
            }
            return i(c);
        }
    }

    /** The functions of an argument vector that setupTuple registers on its type: one switch instead of a lambda class each. */
    private enum TupleDefN implements JFunc {
        index;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case index:
                return index_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject index_impl(PyObject[] a, String[] kw) {
            Args.count("index", a, kw, 1, 1, 3);
            PyObject[] it = ((PyTuple) a[0]).items;
            int[] se = sliceBounds(it.length, a);
            for (int k = se[0]; k < se[1]; k++) {
                if (Abstract.richCompareBool(it[k], a[1], Abstract.EQ)) {
                    return i(k);
                }
            }
            throw Exc.valueError("tuple.index(x): x not in tuple");
        }
    }

    static PyObject[] sliceItems(PyObject[] it, int n, PySlice sl) {
        long[] ix = sl.indices(n);
        PyObject[] r = new PyObject[(int) ix[3]];
        for (int k = 0; k < r.length; k++) {
            r[k] = it[(int) (ix[0] + k * ix[2])];
        }
        return r;
    }

    // ---------------------------------------------------------------- list

    static PyList L(PyObject o) {
        return (PyList) o;
    }

    private static void setupList() {
        PyType t = PyList.TYPE;
        def0(t, "__len__", new Def0(52));
        def0(t, "__repr__", new Def0(53));
        t.dict.setStr("__hash__", NONE);
        def0(t, "__iter__", new Def0(54));
        def0(t, "__reversed__", new Def0(55));
        def1(t, ListDef1.__getitem__);
        def2(t, ListDef2.__setitem__);
        def1(t, ListDef1.__delitem__);
        def1(t, ListDef1.__contains__);
        def1(t, ListDef1.__add__);
        def1(t, ListDef1.__iadd__);
        TypeSetup.F1 mul = new TypeSetup.F1() { // sequence repetition: __mul__ and __rmul__ alike
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                if (!(b instanceof PyInt) && b.type().lookup("__index__") == null) {
                    return NI;
                }
                long n = Args.repeatCount(b, L(a).size, null);
                PyList l = L(a);
                PyList r = new PyList();
                for (int k = 0; k < n; k++) {
                    for (int m = 0; m < l.size; m++) {
                        r.append(l.items[m]);
                    }
                }
                return r;
            }
        };
        def1(t, "__mul__", mul);
        def1(t, "__rmul__", mul);
        def1(t, "__imul__", new TypeSetup.F1() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                PyList r = (PyList) mul.apply(a, b);
                L(a).setAll(r.toArray());
                return a;
            }
        });
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return b instanceof PyList ? listCompare(L(a), L(b), fop) : NI;
                }
            });
        }
        def1(t, ListDef1.append);
        def1(t, ListDef1.extend);
        def2(t, ListDef2.insert);
        def(t, ListDefN.pop);
        def1(t, ListDef1.remove);
        def(t, ListDefN.index);
        def1(t, ListDef1.count);
        def0(t, ListDef0.reverse);
        def0(t, "copy", new Def0(56));
        def0(t, ListDef0.clear);
        def(t, ListDefN.sort);
        defNew(t, TypeNew.LIST);
        def(t, ListDefN.__init__);
        defClassMethod(t, PyGenericAlias.ClassGetItem.__class_getitem__);
    }

    /** The methods of self and one argument that setupList registers on its type: one switch instead of a lambda class each. */
    private enum ListDef1 implements TypeSetup.F1 {
        __getitem__, __delitem__, __contains__, __add__, __iadd__, append, extend, remove, count;

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
            case append:
                return append_impl(self, arg);
            case extend:
                return extend_impl(self, arg);
            case remove:
                return remove_impl(self, arg);
            case count:
                return count_impl(self, arg);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getitem___impl(PyObject a, PyObject k) {
            return listGetItem(L(a), k);
        }

        private static PyObject __delitem___impl(PyObject a, PyObject k) {
            PyList l = L(a);
            if (k instanceof PySlice) {
                long[] ix = ((PySlice) k).indices(l.size);
                List<PyObject> keep = new ArrayList<>();
                java.util.Set<Integer> del = new java.util.HashSet<>();
                for (long m = 0; m < ix[3]; m++) {
                    del.add((int) (ix[0] + m * ix[2]));
                }
                for (int m = 0; m < l.size; m++) {
                    if (!del.contains(m)) {
                        keep.add(l.items[m]);
                    }
                }
                l.setAll(keep.toArray(new PyObject[0]));
                return NONE;
            }
            long x = Abstract.asIndex(k, "list");
            if (x < 0) {
                x += l.size;
            }
            if (x < 0 || x >= l.size) {
                throw Exc.indexError("list assignment index out of range");
            }
            l.remove((int) x);
            return NONE;
        }

        private static PyObject __contains___impl(PyObject a, PyObject x) {
            PyList l = L(a);
            for (int k = 0; k < l.size; k++) {
                if (Abstract.richCompareBool(l.items[k], x, Abstract.EQ)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }

        private static PyObject __add___impl(PyObject a, PyObject b) {
            if (!(b instanceof PyList)) {
                return NI;
            }
            return PyList.concat(L(a), L(b));
        }

        private static PyObject __iadd___impl(PyObject a, PyObject b) {
            listExtend(L(a), b);
            return a;
        }

        private static PyObject append_impl(PyObject a, PyObject x) {
            L(a).append(x);
            return NONE;
        }

        private static PyObject extend_impl(PyObject a, PyObject x) {
            listExtend(L(a), x);
            return NONE;
        }

        private static PyObject remove_impl(PyObject a, PyObject x) {
            PyList l = L(a);
            for (int k = 0; k < l.size; k++) {
                if (Abstract.richCompareBool(l.items[k], x, Abstract.EQ)) {
                    l.remove(k);
                    return NONE;
                }
            }
            throw Exc.valueError("list.remove(x): x not in list");
        }

        private static PyObject count_impl(PyObject a, PyObject x) {
            PyList l = L(a);
            long c = 0;
            for (int k = 0; k < l.size; k++) {
                if (Abstract.richCompareBool(l.items[k], x, Abstract.EQ)) {
                    c++;
                }
            }
            return i(c);
        }
    }

    /** The methods of self and two arguments that setupList registers on its type: one switch instead of a lambda class each. */
    private enum ListDef2 implements TypeSetup.F2 {
        __setitem__, insert;

        @Override
        public PyObject apply(PyObject a, PyObject arg1, PyObject v) {
            switch (this) {
            case __setitem__:
                return __setitem___impl(a, arg1, v);
            case insert:
                return insert_impl(a, arg1, v);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setitem___impl(PyObject a, PyObject k, PyObject v) {
            listSetItem(L(a), k, v);
            return NONE;
        }

        private static PyObject insert_impl(PyObject a, PyObject idx, PyObject x) {
            PyList l = L(a);
            long k = Args.integer(idx);
            if (k < 0) {
                k = Math.max(0, k + l.size);
            }
            l.insert((int) Math.min(k, l.size), x);
            return NONE;
        }
    }

    /** The functions of an argument vector that setupList registers on its type: one switch instead of a lambda class each. */
    private enum ListDefN implements JFunc {
        pop, index, sort, __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case pop:
                return pop_impl(a, kw);
            case index:
                return index_impl(a, kw);
            case sort:
                return sort_impl(a, kw);
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject pop_impl(PyObject[] a, String[] kw) {
            Args.count("pop", a, kw, 1, 0, 1);
            PyList l = L(a[0]);
            if (l.size == 0) {
                throw Exc.indexError("pop from empty list");
            }
            long k = a.length > 1 ? Args.integer(a[1]) : l.size - 1;
            if (k < 0) {
                k += l.size;
            }
            if (k < 0 || k >= l.size) {
                throw Exc.indexError("pop index out of range");
            }
            return l.remove((int) k);
        }

        private static PyObject index_impl(PyObject[] a, String[] kw) {
            Args.count("index", a, kw, 1, 1, 3);
            PyList l = L(a[0]);
            int[] se = sliceBounds(l.size, a);
            for (long k = se[0]; k < Math.min(se[1], l.size); k++) {
                if (Abstract.richCompareBool(l.items[(int) k], a[1], Abstract.EQ)) {
                    return i(k);
                }
            }
            throw Exc.valueError(Abstract.repr(a[1]) + " is not in list");
        }

        private static PyObject sort_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("sort", a, kw, 1, new String[] {"key", "reverse"}, 0, 0);
            listSort(L(a[0]), p[0], p[1] != null && Abstract.isTrue(p[1]));
            return NONE;
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            // CPython 3.11: Objects/clinic/listobject.c.h list___init__ (keywords go to a subclass's own __new__)
            PyType cls = a[0].type();
            if (cls == PyList.TYPE || cls.lookup("__new__") == PyList.TYPE.lookup("__new__")) {
                Args.noKw("list", kw);
            }
            int npos = Args.npos(a, kw) - 1;
            if (npos > 1) {
                throw Exc.typeError("list expected at most 1 argument, got " + npos);
            }
            a = Items.copyOf(a, npos + 1);
            PyList l = L(a[0]);
            l.setAll(new PyObject[0]);
            if (a.length > 1) {
                listExtend(l, a[1]);
            }
            return NONE;
        }
    }

    /** The methods of self alone that setupList registers on its type: one switch instead of a lambda class each. */
    private enum ListDef0 implements TypeSetup.F0 {
        reverse, clear;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case reverse:
                return reverse_impl(a);
            case clear:
                return clear_impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject reverse_impl(PyObject a) {
            PyList l = L(a);
            for (int x = 0, y = l.size - 1; x < y; x++, y--) {
                PyObject tmp = l.items[x];
                l.items[x] = l.items[y];
                l.items[y] = tmp;
            }
            return NONE;
        }

        private static PyObject clear_impl(PyObject a) {
            L(a).setAll(new PyObject[0]);
            return NONE;
        }
    }

    static void listExtend(PyList l, PyObject x) {
        PyObject[] it = x == l ? l.toArray() : Abstract.sequenceList(x);
        for (PyObject o : it) {
            l.append(o);
        }
    }

    // CPython 3.11: Objects/abstract.c PySequence_Fast
    /** The items of {@code v} (a copy); a TypeError from making its iterator gets {@code message}. */
    static PyObject[] sequenceFast(PyObject v, String message) {
        if (v.getClass() == PyTuple.class || v instanceof PyList && ((PyList) v).cls == PyList.TYPE) {
            return Abstract.toArray(v);
        }
        PyObject it;
        try {
            it = Abstract.iter(v);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError)) {
                throw Exc.typeError(message);
            }
            throw e;
        }
        PyList out = new PyList();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            out.append(x);
        }
        return out.toArray();
    }

    // CPython 3.11: Objects/listobject.c list_subscript
    /** {@code l[k]}: list.__getitem__, also called directly for an exact list (Abstract.getItem). */
    static PyObject listGetItem(PyList l, PyObject k) {
        if (k instanceof PySlice) {
            PyList r = l.sliceOrNull((PySlice) k);
            return r != null ? r : new PyList(sliceItems(l.items, l.size, (PySlice) k));
        }
        long x = Abstract.asIndex(k, "list");
        if (x < 0) {
            x += l.size;
        }
        if (x < 0 || x >= l.size) {
            throw Exc.indexError("list index out of range");
        }
        return l.items[(int) x];
    }

    // CPython 3.11: Objects/listobject.c list_ass_subscript
    /** {@code l[k] = v}: list.__setitem__, also called directly for an exact list (Abstract.setItem). */
    static void listSetItem(PyList l, PyObject k, PyObject v) {
        if (k instanceof PySlice) {
            listSetSlice(l, (PySlice) k, v);
            return;
        }
        long x = Abstract.asIndex(k, "list");
        if (x < 0) {
            x += l.size;
        }
        if (x < 0 || x >= l.size) {
            throw Exc.indexError("list assignment index out of range");
        }
        l.items[(int) x] = v;
    }

    static void listSetSlice(PyList l, PySlice sl, PyObject v) {
        PyObject[] vs = sequenceFast(v, "can only assign an iterable");
        long[] ix = sl.indices(l.size);
        if (ix[2] == 1) {
            int lo = (int) ix[0];
            int hi = (int) Math.max(ix[0], ix[1]);
            if (hi - lo == vs.length) {
                // as many items as the slice had (vs is a copy, also when v is l): replaced in place
                System.arraycopy(vs, 0, l.items, lo, vs.length);
                return;
            }
            PyObject[] cur = l.toArray();
            PyObject[] out = new PyObject[cur.length - (hi - lo) + vs.length];
            System.arraycopy(cur, 0, out, 0, lo);
            System.arraycopy(vs, 0, out, lo, vs.length);
            System.arraycopy(cur, hi, out, lo + vs.length, cur.length - hi);
            l.setAll(out);
            return;
        }
        if (vs.length != ix[3]) {
            throw Exc.valueError("attempt to assign sequence of size " + vs.length + " to extended slice of size "
                    + ix[3]);
        }
        for (int k = 0; k < vs.length; k++) {
            l.items[(int) (ix[0] + k * ix[2])] = vs[k];
        }
    }

    /** CPython 3.11: Objects/listobject.c list_sort_impl (stable; keys computed once; "<" only). */
    public static void listSort(PyList l, PyObject key, boolean reverse) {
        ListSort.sort(l, key, reverse);
    }

    // ---------------------------------------------------------------- dict

    static PyDict D(PyObject o) {
        return (PyDict) o;
    }

    /** A dict view ({@code keys()}, {@code values()}, {@code items()}). */
    public static final class DictView extends PyObject {
        final PyDict d;
        final int kind;

        DictView(PyDict d, int kind) {
            this.d = d;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return kind == 0 ? DICT_KEYS : kind == 1 ? DICT_VALUES : DICT_ITEMS;
        }

        PyIter iter() {
            return new Iterators.DictIter(d, kind, kind == 0 ? Iterators.DICT_KEYITER
                    : kind == 1 ? Iterators.DICT_VALUEITER : Iterators.DICT_ITEMITER);
        }
    }

    static void dictUpdate(PyDict d, PyObject other) {
        if (other instanceof PyDict && ((PyDict) other).type().lookup("__iter__") == PyDict.TYPE.lookup("__iter__")) {
            d.mergeFrom((PyDict) other, null);
            return;
        }
        PyObject keys = Abstract.lookupAttr(other, "keys");
        if (keys != null) {
            for (PyObject k : Abstract.toArray(Abstract.call(keys))) {
                d.setItem(k, Abstract.getItem(other, k));
            }
            return;
        }
        PyObject it = Abstract.iter(other);
        int n = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), n++) {
            PyObject[] kv;
            try {
                kv = Abstract.toArray(x);
            } catch (PyException e) {
                throw Exc.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
            }
            if (kv.length != 2) {
                throw Exc.valueError("dictionary update sequence element #" + n + " has length " + kv.length
                        + "; 2 is required");
            }
            d.setItem(kv[0], kv[1]);
        }
    }

    private static void setupDict() {
        PyType t = PyDict.TYPE;
        def0(t, "__len__", new Def0(57));
        t.dict.setStr("__hash__", NONE);
        def0(t, DictDef0.__repr__);
        def0(t, "__iter__", new Def0(58));
        def0(t, "__reversed__", new Def0(59));
        def1(t, DictDef1.__getitem__);
        def2(t, DictDef2.__setitem__);
        def1(t, DictDef1.__delitem__);
        def1(t, DictDef1.__contains__);
        for (int op : new int[] {Abstract.EQ, Abstract.NE}) {
            final int fop = op;
            def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (!(b instanceof PyDict)) {
                        return NI;
                    }
                    boolean eq = dictEq(D(a), D(b));
                    return PyBool.of(fop == Abstract.EQ ? eq : !eq);
                }
            });
        }
        def1(t, DictDef1.__or__);
        def1(t, DictDef1.__ior__);
        def(t, DictDefN.get);
        def(t, DictDefN.setdefault);
        def(t, DictDefN.pop);
        def0(t, DictDef0.popitem);
        def0(t, "keys", new Def0(60));
        def0(t, "values", new Def0(61));
        def0(t, "items", new Def0(62));
        def0(t, "copy", new Def0(63));
        def0(t, DictDef0.clear);
        def(t, DictDefN.update);
        defClassMethod(t, DictClassMethods.fromkeys);
        defNew(t, TypeNew.DICT);
        def(t, DictDefN.__init__);
        defClassMethod(t, PyGenericAlias.ClassGetItem.__class_getitem__);

        for (PyType vt : new PyType[] {DICT_KEYS, DICT_VALUES, DICT_ITEMS}) {
            def0(vt, "__len__", new Def0(64));
            getset(vt, DictVtGet.mapping, null);
            def0(vt, "__iter__", new Def0(65));
            def0(vt, DictVtDef0.__reversed__);
            def0(vt, DictVtDef0.__repr__);
            def1(vt, DictVtDef1.__contains__);
            if (vt != DICT_VALUES) {
                // CPython 3.11: Objects/dictobject.c dictviews_and/or/sub/xor: set(self) op= iterable
                for (String op : new String[] {"__and__", "__or__", "__sub__", "__xor__", "__rand__", "__ror__",
                    "__rsub__", "__rxor__"}) {
                    def1(vt, op, new TypeSetup.F1() {
                        @Override
                        public PyObject apply(PyObject a, PyObject b) {
                            return DictViewSets.binop(op.replace("__r", "").replace("_", ""), a, b,
                            op.startsWith("__r"));
                        }
                    });
                }
                for (int op = 0; op < 6; op++) {
                    final int fop = op;
                    def1(vt, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                        @Override
                        public PyObject apply(PyObject a, PyObject b) {
                            return dictViewCompare(a, b, fop);
                        }
                    });
                }
            }
        }
    }

    /** The methods of self alone that setupDict registers on its type: one switch instead of a lambda class each. */
    private enum DictDef0 implements TypeSetup.F0 {
        __repr__, popitem, clear;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return __repr___impl(a);
            case popitem:
                return popitem_impl(a);
            case clear:
                return clear_impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __repr___impl(PyObject a) {
            PyDict d = D(a);
            ThreadLocalReprGuard g = ThreadLocalReprGuard.enter(a);
            if (g == null) {
                return s("{...}");
            }
            try {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (int e = 0; e < d.entryLimit(); e++) {
                    PyObject k = d.keyAt(e);
                    if (k == null) {
                        continue;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Abstract.repr(k)).append(": ").append(Abstract.repr(d.valueAt(e)));
                }
                return s(sb.append('}').toString());
            } finally {
                g.exit();
            }
        }

        private static PyObject popitem_impl(PyObject a) {
            PyObject[] kv = D(a).popLast();
            if (kv == null) {
                throw Exc.keyError(s("popitem(): dictionary is empty")) == null ? null
                        : new PyException(Exc.make(Exc.KeyError, "popitem(): dictionary is empty"));
            }
            return new PyTuple(kv);
        }

        private static PyObject clear_impl(PyObject a) {
            D(a).clear();
            return NONE;
        }
    }

    /** The methods of self and one argument that setupDict registers on its type: one switch instead of a lambda class each. */
    private enum DictDef1 implements TypeSetup.F1 {
        __getitem__, __delitem__, __contains__, __or__, __ior__;

        @Override
        public PyObject apply(PyObject self, PyObject k) {
            switch (this) {
            case __getitem__:
                return __getitem___impl(self, k);
            case __delitem__:
                return __delitem___impl(self, k);
            case __contains__:
                return __contains___impl(self, k);
            case __or__:
                return __or___impl(self, k);
            case __ior__:
                return __ior___impl(self, k);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getitem___impl(PyObject a, PyObject k) {
            PyObject v = D(a).getItem(k);
            if (v == null) {
                if (a.type() != PyDict.TYPE) {
                    PyObject miss = a.type().lookup("__missing__");
                    if (miss != null) {
                        return Abstract.callMethodDescr(miss, a, new PyObject[] {k}, null);
                    }
                }
                throw Exc.keyError(k);
            }
            return v;
        }

        private static PyObject __delitem___impl(PyObject a, PyObject k) {
            if (D(a).delItem(k) == null) {
                throw Exc.keyError(k);
            }
            return NONE;
        }

        private static PyObject __contains___impl(PyObject a, PyObject k) {
            return PyBool.of(D(a).getItem(k) != null);
        }

        private static PyObject __or___impl(PyObject a, PyObject b) {
            if (!(b instanceof PyDict)) {
                return NI;
            }
            PyDict r = D(a).copy();
            dictUpdate(r, b);
            return r;
        }

        private static PyObject __ior___impl(PyObject a, PyObject b) {
            dictUpdate(D(a), b);
            return a;
        }
    }

    /** The methods of self and two arguments that setupDict registers on its type: one switch instead of a lambda class each. */
    private enum DictDef2 implements TypeSetup.F2 {
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
            D(a).setItem(k, v);
            return NONE;
        }
    }

    /** The functions of an argument vector that setupDict registers on its type: one switch instead of a lambda class each. */
    private enum DictDefN implements JFunc {
        get, setdefault, pop, update, __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case get:
                return get_impl(a, kw);
            case setdefault:
                return setdefault_impl(a, kw);
            case pop:
                return pop_impl(a, kw);
            case update:
                return update_impl(a, kw);
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject get_impl(PyObject[] a, String[] kw) {
            Args.count("get", a, kw, 1, 1, 2);
            PyObject v = D(a[0]).getItem(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : NONE;
        }

        private static PyObject setdefault_impl(PyObject[] a, String[] kw) {
            Args.count("setdefault", a, kw, 1, 1, 2);
            return D(a[0]).setDefault(a[1], a.length > 2 ? a[2] : NONE);
        }

        private static PyObject pop_impl(PyObject[] a, String[] kw) {
            Args.count("pop", a, kw, 1, 1, 2);
            if (D(a[0]).size() == 0) {
                if (a.length > 2) {
                    return a[2];
                }
                throw Exc.keyError(a[1]);
            }
            PyObject v = D(a[0]).delItem(a[1]);
            if (v == null) {
                if (a.length > 2) {
                    return a[2];
                }
                throw Exc.keyError(a[1]);
            }
            return v;
        }

        private static PyObject update_impl(PyObject[] a, String[] kw) {
            if (Args.npos(a, kw) > 2) {
                throw Exc.typeError("update expected at most 1 argument, got " + (Args.npos(a, kw) - 1));
            }
            if (Args.npos(a, kw) == 2) {
                dictUpdate(D(a[0]), a[1]);
            }
            if (kw != null) {
                for (int k = 0; k < kw.length; k++) {
                    D(a[0]).setStr(kw[k], a[a.length - kw.length + k]);
                }
            }
            return NONE;
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            PyDict d = D(a[0]);
            int npos = Args.npos(a, kw);
            if (npos > 2) {
                throw Exc.typeError("dict expected at most 1 argument, got " + (npos - 1));
            }
            if (npos == 2) {
                dictUpdate(d, a[1]);
            }
            if (kw != null) {
                for (int k = 0; k < kw.length; k++) {
                    d.setStr(kw[k], a[npos + k]);
                }
            }
            return NONE;
        }
    }

    /** The class methods that setupDict registers on its type: one switch instead of a lambda class each. */
    private enum DictClassMethods implements JFunc {
        fromkeys;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case fromkeys:
                return fromkeys_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject fromkeys_impl(PyObject[] a, String[] kw) {
            Args.count("fromkeys", a, kw, 1, 1, 2);
            PyObject d = Abstract.call(a[0]);
            PyObject v = a.length > 2 ? a[2] : NONE;
            for (PyObject k : Abstract.toArray(a[1])) {
                Abstract.setItem(d, k, v);
            }
            return d;
        }
    }

    /** The attribute getters that setupDict registers on vt: one switch instead of a lambda class each. */
    private enum DictVtGet implements java.util.function.Function<PyObject, PyObject> {
        mapping;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case mapping:
                return new PyMappingProxy(((DictView) a).d);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupDict registers on vt: one switch instead of a lambda class each. */
    private enum DictVtDef0 implements TypeSetup.F0 {
        __reversed__, __repr__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reversed__:
                return __reversed___impl(a);
            case __repr__:
                return __repr___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reversed___impl(PyObject a) {
            PyObject[] all = Abstract.toArray(((DictView) a).iter());
            int kind = ((DictView) a).kind;
            return new Iterators.ArrayIter(reverse(all), kind == 0 ? Iterators.DICT_REVKEYITER
                    : kind == 1 ? Iterators.DICT_REVVALUEITER : Iterators.DICT_REVITEMITER);
        }

        private static PyObject __repr___impl(PyObject a) {
            PyObject[] all = Abstract.toArray(((DictView) a).iter());
            return s(a.type().name() + "(" + seqRepr(a, all, all.length, "[", "]") + ")");
        }
    }

    /** The methods of self and one argument that setupDict registers on vt: one switch instead of a lambda class each. */
    private enum DictVtDef1 implements TypeSetup.F1 {
        __contains__;

        @Override
        public PyObject apply(PyObject a, PyObject x) {
            switch (this) {
            case __contains__:
                return __contains___impl(a, x);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __contains___impl(PyObject a, PyObject x) {
            DictView v = (DictView) a;
            if (v.kind == 0) {
                return PyBool.of(v.d.getItem(x) != null);
            }
            if (v.kind == 2) {
                if (!(x instanceof PyTuple) || ((PyTuple) x).size() != 2) {
                    return PyBool.FALSE;
                }
                PyObject val = v.d.getItem(((PyTuple) x).get(0));
                return PyBool.of(val != null && Abstract.eq(val, ((PyTuple) x).get(1)));
            }
            for (PyObject y : v.d.valuesArray()) {
                if (Abstract.eq(y, x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
    }

    static int opIndex(String sym) {
        for (int k = 0; k < Abstract.NB_SYMBOLS.length; k++) {
            if (Abstract.NB_SYMBOLS[k].equals(sym)) {
                return k;
            }
        }
        return -1;
    }

    static PyObject[] reverse(PyObject[] a) {
        PyObject[] r = new PyObject[a.length];
        for (int k = 0; k < a.length; k++) {
            r[k] = a[a.length - 1 - k];
        }
        return r;
    }

    // CPython 3.11: Objects/dictobject.c dict_equal (entries re-read: __eq__ may mutate either dict)
    static boolean dictEq(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int e = 0; e < a.entryLimit(); e++) {
            PyObject k = a.keyAt(e);
            PyObject av = k == null ? null : a.valueAt(e);
            if (av == null) {
                continue;
            }
            PyObject bv = b.getItem(k);
            if (bv == null || !Abstract.richCompareBool(av, bv, Abstract.EQ)) {
                return false;
            }
        }
        return true;
    }

    /** CPython 3.11: Objects/dictobject.c all_contained_in. */
    static boolean allContainedIn(PyObject self, PyObject other) {
        PyObject it = Abstract.iter(self);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!Abstract.contains(other, x)) {
                return false;
            }
        }
        return true;
    }

    /** CPython 3.11: Objects/dictobject.c dictview_richcompare. */
    static PyObject dictViewCompare(PyObject self, PyObject other, int op) {
        if (!(other instanceof DictView && ((DictView) other).kind != 1) && PySet.of(other) == null) {
            return NI;
        }
        long ls = Abstract.len(self);
        long lo = Abstract.len(other);
        boolean ok = false;
        switch (op) {
            case Abstract.EQ:
            case Abstract.NE:
                ok = ls == lo && allContainedIn(self, other);
                if (op == Abstract.NE) {
                    ok = !ok;
                }
                break;
            case Abstract.LT:
                ok = ls < lo && allContainedIn(self, other);
                break;
            case Abstract.LE:
                ok = ls <= lo && allContainedIn(self, other);
                break;
            case Abstract.GT:
                ok = ls > lo && allContainedIn(other, self);
                break;
            default:
                ok = ls >= lo && allContainedIn(other, self);
        }
        return PyBool.of(ok);
    }

    // ---------------------------------------------------------------- set, frozenset

    static PySet S(PyObject o) {
        PySet s = PySet.of(o);
        if (s == null) {
            throw Exc.typeError("expected a set");
        }
        return s;
    }

    /** A set of the items of any iterable (CPython's set_update_internal order). */
    static PySet toSet(PyObject o, boolean frozen) {
        PySet r = new PySet(frozen);
        PySet other = PySet.of(o);
        if (other != null) {
            r.table.merge(other.table, PySet.EQ);
            return r;
        }
        if (o instanceof PyDict && o.type() == PyDict.TYPE) {
            PyDict d = (PyDict) o;
            r.table.reserveForDict(d.size());
        }
        if (o.getClass() == PyTuple.class || o instanceof PyList || o instanceof PyDict) {
            for (PyObject x : Abstract.toArray(o)) {
                r.add(x);
            }
            return r;
        }
        // any other iterable item by item, as set_update_internal does (no list of them first)
        PyObject it = Abstract.iter(o);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            r.add(x);
        }
        return r;
    }

    static String setRepr(PyObject self) {
        PySet st = S(self);
        boolean frozen = self.type().isSubtypeOf(PyFrozenSet.TYPE);
        String name = self.type().name();
        if (st.size() == 0) {
            return name + "()";
        }
        ThreadLocalReprGuard g = ThreadLocalReprGuard.enter(self);
        if (g == null) {
            return name + "(...)";
        }
        try {
            PyObject[] it = st.items();
            String body = seqRepr(null, it, it.length, "{", "}");
            return frozen || self.type() != PySet.TYPE ? name + "(" + body + ")" : body;
        } finally {
            g.exit();
        }
    }

    static PySet result(PyObject a, SetTable t) {
        return new PySet(a.type().isSubtypeOf(PyFrozenSet.TYPE), t);
    }

    private static void setupSet() {
        for (PyType t : new PyType[] {PySet.TYPE, PyFrozenSet.TYPE}) {
            final boolean frozen = t == PyFrozenSet.TYPE;
            def0(t, "__len__", new Def0(66));
            def0(t, "__repr__", new Def0(67));
            def0(t, "__iter__", new Def0(68));
            def1(t, SetDef1.__contains__);
            if (frozen) {
                def0(t, "__hash__", new Def0(69));
            } else {
                t.dict.setStr("__hash__", NONE);
            }
            def1(t, SetDef1.__or__);
            def1(t, SetDef1.__and__);
            def1(t, SetDef1.__sub__);
            def1(t, SetDef1.__xor__);
            def1(t, SetDef1.__ror__);
            def1(t, SetDef1.__rand__);
            def1(t, SetDef1.__rsub__);
            def1(t, SetDef1.__rxor__);
            for (int op = 0; op < 6; op++) {
                final int fop = op;
                def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                    @Override
                    public PyObject apply(PyObject a, PyObject b) {
                        PySet y = PySet.of(b);
                        if (y == null) {
                            return NI;
                        }
                        PySet x = S(a);
                        boolean sub = isSubset(x, y);
                        boolean sup = isSubset(y, x);
                        switch (fop) {
                            case Abstract.EQ:
                                return PyBool.of(sub && sup);
                            case Abstract.NE:
                                return PyBool.of(!(sub && sup));
                            case Abstract.LE:
                                return PyBool.of(sub);
                            case Abstract.GE:
                                return PyBool.of(sup);
                            case Abstract.LT:
                                return PyBool.of(sub && x.size() < y.size());
                            default:
                                return PyBool.of(sup && x.size() > y.size());
                        }
                    }
                });
            }
            def(t, SetDefN.union);
            def(t, SetDefN.intersection);
            def(t, SetDefN.difference);
            def1(t, SetDef1.symmetric_difference);
            def1(t, SetDef1.issubset);
            def1(t, SetDef1.issuperset);
            def1(t, SetDef1.isdisjoint);
            def0(t, "copy", new TypeSetup.F0() {
                @Override
                public PyObject apply(PyObject a) {
                    return frozen && a instanceof PySet ? a : result(a, S(a).table.copy());
                }
            });
            // CPython 3.11: Objects/setobject.c frozenset_new, set_new (subtypes get their own object)
            defNew(t, new JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    PyType cls = (PyType) a[0];
                    if (frozen) {
                        if (cls == PyFrozenSet.TYPE) {
                            Args.count("frozenset", a, kw, 1, 0, 1);
                            return a.length > 1 ? toSet(a[1], true) : new PySet(true);
                        }
                        Args.count(cls.name(), a, null, 1, 0, 1);
                        PySet s = PySet.ofClass(cls, true);
                        if (a.length > 1) {
                            s.setTable(toSet(a[1], true).table);
                        }
                        return s;
                    }
                    return PySet.ofClass(cls, false);
                }
            });
        }
        PyType t = PySet.TYPE;
        def(t, SetDefN.__init__);
        def1(t, SetDef1.add);
        def1(t, SetDef1.discard);
        def1(t, SetDef1.remove);
        def0(t, SetDef0.pop);
        def0(t, SetDef0.clear);
        def(t, SetDefN.update);
        def(t, SetDefN.difference_update);
        def(t, SetDefN.intersection_update);
        def1(t, SetDef1.symmetric_difference_update);
        def1(t, SetDef1.__ior__);
        def1(t, SetDef1.__iand__);
        def1(t, SetDef1.__isub__);
        def1(t, SetDef1.__ixor__);
    }

    /** The methods of self and one argument that setupSet registers on its type: one switch instead of a lambda class each. */
    private enum SetDef1 implements TypeSetup.F1 {
        __contains__, __or__, __and__, __sub__, __xor__, __ror__, __rand__, __rsub__, __rxor__, symmetric_difference,
        issubset, issuperset, isdisjoint, add, discard, remove, symmetric_difference_update, __ior__, __iand__,
        __isub__, __ixor__;

        @Override
        public PyObject apply(PyObject self, PyObject b) {
            switch (this) {
            case __contains__:
                return __contains___impl(self, b);
            case __or__:
                {
                PyObject a = self;
                return PySet.of(b) == null ? NI : result(a, SetTable.union(S(a).table, S(b).table,
                        PySet.EQ));
                }
            case __and__:
                {
                PyObject a = self;
                return PySet.of(b) == null ? NI : result(a, SetTable.intersection(S(a).table,
                        S(b).table, PySet.EQ));
                }
            case __sub__:
                {
                PyObject a = self;
                return PySet.of(b) == null ? NI : result(a, SetTable.difference(S(a).table,
                        S(b).table, PySet.EQ));
                }
            case __xor__:
                {
                PyObject a = self;
                return PySet.of(b) == null ? NI : result(a, SetTable.symmetricDifference(
                        S(a).table, S(b).table, PySet.EQ));
                }
            case __ror__:
                {
                PyObject a = self;
                return PySet.of(b) == null ? NI : result(b, SetTable.union(S(b).table, S(a).table,
                        PySet.EQ));
                }
            case __rand__:
                {
                PyObject a = self;
                return PySet.of(b) == null ? NI : result(b, SetTable.intersection(S(b).table,
                        S(a).table, PySet.EQ));
                }
            case __rsub__:
                {
                PyObject a = self;
                return PySet.of(b) == null ? NI : result(b, SetTable.difference(S(b).table,
                        S(a).table, PySet.EQ));
                }
            case __rxor__:
                {
                PyObject a = self;
                return PySet.of(b) == null ? NI : result(b, SetTable.symmetricDifference(
                        S(b).table, S(a).table, PySet.EQ));
                }
            case symmetric_difference:
                {
                PyObject a = self;
                return result(a, SetTable.symmetricDifference(S(a).table,
                        toSet(b, false).table, PySet.EQ));
                }
            case issubset:
                {
                PyObject a = self;
                return PyBool.of(isSubset(S(a), toSet(b, true)));
                }
            case issuperset:
                {
                PyObject a = self;
                return PyBool.of(isSubset(toSet(b, true), S(a)));
                }
            case isdisjoint:
                return isdisjoint_impl(self, b);
            case add:
                return add_impl(self, b);
            case discard:
                return discard_impl(self, b);
            case remove:
                return remove_impl(self, b);
            case symmetric_difference_update:
                return symmetric_difference_update_impl(self, b);
            case __ior__:
                return __ior___impl(self, b);
            case __iand__:
                return __iand___impl(self, b);
            case __isub__:
                return __isub___impl(self, b);
            case __ixor__:
                return __ixor___impl(self, b);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __contains___impl(PyObject a, PyObject x) {
            if (x instanceof PySet && !((PySet) x).frozen) {
                x = new PySet(true, ((PySet) x).table);
            }
            return PyBool.of(S(a).contains(x));
        }

        private static PyObject isdisjoint_impl(PyObject a, PyObject b) {
            for (PyObject x : Abstract.toArray(b)) {
                if (S(a).contains(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }

        private static PyObject add_impl(PyObject a, PyObject x) {
            S(a).add(x);
            return NONE;
        }

        private static PyObject discard_impl(PyObject a, PyObject x) {
            S(a).discard(x);
            return NONE;
        }

        private static PyObject remove_impl(PyObject a, PyObject x) {
            if (!S(a).discard(x)) {
                throw Exc.keyError(x);
            }
            return NONE;
        }

        private static PyObject symmetric_difference_update_impl(PyObject a, PyObject b) {
            S(a).table.symmetricDifferenceUpdate(toSet(b, false).table, PySet.EQ);
            S(a).mutations++;
            return NONE;
        }

        private static PyObject __ior___impl(PyObject a, PyObject b) {
            if (PySet.of(b) == null) {
                return NI;
            }
            S(a).table.merge(S(b).table, PySet.EQ);
            S(a).mutations++;
            return a;
        }

        private static PyObject __iand___impl(PyObject a, PyObject b) {
            if (PySet.of(b) == null) {
                return NI;
            }
            S(a).setTable(SetTable.intersection(S(a).table, S(b).table, PySet.EQ));
            return a;
        }

        private static PyObject __isub___impl(PyObject a, PyObject b) {
            if (PySet.of(b) == null) {
                return NI;
            }
            S(a).table.differenceUpdate(S(b).table, PySet.EQ);
            S(a).mutations++;
            return a;
        }

        private static PyObject __ixor___impl(PyObject a, PyObject b) {
            if (PySet.of(b) == null) {
                return NI;
            }
            S(a).table.symmetricDifferenceUpdate(S(b).table, PySet.EQ);
            S(a).mutations++;
            return a;
        }
    }

    /** The functions of an argument vector that setupSet registers on its type: one switch instead of a lambda class each. */
    private enum SetDefN implements JFunc {
        union, intersection, difference, __init__, update, difference_update, intersection_update;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case union:
                return union_impl(a, kw);
            case intersection:
                return intersection_impl(a, kw);
            case difference:
                return difference_impl(a, kw);
            case __init__:
                return __init___impl(a, kw);
            case update:
                return update_impl(a, kw);
            case difference_update:
                return difference_update_impl(a, kw);
            case intersection_update:
                return intersection_update_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject union_impl(PyObject[] a, String[] kw) {
            SetTable r = S(a[0]).table.copy();
            for (int k = 1; k < a.length; k++) {
                r.merge(toSet(a[k], false).table, PySet.EQ);
            }
            return result(a[0], r);
        }

        private static PyObject intersection_impl(PyObject[] a, String[] kw) {
            SetTable r = S(a[0]).table.copy();
            for (int k = 1; k < a.length; k++) {
                r = SetTable.intersection(r, toSet(a[k], false).table, PySet.EQ);
            }
            return result(a[0], r);
        }

        private static PyObject difference_impl(PyObject[] a, String[] kw) {
            SetTable r = S(a[0]).table.copy();
            for (int k = 1; k < a.length; k++) {
                r = SetTable.difference(r, toSet(a[k], false).table, PySet.EQ);
            }
            return result(a[0], r);
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            Args.count("set", a, kw, 1, 0, 1);
            PySet st = S(a[0]);
            st.clear();
            if (a.length > 1) {
                st.setTable(toSet(a[1], false).table);
            }
            return NONE;
        }

        private static PyObject update_impl(PyObject[] a, String[] kw) {
            for (int k = 1; k < a.length; k++) {
                PySet o = PySet.of(a[k]);
                if (o != null) {
                    S(a[0]).table.merge(o.table, PySet.EQ);
                    S(a[0]).mutations++;
                } else {
                    for (PyObject x : Abstract.toArray(a[k])) {
                        S(a[0]).add(x);
                    }
                }
            }
            return NONE;
        }

        private static PyObject difference_update_impl(PyObject[] a, String[] kw) {
            for (int k = 1; k < a.length; k++) {
                S(a[0]).table.differenceUpdate(toSet(a[k], false).table, PySet.EQ);
            }
            S(a[0]).mutations++;
            return NONE;
        }

        private static PyObject intersection_update_impl(PyObject[] a, String[] kw) {
            SetTable r = S(a[0]).table;
            for (int k = 1; k < a.length; k++) {
                r = SetTable.intersection(r, toSet(a[k], false).table, PySet.EQ);
            }
            S(a[0]).setTable(r);
            return NONE;
        }
    }

    /** The methods of self alone that setupSet registers on its type: one switch instead of a lambda class each. */
    private enum SetDef0 implements TypeSetup.F0 {
        pop, clear;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case pop:
                return pop_impl(a);
            case clear:
                return clear_impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject pop_impl(PyObject a) {
            if (S(a).size() == 0) {
                throw new PyException(Exc.make(Exc.KeyError, "pop from an empty set"));
            }
            S(a).mutations++;
            return S(a).table.pop();
        }

        private static PyObject clear_impl(PyObject a) {
            S(a).clear();
            return NONE;
        }
    }

    static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (PyObject x : a.items()) {
            if (!b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- misc types

    private static void setupMisc() {
        def0(PyNone.TYPE, MiscNoneDef0.__repr__);
        def0(PyNone.TYPE, MiscNoneDef0.__bool__);
        def0(PyNotImplemented.TYPE, MiscNotImplementedDef0.__repr__);
        def0(PyEllipsis.TYPE, MiscEllipsisDef0.__repr__);


        PyType sl = PySlice.TYPE;
        defNew(sl, TypeNew.SLICE);
        def0(sl, MiscSlDef0.__repr__);
        getset(sl, MiscSlGet.start, null);
        getset(sl, MiscSlGet.stop, null);
        getset(sl, MiscSlGet.step, null);
        sl.dict.setStr("__hash__", NONE);
        def1(sl, MiscSlDef1.indices);
        // CPython 3.11: Objects/sliceobject.c slice_reduce
        def0(sl, MiscSlDef0.__reduce__);
        for (int op : new int[] {Abstract.EQ, Abstract.NE}) {
            final int fop = op;
            def1(sl, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (!(b instanceof PySlice)) {
                        return NI;
                    }
                    PySlice x = (PySlice) a;
                    PySlice y = (PySlice) b;
                    return seqCompare(new PyObject[] {x.start, x.stop, x.step}, 3, new PyObject[] {y.start, y.stop,
                        y.step}, 3, fop);
                }
            });
        }

        PyType f = PyFunction.TYPE;
        // CPython 3.11: the tp_call slots' __call__ wrappers (collections.abc.Callable looks for them)
        for (PyType ct : new PyType[] {f, PyMethod.TYPE, PyBuiltinFunction.TYPE, PyMethodDescr.TYPE}) {
            def(ct, MiscCtDefN.__call__);
        }
        getset(f, MiscFGet.__builtins__, null);
        def0(f, "__repr__", new Def0(70));
        // CPython 3.11: Objects/funcobject.c func_get_name / func_set_name (one str object, as stored)
        getset(f, MiscFGet.__name__, MiscFSet.__name__);
        getset(f, MiscFGet.__qualname__, MiscFSet.__qualname__);
        getset(f, MiscFGet.__doc__, MiscFSet.__doc__);
        getset(f, MiscFGet.__module__, MiscFSet.__module__);
        getset(f, MiscFGet.__code__, MiscFSet.__code__);
        getset(f, MiscFGet.__globals__, null);
        getset(f, MiscFGet.__closure__, null);
        getset(f, MiscFGet.__defaults__, MiscFSet.__defaults__);
        getset(f, MiscFGet.__kwdefaults__, MiscFSet.__kwdefaults__);
        getset(f, MiscFGet.__annotations__, MiscFSet.__annotations__);
        getset(f, MiscFGet.__dict__, null);
        def(f, "__call__", new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return BuiltinMethods.callSelf(x0, x1);
            }
        });
        defGet(f, DescrGet.FUNCTION);

        PyType m = PyMethod.TYPE;
        // CPython 3.11: Objects/classobject.c method_new_impl
        defNew(m, TypeNew.METHOD);
        def0(m, MiscMDef0.__repr__);
        getset(m, MiscMGet.__self__, null);
        getset(m, MiscMGet.__func__, null);
        getset(m, MiscMGet.__name__, null);
        getset(m, MiscMGet.__qualname__, null);
        getset(m, MiscMGet.__doc__, null);
        def(m, "__call__", new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return BuiltinMethods.callSelf(x0, x1);
            }
        });
        for (int op : new int[] {Abstract.EQ, Abstract.NE}) {
            final int fop = op;
            def1(m, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    if (!(b instanceof PyMethod)) {
                        return NI;
                    }
                    boolean eq = ((PyMethod) a).func == ((PyMethod) b).func && ((PyMethod) a).self == ((PyMethod) b).self;
                    return PyBool.of(fop == Abstract.EQ ? eq : !eq);
                }
            });
        }
        def0(m, "__hash__", new Def0(71));

        PyType bf = PyBuiltinFunction.TYPE;
        def0(bf, "__repr__", new Def0(72));
        getset(bf, MiscBfGet.__name__, null);
        // CPython 3.11: Objects/methodobject.c meth_get__qualname__, meth_reduce
        getset(bf, MiscBfGet.__qualname__, null);
        def0(bf, MiscBfDef0.__reduce__);
        getset(bf, MiscBfGet.__self__, null);
        getset(bf, MiscBfGet.__module__, null);
        // CPython 3.11: Objects/classobject.c method___reduce___impl
        def0(m, MiscMDef0.__reduce__);
        // CPython 3.11: Objects/descrobject.c descr_reduce
        for (PyType descr : new PyType[] {PyMethodDescr.TYPE, PyMethodDescr.WRAPPER}) {
            def0(descr, "__reduce__", new Def0(73));
        }
        PyType md = PyMethodDescr.TYPE;
        def0(md, "__repr__", new Def0(74));
        getset(md, MiscMdGet.__name__, null);
        getset(md, MiscMdGet.__qualname__, null);
        defGet(md, DescrGet.METHOD_DESCR);
        PyType gs = PyDescriptors.GetSet.TYPE;
        def0(gs, "__repr__", new Def0(75));
        defGet(gs, DescrGet.GET_SET);
        def2(gs, MiscGsDef2.__set__);
        def1(gs, MiscGsDef1.__delete__);
        PyType mb = PyDescriptors.Member.TYPE;
        def0(mb, "__repr__", new Def0(76));
        defGet(mb, DescrGet.MEMBER);
        def2(mb, MiscMbDef2.__set__);
        def1(mb, MiscMbDef1.__delete__);

        PyType c = PyCell.TYPE;
        getset(c, MiscCGet.cell_contents, MiscCSet.cell_contents);

        PyType mo = PyModule.TYPE;
        def0(mo, "__repr__", new Def0(77));
        getset(mo, MiscMoGet.__dict__, null);
        defNew(mo, TypeNew.MODULE);
        def(mo, MiscMoDefN.__init__);
        def0(mo, "__dir__", new Def0(78));

        // classmethod, staticmethod, property
        PyType cm = PyDescriptors.CLASSMETHOD;
        cm.factory = new PyType.Factory() {
            @Override
            public PyObject make(PyType x) {
                return new PyDescriptors.ClassMethod(x, NONE);
            }
        };
        cm.hasInstanceDict = true;
        def(cm, MiscCmDefN.__init__);
        getset(cm, MiscCmGet.__dict__, null);
        getset(cm, MiscCmGet.__wrapped__, null);
        defGet(cm, DescrGet.CLASSMETHOD);
        getset(cm, MiscCmGet.__func__, null);
        getset(cm, MiscCmGet.__isabstractmethod__, null);
        PyType sm = PyDescriptors.STATICMETHOD;
        sm.factory = new PyType.Factory() {
            @Override
            public PyObject make(PyType x) {
                return new PyDescriptors.StaticMethod(x, NONE);
            }
        };
        sm.hasInstanceDict = true;
        def(sm, MiscSmDefN.__init__);
        getset(sm, MiscSmGet.__dict__, null);
        getset(sm, MiscSmGet.__wrapped__, null);
        getset(sm, MiscSmGet.__isabstractmethod__, null);
        defGet(sm, DescrGet.STATICMETHOD);
        def(sm, MiscSmDefN.__call__);
        getset(sm, MiscSmGet.__func__, null);
        PyType pr = PyDescriptors.PROPERTY;
        pr.factory = new PyType.Factory() {
            @Override
            public PyObject make(PyType x) {
                return new PyDescriptors.Property(x);
            }
        };
        def(pr, MiscPrDefN.__init__);
        defGet(pr, DescrGet.PROPERTY);
        def2(pr, MiscPrDef2.__set__);
        def1(pr, MiscPrDef1.__delete__);
        def2(pr, MiscPrDef2.__set_name__);
        for (int k = 0; k < 3; k++) {
            final int which = k;
            def1(pr, new String[] {"getter", "setter", "deleter"}[k], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject fn) {
                    PyDescriptors.Property old = (PyDescriptors.Property) a;
                    PyDescriptors.Property n = new PyDescriptors.Property(old.type());
                    n.fget = which == 0 ? fn : old.fget;
                    n.fset = which == 1 ? fn : old.fset;
                    n.fdel = which == 2 ? fn : old.fdel;
                    n.doc = old.doc;
                    n.name = old.name;
                    return n;
                }
            });
        }
        getset(pr, MiscPrGet.fget, null);
        getset(pr, MiscPrGet.fset, null);
        getset(pr, MiscPrGet.fdel, null);
        getset(pr, MiscPrGet.__doc__, null);
        // CPython 3.11: Objects/descrobject.c property_get___isabstractmethod__ (any of fget, fset, fdel)
        getset(pr, MiscPrGet.__isabstractmethod__, null);

        PyType code = CODE_TYPE;
        def0(code, "__repr__", new Def0(79));
        getset(code, MiscGet.co_name, null);
        getset(code, MiscGet.co_qualname, null);
        getset(code, MiscGet.co_filename, null);
        getset(code, MiscGet.co_firstlineno, null);
        // CPython 3.11: Objects/codeobject.c code_positions / code_linesiterator (traceback reads them)
        def0(code, MiscDef0.co_positions);
        def0(code, MiscDef0.co_lines);
        getset(code, MiscGet.co_argcount, null);
        getset(code, MiscGet.co_posonlyargcount, null);
        getset(code, MiscGet.co_kwonlyargcount, null);
        getset(code, MiscGet.co_nlocals, null);
        getset(code, MiscGet.co_stacksize, null);
        getset(code, MiscGet.co_flags, null);
        getset(code, MiscGet.co_consts, null);
        getset(code, MiscGet.co_names, null);
        getset(code, MiscGet.co_code, null);
        getset(code, MiscGet.co_varnames, null);
        getset(code, MiscGet.co_cellvars, null);
        getset(code, MiscGet.co_freevars, null);
        def(code, "replace", new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return CodeReplace.replace(x0, x1);
            }
        });
        getset(code, MiscGet.co_linetable, null);
        getset(code, MiscGet.co_exceptiontable, null);
        getset(code, MiscGet.co_lnotab, null);
        // CPython 3.11: Objects/codeobject.c code_getcodeadaptive: this interpreter's quickened copy
        getset(code, MiscGet._co_code_adaptive, null);
        // CPython 3.11: Objects/codeobject.c code__varname_from_oparg
        def1(code, MiscDef1._varname_from_oparg);
        // CPython 3.11: Objects/codeobject.c code_linesiterator
        def0(code, "co_lines", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                List<PyObject> out = new ArrayList<>();
                for (dev.quicken.code.LineTable.LineRange r : ((CodeObject) a).lines()) {
                    out.add(new PyTuple(new PyObject[] {i(r.start()), i(r.end()), r.line() == null ? NONE : i(r.line())}));
                }
                return Abstract.iter(new PyList(out.toArray(new PyObject[0])));
            }
        });
        // CPython 3.11: Objects/codeobject.c code_positionsiterator
        def0(code, "co_positions", new TypeSetup.F0() {
            @Override
            public PyObject apply(PyObject a) {
                List<PyObject> out = new ArrayList<>();
                for (dev.quicken.code.LineTable.Position p : ((CodeObject) a).positions()) {
                    out.add(new PyTuple(new PyObject[] {opt(p.line()), opt(p.endLine()), opt(p.column()),
                        opt(p.endColumn())}));
                }
                return Abstract.iter(new PyList(out.toArray(new PyObject[0])));
            }
        });
    }

    /** The methods of self alone that setupMisc registers on PyNone.TYPE: one switch instead of a lambda class each. */
    private enum MiscNoneDef0 implements TypeSetup.F0 {
        __repr__, __bool__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return s("None");
            case __bool__:
                return PyBool.FALSE;
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupMisc registers on PyNotImplemented.TYPE: one switch instead of a lambda class each. */
    private enum MiscNotImplementedDef0 implements TypeSetup.F0 {
        __repr__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return s("NotImplemented");
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupMisc registers on PyEllipsis.TYPE: one switch instead of a lambda class each. */
    private enum MiscEllipsisDef0 implements TypeSetup.F0 {
        __repr__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return s("Ellipsis");
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupMisc registers on sl: one switch instead of a lambda class each. */
    private enum MiscSlDef0 implements TypeSetup.F0 {
        __repr__, __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return __repr___impl(a);
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __repr___impl(PyObject a) {
            PySlice x = (PySlice) a;
            return s("slice(" + Abstract.repr(x.start) + ", " + Abstract.repr(x.stop) + ", " + Abstract.repr(x.step)
                    + ")");
        }

        private static PyObject __reduce___impl(PyObject a) {
            PySlice x = (PySlice) a;
            return new PyTuple(new PyObject[] {a.type(), new PyTuple(new PyObject[] {x.start, x.stop, x.step})});
        }
    }

    /** The attribute getters that setupMisc registers on sl: one switch instead of a lambda class each. */
    private enum MiscSlGet implements java.util.function.Function<PyObject, PyObject> {
        start, stop, step;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case start:
                return ((PySlice) a).start;
            case stop:
                return ((PySlice) a).stop;
            case step:
                return ((PySlice) a).step;
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self and one argument that setupMisc registers on sl: one switch instead of a lambda class each. */
    private enum MiscSlDef1 implements TypeSetup.F1 {
        indices;

        @Override
        public PyObject apply(PyObject a, PyObject n) {
            switch (this) {
            case indices:
                return sliceIndices((PySlice) a, n);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The functions of an argument vector that setupMisc registers on ct: one switch instead of a lambda class each. */
    private enum MiscCtDefN implements JFunc {
        __call__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __call__:
                return Abstract.call(a[0], Items.copyOfRange(a, 1, a.length), kw);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The attribute getters that setupMisc registers on f: one switch instead of a lambda class each. */
    private enum MiscFGet implements java.util.function.Function<PyObject, PyObject> {
        __builtins__, __name__, __qualname__, __doc__, __module__, __code__, __globals__, __closure__, __defaults__,
        __kwdefaults__, __annotations__, __dict__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __builtins__:
                return ((PyFunction) a).builtins;
            case __name__:
                return __name___impl(a);
            case __qualname__:
                return __qualname___impl(a);
            case __doc__:
                return ((PyFunction) a).doc;
            case __module__:
                return ((PyFunction) a).module;
            case __code__:
                return ((PyFunction) a).code;
            case __globals__:
                return ((PyFunction) a).globals;
            case __closure__:
                return ((PyFunction) a).closure == null ? NONE : ((PyFunction) a).closure;
            case __defaults__:
                return ((PyFunction) a).defaults == null ? NONE : ((PyFunction) a).defaults;
            case __kwdefaults__:
                return ((PyFunction) a).kwdefaults == null ? NONE : ((PyFunction) a).kwdefaults;
            case __annotations__:
                return __annotations___impl(a);
            case __dict__:
                return Abstract.instanceDict(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __name___impl(PyObject a) {
            PyFunction fn = (PyFunction) a;
            if (fn.nameObj == null || !fn.nameObj.value.equals(fn.name)) {
                fn.nameObj = s(fn.name);
            }
            return fn.nameObj;
        }

        private static PyObject __qualname___impl(PyObject a) {
            PyFunction fn = (PyFunction) a;
            if (fn.qualnameObj == null || !fn.qualnameObj.value.equals(fn.qualname)) {
                fn.qualnameObj = s(fn.qualname);
            }
            return fn.qualnameObj;
        }

        private static PyObject __annotations___impl(PyObject a) {
            PyFunction fn = (PyFunction) a;
            if (fn.annotations == null || fn.annotations == NONE) {
                fn.annotations = new PyDict();
            } else if (fn.annotations instanceof PyTuple) {
                PyDict d = new PyDict();
                PyObject[] it = ((PyTuple) fn.annotations).items;
                for (int k = 0; k + 1 < it.length; k += 2) {
                    d.setItem(it[k], it[k + 1]);
                }
                fn.annotations = d;
            }
            return fn.annotations;
        }
    }

    /** The attribute setters that setupMisc registers on f: one switch instead of a lambda class each. */
    private enum MiscFSet implements java.util.function.BiConsumer<PyObject, PyObject> {
        __name__, __qualname__, __doc__, __module__, __code__, __defaults__, __kwdefaults__, __annotations__;

        @Override
        public void accept(PyObject a, PyObject v) {
            switch (this) {
            case __name__:
                __name___impl(a, v);
                return;
            case __qualname__:
                __qualname___impl(a, v);
                return;
            case __doc__:
                ((PyFunction) a).doc = v;
                return;
            case __module__:
                ((PyFunction) a).module = v;
                return;
            case __code__:
                __code___impl(a, v);
                return;
            case __defaults__:
                __defaults___impl(a, v);
                return;
            case __kwdefaults__:
                __kwdefaults___impl(a, v);
                return;
            case __annotations__:
                __annotations___impl(a, v);
                return;
            default:
                throw new AssertionError(this);
            }
        }

        private static void __name___impl(PyObject a, PyObject v) {
            if (!(v instanceof PyStr)) {
                throw Exc.typeError("__name__ must be set to a string object");
            }
            ((PyFunction) a).name = ((PyStr) v).value;
            ((PyFunction) a).nameObj = (PyStr) v;
        }

        private static void __qualname___impl(PyObject a, PyObject v) {
            if (!(v instanceof PyStr)) {
                throw Exc.typeError("__qualname__ must be set to a string object");
            }
            ((PyFunction) a).qualname = ((PyStr) v).value;
            ((PyFunction) a).qualnameObj = (PyStr) v;
        }

        private static void __code___impl(PyObject a, PyObject v) {
            ((PyFunction) a).code = (CodeObject) v;
            ((PyFunction) a).invalidateVersion();
        }

        private static void __defaults___impl(PyObject a, PyObject v) {
            ((PyFunction) a).defaults = v == NONE || v == null ? null : (PyTuple) v;
            ((PyFunction) a).invalidateVersion();
        }

        private static void __kwdefaults___impl(PyObject a, PyObject v) {
            ((PyFunction) a).kwdefaults = v == NONE || v == null ? null : (PyDict) v;
            ((PyFunction) a).invalidateVersion();
        }

        private static void __annotations___impl(PyObject a, PyObject v) {
            ((PyFunction) a).annotations = v;
            ((PyFunction) a).invalidateVersion();
        }
    }

    /** The __get__ functions of the types this file sets up, a case per type: one switch instead of a lambda class each. */
    private enum DescrGet implements TypeSetup.F2 {
        FUNCTION, METHOD_DESCR, GET_SET, MEMBER, CLASSMETHOD, STATICMETHOD, PROPERTY;

        @Override
        public PyObject apply(PyObject a, PyObject obj, PyObject type) {
            switch (this) {
            case FUNCTION:
                return obj == NONE ? a : new PyMethod(a, obj);
            case METHOD_DESCR:
                return obj == NONE ? a : ((PyMethodDescr) a).bind(obj);
            case GET_SET:
                return obj == NONE ? a : ((PyDescriptors.GetSet) a).getter.apply(obj);
            case MEMBER:
                return obj == NONE ? a : Abstract.descrGet(a, obj, obj.type());
            case CLASSMETHOD:
                return Abstract.descrGet(a, obj == NONE ? null : obj,
                        type == NONE ? obj.type() : (PyType) type);
            case STATICMETHOD:
                return ((PyDescriptors.StaticMethod) a).func;
            case PROPERTY:
                return Abstract.descrGet(a, obj == NONE ? null : obj, null);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupMisc registers on m: one switch instead of a lambda class each. */
    private enum MiscMDef0 implements TypeSetup.F0 {
        __repr__, __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __repr__:
                return __repr___impl(a);
            case __reduce__:
                return reduceByGetattr(((PyMethod) a).self,
                        Abstract.getAttr(((PyMethod) a).func, "__name__"));
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __repr___impl(PyObject a) {
            PyMethod bm = (PyMethod) a;
            PyObject qn = Abstract.lookupAttr(bm.func, "__qualname__");
            return s("<bound method " + (qn == null ? "?" : Abstract.str(qn)) + " of " + Abstract.repr(bm.self) + ">");
        }
    }

    /** The attribute getters that setupMisc registers on m: one switch instead of a lambda class each. */
    private enum MiscMGet implements java.util.function.Function<PyObject, PyObject> {
        __self__, __func__, __name__, __qualname__, __doc__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __self__:
                return ((PyMethod) a).self;
            case __func__:
                return ((PyMethod) a).func;
            case __name__:
                return Abstract.getAttr(((PyMethod) a).func, "__name__");
            case __qualname__:
                return Abstract.getAttr(((PyMethod) a).func, "__qualname__");
            case __doc__:
                return Abstract.getAttr(((PyMethod) a).func, "__doc__");
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The attribute getters that setupMisc registers on bf: one switch instead of a lambda class each. */
    private enum MiscBfGet implements java.util.function.Function<PyObject, PyObject> {
        __name__, __qualname__, __self__, __module__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __name__:
                return s(((PyBuiltinFunction) a).name);
            case __qualname__:
                return __qualname___impl(a);
            case __self__:
                return __self___impl(a);
            case __module__:
                return builtinModuleName((PyBuiltinFunction) a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __qualname___impl(PyObject a) {
            PyBuiltinFunction bfn = (PyBuiltinFunction) a;
            if (bfn.self == null || bfn.self instanceof PyModule) {
                return s(bfn.owner != null && bfn.name.equals("__new__") ? bfn.owner + "." + bfn.name : bfn.name);
            }
            PyType owner = bfn.self instanceof PyType ? (PyType) bfn.self : bfn.self.type();
            return s(Abstract.str(Abstract.getAttr(owner, "__qualname__")) + "." + bfn.name);
        }

        private static PyObject __self___impl(PyObject a) {
            PyObject sf = ((PyBuiltinFunction) a).self;
            return sf == null ? NONE : sf;
        }
    }

    /** The methods of self alone that setupMisc registers on bf: one switch instead of a lambda class each. */
    private enum MiscBfDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            PyBuiltinFunction bfn = (PyBuiltinFunction) a;
            if (bfn.self == null || bfn.self instanceof PyModule) {
                return s(bfn.name);
            }
            return new PyTuple(new PyObject[] {dev.quicken.eval.Interpreter.current().builtins.getStr("getattr"),
                new PyTuple(new PyObject[] {bfn.self, s(bfn.name)})});
        }
    }

    /** The attribute getters that setupMisc registers on md: one switch instead of a lambda class each. */
    private enum MiscMdGet implements java.util.function.Function<PyObject, PyObject> {
        __name__, __qualname__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __name__:
                return s(((PyMethodDescr) a).name);
            case __qualname__:
                return s(((PyMethodDescr) a).owner.name() + "." + ((PyMethodDescr) a).name);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self and two arguments that setupMisc registers on gs: one switch instead of a lambda class each. */
    private enum MiscGsDef2 implements TypeSetup.F2 {
        __set__;

        @Override
        public PyObject apply(PyObject a, PyObject obj, PyObject v) {
            switch (this) {
            case __set__:
                return __set___impl(a, obj, v);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __set___impl(PyObject a, PyObject obj, PyObject v) {
            Abstract.descrSet(a, obj, v);
            return NONE;
        }
    }

    /** The methods of self and one argument that setupMisc registers on gs: one switch instead of a lambda class each. */
    private enum MiscGsDef1 implements TypeSetup.F1 {
        __delete__;

        @Override
        public PyObject apply(PyObject a, PyObject obj) {
            switch (this) {
            case __delete__:
                return __delete___impl(a, obj);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __delete___impl(PyObject a, PyObject obj) {
            Abstract.descrSet(a, obj, null);
            return NONE;
        }
    }

    /** The methods of self and two arguments that setupMisc registers on mb: one switch instead of a lambda class each. */
    private enum MiscMbDef2 implements TypeSetup.F2 {
        __set__;

        @Override
        public PyObject apply(PyObject a, PyObject obj, PyObject v) {
            switch (this) {
            case __set__:
                return __set___impl(a, obj, v);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __set___impl(PyObject a, PyObject obj, PyObject v) {
            Abstract.descrSet(a, obj, v);
            return NONE;
        }
    }

    /** The methods of self and one argument that setupMisc registers on mb: one switch instead of a lambda class each. */
    private enum MiscMbDef1 implements TypeSetup.F1 {
        __delete__;

        @Override
        public PyObject apply(PyObject a, PyObject obj) {
            switch (this) {
            case __delete__:
                return __delete___impl(a, obj);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __delete___impl(PyObject a, PyObject obj) {
            Abstract.descrSet(a, obj, null);
            return NONE;
        }
    }

    /** The attribute getters that setupMisc registers on c: one switch instead of a lambda class each. */
    private enum MiscCGet implements java.util.function.Function<PyObject, PyObject> {
        cell_contents;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case cell_contents:
                return cell_contents_impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject cell_contents_impl(PyObject a) {
            PyObject v = ((PyCell) a).value;
            if (v == null) {
                throw Exc.valueError("Cell is empty");
            }
            return v;
        }
    }

    /** The attribute setters that setupMisc registers on c: one switch instead of a lambda class each. */
    private enum MiscCSet implements java.util.function.BiConsumer<PyObject, PyObject> {
        cell_contents;

        @Override
        public void accept(PyObject a, PyObject v) {
            switch (this) {
            case cell_contents:
                ((PyCell) a).value = v;
                return;
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The attribute getters that setupMisc registers on mo: one switch instead of a lambda class each. */
    private enum MiscMoGet implements java.util.function.Function<PyObject, PyObject> {
        __dict__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __dict__:
                return ((PyModule) a).dict;
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The functions of an argument vector that setupMisc registers on mo: one switch instead of a lambda class each. */
    private enum MiscMoDefN implements JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            ((PyModule) a[0]).dict.setStr("__name__", a[1]);
            return NONE;
        }
    }

    /** The functions of an argument vector that setupMisc registers on cm: one switch instead of a lambda class each. */
    private enum MiscCmDefN implements JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            Args.count("classmethod", a, kw, 1, 1, 1);
            ((PyDescriptors.ClassMethod) a[0]).func = a[1];
            functoolsWraps(a[0], a[1]);
            return NONE;
        }
    }

    /** The attribute getters that setupMisc registers on cm: one switch instead of a lambda class each. */
    private enum MiscCmGet implements java.util.function.Function<PyObject, PyObject> {
        __dict__, __wrapped__, __func__, __isabstractmethod__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __dict__:
                return Abstract.instanceDict(a);
            case __wrapped__:
                return ((PyDescriptors.ClassMethod) a).func;
            case __func__:
                return ((PyDescriptors.ClassMethod) a).func;
            case __isabstractmethod__:
                return __isabstractmethod___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __isabstractmethod___impl(PyObject a) {
            PyObject v = Abstract.lookupAttr(((PyDescriptors.ClassMethod) a).func, "__isabstractmethod__");
            return v == null ? PyBool.FALSE : v;
        }
    }

    /** The functions of an argument vector that setupMisc registers on sm: one switch instead of a lambda class each. */
    private enum MiscSmDefN implements JFunc {
        __init__, __call__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            case __call__:
                return Abstract.call(((PyDescriptors.StaticMethod) a[0]).func,
                        Items.copyOfRange(a, 1, a.length), kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            Args.count("staticmethod", a, kw, 1, 1, 1);
            ((PyDescriptors.StaticMethod) a[0]).func = a[1];
            functoolsWraps(a[0], a[1]);
            return NONE;
        }
    }

    /** The attribute getters that setupMisc registers on sm: one switch instead of a lambda class each. */
    private enum MiscSmGet implements java.util.function.Function<PyObject, PyObject> {
        __dict__, __wrapped__, __isabstractmethod__, __func__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __dict__:
                return Abstract.instanceDict(a);
            case __wrapped__:
                return ((PyDescriptors.StaticMethod) a).func;
            case __isabstractmethod__:
                return __isabstractmethod___impl(a);
            case __func__:
                return ((PyDescriptors.StaticMethod) a).func;
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __isabstractmethod___impl(PyObject a) {
            PyObject v = Abstract.lookupAttr(((PyDescriptors.StaticMethod) a).func, "__isabstractmethod__");
            return v == null ? PyBool.FALSE : v;
        }
    }

    /** The functions of an argument vector that setupMisc registers on pr: one switch instead of a lambda class each. */
    private enum MiscPrDefN implements JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("property", a, kw, 1, new String[] {"fget", "fset", "fdel", "doc"}, 0, 4);
            PyDescriptors.Property x = (PyDescriptors.Property) a[0];
            x.fget = p[0] == null ? NONE : p[0];
            x.fset = p[1] == null ? NONE : p[1];
            x.fdel = p[2] == null ? NONE : p[2];
            x.doc = p[3] != null ? p[3] : NONE;
            if (p[3] == null && x.fget != NONE) {
                PyObject d = Abstract.lookupAttr(x.fget, "__doc__");
                if (d != null) {
                    x.doc = d;
                }
            }
            return NONE;
        }
    }

    /** The methods of self and two arguments that setupMisc registers on pr: one switch instead of a lambda class each. */
    private enum MiscPrDef2 implements TypeSetup.F2 {
        __set__, __set_name__;

        @Override
        public PyObject apply(PyObject a, PyObject obj, PyObject v) {
            switch (this) {
            case __set__:
                return __set___impl(a, obj, v);
            case __set_name__:
                return __set_name___impl(a, obj, v);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __set___impl(PyObject a, PyObject obj, PyObject v) {
            Abstract.descrSet(a, obj, v);
            return NONE;
        }

        private static PyObject __set_name___impl(PyObject a, PyObject owner, PyObject name) {
            ((PyDescriptors.Property) a).name = Abstract.str(name);
            return NONE;
        }
    }

    /** The methods of self and one argument that setupMisc registers on pr: one switch instead of a lambda class each. */
    private enum MiscPrDef1 implements TypeSetup.F1 {
        __delete__;

        @Override
        public PyObject apply(PyObject a, PyObject obj) {
            switch (this) {
            case __delete__:
                return __delete___impl(a, obj);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __delete___impl(PyObject a, PyObject obj) {
            Abstract.descrSet(a, obj, null);
            return NONE;
        }
    }

    /** The attribute getters that setupMisc registers on pr: one switch instead of a lambda class each. */
    private enum MiscPrGet implements java.util.function.Function<PyObject, PyObject> {
        fget, fset, fdel, __doc__, __isabstractmethod__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case fget:
                return ((PyDescriptors.Property) a).fget;
            case fset:
                return ((PyDescriptors.Property) a).fset;
            case fdel:
                return ((PyDescriptors.Property) a).fdel;
            case __doc__:
                return ((PyDescriptors.Property) a).doc;
            case __isabstractmethod__:
                return __isabstractmethod___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __isabstractmethod___impl(PyObject a) {
            PyDescriptors.Property p = (PyDescriptors.Property) a;
            for (PyObject fn : new PyObject[] {p.fget, p.fset, p.fdel}) {
                PyObject v = fn == null || fn == NONE ? null : Abstract.lookupAttr(fn, "__isabstractmethod__");
                if (v != null && Abstract.isTrue(v)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
    }

    /** The attribute getters that setupMisc registers on code: one switch instead of a lambda class each. */
    private enum MiscGet implements java.util.function.Function<PyObject, PyObject> {
        co_name, co_qualname, co_filename, co_firstlineno, co_argcount, co_posonlyargcount, co_kwonlyargcount,
        co_nlocals, co_stacksize, co_flags, co_consts, co_names, co_code, co_varnames, co_cellvars, co_freevars,
        co_linetable, co_exceptiontable, co_lnotab, _co_code_adaptive;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case co_name:
                return ((CodeObject) a).name;
            case co_qualname:
                return ((CodeObject) a).qualname;
            case co_filename:
                return ((CodeObject) a).filename;
            case co_firstlineno:
                return i(((CodeObject) a).firstlineno);
            case co_argcount:
                return i(((CodeObject) a).argcount);
            case co_posonlyargcount:
                return i(((CodeObject) a).posonlyargcount);
            case co_kwonlyargcount:
                return i(((CodeObject) a).kwonlyargcount);
            case co_nlocals:
                return i(((CodeObject) a).nlocals);
            case co_stacksize:
                return i(((CodeObject) a).stacksize);
            case co_flags:
                return i(((CodeObject) a).flags);
            case co_consts:
                return ((CodeObject) a).consts;
            case co_names:
                return ((CodeObject) a).names;
            case co_code:
                return new PyBytes(((CodeObject) a).code);
            case co_varnames:
                return co_varnames_impl(a);
            case co_cellvars:
                return namesOfKind((CodeObject) a, CodeObject.CO_FAST_CELL);
            case co_freevars:
                return namesOfKind((CodeObject) a, CodeObject.CO_FAST_FREE);
            case co_linetable:
                return new PyBytes(((CodeObject) a).linetable.clone());
            case co_exceptiontable:
                return new PyBytes(((CodeObject) a).exceptiontable.clone());
            case co_lnotab:
                return new PyBytes(((CodeObject) a).lnotab());
            case _co_code_adaptive:
                return _co_code_adaptive_impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject co_varnames_impl(PyObject a) {
            CodeObject co = (CodeObject) a;
            List<PyObject> names = new ArrayList<>();
            for (int k = 0; k < co.localspluskinds.length; k++) {
                if ((co.localspluskinds[k] & CodeObject.CO_FAST_LOCAL) != 0) {
                    names.add(co.localsplusnames.get(k));
                }
            }
            return new PyTuple(names.toArray(new PyObject[0]));
        }

        private static PyObject _co_code_adaptive_impl(PyObject a) {
            CodeObject co = (CodeObject) a;
            dev.quicken.eval.Interpreter in = dev.quicken.eval.Interpreter.current();
            dev.quicken.eval.ExecCode ec = in == null ? null : in.existingExecCode(co);
            if (ec == null) {
                return new PyBytes(co.code.clone());
            }
            byte[] b = new byte[ec.units.length * 2];
            for (int k = 0; k < ec.units.length; k++) {
                b[2 * k] = (byte) ec.units[k];
                b[2 * k + 1] = (byte) (ec.units[k] >> 8);
            }
            return new PyBytes(b);
        }
    }

    /** The methods of self alone that setupMisc registers on code: one switch instead of a lambda class each. */
    private enum MiscDef0 implements TypeSetup.F0 {
        co_positions, co_lines;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case co_positions:
                return co_positions_impl(a);
            case co_lines:
                return co_lines_impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject co_positions_impl(PyObject a) {
            CodeObject co = (CodeObject) a;
            List<dev.quicken.code.LineTable.Position> ps = dev.quicken.code.LineTable.positions(co.linetable,
                    co.firstlineno, co.code.length);
            PyObject[] items = new PyObject[ps.size()];
            for (int k = 0; k < items.length; k++) {
                dev.quicken.code.LineTable.Position p = ps.get(k);
                items[k] = new PyTuple(new PyObject[] {p.line() == null ? NONE : i(p.line()),
                    p.endLine() == null ? NONE : i(p.endLine()), p.column() == null ? NONE : i(p.column()),
                    p.endColumn() == null ? NONE : i(p.endColumn())});
            }
            return Abstract.iter(new PyList(items));
        }

        private static PyObject co_lines_impl(PyObject a) {
            CodeObject co = (CodeObject) a;
            List<dev.quicken.code.LineTable.LineRange> rs = dev.quicken.code.LineTable.lines(co.linetable,
                    co.firstlineno);
            PyObject[] items = new PyObject[rs.size()];
            for (int k = 0; k < items.length; k++) {
                dev.quicken.code.LineTable.LineRange r = rs.get(k);
                items[k] = new PyTuple(new PyObject[] {i(r.start()), i(r.end()),
                    r.line() == null ? NONE : i(r.line())});
            }
            return Abstract.iter(new PyList(items));
        }
    }

    /** The methods of self and one argument that setupMisc registers on code: one switch instead of a lambda class each. */
    private enum MiscDef1 implements TypeSetup.F1 {
        _varname_from_oparg;

        @Override
        public PyObject apply(PyObject a, PyObject o) {
            switch (this) {
            case _varname_from_oparg:
                return ((CodeObject) a).varnameFromOparg((int) Args.integer(o));
            default:
                throw new AssertionError(this);
            }
        }
    }

    private static PyObject opt(Integer v) {
        return v == null ? NONE : i(v);
    }

    /**
     * {@code str.casefold}: full case folding code point by code point (no final-sigma context, so
     * {@code ς} folds to {@code σ}), as the uppercase-then-lowercase of each character; dotless i stays.
     */
    // CPython 3.11: Objects/unicodeobject.c do_casefold
    static String casefold(String v) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int k = 0; k < v.length(); ) {
            int c = v.codePointAt(k);
            k += Character.charCount(c);
            if (c < 128) {
                sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
            } else if (c == 0x131) {
                sb.append((char) c);
            } else if (c >= 0x13a0 && c <= 0x13ff || c >= 0xab70 && c <= 0xabbf) {
                sb.appendCodePoint(Character.toUpperCase(c)); // Cherokee folds to its capitals
            } else {
                sb.append(new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT)
                        .toLowerCase(java.util.Locale.ROOT).replace("\u00df", "ss"));
            }
        }
        return sb.toString();
    }

    /** CPython 3.11: Objects/codeobject.c get_localsplus_names. */
    private static PyTuple namesOfKind(CodeObject co, int kind) {
        List<PyObject> names = new ArrayList<>();
        for (int k = 0; k < co.localspluskinds.length; k++) {
            if ((co.localspluskinds[k] & kind) != 0) {
                names.add(co.localsplusnames.get(k));
            }
        }
        return new PyTuple(names.toArray(new PyObject[0]));
    }

    // ---------------------------------------------------------------- exceptions

    /** SyntaxError's members (CPython 3.11: Objects/exceptions.c SyntaxError_members). */
    private static final String[] SYNTAX_ERROR_FIELDS = {"msg", "filename", "lineno", "offset", "text", "end_lineno",
        "end_offset", "print_file_and_line"};

    /** {@code __call__} of the built-in callables: calls {@code a[0]} with the rest. */
    static PyObject callSelf(PyObject[] a, String[] kw) {
        if (a.length == 0) {
            throw Exc.typeError("descriptor '__call__' needs an argument");
        }
        return Abstract.call(a[0], Items.copyOfRange(a, 1, a.length), kw);
    }

    /** CPython 3.11: Objects/funcobject.c functools_wraps (classmethod and staticmethod take these over). */
    private static void functoolsWraps(PyObject wrapper, PyObject wrapped) {
        for (String n : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            PyObject v = Abstract.lookupAttr(wrapped, n);
            if (v != null) {
                Abstract.setAttr(wrapper, n, v);
            }
        }
    }

    private static void notDeleted(String name, PyObject v) {
        if (v == null) {
            throw Exc.typeError(name + " may not be deleted");
        }
    }

    static PyBaseException E(PyObject o) {
        return (PyBaseException) o;
    }

    private static void setupExceptions() {
        PyType t = Exc.BaseException;
        defNew(t, TypeNew.BASE_EXCEPTION);
        def(t, "__init__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                if (kw != null && kw.length > 0 && a[0].type().lookup("__init__") == t.dict.getStr("__init__")) {
                    throw Exc.typeError(Abstract.typeName(a[0]) + "() takes no keyword arguments");
                }
                E(a[0]).args = new PyTuple(Items.copyOfRange(a, 1, Args.npos(a, kw)));
                return NONE;
            }
        });
        def0(t, ExceptionsDef0.__str__);
        def0(t, ExceptionsDef0.__repr__);
        // CPython 3.11: Objects/exceptions.c BaseException_getset
        getset(t, ExceptionsGet.args, ExceptionsSet.args);
        getset(t, ExceptionsGet.__traceback__, ExceptionsSet.__traceback__);
        getset(t, ExceptionsGet.__cause__, ExceptionsSet.__cause__);
        getset(t, ExceptionsGet.__context__, ExceptionsSet.__context__);
        getset(t, ExceptionsGet.__suppress_context__, ExceptionsSet.__suppress_context__);
        // CPython 3.11: Objects/exceptions.c BaseException_reduce / BaseException_setstate
        def0(t, ExceptionsDef0.__reduce__);
        def1(t, ExceptionsDef1.__setstate__);
        def1(t, ExceptionsDef1.with_traceback);
        def1(t, ExceptionsDef1.add_note);

        // StopIteration(value)
        def(Exc.StopIteration, ExceptionsStopIterationDefN.__init__);
        def(Exc.SystemExit, ExceptionsSystemExitDefN.__init__);
        def0(Exc.KeyError, ExceptionsKeyErrorDef0.__str__);
        def(Exc.NameError, ExceptionsNameErrorDefN.__init__);
        def(Exc.AttributeError, ExceptionsAttributeErrorDefN.__init__);
        def(Exc.ImportError, ExceptionsImportErrorDefN.__init__);
        // CPython 3.11: Objects/exceptions.c ImportError_reduce / ImportError_getstate
        def0(Exc.ImportError, ExceptionsImportErrorDef0.__reduce__);
        // CPython 3.11: Objects/exceptions.c SyntaxError_init; the members are None until set
        def(Exc.SyntaxError, ExceptionsSyntaxErrorDefN.__init__);
        // CPython 3.11: Objects/exceptions.c SyntaxError_str
        def0(Exc.SyntaxError, ExceptionsSyntaxErrorDef0.__str__);
        // CPython 3.11: Objects/exceptions.c UnicodeEncodeError_init / UnicodeDecodeError_init / UnicodeTranslateError_init
        for (PyType ut : new PyType[] {Exc.UnicodeEncodeError, Exc.UnicodeDecodeError, Exc.UnicodeTranslateError}) {
            boolean translate = ut == Exc.UnicodeTranslateError;
            String[] names = translate ? new String[] {"object", "start", "end", "reason"}
                    : new String[] {"encoding", "object", "start", "end", "reason"};
            def(ut, "__init__", new JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    Args.noKw(ut.name(), kw);
                    if (a.length - 1 != names.length) {
                        throw Exc.typeError("function takes exactly " + names.length + " arguments (" + (a.length - 1)
                                + " given)");
                    }
                    E(a[0]).args = new PyTuple(Items.copyOfRange(a, 1, a.length));
                    PyObject[] vals = Items.copyOfRange(a, 1, a.length);
                    int o = translate ? 0 : 1;
                    if (!translate && !(vals[0] instanceof PyStr)) {
                        throw Exc.typeError("argument 1 must be str, not " + Abstract.typeName(vals[0]));
                    }
                    if (ut == Exc.UnicodeDecodeError) {
                        // the object is kept as bytes (a copy of any bytes-like object)
                        byte[] b = Buffers.of(vals[o]);
                        if (b == null) {
                            throw Exc.typeError("argument 2 must be bytes-like object, not " + Abstract.typeName(vals[o]));
                        }
                        vals[o] = vals[o] instanceof PyBytes ? vals[o] : new PyBytes(b);
                    } else if (!(vals[o] instanceof PyStr)) {
                        throw Exc.typeError("argument " + (o + 1) + " must be str, not " + Abstract.typeName(vals[o]));
                    }
                    for (int i = 0; i < names.length; i++) {
                        E(a[0]).setMember(names[i], vals[i]);
                    }
                    return NONE;
                }
            });
            def0(ut, "__str__", new TypeSetup.F0() {
                @Override
                public PyObject apply(PyObject a) {
                    PyObject start = E(a).member("start");
                    PyObject end = E(a).member("end");
                    PyObject obj = E(a).member("object");
                    PyObject reason = E(a).member("reason");
                    PyTuple args = E(a).args;
                    if (!(start instanceof PyInt) || !(end instanceof PyInt) || obj == null || reason == null) {
                        return args.size() == 1 ? Abstract.strObj(args.get(0)) : args.size() == 0 ? s("")
                                : Abstract.strObj(args);
                    }
                    long st = ((PyInt) start).value;
                    long en = ((PyInt) end).value;
                    String why = Abstract.str(reason);
                    String head = translate ? "can't translate" : "'" + Abstract.str(E(a).member("encoding"))
                            + "' codec can't " + (ut == Exc.UnicodeDecodeError ? "decode" : "encode");
                    if (en == st + 1) {
                        String what;
                        if (ut == Exc.UnicodeDecodeError) {
                            byte[] b = obj instanceof PyBytes ? ((PyBytes) obj).value : new byte[0];
                            what = "byte 0x" + String.format("%02x", st < b.length ? b[(int) st] & 0xff : 0);
                        } else {
                            int[] cps = obj instanceof PyStr ? ((PyStr) obj).codePointArray() : new int[0];
                            int c = st < cps.length ? cps[(int) st] : 0;
                            what = "character '" + (c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000
                                    ? String.format("\\u%04x", c) : String.format("\\U%08x", c)) + "'";
                        }
                        return s(head + " " + what + " in position " + st + ": " + why);
                    }
                    return s(head + " " + (ut == Exc.UnicodeDecodeError ? "bytes" : "characters") + " in position " + st
                            + "-" + (en - 1) + ": " + why);
                }
            });
        }
        TypeSetup.defNew(Exc.OSError, TypeNew.OSERROR);
        def(Exc.OSError, ExceptionsOSErrorDefN.__init__);
        def0(Exc.OSError, ExceptionsOSErrorDef0.__str__);
        // CPython 3.11: Objects/exceptions.c OSError_reduce (the filenames go back into the args)
        def0(Exc.OSError, ExceptionsOSErrorDef0.__reduce__);
        // CPython 3.11: Objects/exceptions.c BaseException_getset (__dict__) and the types' *_members
        Exc.BaseException.dict.setStr("__dict__", TypeSetup.instanceDictDescriptor(Exc.BaseException));
        ExcMember.defineAll();
        ExceptionGroups.setup();
    }

    /** The methods of self alone that setupExceptions registers on its type: one switch instead of a lambda class each. */
    private enum ExceptionsDef0 implements TypeSetup.F0 {
        __str__, __repr__, __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __str__:
                return __str___impl(a);
            case __repr__:
                return __repr___impl(a);
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __str___impl(PyObject a) {
            PyTuple args = E(a).args;
            if (args.size() == 0) {
                return s("");
            }
            if (args.size() == 1) {
                return Abstract.strObj(args.get(0));
            }
            return Abstract.strObj(args);
        }

        private static PyObject __repr___impl(PyObject a) {
            PyTuple args = E(a).args;
            String n = a.type().name();
            if (args.size() == 1) {
                return s(n + "(" + Abstract.repr(args.get(0)) + ")");
            }
            return s(n + Abstract.repr(args));
        }

        private static PyObject __reduce___impl(PyObject a) {
            PyDict d = Abstract.instanceDict(a);
            return d != null && d.size() > 0 ? new PyTuple(new PyObject[] {a.type(), E(a).args, d})
                    : new PyTuple(new PyObject[] {a.type(), E(a).args});
        }
    }

    /** The attribute getters that setupExceptions registers on its type: one switch instead of a lambda class each. */
    private enum ExceptionsGet implements java.util.function.Function<PyObject, PyObject> {
        args, __traceback__, __cause__, __context__, __suppress_context__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case args:
                return E(a).args;
            case __traceback__:
                return E(a).traceback == null ? NONE : E(a).traceback;
            case __cause__:
                return E(a).cause == null ? NONE : E(a).cause;
            case __context__:
                return E(a).context == null ? NONE : E(a).context;
            case __suppress_context__:
                return PyBool.of(E(a).suppressContext);
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The attribute setters that setupExceptions registers on its type: one switch instead of a lambda class each. */
    private enum ExceptionsSet implements java.util.function.BiConsumer<PyObject, PyObject> {
        args, __traceback__, __cause__, __context__, __suppress_context__;

        @Override
        public void accept(PyObject a, PyObject v) {
            switch (this) {
            case args:
                args_impl(a, v);
                return;
            case __traceback__:
                __traceback___impl(a, v);
                return;
            case __cause__:
                __cause___impl(a, v);
                return;
            case __context__:
                __context___impl(a, v);
                return;
            case __suppress_context__:
                E(a).suppressContext = Abstract.isTrue(v);
                return;
            default:
                throw new AssertionError(this);
            }
        }

        private static void args_impl(PyObject a, PyObject v) {
            notDeleted("args", v);
            E(a).args = new PyTuple(Abstract.toArray(v));
        }

        private static void __traceback___impl(PyObject a, PyObject v) {
            notDeleted("__traceback__", v);
            if (v != NONE && !(v instanceof dev.quicken.eval.PyTraceback)) {
                throw Exc.typeError("__traceback__ must be a traceback or None");
            }
            E(a).traceback = v == NONE ? null : v;
        }

        private static void __cause___impl(PyObject a, PyObject v) {
            notDeleted("__cause__", v);
            if (v != NONE && !(v instanceof PyBaseException)) {
                throw Exc.typeError("exception cause must be None or derive from BaseException");
            }
            E(a).cause = v == NONE ? null : (PyBaseException) v;
            E(a).suppressContext = true;
        }

        private static void __context___impl(PyObject a, PyObject v) {
            notDeleted("__context__", v);
            if (v != NONE && !(v instanceof PyBaseException)) {
                throw Exc.typeError("exception context must be None or derive from BaseException");
            }
            E(a).context = v == NONE ? null : (PyBaseException) v;
        }
    }

    /** The methods of self and one argument that setupExceptions registers on its type: one switch instead of a lambda class each. */
    private enum ExceptionsDef1 implements TypeSetup.F1 {
        __setstate__, with_traceback, add_note;

        @Override
        public PyObject apply(PyObject self, PyObject state) {
            switch (this) {
            case __setstate__:
                return __setstate___impl(self, state);
            case with_traceback:
                return with_traceback_impl(self, state);
            case add_note:
                return add_note_impl(self, state);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setstate___impl(PyObject a, PyObject state) {
            if (state != NONE) {
                if (!(state instanceof PyDict)) {
                    throw Exc.typeError("state is not a dictionary");
                }
                for (PyObject k : ((PyDict) state).keysArray()) {
                    if (!(k instanceof PyStr)) {
                        throw Exc.typeError("attribute name must be string, not '" + Abstract.typeName(k) + "'");
                    }
                    Abstract.setAttr(a, ((PyStr) k).value, ((PyDict) state).getItem(k));
                }
            }
            return NONE;
        }

        private static PyObject with_traceback_impl(PyObject a, PyObject tb) {
            E(a).traceback = tb == NONE ? null : tb;
            return a;
        }

        private static PyObject add_note_impl(PyObject a, PyObject note) {
            if (!(note instanceof PyStr)) {
                throw Exc.typeError("note must be a str, not '" + Abstract.typeName(note) + "'");
            }
            PyObject notes = E(a).getInstanceAttr("__notes__");
            if (notes == null) {
                notes = new PyList();
                E(a).setInstanceAttr("__notes__", notes);
            } else if (!(notes instanceof PyList)) {
                throw Exc.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(note);
            return NONE;
        }
    }

    /** The functions of an argument vector that setupExceptions registers on Exc.StopIteration: one switch instead of a lambda class each. */
    private enum ExceptionsStopIterationDefN implements JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            E(a[0]).args = new PyTuple(Items.copyOfRange(a, 1, a.length));
            E(a[0]).setMember("value", a.length > 1 ? a[1] : NONE);
            return NONE;
        }
    }

    /** The functions of an argument vector that setupExceptions registers on Exc.SystemExit: one switch instead of a lambda class each. */
    private enum ExceptionsSystemExitDefN implements JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            E(a[0]).args = new PyTuple(Items.copyOfRange(a, 1, a.length));
            E(a[0]).setMember("code", a.length == 1 ? NONE : a.length == 2 ? a[1] : E(a[0]).args);
            return NONE;
        }
    }

    /** The methods of self alone that setupExceptions registers on Exc.KeyError: one switch instead of a lambda class each. */
    private enum ExceptionsKeyErrorDef0 implements TypeSetup.F0 {
        __str__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __str__:
                return __str___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __str___impl(PyObject a) {
            PyTuple args = E(a).args;
            if (args.size() == 1) {
                return Abstract.reprObj(args.get(0));
            }
            return args.size() == 0 ? s("") : Abstract.strObj(args);
        }
    }

    /** The functions of an argument vector that setupExceptions registers on Exc.NameError: one switch instead of a lambda class each. */
    private enum ExceptionsNameErrorDefN implements JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            initWithKeywords(a, kw, "NameError", new String[] {"name"});
            return NONE;
        }
    }

    /** The functions of an argument vector that setupExceptions registers on Exc.AttributeError: one switch instead of a lambda class each. */
    private enum ExceptionsAttributeErrorDefN implements JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            initWithKeywords(a, kw, "AttributeError", new String[] {"name", "obj"});
            return NONE;
        }
    }

    /** The methods of self alone that setupExceptions registers on Exc.ImportError: one switch instead of a lambda class each. */
    private enum ExceptionsImportErrorDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        // CPython 3.11: Objects/exceptions.c ImportError_reduce (the state: the instance dict with name
        // and path added; quicken keeps an absent name or path as None, so a None one is left out)
        private static PyObject __reduce___impl(PyObject a) {
            PyDict d = Abstract.instanceDict(a);
            PyObject name = E(a).member("name");
            PyObject path = E(a).member("path");
            boolean hasName = name != null && name != NONE;
            boolean hasPath = path != null && path != NONE;
            PyObject state = d != null && d.size() > 0 ? d : null;
            if (hasName || hasPath) {
                PyDict st = d != null ? d.copy() : new PyDict();
                if (hasName) {
                    st.setStr("name", name);
                }
                if (hasPath) {
                    st.setStr("path", path);
                }
                state = st;
            }
            return state == null ? new PyTuple(new PyObject[] {a.type(), E(a).args})
                    : new PyTuple(new PyObject[] {a.type(), E(a).args, state});
        }
    }

    /** The functions of an argument vector that setupExceptions registers on Exc.ImportError: one switch instead of a lambda class each. */
    private enum ExceptionsImportErrorDefN implements JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            initWithKeywords(a, kw, "ImportError", new String[] {"name", "path"});
            E(a[0]).setMember("msg", Args.npos(a, kw) == 2 ? a[1] : NONE); // only a single argument is the message
            return NONE;
        }
    }

    /** The functions of an argument vector that setupExceptions registers on Exc.SyntaxError: one switch instead of a lambda class each. */
    private enum ExceptionsSyntaxErrorDefN implements JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            PyBaseException e = E(a[0]);
            int npos = Args.npos(a, kw);
            e.args = new PyTuple(Items.copyOfRange(a, 1, npos));
            if (npos >= 2) {
                e.setMember("msg", a[1]);
            }
            if (npos == 3) {
                PyObject[] info = Abstract.toArray(a[2]);
                if (info.length < 4) {
                    throw Exc.typeError("function takes at least 4 arguments (" + info.length + " given)");
                }
                if (info.length > 6) {
                    throw Exc.typeError("function takes at most 6 arguments (" + info.length + " given)");
                }
                if (info.length == 5) {
                    throw Exc.typeError("end_offset must be provided when end_lineno is provided");
                }
                for (int i = 0; i < 6; i++) {
                    e.setMember(SYNTAX_ERROR_FIELDS[i + 1], i < info.length ? info[i] : NONE);
                }
            }
            return NONE;
        }
    }

    /** The methods of self alone that setupExceptions registers on Exc.SyntaxError: one switch instead of a lambda class each. */
    private enum ExceptionsSyntaxErrorDef0 implements TypeSetup.F0 {
        __str__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __str__:
                return __str___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __str___impl(PyObject a) {
            PyObject msg = Abstract.getAttr(a, "msg");
            PyObject fn = Abstract.getAttr(a, "filename");
            PyObject ln = Abstract.getAttr(a, "lineno");
            String base = fn instanceof PyStr ? ((PyStr) fn).value.substring(((PyStr) fn).value.lastIndexOf('/') + 1)
                    : null;
            boolean haveLineno = ln instanceof PyInt && ln.type() == PyInt.TYPE;
            if (base == null && !haveLineno) {
                return Abstract.strObj(msg);
            }
            if (base != null && haveLineno) {
                return s(Abstract.str(msg) + " (" + base + ", line " + ln + ")");
            }
            if (base != null) {
                return s(Abstract.str(msg) + " (" + base + ")");
            }
            return s(Abstract.str(msg) + " (line " + ln + ")");
        }
    }

    /** The functions of an argument vector that setupExceptions registers on Exc.OSError: one switch instead of a lambda class each. */
    private enum ExceptionsOSErrorDefN implements JFunc {
        __init__;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case __init__:
                return __init___impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __init___impl(PyObject[] a, String[] kw) {
            // CPython 3.11: Objects/exceptions.c oserror_init (args keep errno and strerror when a filename is given)
            E(a[0]).args = new PyTuple(Items.copyOfRange(a, 1, a.length >= 4 && a.length <= 6 ? 3 : a.length));
            boolean fields = a.length >= 3 && a.length <= 6;
            E(a[0]).setMember("errno", fields ? a[1] : NONE);
            E(a[0]).setMember("strerror", fields ? a[2] : NONE);
            E(a[0]).setMember("filename", fields && a.length > 3 ? a[3] : NONE);
            E(a[0]).setMember("filename2", fields && a.length > 5 ? a[5] : NONE);
            return NONE;
        }
    }

    /** The methods of self alone that setupExceptions registers on Exc.OSError: one switch instead of a lambda class each. */
    private enum ExceptionsOSErrorDef0 implements TypeSetup.F0 {
        __str__, __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __str__:
                return __str___impl(a);
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __str___impl(PyObject a) {
            PyTuple args = E(a).args;
            if (args.size() >= 2) {
                PyObject fn = E(a).member("filename");
                PyObject fn2 = E(a).member("filename2");
                if (fn != null && fn != NONE && fn2 != null && fn2 != NONE) {
                    return s("[Errno " + Abstract.str(args.get(0)) + "] " + Abstract.str(args.get(1)) + ": "
                            + Abstract.repr(fn) + " -> " + Abstract.repr(fn2));
                }
                if (fn != null && fn != NONE) {
                    return s("[Errno " + Abstract.str(args.get(0)) + "] " + Abstract.str(args.get(1)) + ": "
                            + Abstract.repr(fn));
                }
                return s("[Errno " + Abstract.str(args.get(0)) + "] " + Abstract.str(args.get(1)));
            }
            return args.size() == 1 ? Abstract.strObj(args.get(0)) : args.size() == 0 ? s("") : Abstract.strObj(args);
        }

        private static PyObject __reduce___impl(PyObject a) {
            PyTuple args = E(a).args;
            PyObject fn = E(a).member("filename");
            if (args.size() == 2 && fn != null && fn != NONE) {
                PyObject fn2 = E(a).member("filename2");
                args = fn2 != null && fn2 != NONE ? new PyTuple(new PyObject[] {args.get(0), args.get(1), fn, NONE, fn2})
                        : new PyTuple(new PyObject[] {args.get(0), args.get(1), fn});
            }
            PyDict d = Abstract.instanceDict(a);
            return d != null && d.size() > 0 ? new PyTuple(new PyObject[] {a.type(), args, d})
                    : new PyTuple(new PyObject[] {a.type(), args});
        }
    }

    /** {@code __init__} taking positional args plus the keyword-only attributes {@code names}. */
    static void initWithKeywords(PyObject[] a, String[] kw, String fname, String[] names) {
        int npos = Args.npos(a, kw);
        PyObject[] vals = new PyObject[names.length];
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                int idx = Arrays.asList(names).indexOf(kw[k]);
                if (idx < 0) {
                    throw Exc.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fname + "()");
                }
                vals[idx] = a[npos + k];
            }
        }
        E(a[0]).args = new PyTuple(Items.copyOfRange(a, 1, npos));
        for (int k = 0; k < names.length; k++) {
            E(a[0]).setMember(names[k], vals[k] == null ? NONE : vals[k]);
        }
    }

    // ---------------------------------------------------------------- bytes

    static byte[] B(PyObject o) {
        return ((PyBytes) o).value;
    }

    private static void setupBytes() {
        PyType t = PyBytes.TYPE;
        def0(t, "__repr__", new Def0(80));
        def0(t, "__len__", new Def0(81));
        def0(t, "__hash__", new Def0(82));
        def0(t, BytesDef0.__iter__);
        def1(t, BytesDef1.__getitem__);
        def1(t, BytesDef1.__add__);
        for (int op = 0; op < 6; op++) {
            final int fop = op;
            def1(t, Abstract.CMP_NAMES[op], new TypeSetup.F1() {
                @Override
                public PyObject apply(PyObject a, PyObject b) {
                    return b instanceof PyBytes
                    ? PyBool.of(cmpResult(Integer.signum(Arrays.compareUnsigned(B(a), B(b))), fop)) : NI;
                }
            });
        }
        def(t, BytesDefN.decode);
        def0(t, BytesDef0.hex);
        def1(t, BytesDef1.__contains__);
        defNew(t, TypeNew.BYTES);
        BytesMethods.setup(t);
    }

    /** The methods of self alone that setupBytes registers on its type: one switch instead of a lambda class each. */
    private enum BytesDef0 implements TypeSetup.F0 {
        __iter__, hex;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __iter__:
                return __iter___impl(a);
            case hex:
                return hex_impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __iter___impl(PyObject a) {
            byte[] b = B(a);
            PyObject[] it = new PyObject[b.length];
            for (int k = 0; k < b.length; k++) {
                it[k] = i(b[k] & 0xff);
            }
            return new Iterators.ArrayIter(it, Iterators.BYTES_ITER);
        }

        private static PyObject hex_impl(PyObject a) {
            StringBuilder sb = new StringBuilder();
            for (byte x : B(a)) {
                sb.append(String.format("%02x", x & 0xff));
            }
            return s(sb.toString());
        }
    }

    /** The methods of self and one argument that setupBytes registers on its type: one switch instead of a lambda class each. */
    private enum BytesDef1 implements TypeSetup.F1 {
        __getitem__, __add__, __contains__;

        @Override
        public PyObject apply(PyObject a, PyObject k) {
            switch (this) {
            case __getitem__:
                return __getitem___impl(a, k);
            case __add__:
                return __add___impl(a, k);
            case __contains__:
                return __contains___impl(a, k);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __getitem___impl(PyObject a, PyObject k) {
            byte[] b = B(a);
            if (k instanceof PySlice) {
                long[] ix = ((PySlice) k).indices(b.length);
                byte[] r = new byte[(int) ix[3]];
                for (int m = 0; m < r.length; m++) {
                    r[m] = b[(int) (ix[0] + m * ix[2])];
                }
                return new PyBytes(r);
            }
            long x = Abstract.asIndex(k, "byte");
            if (x < 0) {
                x += b.length;
            }
            if (x < 0 || x >= b.length) {
                throw Exc.indexError("index out of range");
            }
            return i(b[(int) x] & 0xff);
        }

        private static PyObject __add___impl(PyObject a, PyObject b) {
            byte[] y = Buffers.of(b);
            if (y == null) {
                return NI;
            }
            byte[] r = Arrays.copyOf(B(a), B(a).length + y.length);
            System.arraycopy(y, 0, r, B(a).length, y.length);
            return new PyBytes(r);
        }

        private static PyObject __contains___impl(PyObject a, PyObject x) {
            if (x instanceof PyInt || x.type().lookup("__index__") != null) {
                long want = Abstract.indexClamped(x);
                if (want < 0 || want > 255) {
                    throw Exc.valueError("byte must be in range(0, 256)");
                }
                for (byte v : B(a)) {
                    if ((v & 0xff) == want) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            }
            return PyBool.of(new String(B(a), java.nio.charset.StandardCharsets.ISO_8859_1).contains(
                    new String(Buffers.require(x), java.nio.charset.StandardCharsets.ISO_8859_1)));
        }
    }

    /** The functions of an argument vector that setupBytes registers on its type: one switch instead of a lambda class each. */
    private enum BytesDefN implements JFunc {
        decode;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case decode:
                return decode_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject decode_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("decode", a, kw, 1, new String[] {"encoding", "errors"}, 0, 2);
            return s(Codecs.decode(B(a[0]), p[0] == null ? "utf-8" : ByteArrayMethods.decodeArg(p[0], "encoding"),
                    p[1] == null ? "strict" : ByteArrayMethods.decodeArg(p[1], "errors")));
        }
    }

    /** {@code bytes(x, encoding, errors)}. */
    // CPython 3.11: Objects/bytesobject.c bytes_new_impl, PyBytes_FromObject, _PyBytes_FromList
    static PyBytes bytesNew(PyObject x, PyObject encoding, PyObject errors) {
        if (x == null) {
            if (encoding != null || errors != null) {
                throw Exc.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new PyBytes(new byte[0]);
        }
        if (encoding != null) {
            if (!(x instanceof PyStr)) {
                throw Exc.typeError("encoding without a string argument");
            }
            return new PyBytes(Codecs.encode(((PyStr) x).value, Args.str("bytes", encoding, 2),
                    errors != null ? Args.str("bytes", errors, 3) : "strict"));
        }
        if (errors != null) {
            throw Exc.typeError(x instanceof PyStr ? "string argument without an encoding"
                    : "errors without a string argument");
        }
        PyObject m = x.type().lookup("__bytes__");
        if (m != null) {
            PyObject r = Abstract.callMethodDescr(m, x, new PyObject[0], null);
            if (!(r instanceof PyBytes)) {
                throw Exc.typeError("__bytes__ returned non-bytes (type " + Abstract.typeName(r) + ")");
            }
            return (PyBytes) r;
        }
        if (x instanceof PyStr) {
            throw Exc.typeError("string argument without an encoding");
        }
        if (x instanceof PyInt || x.type().lookup("__index__") != null) {
            PyInt n = Abstract.index(x);
            if (n.big != null) {
                throw Exc.overflowError("cannot fit 'int' into an index-sized integer");
            }
            if (n.value < 0) {
                throw Exc.valueError("negative count");
            }
            if (n.value > Integer.MAX_VALUE - 8) {
                throw Exc.raise(Exc.MemoryError, "");
            }
            return new PyBytes(new byte[(int) n.value]);
        }
        if (x.getClass() == PyBytes.class) {
            return (PyBytes) x;
        }
        byte[] b = Buffers.of(x);
        if (b != null) {
            return new PyBytes(x instanceof PyBytes ? b : b.clone());
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (x instanceof PyList) { // the list's live size: __index__ may shrink it
            PyList l = (PyList) x;
            for (int k = 0; k < l.size; k++) {
                out.write(byteInRange(l.items[k]));
            }
            return new PyBytes(out.toByteArray());
        }
        if (x.type().lookup("__iter__") == null && x.type().lookup("__getitem__") == null) {
            throw Exc.typeError("cannot convert '" + Abstract.typeName(x) + "' object to bytes");
        }
        PyObject it = Abstract.iter(x);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            out.write(byteInRange(v));
        }
        return new PyBytes(out.toByteArray());
    }

    /** An item of a bytes constructor's list or iterable: PyNumber_AsSsize_t(item, NULL) in range(0, 256). */
    private static int byteInRange(PyObject v) {
        long n = Abstract.indexClamped(v);
        if (n < 0 || n > 255) {
            throw Exc.valueError("bytes must be in range(0, 256)");
        }
        return (int) n;
    }

    // ---------------------------------------------------------------- iterators



    /**
     * {@code __iter__} (self) and {@code __next__} (its {@link PyIter#next()}, StopIteration when
     * exhausted) of an iterator type written in Java, as the built-in iterators and the native modules'
     * iterators have them.
     */
    public static void defIteratorProtocol(PyType t) {
        def0(t, "__iter__", new Def0(83));
        def0(t, IteratorsDef0.__next__);
    }

    private static void setupIterators() {
        for (PyType t : Iterators.all()) {
            defIteratorProtocol(t);
        }
        def0(Iterators.LIST_ITER, IteratorsListIterDef0.__length_hint__);
        setupIteratorPickling();
        // CPython 3.11: Objects/rangeobject.c rangeiter_len, Objects/tupleobject.c tupleiter_len
        def0(Iterators.RANGE_ITER, IteratorsRangeIterDef0.__length_hint__);
        def0(Iterators.TUPLE_ITER, IteratorsTupleIterDef0.__length_hint__);
        BuiltinIterators.setup();
    }

    /** The methods of self alone that setupIterators registers on its type: one switch instead of a lambda class each. */
    private enum IteratorsDef0 implements TypeSetup.F0 {
        __next__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
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

    /** The methods of self alone that setupIterators registers on Iterators.LIST_ITER: one switch instead of a lambda class each. */
    private enum IteratorsListIterDef0 implements TypeSetup.F0 {
        __length_hint__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __length_hint__:
                return __length_hint___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __length_hint___impl(PyObject a) {
            Iterators.ListIter it = (Iterators.ListIter) a;
            return i(it.list == null ? 0 : Math.max(0, it.list.size - it.i));
        }
    }

    /** The methods of self alone that setupIterators registers on Iterators.RANGE_ITER: one switch instead of a lambda class each. */
    private enum IteratorsRangeIterDef0 implements TypeSetup.F0 {
        __length_hint__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __length_hint__:
                return i(Math.max(0, ((Iterators.RangeIter) a).remaining));
            default:
                throw new AssertionError(this);
            }
        }
    }

    /** The methods of self alone that setupIterators registers on Iterators.TUPLE_ITER: one switch instead of a lambda class each. */
    private enum IteratorsTupleIterDef0 implements TypeSetup.F0 {
        __length_hint__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __length_hint__:
                return a instanceof Iterators.ArrayIter
                        && ((Iterators.ArrayIter) a).items != null
                        ? i(Math.max(0, ((Iterators.ArrayIter) a).items.length - ((Iterators.ArrayIter) a).i)) : i(0);
            default:
                throw new AssertionError(this);
            }
        }
    }

    private static PyObject builtin(String name) {
        return dev.quicken.eval.Interpreter.current().builtins.getStr(name);
    }

    /** The index a {@code __setstate__} gives, clamped to [lo, hi]. */
    private static int clampState(PyObject state, long lo, long hi) {
        long v = Abstract.indexClamped(state);
        return (int) Math.max(lo, Math.min(hi, v));
    }

    /** {@code __reduce__}/{@code __setstate__} of the sequence iterators, so pickle and copy can save them. */
    // CPython 3.11: Objects/listobject.c listiter_reduce_general / listiter_setstate / listreviter_setstate,
    // Objects/tupleobject.c tupleiter_reduce / tupleiter_setstate, Objects/enumobject.c reversed_reduce
    private static void setupIteratorPickling() {
        def0(Iterators.LIST_ITER, IteratorPicklingListIterDef0.__reduce__);
        def1(Iterators.LIST_ITER, IteratorPicklingListIterDef1.__setstate__);
        def0(Iterators.LIST_REVITER, IteratorPicklingListReviterDef0.__reduce__);
        def1(Iterators.LIST_REVITER, IteratorPicklingListReviterDef1.__setstate__);
        def0(Iterators.TUPLE_ITER, IteratorPicklingTupleIterDef0.__reduce__);
        def1(Iterators.TUPLE_ITER, IteratorPicklingTupleIterDef1.__setstate__);
        def0(Iterators.REVERSED, IteratorPicklingDef0.__reduce__);
        def1(Iterators.REVERSED, IteratorPicklingDef1.__setstate__);
        // CPython 3.11: Objects/rangeobject.c rangeiter_reduce / rangeiter_setstate
        def0(Iterators.RANGE_ITER, IteratorPicklingRangeIterDef0.__reduce__);
        def1(Iterators.RANGE_ITER, IteratorPicklingRangeIterDef1.__setstate__);
        // CPython 3.11: Objects/bytesobject.c striter_reduce/striter_setstate, Objects/bytearrayobject.c
        // bytearrayiter_reduce/bytearrayiter_setstate/bytearrayiter_length_hint
        def0(Iterators.BYTES_ITER, IteratorPicklingBytesIterDef0.__reduce__);
        def1(Iterators.BYTES_ITER, IteratorPicklingBytesIterDef1.__setstate__);
        def0(Iterators.BYTES_ITER, IteratorPicklingBytesIterDef0.__length_hint__);
        def0(Iterators.BYTEARRAY_ITER, IteratorPicklingBytearrayIterDef0.__reduce__);
        def1(Iterators.BYTEARRAY_ITER, IteratorPicklingBytearrayIterDef1.__setstate__);
        def0(Iterators.BYTEARRAY_ITER, IteratorPicklingBytearrayIterDef0.__length_hint__);
        // CPython 3.11: Objects/dictobject.c dictiter_reduce, Objects/setobject.c setiter_reduce
        for (PyType t : new PyType[] {Iterators.DICT_KEYITER, Iterators.DICT_VALUEITER, Iterators.DICT_ITEMITER,
            Iterators.SET_ITER, Iterators.DICT_REVKEYITER, Iterators.DICT_REVVALUEITER, Iterators.DICT_REVITEMITER}) {
            def0(t, IteratorPicklingTDef0.__reduce__);
        }
        def0(Iterators.REVERSED, IteratorPicklingDef0.__length_hint__);
    }

    /** The methods of self alone that setupIteratorPickling registers on Iterators.LIST_ITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingListIterDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.ListIter it = (Iterators.ListIter) a;
            return it.list != null ? new PyTuple(new PyObject[] {builtin("iter"), new PyTuple(new PyObject[] {it.list}),
                i(it.i)}) : new PyTuple(new PyObject[] {builtin("iter"), new PyTuple(new PyObject[] {new PyList()})});
        }
    }

    /** The methods of self and one argument that setupIteratorPickling registers on Iterators.LIST_ITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingListIterDef1 implements TypeSetup.F1 {
        __setstate__;

        @Override
        public PyObject apply(PyObject a, PyObject st) {
            switch (this) {
            case __setstate__:
                return __setstate___impl(a, st);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setstate___impl(PyObject a, PyObject st) {
            Iterators.ListIter it = (Iterators.ListIter) a;
            if (it.list != null) {
                it.i = clampState(st, 0, it.list.size);
            }
            return NONE;
        }
    }

    /** The methods of self alone that setupIteratorPickling registers on Iterators.LIST_REVITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingListReviterDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.ListRevIter it = (Iterators.ListRevIter) a;
            return it.list != null ? new PyTuple(new PyObject[] {builtin("reversed"), new PyTuple(
                    new PyObject[] {it.list}), i(it.i)}) : new PyTuple(new PyObject[] {builtin("iter"),
                        new PyTuple(new PyObject[] {new PyList()})});
        }
    }

    /** The methods of self and one argument that setupIteratorPickling registers on Iterators.LIST_REVITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingListReviterDef1 implements TypeSetup.F1 {
        __setstate__;

        @Override
        public PyObject apply(PyObject a, PyObject st) {
            switch (this) {
            case __setstate__:
                return __setstate___impl(a, st);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setstate___impl(PyObject a, PyObject st) {
            Iterators.ListRevIter it = (Iterators.ListRevIter) a;
            if (it.list != null) {
                it.i = clampState(st, -1, it.list.size - 1);
            }
            return NONE;
        }
    }

    /** The methods of self alone that setupIteratorPickling registers on Iterators.TUPLE_ITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingTupleIterDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.ArrayIter it = (Iterators.ArrayIter) a;
            return it.items != null ? new PyTuple(new PyObject[] {builtin("iter"), new PyTuple(new PyObject[] {
                new PyTuple(it.items)}), i(it.i)}) : new PyTuple(new PyObject[] {builtin("iter"),
                    new PyTuple(new PyObject[] {PyTuple.EMPTY})});
        }
    }

    /** The methods of self and one argument that setupIteratorPickling registers on Iterators.TUPLE_ITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingTupleIterDef1 implements TypeSetup.F1 {
        __setstate__;

        @Override
        public PyObject apply(PyObject a, PyObject st) {
            switch (this) {
            case __setstate__:
                return __setstate___impl(a, st);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setstate___impl(PyObject a, PyObject st) {
            Iterators.ArrayIter it = (Iterators.ArrayIter) a;
            if (it.items != null) {
                it.i = clampState(st, 0, it.items.length);
            }
            return NONE;
        }
    }

    /** The methods of self alone that setupIteratorPickling registers on Iterators.REVERSED: one switch instead of a lambda class each. */
    private enum IteratorPicklingDef0 implements TypeSetup.F0 {
        __reduce__, __length_hint__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            case __length_hint__:
                return __length_hint___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.Reversed it = (Iterators.Reversed) a;
            return it.seq != null ? new PyTuple(new PyObject[] {builtin("reversed"), new PyTuple(new PyObject[] {it.seq}),
                i(it.i)}) : new PyTuple(new PyObject[] {builtin("reversed"), new PyTuple(new PyObject[] {PyTuple.EMPTY})});
        }

        private static PyObject __length_hint___impl(PyObject a) {
            Iterators.Reversed it = (Iterators.Reversed) a;
            if (it.seq == null) {
                return i(0);
            }
            long n = Abstract.len(it.seq);
            return i(n < it.i + 1 ? 0 : it.i + 1);
        }
    }

    /** The methods of self and one argument that setupIteratorPickling registers on Iterators.REVERSED: one switch instead of a lambda class each. */
    private enum IteratorPicklingDef1 implements TypeSetup.F1 {
        __setstate__;

        @Override
        public PyObject apply(PyObject a, PyObject st) {
            switch (this) {
            case __setstate__:
                return __setstate___impl(a, st);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setstate___impl(PyObject a, PyObject st) {
            Iterators.Reversed it = (Iterators.Reversed) a;
            if (it.seq != null) {
                it.i = clampState(st, -1, Abstract.len(it.seq) - 1);
            }
            return NONE;
        }
    }

    /** The methods of self alone that setupIteratorPickling registers on Iterators.RANGE_ITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingRangeIterDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.RangeIter it = (Iterators.RangeIter) a;
            PyObject r = Abstract.call(PyRange.TYPE, new PyObject[] {i(it.start),
                PyInt.of(BigInteger.valueOf(it.step).multiply(BigInteger.valueOf(it.len)).add(
                        BigInteger.valueOf(it.start))), i(it.step)}, null);
            return new PyTuple(new PyObject[] {builtin("iter"), new PyTuple(new PyObject[] {r}),
                i(it.len - it.remaining)});
        }
    }

    /** The methods of self and one argument that setupIteratorPickling registers on Iterators.RANGE_ITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingRangeIterDef1 implements TypeSetup.F1 {
        __setstate__;

        @Override
        public PyObject apply(PyObject a, PyObject st) {
            switch (this) {
            case __setstate__:
                return __setstate___impl(a, st);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setstate___impl(PyObject a, PyObject st) {
            Iterators.RangeIter it = (Iterators.RangeIter) a;
            long index = Abstract.index(st).big != null ? (Abstract.index(st).big.signum() < 0 ? 0 : it.len)
                    : Abstract.index(st).value;
            index = Math.max(0, Math.min(index, it.len));
            it.next = it.start + index * it.step;
            it.remaining = it.len - index;
            return NONE;
        }
    }

    /** The methods of self alone that setupIteratorPickling registers on Iterators.BYTES_ITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingBytesIterDef0 implements TypeSetup.F0 {
        __reduce__, __length_hint__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            case __length_hint__:
                return __length_hint___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            Iterators.ArrayIter it = (Iterators.ArrayIter) a;
            if (it.items == null) {
                return new PyTuple(new PyObject[] {builtin("iter"), new PyTuple(new PyObject[] {PyTuple.EMPTY})});
            }
            byte[] b = new byte[it.items.length];
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) ((PyInt) it.items[k]).value;
            }
            return new PyTuple(new PyObject[] {builtin("iter"), new PyTuple(new PyObject[] {new PyBytes(b)}), i(it.i)});
        }

        private static PyObject __length_hint___impl(PyObject a) {
            Iterators.ArrayIter it = (Iterators.ArrayIter) a;
            return i(it.items == null ? 0 : Math.max(0, it.items.length - it.i));
        }
    }

    /** The methods of self and one argument that setupIteratorPickling registers on Iterators.BYTES_ITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingBytesIterDef1 implements TypeSetup.F1 {
        __setstate__;

        @Override
        public PyObject apply(PyObject a, PyObject st) {
            switch (this) {
            case __setstate__:
                return __setstate___impl(a, st);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setstate___impl(PyObject a, PyObject st) {
            Iterators.ArrayIter it = (Iterators.ArrayIter) a;
            if (it.items != null) {
                it.i = clampState(st, 0, it.items.length);
            }
            return NONE;
        }
    }

    /** The methods of self alone that setupIteratorPickling registers on Iterators.BYTEARRAY_ITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingBytearrayIterDef0 implements TypeSetup.F0 {
        __reduce__, __length_hint__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            case __length_hint__:
                return __length_hint___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            ByteArrayMethods.Iter it = (ByteArrayMethods.Iter) a;
            if (it.seq == null) {
                return new PyTuple(new PyObject[] {builtin("iter"), new PyTuple(new PyObject[] {PyTuple.EMPTY})});
            }
            return new PyTuple(new PyObject[] {builtin("iter"), new PyTuple(new PyObject[] {it.seq}), i(it.i)});
        }

        private static PyObject __length_hint___impl(PyObject a) {
            ByteArrayMethods.Iter it = (ByteArrayMethods.Iter) a;
            return i(it.seq == null ? 0 : Math.max(0, it.seq.size - it.i));
        }
    }

    /** The methods of self and one argument that setupIteratorPickling registers on Iterators.BYTEARRAY_ITER: one switch instead of a lambda class each. */
    private enum IteratorPicklingBytearrayIterDef1 implements TypeSetup.F1 {
        __setstate__;

        @Override
        public PyObject apply(PyObject a, PyObject st) {
            switch (this) {
            case __setstate__:
                return __setstate___impl(a, st);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __setstate___impl(PyObject a, PyObject st) {
            ByteArrayMethods.Iter it = (ByteArrayMethods.Iter) a;
            if (it.seq != null) {
                it.i = clampState(st, 0, it.seq.size);
            }
            return NONE;
        }
    }

    /** The methods of self alone that setupIteratorPickling registers on its type: one switch instead of a lambda class each. */
    private enum IteratorPicklingTDef0 implements TypeSetup.F0 {
        __reduce__;

        @Override
        public PyObject apply(PyObject a) {
            switch (this) {
            case __reduce__:
                return __reduce___impl(a);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject __reduce___impl(PyObject a) {
            PyObject[] rest;
            if (a instanceof Iterators.DictIter) {
                rest = ((Iterators.DictIter) a).remaining();
            } else if (a instanceof PySet.Iter) {
                PySet.Iter it = (PySet.Iter) a;
                List<PyObject> l = new ArrayList<>();
                if (it.set.size() == it.size) {
                    for (int j = it.pos, x; j >= 0 && (x = it.set.table.next(j)) >= 0; j = x + 1) {
                        l.add(it.set.table.keyAt(x));
                    }
                }
                rest = l.toArray(new PyObject[0]);
            } else if (a instanceof Iterators.ArrayIter) {
                Iterators.ArrayIter it = (Iterators.ArrayIter) a;
                rest = it.items == null ? new PyObject[0] : Items.copyOfRange(it.items, it.i, it.items.length);
            } else {
                throw Exc.typeError("cannot pickle '" + Abstract.typeName(a) + "' object");
            }
            return new PyTuple(new PyObject[] {builtin("iter"), new PyTuple(new PyObject[] {new PyList(rest)})});
        }
    }

    /** Re-entrancy guard for container reprs ({@code [[...]]}), per thread. */
    static final class ThreadLocalReprGuard {
        private static final ThreadLocal<java.util.IdentityHashMap<PyObject, Boolean>> ACTIVE =
                ThreadLocal.withInitial(java.util.IdentityHashMap::new);
        private final PyObject obj;

        private ThreadLocalReprGuard(PyObject obj) {
            this.obj = obj;
        }

        static ThreadLocalReprGuard enter(PyObject o) {
            if (o == null) {
                return new ThreadLocalReprGuard(null);
            }
            if (ACTIVE.get().put(o, Boolean.TRUE) != null) {
                return null;
            }
            return new ThreadLocalReprGuard(o);
        }

        void exit() {
            if (obj != null) {
                ACTIVE.get().remove(obj);
            }
        }
    }
    /**
     * The one-line methods of self defined above with {@code new Def0(id)}: one class with a
     * {@code switch} instead of a lambda each, so start-up loads (and on JDK 17 links) one class
     * instead of 84 (print("ok") whole-process CPU -20 ms on JDK 17 and 25). Each case is
     * named by its method; its id is the one at its {@code def0}.
     */
    private static final class Def0 implements TypeSetup.F0 {
        private final int id;

        Def0(int id) {
            this.id = id;
        }

        @Override
        public PyObject apply(PyObject self) {
            switch (id) {
            case 0: { // __neg__
                PyObject a = self;
                return IntOps.neg((PyInt) a);
            }
            case 1: { // __pos__
                PyObject a = self;
                return PyInt.of(((PyInt) a).toBigInteger());
            }
            case 2: { // __invert__
                PyObject a = self;
                return PyInt.of(((PyInt) a).toBigInteger().not());
            }
            case 3: { // __bool__
                PyObject a = self;
                return PyBool.of(((PyInt) a).toBigInteger().signum() != 0);
            }
            case 4: { // __index__
                PyObject a = self;
                return PyInt.of(((PyInt) a).toBigInteger());
            }
            case 5: { // __int__
                PyObject a = self;
                return PyInt.of(((PyInt) a).toBigInteger());
            }
            case 6: { // __float__
                PyObject a = self;
                return new PyFloat(IntOps.toDouble((PyInt) a));
            }
            case 7: { // __hash__
                PyObject a = self;
                return i(Hashes.integer((PyInt) a));
            }
            case 8: { // __repr__
                PyObject a = self;
                return s(a instanceof PyBool ? a.toString() : intRepr((PyInt) a));
            }
            case 9: { // __trunc__
                PyObject a = self;
                return PyInt.of(((PyInt) a).toBigInteger());
            }
            case 10: { // __floor__
                PyObject a = self;
                return PyInt.of(((PyInt) a).toBigInteger());
            }
            case 11: { // __ceil__
                PyObject a = self;
                return PyInt.of(((PyInt) a).toBigInteger());
            }
            case 12: { // bit_length
                PyObject a = self;
                return i(((PyInt) a).toBigInteger().abs().bitLength());
            }
            case 13: { // bit_count
                PyObject a = self;
                return i(((PyInt) a).toBigInteger().abs().bitCount());
            }
            case 14: { // conjugate
                PyObject a = self;
                return PyInt.of(((PyInt) a).toBigInteger());
            }
            case 15: { // as_integer_ratio
                PyObject a = self;
                return new PyTuple(new PyObject[] {PyInt.of(((PyInt) a).toBigInteger()), i(1)});
            }
            case 16: { // is_integer
                PyObject a = self;
                return PyBool.TRUE;
            }
            case 17: { // __repr__
                PyObject a = self;
                return s(a.toString());
            }
            case 18: { // __neg__
                PyObject a = self;
                return new PyFloat(-((PyFloat) a).value);
            }
            case 19: { // __pos__
                PyObject a = self;
                return a;
            }
            case 20: { // __abs__
                PyObject a = self;
                return new PyFloat(Math.abs(((PyFloat) a).value));
            }
            case 21: { // __bool__
                PyObject a = self;
                return PyBool.of(((PyFloat) a).value != 0);
            }
            case 22: { // __int__
                PyObject a = self;
                return FloatOps.toInt(((PyFloat) a).value);
            }
            case 23: { // __trunc__
                PyObject a = self;
                return FloatOps.toInt(((PyFloat) a).value);
            }
            case 24: { // __floor__
                PyObject a = self;
                return FloatOps.toInt(Math.floor(((PyFloat) a).value));
            }
            case 25: { // __ceil__
                PyObject a = self;
                return FloatOps.toInt(Math.ceil(((PyFloat) a).value));
            }
            case 26: { // __float__
                PyObject a = self;
                return a.type() == PyFloat.TYPE ? a : new PyFloat(((PyFloat) a).value);
            }
            case 27: { // __hash__
                PyObject a = self;
                return i(Hashing.ofDouble(a, ((PyFloat) a).value));
            }
            case 28: { // __repr__
                PyObject a = self;
                return s(FloatOps.repr(((PyFloat) a).value));
            }
            case 29: { // conjugate
                PyObject a = self;
                return a;
            }
            case 30: { // __len__
                PyObject a = self;
                return i(StrOps.len(sv(a)));
            }
            case 31: { // __hash__
                PyObject a = self;
                return i(Hashing.str((PyStr) a));
            }
            case 32: { // __repr__
                PyObject a = self;
                return s(Repr.str((PyStr) a));
            }
            case 33: { // __str__
                PyObject a = self;
                return a.type() == PyStr.TYPE ? a : s(sv(a));
            }
            case 34: { // __iter__
                PyObject a = self;
                return new Iterators.StrIter(sv(a));
            }
            case 35: { // upper
                PyObject a = self;
                return s(sv(a).toUpperCase());
            }
            case 36: { // lower
                PyObject a = self;
                return s(sv(a).toLowerCase());
            }
            case 37: { // casefold
                PyObject a = self;
                return s(casefold(sv(a)));
            }
            case 38: { // title
                PyObject a = self;
                return s(StrOps.title(sv(a)));
            }
            case 39: { // capitalize
                PyObject a = self;
                return s(StrOps.capitalize(sv(a)));
            }
            case 40: { // swapcase
                PyObject a = self;
                return s(StrOps.swapcase(sv(a)));
            }
            case 41: { // isdecimal
                PyObject a = self;
                return PyBool.of(!sv(a).isEmpty() && sv(a).chars().allMatch(Character::isDigit));
            }
            case 42: { // isalpha
                PyObject a = self;
                return PyBool.of(!sv(a).isEmpty() && sv(a).chars().allMatch(Character::isLetter));
            }
            case 43: { // isalnum
                PyObject a = self;
                return PyBool.of(!sv(a).isEmpty() && sv(a).chars().allMatch(Character::isLetterOrDigit));
            }
            case 44: { // isspace
                PyObject a = self;
                return PyBool.of(!sv(a).isEmpty() && sv(a).chars().allMatch(StrOps::isSpace));
            }
            case 45: { // isidentifier
                PyObject a = self;
                return PyBool.of(StrOps.isIdentifier(sv(a)));
            }
            case 46: { // isascii
                PyObject a = self;
                return PyBool.of(sv(a).chars().allMatch(c -> c < 128));
            }
            case 47: { // isprintable
                PyObject a = self;
                return PyBool.of(sv(a).codePoints().allMatch(StrOps::isPrintable));
            }
            case 48: { // __len__
                PyObject a = self;
                return i(((PyTuple) a).size());
            }
            case 49: { // __repr__
                PyObject a = self;
                return s(seqRepr(a, ((PyTuple) a).items, ((PyTuple) a).size(), "(", ")"));
            }
            case 50: { // __hash__
                PyObject a = self;
                return i(Hashes.tuple((PyTuple) a));
            }
            case 51: { // __iter__
                PyObject a = self;
                return new Iterators.ArrayIter(((PyTuple) a).items, Iterators.TUPLE_ITER);
            }
            case 52: { // __len__
                PyObject a = self;
                return i(L(a).size);
            }
            case 53: { // __repr__
                PyObject a = self;
                return s(seqRepr(a, L(a).items, L(a).size, "[", "]"));
            }
            case 54: { // __iter__
                PyObject a = self;
                return new Iterators.ListIter(L(a));
            }
            case 55: { // __reversed__
                PyObject a = self;
                return new Iterators.ListRevIter(L(a));
            }
            case 56: { // copy
                PyObject a = self;
                return new PyList(L(a).items, 0, L(a).size);
            }
            case 57: { // __len__
                PyObject a = self;
                return i(D(a).size());
            }
            case 58: { // __iter__
                PyObject a = self;
                return new Iterators.DictIter(D(a), 0, Iterators.DICT_KEYITER);
            }
            case 59: { // __reversed__
                PyObject a = self;
                return new Iterators.ArrayIter(reverse(D(a).keysArray()), Iterators.DICT_REVKEYITER);
            }
            case 60: { // keys
                PyObject a = self;
                return new DictView(D(a), 0);
            }
            case 61: { // values
                PyObject a = self;
                return new DictView(D(a), 1);
            }
            case 62: { // items
                PyObject a = self;
                return new DictView(D(a), 2);
            }
            case 63: { // copy
                PyObject a = self;
                return D(a).copy();
            }
            case 64: { // __len__
                PyObject a = self;
                return i(((DictView) a).d.size());
            }
            case 65: { // __iter__
                PyObject a = self;
                return ((DictView) a).iter();
            }
            case 66: { // __len__
                PyObject a = self;
                return i(S(a).size());
            }
            case 67: { // __repr__
                PyObject a = self;
                return s(setRepr(a));
            }
            case 68: { // __iter__
                PyObject a = self;
                return new PySet.Iter(S(a));
            }
            case 69: { // __hash__
                PyObject a = self;
                return i(S(a).table.frozensetHash());
            }
            case 70: { // __repr__
                PyObject a = self;
                return s(a.toString());
            }
            case 71: { // __hash__
                PyObject a = self;
                return i(Abstract.id(((PyMethod) a).self) ^ Abstract.id(((PyMethod) a).func));
            }
            case 72: { // __repr__
                PyObject a = self;
                return s(a.toString());
            }
            case 73: { // __reduce__
                PyObject a = self;
                return reduceByGetattr(((PyMethodDescr) a).owner, s(((PyMethodDescr) a).name));
            }
            case 74: { // __repr__
                PyObject a = self;
                return s(a.toString());
            }
            case 75: { // __repr__
                PyObject a = self;
                return s(a.toString());
            }
            case 76: { // __repr__
                PyObject a = self;
                return s(a.toString());
            }
            case 77: { // __repr__
                PyObject a = self;
                return s(a.toString());
            }
            case 78: { // __dir__
                PyObject a = self;
                return new PyList(((PyModule) a).dict.keysArray());
            }
            case 79: { // __repr__
                PyObject a = self;
                return s(a.toString());
            }
            case 80: { // __repr__
                PyObject a = self;
                return s(Repr.repr(a));
            }
            case 81: { // __len__
                PyObject a = self;
                return i(B(a).length);
            }
            case 82: { // __hash__
                PyObject a = self;
                return i(Hashing.bytes(B(a)));
            }
            case 83: { // __iter__
                PyObject a = self;
                return a;
            }
            default:
                throw new IllegalStateException("Def0 " + id);
            }
        }
    }
}
