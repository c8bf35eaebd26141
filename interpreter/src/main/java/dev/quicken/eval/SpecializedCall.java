package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyMethod;
import dev.quicken.runtime.PyMethodDescr;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/**
 * The specialized PRECALL forms and the frame-pushing CALL_PY_* / BINARY_SUBSCR_GETITEM forms
 * (CPython 3.11: Python/ceval.c). Stack before PRECALL/CALL: {@code ... X Y args(oparg)}, where
 * X non-NULL means a method call (X = function, Y = self).
 */
final class SpecializedCall {

    private SpecializedCall() {
    }

    /** {@link #pushFrame} result for a miss. */
    static final Object MISS = new Object();

    /** PRECALL cache, CALL and its caches: what a form that performs the call skips. */
    private static final int SKIP_CALL = 1 + 1 + 4;

    // CPython 3.11: Python/ceval.c TARGET(PRECALL_PYFUNC / PRECALL_BOUND_METHOD)
    /**
     * The PRECALL forms ahead of a Python call, inline in the loop: false on a miss (nothing
     * changed); on a hit the bound method is unpacked ({@code ... NULL meth args -> ... func self args}).
     * One small method per form, so that C2 inlines both into the loop (inlining budget).
     */
    static boolean precallPython(ExecCode ec, PyObject[] s, int sp, int op, int oparg, int instr) {
        return op == Op.PRECALL_PYFUNC ? precallPyfunc(ec, s, sp - oparg - 2, instr)
                : precallBoundMethod(ec, s, sp - oparg - 2, instr);
    }

    /** PRECALL_PYFUNC: the callable ({@code s[base]} for a method pair, else {@code s[base + 1]}) is a function. */
    private static boolean precallPyfunc(ExecCode ec, PyObject[] s, int base, int instr) {
        PyObject x = s[base];
        if (!((x != null ? x : s[base + 1]) instanceof PyFunction)) {
            return false;
        }
        SpecEvents.hit(ec, instr, Op.PRECALL_PYFUNC);
        return true;
    }

    /** PRECALL_BOUND_METHOD: {@code NULL meth} becomes {@code func self}. */
    private static boolean precallBoundMethod(ExecCode ec, PyObject[] s, int base, int instr) {
        PyObject y = s[base + 1];
        if (s[base] != null || !(y instanceof PyMethod)) {
            return false;
        }
        SpecEvents.hit(ec, instr, Op.PRECALL_BOUND_METHOD);
        unpackMethod(s, base, (PyMethod) y);
        return true;
    }

    /** Split from precallBoundMethod to keep it within FreqInlineSize (inlining budget). */
    private static void unpackMethod(PyObject[] s, int base, PyMethod m) {
        s[base] = m.func;
        s[base + 1] = m.self;
    }

