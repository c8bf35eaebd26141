package dev.quicken.runtime;

import java.math.BigInteger;

/**
 * {@code str % args} ({@code printf}-style formatting) as CPython 3.11's
 * {@code PyUnicode_Format} in {@code Objects/unicodeobject.c}.
 *
 * <p>Whatever needs the object model ({@code str()}, {@code repr()}, {@code ascii()} of arbitrary
 * objects, {@code __index__}/{@code __int__}/{@code __float__}, mapping look-ups) goes through a
 * {@link Host}; {@link #CORE} handles the core values of this package. Errors are
 * {@link PyTypedError}s with CPython's type and message; a {@link Host} may throw its own
 * exceptions, which pass through.
 */
public final class PercentFormat {

    private PercentFormat() {
    }

    /** The object-model operations {@code %}-formatting needs. */
    public interface Host {
        /** {@code str(v)}. */
        String str(PyObject v);

        /** {@code repr(v)}. */
        String repr(PyObject v);

        /** {@code ascii(v)}. */
        String ascii(PyObject v);

        /** {@code PyMapping_Check(v)}: has {@code __getitem__} (tuples and str are excluded by the caller). */
        boolean isMapping(PyObject v);

        /** {@code v[key]} (may throw KeyError). */
        PyObject getItem(PyObject mapping, PyObject key);

        /** {@code PyNumber_Check(v)}: has {@code __index__}, {@code __int__}, {@code __float__} or is complex. */
        boolean isNumber(PyObject v);

        /** {@code operator.index(v)}, or null where CPython raises TypeError. */
        PyInt index(PyObject v);

        /** {@code int(v)} for a number ({@code __int__}, {@code __index__}, {@code __trunc__}), or null on TypeError. */
        PyInt toInt(PyObject v);

        /** {@code PyFloat_AsDouble(v)}; throws TypeError "must be real number, not T" itself. */
        double toDouble(PyObject v);

        /**
         * For {@code bytes % args}: the bytes of a bytes-like object or of {@code v.__bytes__()},
         * or null when v is neither.
         */
        default byte[] bytesOf(PyObject v) {
            return v instanceof PyBytes ? ((PyBytes) v).value : null;
        }
    }

    /** A {@link Host} for None, bool, int, float, complex, str, bytes, tuple and frozenset. */
    public static final Host CORE = new Host() {
        @Override
        public String str(PyObject v) {
            if (v instanceof PyStr) {
                return ((PyStr) v).value;
            }
            return Repr.repr(v);
        }

        @Override
        public String repr(PyObject v) {
            return Repr.repr(v);
        }

        @Override
        public String ascii(PyObject v) {
            return Repr.ascii(Repr.repr(v));
        }

        @Override
        public boolean isMapping(PyObject v) {
            return v instanceof PyTuple || v instanceof PyStr || v instanceof PyBytes;
        }

        @Override
        public PyObject getItem(PyObject mapping, PyObject key) {
            throw PyTypedError.typeError("tuple indices must be integers or slices, not str");
        }

        @Override
        public boolean isNumber(PyObject v) {
            return v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex;
        }

        @Override
        public PyInt index(PyObject v) {
            if (v instanceof PyBool) {
                return PyInt.of(((PyBool) v).value);
            }
            return v instanceof PyInt ? (PyInt) v : null;
        }

        @Override
        public PyInt toInt(PyObject v) {
            if (v instanceof PyInt) {
                return index(v);
            }
            if (v instanceof PyFloat) {
                return FloatFormat.truncate(((PyFloat) v).value);
            }
            return null;
        }

        @Override
        public double toDouble(PyObject v) {
            if (v instanceof PyFloat) {
                return ((PyFloat) v).value;
            }
            if (v instanceof PyInt) {
                return FormatSpec.toDouble((PyInt) v);
            }
            throw PyTypedError.typeError("must be real number, not " + v.type().name());
        }
    };

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** State of one {@code PyUnicode_Format} call. */
    private static final class Ctx {
        int[] fmt;
        int fmtpos;
        int fmtcnt;
        PyObject args;
        int arglen;
        int argidx;
        PyObject dict;
        Host host;
        StringBuilder out = new StringBuilder();
    }

