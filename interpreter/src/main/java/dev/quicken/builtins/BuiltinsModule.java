package dev.quicken.builtins;

import dev.quicken.code.CodeObject;
import dev.quicken.eval.EvalAccess;
import dev.quicken.eval.Interpreter;
import dev.quicken.eval.SuperType;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.BuiltinMethods;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.IntOps;
import dev.quicken.runtime.Items;
import dev.quicken.runtime.Iterators;
import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyByteArray;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyCell;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyDescriptors;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyEllipsis;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyMemoryView;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyNotImplemented;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyRange;
import dev.quicken.runtime.PySet;
import dev.quicken.runtime.PySlice;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.StrFormat;
import dev.quicken.runtime.TypeSetup;
import java.util.Arrays;

/** The {@code builtins} module. */
public final class BuiltinsModule {

    private BuiltinsModule() {
    }

    static final PyObject NONE = PyNone.NONE;

    static {
        TextOut.setupType();
    }

    static void def(PyDict d, String name, JFunc f) {
        d.setStr(name, new PyBuiltinFunction(name, f));
    }

    /** Defines a switch-dispatch table's constant as the function of its name. */
    static <E extends Enum<E> & JFunc> void def(PyDict d, E f) {
        def(d, f.name(), f);
    }

    public static void fill(Interpreter in, PyDict d) {
        d.setStr("__name__", new PyStr("builtins"));
        d.setStr("None", NONE);
        d.setStr("True", PyBool.TRUE);
        d.setStr("False", PyBool.FALSE);
        d.setStr("Ellipsis", PyEllipsis.ELLIPSIS);
        d.setStr("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        d.setStr("__debug__", PyBool.TRUE);
        for (PyType t : new PyType[] {TypeSetup.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE,
            PyComplex.TYPE, PyStr.TYPE, PyBytes.TYPE, PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PySet.TYPE,
            PyFrozenSet.TYPE, PyRange.TYPE, PySlice.TYPE, SuperType.TYPE}) {
            d.setStr(t.name(), t);
        }
        d.setStr("bytearray", PyByteArray.TYPE);
        d.setStr("memoryview", PyMemoryView.TYPE);
        d.setStr("property", PyDescriptors.PROPERTY);
        d.setStr("classmethod", PyDescriptors.CLASSMETHOD);
        d.setStr("staticmethod", PyDescriptors.STATICMETHOD);
        for (PyType t : Exc.all()) {
            d.setStr(t.name(), t);
        }
        d.setStr("EnvironmentError", Exc.OSError);
        d.setStr("IOError", Exc.OSError);

        def(d, "print", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("print", a, kw, Args.npos(a, kw), new String[] {"sep", "end", "file", "flush"},
                        0, 0);
                int npos = Args.npos(a, kw);
                String sep = p[0] == null || p[0] == NONE ? " " : strArg("sep", p[0]);
                String end = p[1] == null || p[1] == NONE ? "\n" : strArg("end", p[1]);
                PyObject file = p[2] == null || p[2] == NONE ? Abstract.getAttr(in.sys, "stdout") : p[2];
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < npos; i++) {
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(Abstract.str(a[i]));
                }
                sb.append(end);
                if (file instanceof TextOut) {
                    ((TextOut) file).write(sb.toString());
                    if (p[3] != null && Abstract.isTrue(p[3])) {
                        ((TextOut) file).flush();
                    }
                } else {
                    Abstract.callMethod(file, "write", new PyStr(sb.toString()));
                    if (p[3] != null && Abstract.isTrue(p[3])) {
                        Abstract.callMethod(file, "flush");
                    }
                }
                return NONE;
            }
        });
        d.setStr("open", dev.quicken.modules.io.IoStart.OPEN);
        def(d, FillDefN.len);
        def(d, FillDefN.repr);
        def(d, FillDefN.ascii);
        def(d, FillDefN.isinstance);
        def(d, FillDefN.issubclass);
        def(d, FillDefN.abs);
        def(d, FillDefN.hash);
        def(d, FillDefN.id);
        def(d, FillDefN.callable);
        def(d, FillDefN.ord);
        def(d, FillDefN.chr);
        def(d, FillDefN.bin);
        def(d, FillDefN.oct);
        def(d, FillDefN.hex);
        def(d, FillDefN.divmod);
        def(d, FillDefN.pow);
        def(d, FillDefN.round);
        def(d, FillDefN.min);
        def(d, FillDefN.max);
        def(d, FillDefN.sum);
        def(d, FillDefN.any);
        def(d, FillDefN.all);
        def(d, FillDefN.sorted);
        // classes, as in CPython (runtime/BuiltinIterators.java gives them __new__ and __reduce__)
        d.setStr("reversed", Iterators.REVERSED);
        d.setStr("enumerate", Iterators.ENUMERATE);
        d.setStr("zip", Iterators.ZIP);
        d.setStr("map", Iterators.MAP);
        d.setStr("filter", Iterators.FILTER);
        def(d, FillDefN.iter);
        def(d, "aiter", new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return EvalAccess.aiter(x0, x1);
            }
        });
        def(d, "anext", new JFunc() {
            @Override
            public PyObject call(PyObject[] x0, String[] x1) {
                return EvalAccess.anext(x0, x1);
            }
        });
        def(d, FillDefNB.next);
        def(d, FillDefNB.getattr);
        def(d, FillDefNB.setattr);
        def(d, FillDefNB.delattr);
        def(d, FillDefNB.hasattr);
        def(d, FillDefNB.format);
        def(d, "vars", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                if (a.length == 0) {
                    return EvalAccess.locals(in);
                }
                PyObject v = Abstract.lookupAttr(a[0], "__dict__");
                if (v == null) {
                    throw Exc.typeError("vars() argument must have __dict__ attribute");
                }
                return v;
            }
        });
        def(d, "dir", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject r;
                if (a.length == 0) {
                    PyObject l = EvalAccess.locals(in);
                    r = new PyList(Abstract.toArray(l));
                } else {
                    r = new PyList(Abstract.toArray(Abstract.callSpecial(a[0], "__dir__")));
                }
                BuiltinMethods.listSort((PyList) r, null, false);
                return r;
            }
        });
        def(d, "globals", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return EvalAccess.globals(in);
            }
        });
        def(d, "locals", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return EvalAccess.locals(in);
            }
        });
        def(d, "__import__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("__import__", a, kw, 0, new String[] {"name", "globals", "locals", "fromlist",
                    "level"}, 1, 5);
                return dev.quicken.modules.ImportSystem.importModuleLevel(in, Args.str("__import__", p[0], 1),
                        p[1] == null ? NONE : p[1], p[3] == null ? NONE : p[3],
                        p[4] == null ? 0 : (int) Abstract.indexClamped(p[4]));
            }
        });
        CompileBuiltins.install(d, in);
        def(d, "__build_class__", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return buildClass(in, a, kw);
            }
        });
        def(d, "input", new JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return Input.input(in, a, kw);
            }
        });
    }

    /** The functions of an argument vector that fill registers on d: one switch instead of a lambda class each. */
    private enum FillDefN implements dev.quicken.runtime.JFunc {
        len, repr, ascii, isinstance, issubclass, abs, hash, id, callable, ord, chr, bin, oct, hex, divmod, pow,
        round, min, max, sum, any, all, sorted, iter;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case len:
                return len_impl(a, kw);
            case repr:
                return repr_impl(a, kw);
            case ascii:
                return new PyStr(asciiOf(Abstract.repr(a[0])));
            case isinstance:
                return isinstance_impl(a, kw);
            case issubclass:
                return issubclass_impl(a, kw);
            case abs:
                return abs_impl(a, kw);
            case hash:
                return hash_impl(a, kw);
            case id:
                return PyInt.of(Abstract.id(a[0]));
            case callable:
                return PyBool.of(a[0] instanceof PyFunction || a[0] instanceof PyBuiltinFunction
                        || a[0] instanceof dev.quicken.runtime.PyMethodDescr || a[0] instanceof dev.quicken.runtime.PyMethod
                        || a[0] instanceof PyType || a[0].type().lookup("__call__") != null);
            case ord:
                return ord_impl(a, kw);
            case chr:
                return chr_impl(a, kw);
            case bin:
                return new PyStr(radix(a[0], 2, "0b"));
            case oct:
                return new PyStr(radix(a[0], 8, "0o"));
            case hex:
                return new PyStr(radix(a[0], 16, "0x"));
            case divmod:
                return divmod_impl(a, kw);
            case pow:
                return pow_impl(a, kw);
            case round:
                return round_impl(a, kw);
            case min:
                return minMax(a, kw, "min", Abstract.LT);
            case max:
                return minMax(a, kw, "max", Abstract.GT);
            case sum:
                return sum_impl(a, kw);
            case any:
                return any_impl(a, kw);
            case all:
                return all_impl(a, kw);
            case sorted:
                return sorted_impl(a, kw);
            case iter:
                return iter_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject len_impl(PyObject[] a, String[] kw) {
            Args.count("len", a, kw, 0, 1, 1);
            return PyInt.of(Abstract.len(a[0]));
        }

        private static PyObject repr_impl(PyObject[] a, String[] kw) {
            Args.count("repr", a, kw, 0, 1, 1);
            return Abstract.reprObj(a[0]);
        }

        private static PyObject isinstance_impl(PyObject[] a, String[] kw) {
            Args.count("isinstance", a, kw, 0, 2, 2);
            return PyBool.of(Abstract.isInstance(a[0], a[1]));
        }

        private static PyObject issubclass_impl(PyObject[] a, String[] kw) {
            Args.count("issubclass", a, kw, 0, 2, 2);
            return PyBool.of(Abstract.isSubclass(a[0], a[1]));
        }

        private static PyObject abs_impl(PyObject[] a, String[] kw) {
            Args.count("abs", a, kw, 0, 1, 1);
            return absOf(a[0]);
        }

        private static PyObject hash_impl(PyObject[] a, String[] kw) {
            Args.count("hash", a, kw, 0, 1, 1);
            return PyInt.of(Abstract.hash(a[0]));
        }

        private static PyObject ord_impl(PyObject[] a, String[] kw) {
            Args.count("ord", a, kw, 0, 1, 1);
            if (a[0] instanceof PyStr) {
                String s = ((PyStr) a[0]).value;
                if (s.codePointCount(0, s.length()) != 1) {
                    throw Exc.typeError("ord() expected a character, but string of length "
                            + s.codePointCount(0, s.length()) + " found");
                }
                return PyInt.of(s.codePointAt(0));
            }
            // CPython 3.11: Python/bltinmodule.c builtin_ord (bytes and bytearray of length 1 too)
            if (a[0] instanceof PyBytes || a[0] instanceof dev.quicken.runtime.PyByteArray) {
                byte[] b = dev.quicken.runtime.Buffers.of(a[0]);
                if (b.length == 1) {
                    return PyInt.of(b[0] & 0xff);
                }
                throw Exc.typeError("ord() expected a character, but string of length " + b.length + " found");
            }
            throw Exc.typeError("ord() expected string of length 1, but " + Abstract.typeName(a[0]) + " found");
        }

        private static PyObject chr_impl(PyObject[] a, String[] kw) {
            Args.count("chr", a, kw, 0, 1, 1);
            long c = Args.integer(a[0]);
            if (c < 0 || c > 0x10ffff) {
                throw Exc.valueError("chr() arg not in range(0x110000)");
            }
            return new PyStr(new String(Character.toChars((int) c)));
        }

        private static PyObject divmod_impl(PyObject[] a, String[] kw) {
            Args.count("divmod", a, kw, 0, 2, 2);
            PyObject r = Abstract.callSpecial(a[0], "__divmod__", a[1]);
            if (r == null || r == PyNotImplemented.NOT_IMPLEMENTED) {
                r = Abstract.callSpecial(a[1], "__rdivmod__", a[0]);
            }
            if (r == null || r == PyNotImplemented.NOT_IMPLEMENTED) {
                throw Exc.typeError("unsupported operand type(s) for divmod(): '" + Abstract.typeName(a[0]) + "' and '"
                        + Abstract.typeName(a[1]) + "'");
            }
            return r;
        }

        private static PyObject pow_impl(PyObject[] a, String[] kw) {
            Args.count("pow", a, kw, 0, 2, 3);
            if (a.length == 3 && a[2] != NONE) {
                if (a[0] instanceof PyInt && a[1] instanceof PyInt && a[2] instanceof PyInt) {
                    return IntOps.powMod((PyInt) a[0], (PyInt) a[1], (PyInt) a[2]);
                }
                return ternaryPow(a[0], a[1], a[2]);
            }
            return Abstract.binaryOp(a[0], a[1], Abstract.NB_POWER);
        }

        private static PyObject round_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("round", a, kw, 0, new String[] {"number", "ndigits"}, 1, 2);
            PyObject m = p[0].type().lookup("__round__");
            if (m == null) {
                throw Exc.typeError("type " + Abstract.typeName(p[0]) + " doesn't define __round__ method");
            }
            if (p[1] == null || p[1] == NONE) {
                return Abstract.callMethodDescr(m, p[0], new PyObject[0], null);
            }
            return Abstract.callMethodDescr(m, p[0], new PyObject[] {p[1]}, null);
        }

        private static PyObject sum_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("sum", a, kw, 0, new String[] {"iterable", "start"}, 1, 2);
            PyObject acc = p[1] == null ? PyInt.of(0) : p[1];
            if (acc instanceof PyStr) {
                throw Exc.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            PyObject it = Abstract.iter(p[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                acc = Abstract.add(acc, x);
            }
            return acc;
        }

        private static PyObject any_impl(PyObject[] a, String[] kw) {
            PyObject it = Abstract.iter(a[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (Abstract.isTrue(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }

        private static PyObject all_impl(PyObject[] a, String[] kw) {
            PyObject it = Abstract.iter(a[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (!Abstract.isTrue(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }

        private static PyObject sorted_impl(PyObject[] a, String[] kw) {
            PyObject[] p = Args.parse("sorted", a, kw, 0, new String[] {"iterable", "key", "reverse"}, 1, 1);
            PyList l = new PyList(Abstract.sequenceList(p[0]));
            BuiltinMethods.listSort(l, p[1], p[2] != null && Abstract.isTrue(p[2]));
            return l;
        }

        private static PyObject iter_impl(PyObject[] a, String[] kw) {
            Args.count("iter", a, kw, 0, 1, 2);
            if (a.length == 2) {
                return new Iterators.CallIter(a[0], a[1]);
            }
            return Abstract.iter(a[0]);
        }
    }

    /** The functions of an argument vector that fill registers on d: one switch instead of a lambda class each. */
    private enum FillDefNB implements dev.quicken.runtime.JFunc {
        next, getattr, setattr, delattr, hasattr, format;

        @Override
        public PyObject call(PyObject[] a, String[] kw) {
            switch (this) {
            case next:
                return next_impl(a, kw);
            case getattr:
                return getattr_impl(a, kw);
            case setattr:
                return setattr_impl(a, kw);
            case delattr:
                return delattr_impl(a, kw);
            case hasattr:
                return hasattr_impl(a, kw);
            case format:
                return format_impl(a, kw);
            default:
                throw new AssertionError(this);
            }
        }

        private static PyObject next_impl(PyObject[] a, String[] kw) {
            Args.count("next", a, kw, 0, 1, 2);
            if (!(a[0] instanceof dev.quicken.runtime.PyIter) && a[0].type().lookup("__next__") == null) {
                throw Exc.typeError("'" + Abstract.typeName(a[0]) + "' object is not an iterator");
            }
            if (a.length == 1 && !(a[0] instanceof dev.quicken.runtime.PyIter)) {
                return Abstract.callSpecial(a[0], "__next__");
            }
            PyObject v;
            try {
                v = Abstract.next(a[0]);
            } catch (dev.quicken.runtime.PyException e) {
                throw e;
            }
            if (v == null) {
                if (a.length == 2) {
                    return a[1];
                }
                if (a[0] instanceof dev.quicken.runtime.PyIter) {
                    return Abstract.callSpecial(a[0], "__next__");
                }
                throw Exc.stopIteration();
            }
            return v;
        }

        private static PyObject getattr_impl(PyObject[] a, String[] kw) {
            Args.count("getattr", a, kw, 0, 2, 3);
            if (!(a[1] instanceof PyStr)) {
                throw Exc.typeError("attribute name must be string, not '" + Abstract.typeName(a[1]) + "'");
            }
            String name = ((PyStr) a[1]).value;
            if (a.length == 3) {
                PyObject v = Abstract.lookupAttr(a[0], name);
                return v == null ? a[2] : v;
            }
            return Abstract.getAttr(a[0], name);
        }

        private static PyObject setattr_impl(PyObject[] a, String[] kw) {
            Args.count("setattr", a, kw, 0, 3, 3);
            Abstract.setAttr(a[0], attrName(a[1]), a[2]);
            return NONE;
        }

        private static PyObject delattr_impl(PyObject[] a, String[] kw) {
            Args.count("delattr", a, kw, 0, 2, 2);
            Abstract.setAttr(a[0], attrName(a[1]), null);
            return NONE;
        }

        private static PyObject hasattr_impl(PyObject[] a, String[] kw) {
            Args.count("hasattr", a, kw, 0, 2, 2);
            return PyBool.of(Abstract.lookupAttr(a[0], attrName(a[1])) != null);
        }

        private static PyObject format_impl(PyObject[] a, String[] kw) {
            Args.count("format", a, kw, 0, 1, 2);
            return StrFormat.Builtin.format(a[0], a.length > 1 ? Args.str("format", a[1], 2) : "");
        }
    }

    static String strArg(String name, PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Exc.typeError(name + " must be None or a string, not " + Abstract.typeName(o));
        }
        return ((PyStr) o).value;
    }

    static String attrName(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw Exc.typeError("attribute name must be string, not '" + Abstract.typeName(o) + "'");
        }
        return ((PyStr) o).value;
    }

    static PyObject absOf(PyObject o) {
        // the exact built-in numbers without a method lookup (int.__abs__ / float.__abs__)
        if (o.getClass() == PyInt.class) {
            PyInt i = (PyInt) o;
            if (i.big == null ? i.value >= 0 : i.big.signum() >= 0) {
                return i; // long_abs -> long_long: an exact int is its own absolute value
            }
            if (i.big == null && i.value != Long.MIN_VALUE) {
                return PyInt.of(-i.value);
            }
        } else if (o.getClass() == PyFloat.class) {
            return new PyFloat(Math.abs(((PyFloat) o).value));
        }
        if (o.type().lookup("__abs__") == null) {
            throw Exc.typeError("bad operand type for abs(): '" + Abstract.typeName(o) + "'");
        }
        return Abstract.unary(o, "__abs__", "abs()");
    }

    static String asciiOf(String r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length();) {
            int c = r.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.toString();
    }

    static String radix(PyObject o, int radix, String prefix) {
        java.math.BigInteger v = Abstract.index(o).toBigInteger();
        String s = v.abs().toString(radix);
        return (v.signum() < 0 ? "-" : "") + prefix + s;
    }

    static PyObject minMax(PyObject[] a, String[] kw, String name, int op) {
        int npos = Args.npos(a, kw);
        PyObject key = null;
        PyObject dflt = null;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (kw[i].equals("key")) {
                    key = a[npos + i];
                } else if (kw[i].equals("default")) {
                    dflt = a[npos + i];
                } else {
                    throw Exc.typeError(name + "() got an unexpected keyword argument '" + kw[i] + "'");
                }
            }
        }
        if (npos == 0) {
            throw Exc.typeError(name + " expected at least 1 argument, got 0");
        }
        if (npos > 1 && dflt != null) {
            throw Exc.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        if (key == NONE) {
            key = null;
        }
        // CPython 3.11: Python/bltinmodule.c min_max (one item, its key, one comparison at a time)
        PyObject it = Abstract.iter(npos == 1 ? a[0] : new PyTuple(Items.copyOf(a, npos)));
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            PyObject k = key == null ? item : Abstract.call(key, item);
            if (best == null || Abstract.richCompareBool(k, bestKey, op)) {
                best = item;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Exc.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    // CPython 3.11: Python/bltinmodule.c builtin___build_class__
    /** CPython 3.11: Python/bltinmodule.c update_bases (bases that are not classes give {@code __mro_entries__}). */
    static PyObject[] updateBases(PyObject[] bases) {
        java.util.List<PyObject> out = null;
        PyTuple orig = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject meth = b instanceof PyType ? null : Abstract.lookupAttr(b, "__mro_entries__");
            if (meth == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (orig == null) {
                orig = new PyTuple(bases.clone());
            }
            PyObject r = Abstract.call(meth, orig);
            if (!(r instanceof PyTuple)) {
                throw Exc.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new java.util.ArrayList<>(Arrays.asList(bases).subList(0, i));
            }
            out.addAll(Arrays.asList(((PyTuple) r).items));
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    static PyObject buildClass(Interpreter in, PyObject[] a, String[] kw) {
        int npos = Args.npos(a, kw);
        if (npos < 2) {
            throw Exc.typeError("__build_class__: not enough arguments");
        }
        if (!(a[0] instanceof PyFunction)) {
            throw Exc.typeError("__build_class__: func must be a function");
        }
        PyFunction body = (PyFunction) a[0];
        String name = Args.str("__build_class__", a[1], 2);
        PyObject[] origBases = Items.copyOfRange(a, 2, npos);
        PyObject[] bases = updateBases(origBases);
        PyObject meta = null;
        PyDict kwds = new PyDict();
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (kw[i].equals("metaclass")) {
                    meta = a[npos + i];
                } else {
                    kwds.setStr(kw[i], a[npos + i]);
                }
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            PyType winner = (PyType) meta;
            for (PyObject b : bases) {
                PyType bt = b.type();
                if (winner.isSubtypeOf(bt)) {
                    continue;
                }
                if (bt.isSubtypeOf(winner)) {
                    winner = bt;
                    continue;
                }
                throw Exc.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
            meta = winner;
        }
        PyTuple basesT = new PyTuple(bases);
        String[] kwNames = kwds.size() == 0 ? null : new String[kwds.size()];
        PyObject[] kwVals = kwds.valuesArray();
        if (kwNames != null) {
            PyObject[] ks = kwds.keysArray();
            for (int i = 0; i < ks.length; i++) {
                kwNames[i] = ((PyStr) ks[i]).value;
            }
        }
        PyObject ns;
        PyObject prepare = Abstract.lookupAttr(meta, "__prepare__");
        if (prepare != null) {
            PyObject[] pa = new PyObject[2 + kwVals.length];
            pa[0] = new PyStr(name);
            pa[1] = basesT;
            System.arraycopy(kwVals, 0, pa, 2, kwVals.length);
            ns = Abstract.call(prepare, pa, kwNames);
        } else {
            ns = new PyDict();
        }
        if (bases != origBases) {
            Abstract.setItem(ns, new PyStr("__orig_bases__"), new PyTuple(origBases));
        }
        PyObject cell = EvalAccess.runClassBody(in, body, ns);
        PyObject[] ca = new PyObject[3 + kwVals.length];
        ca[0] = new PyStr(name);
        ca[1] = basesT;
        ca[2] = ns;
        System.arraycopy(kwVals, 0, ca, 3, kwVals.length);
        PyObject cls = Abstract.call(meta, ca, kwNames);
        if (cls instanceof PyType && cell instanceof PyCell) {
            PyCell c = (PyCell) cell;
            if (c.value != cls) {
                if (c.value == null) {
                    throw Exc.runtimeError("__class__ not set defining '" + name + "' as " + Abstract.repr(cls)
                            + ". Was __classcell__ propagated to type.__new__?");
                }
                throw Exc.typeError("__class__ set to " + Abstract.repr(c.value) + " defining '" + name + "' as "
                        + Abstract.repr(cls));
            }
        }
        return cls;
    }


    // CPython 3.11: Objects/abstract.c ternary_op for pow(x, y, z) when not all three are ints: a class's
    // __pow__ takes the modulus (slot_nb_power; __rpow__ is never tried), float_pow and complex_pow refuse it
    private static PyObject ternaryPow(PyObject x, PyObject y, PyObject z) {
        if (x.type().isHeapType()) {
            PyObject m = x.type().lookup("__pow__");
            if (m != null) {
                PyObject r = Abstract.callMethodDescr(m, x, new PyObject[] {y, z}, null);
                if (r != Abstract.NI) {
                    return r;
                }
            }
        }
        boolean numbers = Abstract.isNumberLike(x) && Abstract.isNumberLike(y);
        if (numbers && (x instanceof PyFloat || y instanceof PyFloat || z instanceof PyFloat)) {
            throw Exc.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (numbers && (x instanceof PyComplex || y instanceof PyComplex || z instanceof PyComplex)) {
            // CPython 3.11: Objects/complexobject.c complex_pow
            throw Exc.valueError("complex modulo");
        }
        throw Exc.typeError("unsupported operand type(s) for ** or pow(): '" + Abstract.typeName(x) + "', '"
                + Abstract.typeName(y) + "', '" + Abstract.typeName(z) + "'");
    }
}
