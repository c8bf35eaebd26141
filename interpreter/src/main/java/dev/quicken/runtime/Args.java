package dev.quicken.runtime;

/** Argument parsing for functions written in Java. */
public final class Args {

    private Args() {
    }

    public static int npos(PyObject[] args, String[] kw) {
        return args.length - (kw == null ? 0 : kw.length);
    }

    /** Raises unless there are no keyword arguments. */
    public static void noKw(String fname, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Exc.typeError(fname + "() takes no keyword arguments");
        }
    }

    /**
     * Binds positional and keyword arguments to {@code names}; slots not given are null.
     * {@code skip} leading args (e.g. self) are not bound. {@code maxPos} limits positional binding.
     */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kw, int skip, String[] names, int minRequired,
            int maxPos) {
        PyObject[] out = new PyObject[names.length];
        int npos = npos(args, kw) - skip;
        if (npos > maxPos) {
            throw Exc.typeError(fname + "() takes at most " + maxPos + " positional argument" + (maxPos == 1 ? "" : "s")
                    + " (" + npos + " given)");
        }
        for (int i = 0; i < npos; i++) {
            out[i] = args[skip + i];
        }
        if (kw != null) {
            int base = args.length - kw.length;
            for (int k = 0; k < kw.length; k++) {
                int idx = -1;
                for (int j = 0; j < names.length; j++) {
                    if (names[j].equals(kw[k])) {
                        idx = j;
                        break;
                    }
                }
                if (idx < 0) {
                    // CPython 3.11: Python/getargs.c (C functions; Python functions say "got an unexpected ...")
                    throw Exc.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fname + "()");
                }
                if (out[idx] != null) {
                    throw Exc.typeError("argument for " + fname + "() given by name ('" + kw[k]
                            + "') and position (" + (idx + 1) + ")");
                }
                out[idx] = args[base + k];
            }
        }
        for (int i = 0; i < minRequired; i++) {
            if (out[i] == null) {
                throw Exc.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    public static void count(String fname, PyObject[] args, String[] kw, int skip, int min, int max) {
        noKw(fname, kw);
        int n = args.length - skip;
        if (n < min || n > max) {
            if (min == max) {
                if (min == 0) {
                    throw Exc.typeError(fname + "() takes no arguments (" + n + " given)");
                }
                if (min == 1) {
                    throw Exc.typeError(fname + "() takes exactly one argument (" + n + " given)");
                }
                // CPython 3.11: Python/getargs.c _PyArg_CheckPositional names the bare function
                throw Exc.typeError(bare(fname) + " expected " + min + " arguments, got " + n);
            }
            if (n < min) {
                throw Exc.typeError(bare(fname) + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                        + ", got " + n);
            }
            throw Exc.typeError(bare(fname) + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
    }

    private static String bare(String fname) {
        return fname.substring(fname.lastIndexOf('.') + 1);
    }

    public static String str(String fname, PyObject o, int argn) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value;
        }
        throw Exc.typeError(fname + "() argument " + argn + " must be str, not " + Abstract.typeName(o));
    }

    public static long integer(PyObject o) {
        if (o instanceof PyFloat) {
            throw Exc.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw Exc.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /**
     * The count of a sequence repeat ({@code seq * n}) for a sequence of {@code len} items:
     * CPython's {@code PyNumber_AsSsize_t(n, OverflowError)} then the size checks of
     * {@code sq_repeat} ({@code what}: "string", "bytes", or null for a MemoryError only).
     */
    public static int repeatCount(PyObject n, long len, String what) {
        PyInt i = Abstract.index(n);
        if (i.big != null) {
            throw Exc.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long c = Math.max(0, i.value);
        if (c == 0 || len == 0) {
            return 0;
        }
        if (c > Long.MAX_VALUE / len) {
            if (what != null) {
                throw Exc.overflowError("repeated " + what + " is too long");
            }
            throw Exc.raise(Exc.MemoryError, "");
        }
        if (c * len > Integer.MAX_VALUE - 8) {
            throw Exc.raise(Exc.MemoryError, "");
        }
        return (int) c;
    }
}
