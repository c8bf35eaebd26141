package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.IntOps;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyCell;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyMethodDescr;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;

/**
 * What code compiled by {@link Jit} calls: one small static method per instruction, or per
 * specialized form, with the instruction's unit index, oparg and stack pointer as constants, so
 * that HotSpot inlines it into the function's compiled method. Each does what the matching case
 * of {@link EvalLoop} does (CPython 3.11: Python/ceval.c, the instruction of the same name); a
 * form returns false (or -1) on a miss, and the caller takes the miss as the loop does.
 * {@code sp} is the stack pointer at the start of the instruction.
 */
final class JitOps {

    private JitOps() {
    }

    // ---- plain instructions ---------------------------------------------------------------

    /** RESUME or JUMP_BACKWARD of code compiled before it was quickened: the warm-up tick. */
    static void warmup(Frame f) {
        Quickener.warmup(f.ec);
    }

    static void loadFast(Frame f, int sp, int oparg) {
        PyObject[] s = f.s;
        PyObject v = s[oparg];
        if (v == null) {
            throw EvalSupport.unboundLocal(f, oparg);
        }
        s[sp] = v;
    }

    static void loadConst(Frame f, int sp, int oparg) {
        f.s[sp] = f.ec.consts[oparg];
    }

    static void storeFast(Frame f, int sp, int oparg) {
        PyObject[] s = f.s;
        s[oparg] = s[sp - 1];
        s[sp - 1] = null;
    }

    static void popTop(Frame f, int sp) {
        f.s[sp - 1] = null;
    }

    static void pushNull(Frame f, int sp) {
        f.s[sp] = null;
    }

    static void copy(Frame f, int sp, int oparg) {
        PyObject[] s = f.s;
        s[sp] = s[sp - oparg];
    }

    static void swap(Frame f, int sp, int oparg) {
        PyObject[] s = f.s;
        PyObject t = s[sp - 1];
        s[sp - 1] = s[sp - oparg];
        s[sp - oparg] = t;
    }

    static void kwNames(Frame f, int oparg) {
        f.kwnames = f.ec.consts[oparg];
    }

    /** POP_JUMP_*_IF_TRUE/FALSE: pops and returns the truth of the top. */
    static boolean popTruth(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject v = s[sp - 1];
        s[sp - 1] = null;
        return truth(f, instr, v);
    }

    /** The truth of {@code v}: True, False and None inline, the rest out of line. */
    private static boolean truth(Frame f, int instr, PyObject v) {
        return v == PyBool.TRUE || v != PyBool.FALSE && v != PyNone.NONE && slowTruth(f, instr, v);
    }

    private static boolean slowTruth(Frame f, int instr, PyObject v) {
        f.lasti = instr;
        return Abstract.isTrue(v);
    }

    /** POP_JUMP_*_IF_NONE/NOT_NONE: pops and returns whether the top is None. */
    static boolean popIsNone(Frame f, int sp) {
        PyObject[] s = f.s;
        PyObject v = s[sp - 1];
        s[sp - 1] = null;
        return v == PyNone.NONE;
    }

    /** FOR_ITER: pushes the next item and returns true, or pops the iterator and returns false. */
    static boolean forIter(Frame f, int sp, int instr) {
        f.lasti = instr;
        PyObject[] s = f.s;
        PyObject v = Abstract.next(s[sp - 1]);
        if (v != null) {
            s[sp] = v;
            return true;
        }
        s[sp - 1] = null;
        return false;
    }

    static PyObject returnValue(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject v = s[sp - 1];
        s[sp - 1] = null;
        f.sp = sp - 1;
        f.ip = instr + 1;
        f.lasti = instr;
        f.yielded = false;
        return v;
    }

    /** YIELD_VALUE: the frame suspended as the loop leaves it; the value yielded. */
    static PyObject yieldValue(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject v = s[sp - 1];
        s[sp - 1] = null;
        f.sp = sp - 1;
        // the quickened RESUME after the yield does nothing (no eval breaker): the resume skips it
        f.ip = (f.ec.units[instr + 1] & 0xff) == Op.RESUME_QUICK ? instr + 2 : instr + 1;
        f.lasti = instr;
        f.yielded = true;
        return v;
    }

    /** RETURN_GENERATOR: the frame becomes its new generator's (without a caller until resumed); the generator. */
    static PyObject returnGenerator(Frame f, int sp, int instr) {
        f.ip = instr + 1;
        f.sp = sp;
        f.lasti = instr;
        PyObject gen = EvalSupport.makeGenerator(f);
        f.back = null;
        return gen;
    }