    // CPython 3.11: Python/ceval.c TARGET(PRECALL_*)
    static int precall(Frame f, int op, int oparg, int instr) {
        PyObject[] s = f.s;
        int sp = f.sp;
        int base = sp - oparg - 2;
        boolean isMeth = s[base] != null;
        int total = oparg + (isMeth ? 1 : 0);
        PyObject callable = s[sp - total - 1];
        ExecCode ec = f.ec;
        switch (op) {
            case Op.PRECALL_NO_KW_TYPE_1:
                if (isMeth || callable != PyType.TYPE) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                return finish(f, base, sp, s[sp - 1].type(), SKIP_CALL);
            case Op.PRECALL_NO_KW_STR_1:
                if (isMeth || callable != PyStr.TYPE) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                return finish(f, base, sp, Abstract.strObj(s[sp - 1]), SKIP_CALL);
            case Op.PRECALL_NO_KW_TUPLE_1:
                if (isMeth || callable != PyTuple.TYPE) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                return finish(f, base, sp, TypeSetup.typeCall(PyTuple.TYPE, new PyObject[] {s[sp - 1]}, null), SKIP_CALL);
            case Op.PRECALL_BUILTIN_CLASS:
                if (ec.side[instr] != callable && !builtinClass(ec, instr, callable)) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                return finish(f, base, sp, Abstract.call(callable, args(s, sp, total), kwnames(f)), SKIP_CALL);
            case Op.PRECALL_NO_KW_BUILTIN_O:
                if (total != 1 || !builtinWithFlags(ec, instr, callable, Guards.METH_O)) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                return finish(f, base, sp, callCounted(ec.interp, callable, args(s, sp, 1)), SKIP_CALL);
            case Op.PRECALL_NO_KW_BUILTIN_FAST:
                if (!builtinWithFlags(ec, instr, callable, Guards.METH_FASTCALL)) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                return finish(f, base, sp, ((PyBuiltinFunction) callable).call(args(s, sp, total), null), SKIP_CALL);
            case Op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS:
                if (!builtinWithFlags(ec, instr, callable, Guards.METH_FASTCALL | Guards.METH_KEYWORDS)) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                return finish(f, base, sp, ((PyBuiltinFunction) callable).call(args(s, sp, total), kwnames(f)),
                        SKIP_CALL);
            case Op.PRECALL_NO_KW_LEN:
                if (total != 1 || callable != ec.interp.callableLen) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                // PyObject_Length, not a call of the builtin
                return finish(f, base, sp, PyInt.of(Abstract.len(s[sp - 1])), SKIP_CALL);
            case Op.PRECALL_NO_KW_ISINSTANCE:
                if (total != 2 || callable != ec.interp.callableIsinstance) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                // PyObject_IsInstance, not a call of the builtin
                return finish(f, base, sp, PyBool.of(Abstract.isInstance(s[sp - 2], s[sp - 1])), SKIP_CALL);
            case Op.PRECALL_NO_KW_LIST_APPEND: {
                // ... append self arg -> ... (the POP_TOP after CALL is skipped too)
                PyObject self = s[sp - 2];
                if (!PrecallSpecializer.isListAppend(s[sp - 3]) || !(self instanceof PyList)) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                ((PyList) self).append(s[sp - 1]);
                s[sp - 1] = null;
                s[sp - 2] = null;
                s[sp - 3] = null;
                f.ip += SKIP_CALL + 1;
                return sp - 3;
            }
            case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O:
                if (total != 2 || !descrWithFlags(ec, instr, callable, s[sp - total], Guards.METH_O)) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                return finish(f, base, sp, callDescrO(ec.interp, (PyMethodDescr) callable, s[sp - 2], s[sp - 1]),
                        SKIP_CALL);
            case Op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS:
                if (!descrWithFlags(ec, instr, callable, s[sp - total], Guards.METH_FASTCALL | Guards.METH_KEYWORDS)) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                return finish(f, base, sp, ((PyMethodDescr) callable).callOnOwner(args(s, sp, total), kwnames(f)),
                        SKIP_CALL);
            case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS:
                if (total != 1 || !descrWithFlags(ec, instr, callable, s[sp - 1], Guards.METH_NOARGS)) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                return finish(f, base, sp, callDescrNoArgs(ec.interp, (PyMethodDescr) callable, s[sp - 1]), SKIP_CALL);
            case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST:
                if (total < 1 || !descrWithFlags(ec, instr, callable, s[sp - total], Guards.METH_FASTCALL)) {
                    return -1;
                }
                SpecEvents.hit(ec, instr, op);
                return finish(f, base, sp, ((PyMethodDescr) callable).callOnOwner(args(s, sp, total), null), SKIP_CALL);
            default:
                throw new IllegalStateException("not a specialized form: " + op);
        }
    }

    /**
     * PRECALL_BUILTIN_CLASS's guard: a built-in class with vectorcall, or a builtin function standing in
     * for one. The answer cannot change for a given object (built-in classes and functions keep their
     * names), so a callable that passed is remembered at the site and the next hit compares identity
     * instead of looking its name up (a stand-in's look-up built a string at every call).
     */
    static boolean builtinClass(ExecCode ec, int instr, PyObject callable) {
        if (callable instanceof PyType ? !((PyType) callable).isImmutable()
                || !Guards.vectorcallClass(((PyType) callable).name())
                : !Guards.classStandIn(callable) || !Guards.vectorcallClass(((PyBuiltinFunction) callable).name)) {
            return false;
        }
        ec.side[instr] = callable;
        return true;
    }