    /** One conversion specifier. */
    private static final class Arg {
        int ch;
        int flags;
        long width = -1;
        int prec = -1;
        boolean sign;
    }

    /** {@code format % args} with the {@link #CORE} host. */
    public static String format(String format, PyObject args) {
        return format(format, args, CORE);
    }

    /** {@code format % args}. */
    // CPython 3.11: Objects/unicodeobject.c PyUnicode_Format
    public static String format(String format, PyObject args, Host host) {
        Ctx ctx = new Ctx();
        ctx.fmt = codePoints(format);
        ctx.fmtcnt = ctx.fmt.length;
        ctx.host = host;
        if (args instanceof PyTuple) {
            ctx.arglen = ((PyTuple) args).size();
            ctx.argidx = 0;
        } else {
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        if (!(args instanceof PyTuple) && !(args instanceof PyStr) && host.isMapping(args)) {
            ctx.dict = args;
        }
        ctx.args = args;
        while (--ctx.fmtcnt >= 0) {
            if (ctx.fmt[ctx.fmtpos] != '%') {
                int nonfmtpos = ctx.fmtpos++;
                while (ctx.fmtcnt >= 0 && ctx.fmtpos < ctx.fmt.length && ctx.fmt[ctx.fmtpos] != '%') {
                    ctx.fmtpos++;
                    ctx.fmtcnt--;
                }
                if (ctx.fmtcnt < 0) {
                    ctx.fmtpos--;
                }
                for (int i = nonfmtpos; i < ctx.fmtpos; i++) {
                    ctx.out.appendCodePoint(ctx.fmt[i]);
                }
            } else {
                ctx.fmtpos++;
                formatArg(ctx);
            }
        }
        if (ctx.argidx < ctx.arglen && ctx.dict == null) {
            throw PyTypedError.typeError("not all arguments converted during string formatting");
        }
        return ctx.out.toString();
    }

    private static int read(Ctx ctx) {
        return ctx.fmtpos < ctx.fmt.length ? ctx.fmt[ctx.fmtpos] : 0;
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_format_getnextarg
    private static PyObject nextArg(Ctx ctx) {
        int argidx = ctx.argidx;
        if (argidx < ctx.arglen) {
            ctx.argidx++;
            if (ctx.arglen < 0) {
                return ctx.args;
            }
            return ((PyTuple) ctx.args).get(argidx);
        }
        throw PyTypedError.typeError("not enough arguments for format string");
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg
    private static void formatArg(Ctx ctx) {
        Arg arg = new Arg();
        arg.ch = read(ctx);
        if (arg.ch == '%') {
            ctx.fmtpos++;
            ctx.fmtcnt--;
            ctx.out.append('%');
            return;
        }
        parseArg(ctx, arg);
        String str = formatOne(ctx, arg);
        if (str != null) {
            output(ctx, arg, str);
        }
        if (ctx.dict != null && ctx.argidx < ctx.arglen) {
            throw PyTypedError.typeError("not all arguments converted during string formatting");
        }
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg_parse
    private static void parseArg(Ctx ctx, Arg arg) {
        if (arg.ch == '(') {
            if (ctx.dict == null) {
                throw PyTypedError.typeError("format requires a mapping");
            }
            ++ctx.fmtpos;
            --ctx.fmtcnt;
            int keystart = ctx.fmtpos;
            int pcount = 1;
            while (pcount > 0 && --ctx.fmtcnt >= 0) {
                arg.ch = read(ctx);
                if (arg.ch == ')') {
                    --pcount;
                } else if (arg.ch == '(') {
                    ++pcount;
                }
                ctx.fmtpos++;
            }
            int keylen = ctx.fmtpos - keystart - 1;
            if (ctx.fmtcnt < 0 || pcount > 0) {
                throw PyTypedError.valueError("incomplete format key");
            }
            StringBuilder key = new StringBuilder();
            for (int i = keystart; i < keystart + keylen; i++) {
                key.appendCodePoint(ctx.fmt[i]);
            }
            ctx.args = ctx.host.getItem(ctx.dict, new PyStr(key.toString()));
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        while (--ctx.fmtcnt >= 0) {
            arg.ch = read(ctx);
            ctx.fmtpos++;
            if (arg.ch == '-') {
                arg.flags |= F_LJUST;
            } else if (arg.ch == '+') {
                arg.flags |= F_SIGN;
            } else if (arg.ch == ' ') {
                arg.flags |= F_BLANK;
            } else if (arg.ch == '#') {
                arg.flags |= F_ALT;
            } else if (arg.ch == '0') {
                arg.flags |= F_ZERO;
            } else {
                break;
            }
        }
        if (arg.ch == '*') {
            PyObject v = nextArg(ctx);
            if (!(v instanceof PyInt)) {
                throw PyTypedError.typeError("* wants int");
            }
            arg.width = asSsize((PyInt) v);
            if (arg.width < 0) {
                arg.flags |= F_LJUST;
                arg.width = -arg.width;
            }
            if (--ctx.fmtcnt >= 0) {
                arg.ch = read(ctx);
                ctx.fmtpos++;
            }
        } else if (arg.ch >= '0' && arg.ch <= '9') {
            arg.width = arg.ch - '0';
            while (--ctx.fmtcnt >= 0) {
                arg.ch = read(ctx);
                ctx.fmtpos++;
                if (arg.ch < '0' || arg.ch > '9') {
                    break;
                }
                if (arg.width > (Long.MAX_VALUE - (arg.ch - '0')) / 10) {
                    throw PyTypedError.valueError("width too big");
                }
                arg.width = arg.width * 10 + (arg.ch - '0');
            }
        }
        if (arg.ch == '.') {
            arg.prec = 0;
            if (--ctx.fmtcnt >= 0) {
                arg.ch = read(ctx);
                ctx.fmtpos++;
            }
            if (arg.ch == '*') {
                PyObject v = nextArg(ctx);
                if (!(v instanceof PyInt)) {
                    throw PyTypedError.typeError("* wants int");
                }
                arg.prec = asInt((PyInt) v);
                if (arg.prec < 0) {
                    arg.prec = 0;
                }
                if (--ctx.fmtcnt >= 0) {
                    arg.ch = read(ctx);
                    ctx.fmtpos++;
                }
            } else if (arg.ch >= '0' && arg.ch <= '9') {
                arg.prec = arg.ch - '0';
                while (--ctx.fmtcnt >= 0) {
                    arg.ch = read(ctx);
                    ctx.fmtpos++;
                    if (arg.ch < '0' || arg.ch > '9') {
                        break;
                    }
                    if (arg.prec > (Integer.MAX_VALUE - (arg.ch - '0')) / 10) {
                        throw PyTypedError.valueError("precision too big");
                    }
                    arg.prec = arg.prec * 10 + (arg.ch - '0');
                }
            }
        }
        if (ctx.fmtcnt >= 0) {
            if (arg.ch == 'h' || arg.ch == 'l' || arg.ch == 'L') {
                if (--ctx.fmtcnt >= 0) {
                    arg.ch = read(ctx);
                    ctx.fmtpos++;
                }
            }
        }
        if (ctx.fmtcnt < 0) {
            throw PyTypedError.valueError("incomplete format");
        }
    }

    private static long asSsize(PyInt v) {
        if (v.big != null) {
            throw PyTypedError.overflowError("Python int too large to convert to C ssize_t");
        }
        return v.value;
    }

    private static int asInt(PyInt v) {
        if (v.big != null || v.value > Integer.MAX_VALUE || v.value < Integer.MIN_VALUE) {
            throw PyTypedError.overflowError("Python int too large to convert to C int");
        }
        return (int) v.value;
    }

    /** The converted text, or null when it was written directly (CPython's fast paths). */
    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg_format
    private static String formatOne(Ctx ctx, Arg arg) {
        PyObject v = nextArg(ctx);
        Host host = ctx.host;
        switch (arg.ch) {
            case 's':
            case 'r':
            case 'a':
                if (v.getClass() == PyInt.class && arg.width == -1 && arg.prec == -1) {
                    ctx.out.append(IntText.toDecimal((PyInt) v));
                    return null;
                }
                if (arg.ch == 's') {
                    return v instanceof PyStr ? ((PyStr) v).value : host.str(v);
                }
                return arg.ch == 'r' ? host.repr(v) : host.ascii(v);
            case 'i':
            case 'd':
            case 'u':
            case 'o':
            case 'x':
            case 'X': {
                String s = mainFormatLong(v, arg, host);
                arg.sign = true;
                return s;
            }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                double x = host.toDouble(v);
                int prec = arg.prec < 0 ? 6 : arg.prec;
                String s = FloatFormat.toString(x, (char) arg.ch, prec, (arg.flags & F_ALT) != 0 ? FloatFormat.DTSF_ALT : 0);
                if (arg.width == -1 && arg.prec == -1 && (arg.flags & (F_SIGN | F_BLANK)) == 0) {
                    ctx.out.append(s);
                    return null;
                }
                arg.sign = true;
                return s;
            }
            case 'c': {
                int ch = formatChar(v, host);
                if (arg.width == -1 && arg.prec == -1) {
                    ctx.out.appendCodePoint(ch);
                    return null;
                }
                return new String(Character.toChars(ch));
            }
            default:
                throw PyTypedError.valueError("unsupported format character '"
                        + ((31 <= arg.ch && arg.ch <= 126) ? (char) arg.ch : '?') + "' (0x"
                        + Integer.toHexString(arg.ch) + ") at index " + (ctx.fmtpos - 1));
        }
    }

    // CPython 3.11: Objects/unicodeobject.c mainformatlong / _PyUnicode_FormatLong
    private static String mainFormatLong(PyObject v, Arg arg, Host host) {
        int type = arg.ch;
        PyInt iobj;
        if (!host.isNumber(v)) {
            throw wrongType(type, v);
        }
        if (!(v instanceof PyInt)) {
            iobj = (type == 'o' || type == 'x' || type == 'X') ? host.index(v) : host.toInt(v);
            if (iobj == null) {
                throw wrongType(type, v);
            }
        } else {
            iobj = (PyInt) v;
        }
        boolean neg;
        String digits;
        String prefix = "";
        int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        if (iobj.big == null && iobj.value != Long.MIN_VALUE) {
            // a machine-size int (the common case) without a BigInteger
            neg = iobj.value < 0;
            digits = Long.toString(Math.abs(iobj.value), radix);
        } else {
            BigInteger b = iobj.toBigInteger();
            neg = b.signum() < 0;
            digits = radix == 10 ? IntText.toDecimal(b.abs()) : b.abs().toString(radix);
        }
        if (radix != 10) {
            prefix = radix == 8 ? "0o" : "0x";
        }
        if ((arg.flags & F_ALT) == 0) {
            prefix = "";
        }
        if (arg.prec > digits.length()) {
            StringBuilder z = new StringBuilder();
            for (int i = digits.length(); i < arg.prec; i++) {
                z.append('0');
            }
            digits = z + digits;
        }
        String s = (neg ? "-" : "") + prefix + digits;
        if (type == 'X') {
            s = s.toUpperCase(java.util.Locale.ROOT);
        }
        return s;
    }

    private static PyTypedError wrongType(int type, PyObject v) {
        if (type == 'o' || type == 'x' || type == 'X') {
            return PyTypedError.typeError("%" + (char) type + " format: an integer is required, not "
                    + v.type().name());
        }
        return PyTypedError.typeError("%" + (char) type + " format: a real number is required, not "
                + v.type().name());
    }

    // CPython 3.11: Objects/unicodeobject.c formatchar
    private static int formatChar(PyObject v, Host host) {
        if (v instanceof PyStr) {
            String s = ((PyStr) v).value;
            if (s.codePointCount(0, s.length()) == 1) {
                return s.codePointAt(0);
            }
            throw PyTypedError.typeError("%c requires int or char");
        }
        PyInt i = host.index(v);
        if (i == null) {
            throw PyTypedError.typeError("%c requires int or char");
        }
        if (i.big != null || i.value < 0 || i.value > 0x10ffff) {
            throw PyTypedError.overflowError("%c arg not in range(0x110000)");
        }
        return (int) i.value;
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg_output
    private static void output(Ctx ctx, Arg arg, String s) {
        StringBuilder out = ctx.out;
        int fill = ' ';
        if (arg.sign && (arg.flags & F_ZERO) != 0) {
            fill = '0';
        }
        int len = s.codePointCount(0, s.length());
        if ((arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len)
                && (arg.flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(s);
            return;
        }
        int[] str = codePoints(s);
        if (arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a') {
            if (arg.prec >= 0 && len > arg.prec) {
                len = arg.prec;
            }
        }
        int pindex = 0;
        int signchar = 0;
        if (arg.sign) {
            int ch = str[pindex];
            if (ch == '-' || ch == '+') {
                signchar = ch;
                len--;
                pindex++;
            } else if ((arg.flags & F_SIGN) != 0) {
                signchar = '+';
            } else if ((arg.flags & F_BLANK) != 0) {
                signchar = ' ';
            } else {
                arg.sign = false;
            }
        }
        long width = arg.width;
        if (width < len) {
            width = len;
        }
        if (arg.sign) {
            if (fill != ' ') {
                out.appendCodePoint(signchar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean altPrefix = (arg.flags & F_ALT) != 0 && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
        if (altPrefix) {
            if (fill != ' ') {
                out.appendCodePoint(str[pindex]).appendCodePoint(str[pindex + 1]);
                pindex += 2;
            }
            width -= 2;
            if (width < 0) {
                width = 0;
            }
            len -= 2;
        }
        if (width > len && (arg.flags & F_LJUST) == 0) {
            for (long i = len; i < width; i++) {
                out.appendCodePoint(fill);
            }
            width = len;
        }
        if (fill == ' ') {
            if (arg.sign) {
                out.appendCodePoint(signchar);
            }
            if (altPrefix) {
                out.appendCodePoint(str[pindex]).appendCodePoint(str[pindex + 1]);
                pindex += 2;
            }
        }
        for (int i = 0; i < len; i++) {
            out.appendCodePoint(str[pindex + i]);
        }
        for (long i = len; i < width; i++) {
            out.append(' ');
        }
    }

    // ---------------------------------------------------------------- bytes % args

    /** {@code format % args} for bytes, with the {@link #CORE} host. */
    public static byte[] formatBytes(byte[] format, PyObject args) {
        return formatBytes(format, args, CORE);
    }

    /** {@code format % args} for bytes (and bytearray). */
    // CPython 3.11: Objects/bytesobject.c _PyBytes_FormatEx
    public static byte[] formatBytes(byte[] format, PyObject args, Host host) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(format.length + 16);
        int arglen;
        int[] argidx = new int[1];
        if (args instanceof PyTuple) {
            arglen = ((PyTuple) args).size();
            argidx[0] = 0;
        } else {
            arglen = -1;
            argidx[0] = -2;
        }
        PyObject dict = null;
        if (!(args instanceof PyTuple) && !(args instanceof PyBytes) && !(args instanceof PyStr)
                && host.isMapping(args)) {
            dict = args;
        }
        int fmt = 0;
        int fmtcnt = format.length;
        while (--fmtcnt >= 0) {
            if (format[fmt] != '%') {
                int len = 1;
                while (len <= fmtcnt && format[fmt + len] != '%') {
                    len++;
                }
                out.write(format, fmt, len);
                fmt += len;
                fmtcnt -= len - 1;
                continue;
            }
            int flags = 0;
            long width = -1;
            int prec = -1;
            int c = 0;
            fmt++;
            if (fmt < format.length && format[fmt] == '%') {
                out.write('%');
                fmt++;
                fmtcnt--;
                continue;
            }
            if (fmt < format.length && format[fmt] == '(') {
                if (dict == null) {
                    throw PyTypedError.typeError("format requires a mapping");
                }
                ++fmt;
                --fmtcnt;
                int keystart = fmt;
                int pcount = 1;
                while (pcount > 0 && --fmtcnt >= 0) {
                    if (format[fmt] == ')') {
                        --pcount;
                    } else if (format[fmt] == '(') {
                        ++pcount;
                    }
                    fmt++;
                }
                int keylen = fmt - keystart - 1;
                if (fmtcnt < 0 || pcount > 0) {
                    throw PyTypedError.valueError("incomplete format key");
                }
                args = host.getItem(dict, new PyBytes(java.util.Arrays.copyOfRange(format, keystart, keystart + keylen)));
                arglen = -1;
                argidx[0] = -2;
            }
            while (--fmtcnt >= 0) {
                c = format[fmt++];
                if (c == '-') {
                    flags |= F_LJUST;
                } else if (c == '+') {
                    flags |= F_SIGN;
                } else if (c == ' ') {
                    flags |= F_BLANK;
                } else if (c == '#') {
                    flags |= F_ALT;
                } else if (c == '0') {
                    flags |= F_ZERO;
                } else {
                    break;
                }
            }
            if (c == '*') {
                PyObject v = nextBytesArg(args, arglen, argidx);
                if (!(v instanceof PyInt)) {
                    throw PyTypedError.typeError("* wants int");
                }
                width = asSsize((PyInt) v);
                if (width < 0) {
                    flags |= F_LJUST;
                    width = -width;
                }
                if (--fmtcnt >= 0) {
                    c = format[fmt++];
                }
            } else if (c >= '0' && c <= '9') {
                width = c - '0';
                while (--fmtcnt >= 0) {
                    c = format[fmt++] & 0xff;
                    if (!(c >= '0' && c <= '9')) {
                        break;
                    }
                    if (width > (Long.MAX_VALUE - (c - '0')) / 10) {
                        throw PyTypedError.valueError("width too big");
                    }
                    width = width * 10 + (c - '0');
                }
            }
            if (c == '.') {
                prec = 0;
                if (--fmtcnt >= 0) {
                    c = format[fmt++];
                }
                if (c == '*') {
                    PyObject v = nextBytesArg(args, arglen, argidx);
                    if (!(v instanceof PyInt)) {
                        throw PyTypedError.typeError("* wants int");
                    }
                    prec = asInt((PyInt) v);
                    if (prec < 0) {
                        prec = 0;
                    }
                    if (--fmtcnt >= 0) {
                        c = format[fmt++];
                    }
                } else if (c >= '0' && c <= '9') {
                    prec = c - '0';
                    while (--fmtcnt >= 0) {
                        c = format[fmt++] & 0xff;
                        if (!(c >= '0' && c <= '9')) {
                            break;
                        }
                        if (prec > (Integer.MAX_VALUE - (c - '0')) / 10) {
                            throw PyTypedError.valueError("prec too big");
                        }
                        prec = prec * 10 + (c - '0');
                    }
                }
            }
            if (fmtcnt >= 0) {
                if (c == 'h' || c == 'l' || c == 'L') {
                    if (--fmtcnt >= 0) {
                        c = format[fmt++];
                    }
                }
            }
            if (fmtcnt < 0) {
                throw PyTypedError.valueError("incomplete format");
            }
            PyObject v = nextBytesArg(args, arglen, argidx);
            int sign = 0;
            int fill = ' ';
            byte[] pbuf;
            int pos = 0;
            int len;
            switch (c) {
                case 'r':
                case 'a': {
                    pbuf = host.ascii(v).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                    len = pbuf.length;
                    if (prec >= 0 && len > prec) {
                        len = prec;
                    }
                    break;
                }
                case 's':
                case 'b': {
                    pbuf = host.bytesOf(v);
                    if (pbuf == null) {
                        throw PyTypedError.typeError("%b requires a bytes-like object, or an object that implements "
                                + "__bytes__, not '" + NumberParse.truncate(v.type().name(), 100) + "'");
                    }
                    len = pbuf.length;
                    if (prec >= 0 && len > prec) {
                        len = prec;
                    }
                    break;
                }
                case 'i':
                case 'd':
                case 'u':
                case 'o':
                case 'x':
                case 'X': {
                    Arg arg = new Arg();
                    arg.ch = c == 'i' ? 'd' : c;
                    arg.flags = flags;
                    arg.prec = prec;
                    pbuf = mainFormatLong(v, arg, host).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                    len = pbuf.length;
                    sign = 1;
                    if ((flags & F_ZERO) != 0) {
                        fill = '0';
                    }
                    break;
                }
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G': {
                    double x;
                    try {
                        x = host.toDouble(v);
                    } catch (PyTypedError e) {
                        throw PyTypedError.typeError("float argument required, not " + v.type().name());
                    }
                    String t = FloatFormat.toString(x, (char) c, prec < 0 ? 6 : prec,
                            (flags & F_ALT) != 0 ? FloatFormat.DTSF_ALT : 0);
                    pbuf = t.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                    len = pbuf.length;
                    if (width == -1 && prec == -1 && (flags & (F_SIGN | F_BLANK)) == 0) {
                        out.write(pbuf, 0, len);
                        checkAllConverted(dict, argidx[0], arglen);
                        continue;
                    }
                    sign = 1;
                    if ((flags & F_ZERO) != 0) {
                        fill = '0';
                    }
                    break;
                }
                case 'c': {
                    pbuf = new byte[] {byteConverter(v, host)};
                    len = 1;
                    if (width == -1) {
                        out.write(pbuf[0]);
                        checkAllConverted(dict, argidx[0], arglen);
                        continue;
                    }
                    break;
                }
                default:
                    throw PyTypedError.valueError("unsupported format character '" + (char) (c & 0xff) + "' (0x"
                            + Integer.toHexString(c & 0xff) + ") at index " + (fmt - 1));
            }
            if (sign != 0) {
                if (len > 0 && (pbuf[pos] == '-' || pbuf[pos] == '+')) {
                    sign = pbuf[pos++];
                    len--;
                } else if ((flags & F_SIGN) != 0) {
                    sign = '+';
                } else if ((flags & F_BLANK) != 0) {
                    sign = ' ';
                } else {
                    sign = 0;
                }
            }
            if (width < len) {
                width = len;
            }
            if (sign != 0) {
                if (fill != ' ') {
                    out.write(sign);
                }
                if (width > len) {
                    width--;
                }
            }
            boolean altPrefix = (flags & F_ALT) != 0 && (c == 'o' || c == 'x' || c == 'X');
            if (altPrefix) {
                if (fill != ' ') {
                    out.write(pbuf, pos, 2);
                    pos += 2;
                }
                width -= 2;
                if (width < 0) {
                    width = 0;
                }
                len -= 2;
            }
            if (width > len && (flags & F_LJUST) == 0) {
                for (long k = len; k < width; k++) {
                    out.write(fill);
                }
                width = len;
            }
            if (fill == ' ') {
                if (sign != 0) {
                    out.write(sign);
                }
                if (altPrefix) {
                    out.write(pbuf, pos, 2);
                    pos += 2;
                }
            }
            out.write(pbuf, pos, len);
            for (long k = len; k < width; k++) {
                out.write(' ');
            }
            checkAllConverted(dict, argidx[0], arglen);
        }
        if (argidx[0] < arglen && dict == null) {
            throw PyTypedError.typeError("not all arguments converted during bytes formatting");
        }
        return out.toByteArray();
    }

    private static void checkAllConverted(PyObject dict, int argidx, int arglen) {
        if (dict != null && argidx < arglen) {
            throw PyTypedError.typeError("not all arguments converted during bytes formatting");
        }
    }

    // CPython 3.11: Objects/bytesobject.c getnextarg
    private static PyObject nextBytesArg(PyObject args, int arglen, int[] argidx) {
        int i = argidx[0];
        if (i < arglen) {
            argidx[0]++;
            return arglen < 0 ? args : ((PyTuple) args).get(i);
        }
        throw PyTypedError.typeError("not enough arguments for format string");
    }

    // CPython 3.11: Objects/bytesobject.c byte_converter
    private static byte byteConverter(PyObject v, Host host) {
        if (v instanceof PyBytes && ((PyBytes) v).value.length == 1) {
            return ((PyBytes) v).value[0];
        }
        PyInt i = host.index(v);
        if (i == null) {
            throw PyTypedError.typeError("%c requires an integer in range(256) or a single byte");
        }
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw PyTypedError.overflowError("%c arg not in range(256)");
        }
        return (byte) i.value;
    }

    /** The code points of {@code s} (a loop: {@code String.codePoints()} builds a stream pipeline). */
    private static int[] codePoints(String s) {
        int n = s.length();
        int[] cps = new int[s.codePointCount(0, n)];
        for (int i = 0, j = 0; i < n; j++) {
            int c = s.codePointAt(i);
            cps[j] = c;
            i += Character.charCount(c);
        }
        return cps;
    }
}