    /** BINARY_OP without a specialized form: exact ints inline, then the protocol. */
    static void binaryOp(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        PyObject b = s[sp - 1];
        PyObject a = s[sp - 2];
        PyObject r = null;
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            r = IntOps.binary((PyInt) a, (PyInt) b, oparg % 13);
        }
        if (r == null) {
            f.lasti = instr;
            r = Abstract.binaryOp(a, b, oparg);
        }
        s[sp - 2] = r;
        s[sp - 1] = null;
    }

    static void compareOp(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        PyObject b = s[sp - 1];
        PyObject a = s[sp - 2];
        PyObject r;
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            r = PyBool.of(IntOps.compare((PyInt) a, (PyInt) b, oparg));
        } else {
            f.lasti = instr;
            r = Abstract.richCompare(a, b, oparg);
        }
        s[sp - 2] = r;
        s[sp - 1] = null;
    }

    static void precall(Frame f, int sp, int oparg) {
        EvalSupport.precall(f.s, sp, oparg);
    }

    /** Any other instruction, through the loop's out-of-line cases: returns the next unit index. */
    static int generic(Interpreter in, Frame f, int sp, int instr, int op, int oparg) {
        f.ip = instr + 1;
        f.sp = sp;
        f.lasti = instr;
        EvalSupport.execute(in, f, op, oparg);
        return f.ip;
    }

    // ---- instructions of no specializing family that compiled code calls directly -----------
    // CPython 3.11: Python/ceval.c, the TARGET of each instruction named
    // (each as its case in EvalSupport.execute, without that method's switch and frame stores;
    // f.lasti is set where Python code may run: a traceback or sys._getframe reads it)

    static void loadDeref(Frame f, int sp, int oparg) {
        EvalSupport.loadDeref(null, f, f.s, sp, Op.LOAD_DEREF, oparg);
    }

    static void storeDeref(Frame f, int sp, int oparg) {
        PyObject[] s = f.s;
        ((PyCell) s[oparg]).value = s[sp - 1];
        s[sp - 1] = null;
    }

    static void loadClosure(Frame f, int sp, int oparg) {
        PyObject[] s = f.s;
        s[sp] = s[oparg];
    }

    static void getIter(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        f.lasti = instr;
        s[sp - 1] = Abstract.iter(s[sp - 1]);
    }

    static void buildTuple(Frame f, int sp, int oparg) {
        EvalSupport.buildTuple(null, f, f.s, sp, Op.BUILD_TUPLE, oparg);
    }

    static void buildList(Frame f, int sp, int oparg) {
        EvalSupport.buildList(null, f, f.s, sp, Op.BUILD_LIST, oparg);
    }

    static void buildSlice(Frame f, int sp, int oparg) {
        EvalSupport.buildSlice(null, f, f.s, sp, Op.BUILD_SLICE, oparg);
    }

    static void listAppend(Frame f, int sp, int oparg) {
        PyObject[] s = f.s;
        PyObject v = s[sp - 1];
        s[sp - 1] = null;
        ((PyList) s[sp - 1 - oparg]).append(v);
    }

    static void isOp(Frame f, int sp, int oparg) {
        PyObject[] s = f.s;
        boolean r = (s[sp - 2] == s[sp - 1]) != (oparg == 1);
        s[sp - 1] = null;
        s[sp - 2] = PyBool.of(r);
    }

    static void containsOp(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        f.lasti = instr;
        boolean r = Abstract.contains(s[sp - 1], s[sp - 2]) != (oparg == 1);
        s[sp - 1] = null;
        s[sp - 2] = PyBool.of(r);
    }

    static void unaryNot(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject v = s[sp - 1];
        s[sp - 1] = PyBool.of(!truth(f, instr, v));
    }

    static void unaryNegative(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        f.lasti = instr;
        s[sp - 1] = Abstract.unary(s[sp - 1], "__neg__", "-");
    }

    /**
     * SEND (yield from, await): the receiver's next value replaces the value sent, or, when the
     * receiver is done, its result replaces both and SEND jumps: returns whether it jumped.
     */
    static boolean send(Interpreter in, Frame f, int sp, int instr, int oparg) {
        f.ip = instr + 1;
        f.sp = sp;
        f.lasti = instr;
        EvalSupport.send(in, f, f.s, sp, oparg);
        return f.ip != instr + 1;
    }

    /** JUMP_IF_TRUE_OR_POP (jumpIfTrue 1) / JUMP_IF_FALSE_OR_POP (0): whether it jumps (the top stays); else the top is popped. */
    static boolean jumpOrPop(Frame f, int sp, int instr, int jumpIfTrue) {
        PyObject[] s = f.s;
        if (truth(f, instr, s[sp - 1]) == (jumpIfTrue != 0)) {
            return true;
        }
        s[sp - 1] = null;
        return false;
    }

    // ---- calls ------------------------------------------------------------------------------

    /** CALL (generic): a Python callee runs in its own Java call; the result is pushed. */
    static void call(Interpreter in, Frame f, int sp, int instr, int oparg) {
        f.ip = instr + 5;
        f.sp = sp;
        f.lasti = instr;
        Frame nf = EvalSupport.call(in, f, oparg);
        if (nf != null) {
            finishCall(in, f, nf);
        }
    }

    /** CALL_PY_EXACT_ARGS / CALL_PY_WITH_DEFAULTS / BINARY_SUBSCR_GETITEM; false on a miss. */
    static boolean pushCall(Interpreter in, Frame f, int sp, int instr, int op, int oparg) {
        f.ip = instr + 5;
        f.sp = sp;
        f.lasti = instr;
        Object r = SpecializedCall.pushFrame(in, f, op, oparg, instr);
        if (r == SpecializedCall.MISS) {
            return false;
        }
        if (r != null) {
            finishCall(in, f, (Frame) r);
        }
        return true;
    }

    /** {@link #callPy}'s result for a miss. */
    static final JitCode MISS_CODE = new JitCode() {
        @Override
        PyObject body(Interpreter in, Frame f) {
            throw new IllegalStateException("not a compiled code object");
        }
    };

    // CPython 3.11: Python/ceval.c TARGET(CALL_PY_EXACT_ARGS / CALL_PY_WITH_DEFAULTS)
    /**
     * CALL_PY_EXACT_ARGS / CALL_PY_WITH_DEFAULTS up to the callee's body, which the compiled site
     * then runs through {@link #body} (the site's Java frame stays below the callee's):
     * {@link #MISS_CODE} on a miss; null when the call is done and its result pushed (a generator
     * function, or a callee run in the loop); else the callee's compiled code, with the new frame
     * entered as {@link Jit#run} enters it ({@code in.current}, depth counted). The site then calls
     * its body on {@code in.current} and {@link #returned} (or {@link #thrown}).
     */
    static JitCode callPy(Interpreter in, Frame f, int sp, int instr, int op, int oparg) {
        f.ip = instr + 5;
        f.sp = sp;
        f.lasti = instr;
        Object r = SpecializedCall.pushFrame(in, f, op, oparg, instr);
        if (r == SpecializedCall.MISS) {
            return MISS_CODE;
        }
        return r == null ? null : enter(in, f, (Frame) r);
    }

    /** The callee's compiled code, its frame entered; or null after running it in the loop (result pushed). */
    private static JitCode enter(Interpreter in, Frame f, Frame nf) {
        nf.entry = true;
        JitCode c = Jit.codeFor(in, nf);
        if (c == null) {
            f.s[f.sp++] = EvalLoop.run(in, nf, null);
            return null;
        }
        Jit.enter(in, nf); // in.current is f: compiled code runs as the current frame
        nf.jit = c;
        return c;
    }

    /**
     * Runs the callee entered by {@link #callPy}: {@code c.body(in, f)}, through this one shared
     * call. A call of {@code body} in each site had HotSpot profile each site's callee class and
     * compile the site as a direct call guarded by that class; the callee compiled again (a new
     * class) or another function at the site failed the guard, and the caller's compiled method
     * was thrown away and compiled again (deltablue: 11 such deoptimizations, now 1). Here the
     * profile is shared and megamorphic: a virtual call, no guard (bodies are too big to inline).
     */
    static PyObject body(JitCode c, Interpreter in, Frame f) {
        return c.body(in, f);
    }

    /** The callee entered by {@link #callPy} returned {@code v}: back in {@code f}, the result pushed at {@code base}. */
    static void returned(PyObject v, Interpreter in, Frame f, int base) {
        in.current = f;
        in.depth--;
        f.s[base] = v;
    }

    /** The callee entered by {@link #callPy} raised {@code t}: back in {@code f}, {@code t} to rethrow. */
    static Throwable thrown(Throwable t, Interpreter in, Frame f) {
        in.current = f;
        in.depth--;
        return t;
    }

    private static void finishCall(Interpreter in, Frame f, Frame nf) {
        PyObject v = Jit.runCallee(in, nf);
        if (nf.initSelf != null) {
            v = EvalSupport.initResult(in, nf.initSelf, v);
        }
        f.s[f.sp++] = v;
    }

    // ---- adaptive and specialized forms ------------------------------------------------------

    /**
     * An instruction of a specializing family in whatever form its unit holds: adaptive (count,
     * then specialize or run the base), a specialized form (a miss runs what it leaves), or the
     * base instruction, as the loop's re-dispatch at one unit does. Returns the next unit index.
     */
    static int site(Interpreter in, Frame f, int sp, int instr, int oparg) {
        return dispatch(in, f, sp, instr, f.ec.units[instr] & 0xff, oparg);
    }

    /** The form compiled inline at unit {@code instr} missed: the miss, then what it leaves. */
    static int missed(Interpreter in, Frame f, int sp, int instr, int op, int oparg) {
        return dispatch(in, f, sp, instr, Specialize.miss(f.ec, instr, op), oparg);
    }

    private static int dispatch(Interpreter in, Frame f, int sp, int instr, int op, int oparg) {
        while (true) {
            int base = Specialize.BASE[op];
            if (op == base) {
                return baseOp(in, f, sp, instr, op, oparg);
            }
            if (Quickener.adaptiveOf(base) == op) {
                f.lasti = instr;
                op = Specialize.adaptive(f, sp, instr, op, oparg);
                continue;
            }
            if (f.jit == f.ec.jit && ++f.ec.jitStale == Jit.staleLimit) {
                Jit.stale(f.ec);
            }
            int r = anyForm(in, f, sp, instr, op, oparg);
            if (r >= 0) {
                return r;
            }
            op = Specialize.miss(f.ec, instr, op);
        }
    }

    /** The base instruction of a family: the loop's inline ones here, the rest out of line. */
    private static int baseOp(Interpreter in, Frame f, int sp, int instr, int op, int oparg) {
        switch (op) {
            case Op.BINARY_OP:
                binaryOp(f, sp, instr, oparg);
                return instr + 2;
            case Op.COMPARE_OP:
                compareOp(f, sp, instr, oparg);
                return instr + 3;
            case Op.PRECALL:
                precall(f, sp, oparg);
                return instr + 2;
            case Op.CALL:
                call(in, f, sp, instr, oparg);
                return instr + 5;
            case Op.LOAD_ATTR: {
                // a site that stays generic (polymorphic, or given up on): as EvalSupport.execute
                PyObject[] s = f.s;
                f.lasti = instr;
                s[sp - 1] = Abstract.getAttr(s[sp - 1], f.ec.names[oparg]);
                return instr + 5;
            }
            case Op.LOAD_METHOD:
                f.lasti = instr;
                EvalSupport.loadMethod(f.s, sp, f.ec.names[oparg]);
                return instr + 11;
            case Op.BINARY_SUBSCR, Op.STORE_SUBSCR:
                // a slice, a dict of other keys, a user type: EvalSupport's own cases, past its
                // switch (they advance f.ip over their caches)
                f.ip = instr + 1;
                f.lasti = instr;
                if (op == Op.BINARY_SUBSCR) {
                    EvalSupport.binarySubscr(in, f, f.s, sp, op, oparg);
                } else {
                    EvalSupport.storeSubscr(in, f, f.s, sp, op, oparg);
                }
                return f.ip;
            case Op.STORE_ATTR: {
                // ... v owner -> ...
                PyObject[] s = f.s;
                f.lasti = instr;
                Abstract.setAttr(s[sp - 1], f.ec.names[oparg], s[sp - 2]);
                s[sp - 1] = null;
                s[sp - 2] = null;
                return instr + 5;
            }
            default:
                return generic(in, f, sp, instr, op, oparg);
        }
    }

    // LOAD_GLOBAL, LOAD_ATTR and LOAD_METHOD forms stay within FreqInlineSize=50 bytes of bytecode
    // (else C2 calls them: "hot method too big"): the guard and value in the form's helper, the
    // hit's stores in a shared one (topHit, globalHit, methodHit). The arithmetic and compare forms
    // split that way were compiled standalone first (from C1's code of the function) to over
    // InlineSmallCode=500 bytes ("already compiled into a big method") and measured slower (cmpi
    // 30.0 -> 34.6 ns): they stay one helper each.

    /** A hit that replaces the top with {@code v}, or a miss when {@code v} is null. */
    private static boolean topHit(Frame f, int sp, int instr, int op, PyObject v) {
        if (v == null) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, op);
        f.s[sp - 1] = v;
        return true;
    }

    static boolean addInt(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject b = s[sp - 1];
        PyObject a = s[sp - 2];
        if (a.getClass() != PyInt.class || b.getClass() != PyInt.class) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.BINARY_OP_ADD_INT);
        s[sp - 2] = IntOps.add((PyInt) a, (PyInt) b);
        s[sp - 1] = null;
        return true;
    }

    static boolean addFloat(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject b = s[sp - 1];
        PyObject a = s[sp - 2];
        if (a.getClass() != PyFloat.class || b.getClass() != PyFloat.class) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.BINARY_OP_ADD_FLOAT);
        s[sp - 2] = new PyFloat(((PyFloat) a).value + ((PyFloat) b).value);
        s[sp - 1] = null;
        return true;
    }

    /** BINARY_OP_SUBTRACT_INT / MULTIPLY_INT / SUBTRACT_FLOAT / MULTIPLY_FLOAT. */
    static boolean arith(Frame f, int sp, int instr, int op) {
        PyObject[] s = f.s;
        PyObject a = s[sp - 2];
        PyObject b = s[sp - 1];
        PyObject v;
        switch (op) {
            case Op.BINARY_OP_SUBTRACT_INT -> v = Specialized.subtractInt(a, b);
            case Op.BINARY_OP_MULTIPLY_INT -> v = Specialized.multiplyInt(a, b);
            case Op.BINARY_OP_SUBTRACT_FLOAT -> v = Specialized.subtractFloat(a, b);
            default -> v = Specialized.multiplyFloat(a, b);
        }
        if (v == null) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, op);
        s[sp - 2] = v;
        s[sp - 1] = null;
        return true;
    }

    /** LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_SLOT. */
    static boolean loadAttr(Frame f, int sp, int instr, int op) {
        return op == Op.LOAD_ATTR_INSTANCE_VALUE ? loadAttrInstanceValue(f, sp, instr) : loadAttrSlot(f, sp, instr);
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_ATTR_INSTANCE_VALUE)
    static boolean loadAttrInstanceValue(Frame f, int sp, int instr) {
        return topHit(f, sp, instr, Op.LOAD_ATTR_INSTANCE_VALUE,
                Specialized.instanceValue(f.s[sp - 1], f.ec.units, instr + 1));
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_ATTR_SLOT)
    static boolean loadAttrSlot(Frame f, int sp, int instr) {
        return topHit(f, sp, instr, Op.LOAD_ATTR_SLOT, Specialized.slotAttr(f.s[sp - 1], f.ec.units, instr + 1));
    }

    static boolean loadGlobal(Frame f, int sp, int instr, int op, int oparg) {
        return op == Op.LOAD_GLOBAL_MODULE ? loadGlobalModule(f, sp, instr, oparg) : loadGlobalBuiltin(f, sp, instr, oparg);
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_GLOBAL_MODULE)
    static boolean loadGlobalModule(Frame f, int sp, int instr, int oparg) {
        return globalHit(f, sp, instr, Op.LOAD_GLOBAL_MODULE, oparg,
                Specialized.globalModule(f.globals, f.ec.units, instr + 1));
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_GLOBAL_BUILTIN)
    static boolean loadGlobalBuiltin(Frame f, int sp, int instr, int oparg) {
        return globalHit(f, sp, instr, Op.LOAD_GLOBAL_BUILTIN, oparg,
                Specialized.globalBuiltin(f.globals, f.builtins, f.ec.units, instr + 1));
    }

    /** A LOAD_GLOBAL hit: pushes (NULL if oparg says so, then) {@code v}; a miss when {@code v} is null. */
    private static boolean globalHit(Frame f, int sp, int instr, int op, int oparg, PyObject v) {
        if (v == null) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, op);
        PyObject[] s = f.s;
        if ((oparg & 1) != 0) {
            s[sp] = null;
        }
        s[sp + (oparg & 1)] = v;
        return true;
    }

    static boolean storeAttrInstanceValue(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        char[] u = f.ec.units;
        PyObject[] values = Specialized.valuesForStore(s[sp - 1], u, instr + 1);
        if (values == null) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.STORE_ATTR_INSTANCE_VALUE);
        values[u[instr + 4]] = s[sp - 2];
        s[sp - 1] = null;
        s[sp - 2] = null;
        return true;
    }

    /** COMPARE_OP_INT_JUMP / FLOAT_JUMP / STR_JUMP: the next unit index, or -1 on a miss. */
    static int compareJump(Frame f, int sp, int instr, int op) {
        PyObject[] s = f.s;
        PyObject a = s[sp - 2];
        PyObject b = s[sp - 1];
        int sign;
        if (op == Op.COMPARE_OP_INT_JUMP) {
            if (a.getClass() != PyInt.class || b.getClass() != PyInt.class
                    || (Math.abs(((PyInt) a).value) | Math.abs(((PyInt) b).value)) >>> 30 != 0
                    || ((PyInt) a).big != null || ((PyInt) b).big != null) {
                return -1;
            }
            sign = Long.compare(((PyInt) a).value, ((PyInt) b).value);
        } else {
            sign = op == Op.COMPARE_OP_FLOAT_JUMP ? Specialized.floatSign(a, b) : Specialized.strSign(a, b);
            if (sign == Specialized.MISS) {
                return -1;
            }
        }
        SpecEvents.hit(f.ec, instr, op);
        s[sp - 1] = null;
        s[sp - 2] = null;
        return Specialized.jumpAfterCompare(f.ec.units, instr + 1, sign);
    }

    /** BINARY_SUBSCR_LIST_INT / TUPLE_INT (the loop writes the same guards out in its case: see there). */
    static boolean subscrListTuple(Frame f, int sp, int instr, int op) {
        PyObject[] s = f.s;
        PyObject c = s[sp - 2];
        PyObject sub = s[sp - 1];
        PyObject v = null;
        if (Guards.positiveSingleDigit(sub)) {
            int i = (int) ((PyInt) sub).value;
            if (op == Op.BINARY_SUBSCR_LIST_INT) {
                if (Guards.exactList(c) && i < ((PyList) c).size) {
                    v = ((PyList) c).items[i];
                }
            } else if (c.getClass() == PyTuple.class && i < ((PyTuple) c).items.length) {
                v = ((PyTuple) c).items[i];
            }
        }
        if (v == null) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, op);
        s[sp - 2] = v;
        s[sp - 1] = null;
        return true;
    }

    static boolean storeSubscrListInt(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject c = s[sp - 2];
        PyObject sub = s[sp - 1];
        if (!Guards.positiveSingleDigit(sub) || !Guards.exactList(c) || ((PyInt) sub).value >= ((PyList) c).size) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.STORE_SUBSCR_LIST_INT);
        ((PyList) c).items[(int) ((PyInt) sub).value] = s[sp - 3];
        s[sp - 1] = null;
        s[sp - 2] = null;
        s[sp - 3] = null;
        return true;
    }

    static boolean unpack(Frame f, int sp, int instr, int op, int oparg) {
        PyObject[] s = f.s;
        PyObject[] items = op == Op.UNPACK_SEQUENCE_LIST ? Specialized.listItems(s[sp - 1], oparg)
                : Specialized.tupleItems(s[sp - 1], oparg);
        if (items == null) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, op);
        int to = sp - 1;
        for (int i = oparg; --i >= 0;) {
            s[to++] = items[i];
        }
        return true;
    }

    static boolean loadMethod(Frame f, int sp, int instr, int op) {
        return op == Op.LOAD_METHOD_WITH_VALUES ? loadMethodWithValues(f, sp, instr) : loadMethodNoDict(f, sp, instr);
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_WITH_VALUES)
    static boolean loadMethodWithValues(Frame f, int sp, int instr) {
        return Specialized.methodWithValues(f.s[sp - 1], f.ec.units, instr + 1)
                && methodHit(f, sp, instr, Op.LOAD_METHOD_WITH_VALUES);
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_NO_DICT)
    static boolean loadMethodNoDict(Frame f, int sp, int instr) {
        return Specialized.methodNoDict(f.s[sp - 1], f.ec.units, instr + 1) && methodHit(f, sp, instr, Op.LOAD_METHOD_NO_DICT);
    }

    /** A LOAD_METHOD hit with the method in the site's side entry: {@code ... self -> ... meth self}. */
    private static boolean methodHit(Frame f, int sp, int instr, int op) {
        SpecEvents.hit(f.ec, instr, op);
        PyObject[] s = f.s;
        s[sp] = s[sp - 1];
        s[sp - 1] = (PyObject) f.ec.side[instr];
        return true;
    }

    // The forms below run out of line in the loop (Specialized.execute, SpecializedCall.precall);
    // here each is a helper of its own, with the guards of Specialized/SpecializedCall, so that C2
    // inlines it into the compiled function (FreqInlineSize=50: a helper stays under 50 bytes of
    // bytecode, its slow part in a helper of its own). f.lasti is stored before a form that may run
    // Python code (a callee may look at its caller's line).

    // CPython 3.11: Python/ceval.c TARGET(LOAD_ATTR_MODULE)
    static boolean loadAttrModule(Frame f, int sp, int instr) {
        return topHit(f, sp, instr, Op.LOAD_ATTR_MODULE, Specialized.moduleAttr(f.s[sp - 1], f.ec.units, instr + 1));
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_ATTR_WITH_HINT)
    static boolean loadAttrWithHint(Frame f, int sp, int instr, int oparg) {
        return topHit(f, sp, instr, Op.LOAD_ATTR_WITH_HINT,
                Specialized.hintValue(f.s[sp - 1], f.ec.units, instr + 1, f.ec.names[oparg]));
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_MODULE)
    /** {@code ... module -> ... NULL attr}. */
    static boolean loadMethodModule(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject v = Specialized.moduleAttr(s[sp - 1], f.ec.units, instr + 1);
        if (v == null) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.LOAD_METHOD_MODULE);
        s[sp - 1] = null;
        s[sp] = v;
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_CLASS)
    /** {@code ... cls -> ... NULL attr}. */
    static boolean loadMethodClass(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        if (!Specialized.methodClass(s[sp - 1], f.ec.units, instr + 1)) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.LOAD_METHOD_CLASS);
        s[sp - 1] = null;
        s[sp] = (PyObject) f.ec.side[instr];
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_WITH_DICT)
    /** {@code ... self -> ... meth self}. */
    static boolean loadMethodWithDict(Frame f, int sp, int instr, int oparg) {
        return Specialized.methodWithDict(f.s[sp - 1], f.ec.units, instr + 1, f.ec.names[oparg])
                && methodHit(f, sp, instr, Op.LOAD_METHOD_WITH_DICT);
    }

    // CPython 3.11: Python/ceval.c TARGET(STORE_ATTR_SLOT)
    /** {@code ... value owner -> ...}. */
    static boolean storeAttrSlot(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        char[] u = f.ec.units;
        PyObject[] slots = Specialized.slotsForStore(s[sp - 1], u, instr + 1);
        if (slots == null) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.STORE_ATTR_SLOT);
        slots[LoadAttrSpecializer.slotIndex(u[instr + 4])] = s[sp - 2];
        popTwo(s, sp);
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(STORE_ATTR_WITH_HINT)
    /** {@code ... value owner -> ...}. */
    static boolean storeAttrWithHint(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        PyObject owner = s[sp - 1];
        int e = Specialized.hint(owner, f.ec.units, instr + 1, f.ec.names[oparg]);
        if (e < 0) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.STORE_ATTR_WITH_HINT);
        ((PyInstance) owner).dict.setValueAt(e, s[sp - 2]);
        popTwo(s, sp);
        return true;
    }

    private static void popTwo(PyObject[] s, int sp) {
        s[sp - 1] = null;
        s[sp - 2] = null;
    }

    // CPython 3.11: Python/ceval.c TARGET(BINARY_SUBSCR_DICT)
    /** {@code ... dict sub -> ... item}. */
    static boolean subscrDict(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject c = s[sp - 2];
        if (!Guards.exactDict(c)) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.BINARY_SUBSCR_DICT);
        f.lasti = instr;
        s[sp - 2] = Specialized.dictItem((PyDict) c, s[sp - 1]);
        s[sp - 1] = null;
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(STORE_SUBSCR_DICT)
    /** {@code ... value dict sub -> ...}. */
    static boolean storeSubscrDict(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject c = s[sp - 2];
        if (!Guards.exactDict(c)) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.STORE_SUBSCR_DICT); // before the store: __eq__/__hash__ may raise
        f.lasti = instr;
        ((PyDict) c).setItem(s[sp - 1], s[sp - 3]);
        s[sp - 3] = null;
        popTwo(s, sp);
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(BINARY_OP_ADD_UNICODE)
    static boolean addUnicode(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject a = s[sp - 2];
        PyObject b = s[sp - 1];
        if (a.getClass() != PyStr.class || b.getClass() != PyStr.class) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.BINARY_OP_ADD_UNICODE);
        s[sp - 2] = Abstract.binaryOp(a, b, Abstract.NB_ADD);
        s[sp - 1] = null;
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(BINARY_OP_INPLACE_ADD_UNICODE)
    /** {@code ... lhs rhs -> ...}, the sum in the local of the STORE_FAST that follows (skipped). */
    static boolean inplaceAddUnicode(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject a = s[sp - 2];
        PyObject b = s[sp - 1];
        int local = f.ec.units[instr + 2] >>> 8;
        if (a.getClass() != PyStr.class || b.getClass() != PyStr.class || s[local] != a) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.BINARY_OP_INPLACE_ADD_UNICODE);
        s[local] = Abstract.binaryOp(a, b, Abstract.NB_ADD);
        popTwo(s, sp);
        return true;
    }

    // ---- the builtin PRECALL forms: on a hit they run the CALL too -----------------------------
    // Stack: ... X Y args(oparg) -> ... result, X non-NULL for a method call (X = callable, Y = self).

    /** The call's argument count with self. */
    private static int total(PyObject[] s, int sp, int oparg) {
        return s[sp - oparg - 2] != null ? oparg + 1 : oparg;
    }

    /** The call's items popped, {@code result} pushed. */
    private static void called(PyObject[] s, int sp, int oparg, PyObject result) {
        int base = sp - oparg - 2;
        for (int i = base + 1; i < sp; i++) {
            s[i] = null;
        }
        s[base] = result;
    }

    // CPython 3.11: Python/ceval.c TARGET(PRECALL_NO_KW_LEN)
    static boolean precallLen(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        if (total(s, sp, oparg) != 1 || s[sp - 2] != f.ec.interp.callableLen) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.PRECALL_NO_KW_LEN);
        f.lasti = instr;
        // PyObject_Length, not a call of the builtin
        called(s, sp, oparg, PyInt.of(Abstract.len(s[sp - 1])));
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(PRECALL_NO_KW_ISINSTANCE)
    static boolean precallIsinstance(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        if (total(s, sp, oparg) != 2 || s[sp - 3] != f.ec.interp.callableIsinstance) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.PRECALL_NO_KW_ISINSTANCE);
        f.lasti = instr;
        // PyObject_IsInstance, not a call of the builtin
        called(s, sp, oparg, PyBool.of(Abstract.isInstance(s[sp - 2], s[sp - 1])));
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(PRECALL_NO_KW_LIST_APPEND)
    /** {@code ... append list arg -> ...} (the POP_TOP after the CALL is skipped too). */
    static boolean precallListAppend(Frame f, int sp, int instr) {
        PyObject[] s = f.s;
        PyObject self = s[sp - 2];
        if (!PrecallSpecializer.isListAppend(s[sp - 3]) || !(self instanceof PyList)) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.PRECALL_NO_KW_LIST_APPEND);
        ((PyList) self).append(s[sp - 1]);
        s[sp - 3] = null;
        popTwo(s, sp);
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(PRECALL_NO_KW_BUILTIN_O)
    static boolean precallBuiltinO(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        ExecCode ec = f.ec;
        if (total(s, sp, oparg) != 1 || !SpecializedCall.builtinWithFlags(ec, instr, s[sp - 2], Guards.METH_O)) {
            return false;
        }
        SpecEvents.hit(ec, instr, Op.PRECALL_NO_KW_BUILTIN_O);
        f.lasti = instr;
        called(s, sp, oparg, SpecializedCall.callCounted(ec.interp, s[sp - 2], SpecializedCall.args(s, sp, 1)));
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(PRECALL_NO_KW_BUILTIN_FAST)
    static boolean precallBuiltinFast(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        int total = total(s, sp, oparg);
        PyObject callable = s[sp - total - 1];
        if (!SpecializedCall.builtinWithFlags(f.ec, instr, callable, Guards.METH_FASTCALL)) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.PRECALL_NO_KW_BUILTIN_FAST);
        f.lasti = instr;
        called(s, sp, oparg, ((PyBuiltinFunction) callable).call(SpecializedCall.args(s, sp, total), null));
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(PRECALL_NO_KW_METHOD_DESCRIPTOR_O)
    static boolean precallDescrO(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        ExecCode ec = f.ec;
        if (total(s, sp, oparg) != 2 || !SpecializedCall.descrWithFlags(ec, instr, s[sp - 3], s[sp - 2], Guards.METH_O)) {
            return false;
        }
        SpecEvents.hit(ec, instr, Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O);
        f.lasti = instr;
        called(s, sp, oparg, SpecializedCall.callDescrO(ec.interp, (PyMethodDescr) s[sp - 3], s[sp - 2], s[sp - 1]));
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS)
    static boolean precallDescrNoArgs(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        ExecCode ec = f.ec;
        if (total(s, sp, oparg) != 1
                || !SpecializedCall.descrWithFlags(ec, instr, s[sp - 2], s[sp - 1], Guards.METH_NOARGS)) {
            return false;
        }
        SpecEvents.hit(ec, instr, Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS);
        f.lasti = instr;
        called(s, sp, oparg, SpecializedCall.callDescrNoArgs(ec.interp, (PyMethodDescr) s[sp - 2], s[sp - 1]));
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST)
    static boolean precallDescrFast(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        int total = total(s, sp, oparg);
        PyObject callable = s[sp - total - 1];
        if (total < 1 || !SpecializedCall.descrWithFlags(f.ec, instr, callable, s[sp - total], Guards.METH_FASTCALL)) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST);
        f.lasti = instr;
        called(s, sp, oparg, ((PyMethodDescr) callable).callOnOwner(SpecializedCall.args(s, sp, total), null));
        return true;
    }

    // CPython 3.11: Python/ceval.c TARGET(PRECALL_BUILTIN_CLASS)
    static boolean precallBuiltinClass(Frame f, int sp, int instr, int oparg) {
        PyObject[] s = f.s;
        int total = total(s, sp, oparg);
        PyObject callable = s[sp - total - 1];
        if (f.ec.side[instr] != callable && !SpecializedCall.builtinClass(f.ec, instr, callable)) {
            return false;
        }
        SpecEvents.hit(f.ec, instr, Op.PRECALL_BUILTIN_CLASS);
        f.lasti = instr;
        called(s, sp, oparg, Abstract.call(callable, SpecializedCall.args(s, sp, total), SpecializedCall.kwnames(f)));
        return true;
    }

    /** The forms the loop runs through {@link Specialized#execute}: the next unit index, or -1. */
    static int viaExecute(Frame f, int sp, int instr, int op, int oparg) {
        f.ip = instr + 1;
        f.sp = sp;
        f.lasti = instr;
        return Specialized.execute(f, op, oparg, instr) < 0 ? -1 : f.ip;
    }

    /** The PRECALL forms of builtins (they run the CALL too): the next unit index, or -1. */
    static int precallBuiltin(Frame f, int sp, int instr, int op, int oparg) {
        f.ip = instr + 1;
        f.sp = sp;
        f.lasti = instr;
        return SpecializedCall.precall(f, op, oparg, instr) < 0 ? -1 : f.ip;
    }

    static boolean precallPython(Frame f, int sp, int instr, int op, int oparg) {
        return SpecializedCall.precallPython(f.ec, f.s, sp, op, oparg, instr);
    }

    /**
     * A specialized form the compiled site does not have inline (the site was re-specialized after
     * compiling): runs it and returns the next unit index, or -1 on a miss.
     */
    static int anyForm(Interpreter in, Frame f, int sp, int instr, int op, int oparg) {
        int next = instr + 1 + dev.quicken.opcode.Opcode.cacheUnits(op);
        boolean hit;
        switch (op) {
            case Op.BINARY_OP_ADD_INT -> hit = addInt(f, sp, instr);
            case Op.BINARY_OP_ADD_FLOAT -> hit = addFloat(f, sp, instr);
            case Op.BINARY_OP_SUBTRACT_INT, Op.BINARY_OP_MULTIPLY_INT, Op.BINARY_OP_SUBTRACT_FLOAT,
                    Op.BINARY_OP_MULTIPLY_FLOAT -> hit = arith(f, sp, instr, op);
            case Op.LOAD_ATTR_INSTANCE_VALUE, Op.LOAD_ATTR_SLOT -> hit = loadAttr(f, sp, instr, op);
            case Op.LOAD_GLOBAL_MODULE, Op.LOAD_GLOBAL_BUILTIN -> hit = loadGlobal(f, sp, instr, op, oparg);
            case Op.STORE_ATTR_INSTANCE_VALUE -> hit = storeAttrInstanceValue(f, sp, instr);
            case Op.BINARY_SUBSCR_LIST_INT, Op.BINARY_SUBSCR_TUPLE_INT -> hit = subscrListTuple(f, sp, instr, op);
            case Op.STORE_SUBSCR_LIST_INT -> hit = storeSubscrListInt(f, sp, instr);
            case Op.UNPACK_SEQUENCE_TWO_TUPLE, Op.UNPACK_SEQUENCE_TUPLE, Op.UNPACK_SEQUENCE_LIST ->
                    hit = unpack(f, sp, instr, op, oparg);
            case Op.LOAD_METHOD_WITH_VALUES, Op.LOAD_METHOD_NO_DICT -> hit = loadMethod(f, sp, instr, op);
            case Op.PRECALL_PYFUNC, Op.PRECALL_BOUND_METHOD -> hit = precallPython(f, sp, instr, op, oparg);
            case Op.CALL_PY_EXACT_ARGS, Op.CALL_PY_WITH_DEFAULTS, Op.BINARY_SUBSCR_GETITEM ->
                    hit = pushCall(in, f, sp, instr, op, oparg);
            case Op.COMPARE_OP_INT_JUMP, Op.COMPARE_OP_FLOAT_JUMP, Op.COMPARE_OP_STR_JUMP -> {
                return compareJump(f, sp, instr, op);
            }
            default -> {
                return Specialize.BASE[op] == Op.PRECALL ? precallBuiltin(f, sp, instr, op, oparg)
                        : viaExecute(f, sp, instr, op, oparg);
            }
        }
        return hit ? next : -1;
    }

    // ---- exceptions ---------------------------------------------------------------------------

    /**
     * An exception escaped instruction {@code instr} of a compiled frame (the loop's catch): finds
     * the frame's handler and returns its unit index, or rethrows when the frame has none.
     */
    static int unwind(Interpreter in, Frame f, Throwable t, int instr, int sp) {
        PyException e;
        if (t instanceof RuntimeException) {
            e = EvalSupport.asPyException((RuntimeException) t);
        } else if (t instanceof StackOverflowError) {
            e = EvalSupport.recursionError(in);
            f.lasti = instr;
        } else {
            throw (Error) t;
        }
        int word = f.ec.units[instr];
        if ((word & 0xff) != Op.RERAISE || (word >>> 8) == 0) {
            f.lasti = instr;
        }
        f.sp = sp;
        int target = EvalSupport.unwind(in, f, e, true, instr);
        if (target < 0) {
            e.reraise = false;
            throw e;
        }
        return target;
    }

    /** A successor the compiler did not foresee: a bug in {@link Jit}. */
    static IllegalStateException bad(int next, int instr) {
        return new IllegalStateException("compiled code: unexpected next instruction " + next + " after " + instr);
    }
}