    static boolean builtinWithFlags(ExecCode ec, int instr, PyObject callable, int flags) {
        if (!(callable instanceof PyBuiltinFunction)) {
            return false;
        }
        // bound builtin methods are new objects per access but share their implementation
        Object impl = ((PyBuiltinFunction) callable).impl;
        if (ec.side[instr] == impl) {
            return true;
        }
        if (Guards.flags((PyBuiltinFunction) callable) != flags) {
            return false;
        }
        ec.side[instr] = impl;
        return true;
    }

    static boolean descrWithFlags(ExecCode ec, int instr, PyObject callable, PyObject self, int flags) {
        if (!(callable instanceof PyMethodDescr)) {
            return false;
        }
        PyMethodDescr d = (PyMethodDescr) callable;
        if (self.type() != d.owner) {
            return false;
        }
        if (ec.side[instr] == callable) {
            return true;
        }
        if (Guards.flags(d) != flags) {
            return false;
        }
        ec.side[instr] = callable;
        return true;
    }

    // CPython 3.11: Include/internal/pycore_ceval.h _Py_EnterRecursiveCallTstate / _Py_LeaveRecursiveCallTstate
    /**
     * A METH_O/METH_NOARGS function or descriptor called as a counted recursive call, with the
     * frame's interpreter at hand (what {@link Abstract#callBuiltin} looks up per thread).
     */
    static PyObject callCounted(Interpreter in, PyObject callable, PyObject[] args) {
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded while calling a Python object");
        }
        try {
            return callable instanceof PyBuiltinFunction ? ((PyBuiltinFunction) callable).call(args, null)
                    : ((PyMethodDescr) callable).call(args, null);
        } finally {
            in.depth--;
        }
    }

    /**
     * A METH_NOARGS method descriptor on self of its exact owner type (the guard checked both): a
     * {@link TypeSetup#def0} method is called without an argument array (its count check and the
     * descriptor's self check cannot fail here); others through {@link #callCounted}.
     */
    static PyObject callDescrNoArgs(Interpreter in, PyMethodDescr d, PyObject self) {
        if (!(d.impl instanceof TypeSetup.Meth0)) {
            return callCounted(in, d, new PyObject[] {self});
        }
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded while calling a Python object");
        }
        try {
            return ((TypeSetup.Meth0) d.impl).f.apply(self);
        } finally {
            in.depth--;
        }
    }

    /** A METH_O method descriptor on self of its exact owner type: as {@link #callDescrNoArgs}, for {@link TypeSetup#def1}. */
    static PyObject callDescrO(Interpreter in, PyMethodDescr d, PyObject self, PyObject arg) {
        if (!(d.impl instanceof TypeSetup.Meth1)) {
            return callCounted(in, d, new PyObject[] {self, arg});
        }
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded while calling a Python object");
        }
        try {
            return ((TypeSetup.Meth1) d.impl).f.apply(self, arg);
        } finally {
            in.depth--;
        }
    }

    static PyObject[] args(PyObject[] s, int sp, int n) {
        PyObject[] a = new PyObject[n];
        System.arraycopy(s, sp - n, a, 0, n);
        return a;
    }

    static String[] kwnames(Frame f) {
        if (f.kwnames == null) {
            return null;
        }
        PyObject[] kn = ((PyTuple) f.kwnames).items;
        f.kwnames = null;
        String[] out = new String[kn.length];
        for (int i = 0; i < kn.length; i++) {
            out[i] = ((PyStr) kn[i]).value;
        }
        return out;
    }

    /** Pops the call's stack items, pushes {@code result}, skips {@code skip} units. */
    private static int finish(Frame f, int base, int sp, PyObject result, int skip) {
        PyObject[] s = f.s;
        for (int i = base; i < sp; i++) {
            s[i] = null;
        }
        s[base] = result;
        f.ip += skip;
        return base + 1;
    }

    // CPython 3.11: Python/ceval.c TARGET(CALL_PY_EXACT_ARGS / CALL_PY_WITH_DEFAULTS)
    /**
     * A frame-pushing form with {@code f.ip} past its caches and {@code f.sp} current: returns the
     * new frame (arguments moved out of the caller), null when the work is done and the result is
     * pushed (a generator function), or {@link #MISS}.
     */
    static Object pushFrame(Interpreter in, Frame f, int op, int oparg, int instr) {
        if (op == Op.BINARY_SUBSCR_GETITEM) {
            return pushGetItem(in, f, instr);
        }
        PyObject[] s = f.s;
        int sp = f.sp;
        int base = sp - oparg - 2;
        int total = s[base] != null ? oparg + 1 : oparg;
        PyObject callable = s[sp - total - 1];
        if (!(callable instanceof PyFunction)) {
            return MISS;
        }
        PyFunction fn = (PyFunction) callable;
        char[] u = f.ec.units;
        int version = fn.versionRaw();
        int argcount = fn.code.argcount;
        if (version != (u[instr + 2] | u[instr + 3] << 16) || version == 0
                || (op == Op.CALL_PY_EXACT_ARGS ? argcount != total : total > argcount || total < u[instr + 4])) {
            return MISS;
        }
        SpecEvents.hit(f.ec, instr, op);
        ExecCode ec = Calls.execCode(in, fn);
        if (ec.generator) {
            EvalSupport.call(in, f, oparg);
            return null;
        }
        // ... NULL|meth callable|self args... -> ... (the arguments become the new frame's first locals)
        PyObject[] l = new PyObject[ec.frameSize];
        int a = sp - total;
        for (int i = 0; i < total; i++) {
            l[i] = s[a + i];
            s[a + i] = null;
        }
        if (total < argcount) {
            defaults(fn, l, total, argcount);
        }
        s[base] = null;
        s[base + 1] = null;
        f.sp = base;
        return new Frame(ec, fn, l, fn.globals, fn.builtins);
    }

    /** CALL_PY_WITH_DEFAULTS: the missing trailing positional arguments from {@code __defaults__}. */
    private static void defaults(PyFunction fn, PyObject[] l, int total, int argcount) {
        PyObject[] defs = fn.defaults.items;
        System.arraycopy(defs, defs.length - (argcount - total), l, total, argcount - total);
    }

    // CPython 3.11: Python/ceval.c TARGET(BINARY_SUBSCR_GETITEM)
    private static Object pushGetItem(Interpreter in, Frame f, int instr) {
        PyObject[] s = f.s;
        int sp = f.sp;
        char[] u = f.ec.units;
        int cache = instr + 1;
        PyObject container = s[sp - 2];
        Object side = f.ec.side[instr];
        if (container.type().versionTagRaw() != (u[cache + 1] | u[cache + 2] << 16)
                || !(side instanceof PyFunction) || (char) ((PyFunction) side).versionRaw() != u[cache + 3]
                || ((PyFunction) side).versionRaw() == 0) {
            return MISS;
        }
        PyFunction fn = (PyFunction) side;
        // BINARY_SUBSCR_GETITEM never counts a hit (CPython 3.11).
        if (Specialized.isGeneratorCode(fn.code)) {
            PyObject r = Abstract.call(fn, s[sp - 2], s[sp - 1]);
            s[sp - 1] = null;
            s[sp - 2] = r;
            f.sp = sp - 1;
            return null;
        }
        Frame nf = Calls.newFrame(in, fn);
        nf.s[0] = container;
        nf.s[1] = s[sp - 1];
        s[sp - 1] = null;
        s[sp - 2] = null;
        f.sp = sp - 2;
        return nf;
    }
}
