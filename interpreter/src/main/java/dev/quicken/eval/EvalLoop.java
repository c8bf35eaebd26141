package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.IntOps;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyTuple;

/**
 * The eval loop (CPython 3.11: Python/ceval.c _PyEval_EvalFrameDefault): one method for all frames.
 * A Python-to-Python call pushes a {@link Frame} and continues in the same loop; a return pops it.
 * Hot cases are inline; every other case is one call to a static helper in {@link EvalSupport}
 * that returns the new stack pointer. Handlers come from {@code co_exceptiontable}.
 *
 * <p>The method must stay well under HotSpot's 8000-byte limit (a test checks it).
 */
public final class EvalLoop {

    private EvalLoop() {
    }

    /** The truth of {@code v} for a conditional jump at {@code instr} (CPython 3.11: ceval.c POP_JUMP_IF_*). */
    private static boolean isTrue(Frame f, int instr, PyObject v) {
        if (v == PyBool.TRUE) {
            return true;
        }
        if (v == PyBool.FALSE || v == PyNone.NONE) {
            return false;
        }
        f.lasti = instr;
        return Abstract.isTrue(v);
    }

    /** Calls a Python function from Java (a "C" call in CPython terms). */
    public static PyObject callFunction(PyFunction func, PyObject[] args, String[] kwnames) {
        Interpreter in = Interpreter.current();
        Frame f = Calls.makeFrame(in, func, args, kwnames);
        if (f.gen != null) {
            return f.gen;
        }
        f.entry = true;
        return run(in, f);
    }

    /**
     * Runs {@code entry} (and every frame it calls) until it returns or yields; returns the value.
     * {@code throwIn}, if not null, is raised in the frame at its current instruction first
     * (generator throw).
     */
    public static PyObject run(Interpreter in, Frame entry) {
        // a function compiled to a JVM method of its own (Jit) runs there, from its first instruction
        JitCode c = entry.ec.jit;
        if (c == null) {
            c = Jit.tick(entry.ec);
        }
        if (c != null && entry.ip == 0 && in.depth < Jit.MAX_NEST) {
            return Jit.run(in, entry, c);
        }
        return run(in, entry, null);
    }

    static PyObject run(Interpreter in, Frame entry, PyException throwIn) {
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw EvalSupport.recursionError(in);
        }
        Frame outer = in.current;
        entry.back = outer;
        in.current = entry;
        Frame f = entry;
        char[] code = f.ec.units;
        PyObject[] s = f.s;
        PyObject[] consts = f.ec.consts;
        int ip = f.ip;
        int sp = f.sp;
        int instr = ip;
        PyException pending = throwIn;
        try {
            while (true) {
                try {
                    if (pending != null) {
                        PyException p = pending;
                        pending = null;
                        instr = f.lasti;
                        throw p;
                    }
                    // One loop with one header, so HotSpot has one on-stack-replacement entry to compile:
                    // the next instruction is fetched at the bottom, and a re-dispatch at the same
                    // instruction (superinstruction halves, adaptive and miss) continues from the top.
                    int word = code[ip++];
                    int oparg = word >>> 8;
                    int op = word & 0xff;
                    instr = ip - 1;
                    dispatch:
                    while (true) {
                        switch (op) {
                            case Op.NOP:
                            case Op.RESUME_QUICK:
                                break;
                            case Op.RESUME:
                                Quickener.warmup(f.ec);
                                break;
                            case Op.EXTENDED_ARG:
                            case Op.EXTENDED_ARG_QUICK:
                                word = code[ip++];
                                oparg = oparg << 8 | word >>> 8;
                                op = word & 0xff;
                                instr = ip - 1;
                                continue dispatch;
                            case Op.LOAD_FAST__LOAD_FAST: {
                                PyObject v = s[oparg];
                                if (v == null) {
                                    f.lasti = instr;
                                    throw EvalSupport.unboundLocal(f, oparg);
                                }
                                s[sp++] = v;
                                op = Op.LOAD_FAST;
                                oparg = code[ip++] >>> 8;
                                continue dispatch;
                            }
                            case Op.LOAD_FAST__LOAD_CONST: {
                                PyObject v = s[oparg];
                                if (v == null) {
                                    f.lasti = instr;
                                    throw EvalSupport.unboundLocal(f, oparg);
                                }
                                s[sp++] = v;
                                s[sp++] = consts[code[ip++] >>> 8];
                                break;
                            }
                            case Op.STORE_FAST__LOAD_FAST:
                                s[oparg] = s[--sp];
                                s[sp] = null;
                                op = Op.LOAD_FAST;
                                oparg = code[ip++] >>> 8;
                                continue dispatch;
                            case Op.STORE_FAST__STORE_FAST:
                                s[oparg] = s[--sp];
                                s[oparg = code[ip++] >>> 8] = s[--sp];
                                s[sp] = null;
                                s[sp + 1] = null;
                                break;
                            case Op.LOAD_CONST__LOAD_FAST:
                                s[sp++] = consts[oparg];
                                op = Op.LOAD_FAST;
                                oparg = code[ip++] >>> 8;
                                continue dispatch;
                            case Op.BINARY_OP_ADAPTIVE:
                            case Op.BINARY_SUBSCR_ADAPTIVE:
                            case Op.CALL_ADAPTIVE:
                            case Op.COMPARE_OP_ADAPTIVE:
                            case Op.LOAD_ATTR_ADAPTIVE:
                            case Op.LOAD_GLOBAL_ADAPTIVE:
                            case Op.LOAD_METHOD_ADAPTIVE:
                            case Op.PRECALL_ADAPTIVE:
                            case Op.STORE_ATTR_ADAPTIVE:
                            case Op.STORE_SUBSCR_ADAPTIVE:
                            case Op.UNPACK_SEQUENCE_ADAPTIVE: {
                                int counter = code[ip];
                                if (!AdaptiveCounter.isZero(counter)) {
                                    code[ip] = (char) AdaptiveCounter.decrement(counter);
                                    SpecEvents.deferred(f.ec, instr, op);
                                    op = Specialize.BASE[op];
                                    continue dispatch;
                                }
                                f.lasti = instr;
                                op = Specialize.adaptive(f, sp, instr, op, oparg);
                                continue dispatch;
                            }
                            case Op.BINARY_OP_ADD_INT: {
                                PyObject b = s[sp - 1];
                                PyObject a = s[sp - 2];
                                if (a.getClass() != PyInt.class || b.getClass() != PyInt.class) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                s[sp - 2] = IntOps.add((PyInt) a, (PyInt) b);
                                s[--sp] = null;
                                ip += 1;
                                break;
                            }
                            case Op.BINARY_OP_ADD_FLOAT: {
                                PyObject b = s[sp - 1];
                                PyObject a = s[sp - 2];
                                if (a.getClass() != PyFloat.class || b.getClass() != PyFloat.class) { // exact floats
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                s[sp - 2] = new PyFloat(((PyFloat) a).value + ((PyFloat) b).value);
                                s[--sp] = null;
                                ip += 1;
                                break;
                            }
                            case Op.LOAD_ATTR_INSTANCE_VALUE:
                            case Op.LOAD_ATTR_SLOT: {
                                PyObject v = op == Op.LOAD_ATTR_INSTANCE_VALUE ? Specialized.instanceValue(s[sp - 1], code, ip)
                                        : Specialized.slotAttr(s[sp - 1], code, ip);
                                if (v == null) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                s[sp - 1] = v;
                                ip += 4;
                                break;
                            }
                            case Op.LOAD_GLOBAL_MODULE:
                            case Op.LOAD_GLOBAL_BUILTIN: {
                                PyObject v = op == Op.LOAD_GLOBAL_MODULE ? Specialized.globalModule(f.globals, code, ip)
                                        : Specialized.globalBuiltin(f.globals, f.builtins, code, ip);
                                if (v == null) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                // ... -> ... NULL? v, without a branch that only some programs take
                                s[sp] = null;
                                sp += oparg & 1;
                                s[sp++] = v;
                                ip += 5;
                                break;
                            }
                            case Op.STORE_ATTR_INSTANCE_VALUE: {
                                // ... value owner -> ...
                                PyObject[] values = Specialized.valuesForStore(s[sp - 1], code, ip);
                                if (values == null) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                values[code[ip + 3]] = s[sp - 2];
                                s[--sp] = null;
                                s[--sp] = null;
                                ip += 4;
                                break;
                            }
                            case Op.COMPARE_OP_INT_JUMP: {
                                // ... a b -> ... (fused with the POP_JUMP after the caches). The guards of
                                // this case and the list/tuple subscripts are written out, not helpers: a
                                // helper C2 compiled standalone first (from C1's loop) to over
                                // InlineSmallCode=500 bytes of machine code stays a call
                                PyObject a = s[sp - 2];
                                PyObject b = s[sp - 1];
                                // exact ints of one digit each: |v| < 2^30 (a big int's value is 0)
                                if (a.getClass() != PyInt.class || b.getClass() != PyInt.class
                                        || (Math.abs(((PyInt) a).value) | Math.abs(((PyInt) b).value)) >>> 30 != 0
                                        || ((PyInt) a).big != null || ((PyInt) b).big != null) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                s[--sp] = null;
                                s[--sp] = null;
                                ip = Specialized.jumpAfterCompare(code, ip, Long.compare(((PyInt) a).value, ((PyInt) b).value));
                                break;
                            }
                            case Op.BINARY_OP_SUBTRACT_INT:
                            case Op.BINARY_OP_MULTIPLY_INT: {
                                // ... a b -> ... (a op b)
                                PyObject v = op == Op.BINARY_OP_SUBTRACT_INT ? Specialized.subtractInt(s[sp - 2], s[sp - 1])
                                        : Specialized.multiplyInt(s[sp - 2], s[sp - 1]);
                                if (v == null) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                s[sp - 2] = v;
                                s[--sp] = null;
                                ip += 1;
                                break;
                            }
                            case Op.BINARY_OP_SUBTRACT_FLOAT:
                            case Op.BINARY_OP_MULTIPLY_FLOAT: {
                                PyObject v = op == Op.BINARY_OP_SUBTRACT_FLOAT ? Specialized.subtractFloat(s[sp - 2], s[sp - 1])
                                        : Specialized.multiplyFloat(s[sp - 2], s[sp - 1]);
                                if (v == null) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                s[sp - 2] = v;
                                s[--sp] = null;
                                ip += 1;
                                break;
                            }
                            case Op.BINARY_SUBSCR_LIST_INT:
                            case Op.BINARY_SUBSCR_TUPLE_INT: {
                                // ... container sub -> ... container[sub]
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
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                s[sp - 2] = v;
                                s[--sp] = null;
                                ip += 4;
                                break;
                            }
                            case Op.STORE_SUBSCR_LIST_INT: {
                                // ... value list sub -> ...
                                PyObject c = s[sp - 2];
                                PyObject sub = s[sp - 1];
                                if (!Guards.positiveSingleDigit(sub) || !Guards.exactList(c) || ((PyInt) sub).value >= ((PyList) c).size) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                ((PyList) c).items[(int) ((PyInt) sub).value] = s[sp - 3];
                                s[--sp] = null;
                                s[--sp] = null;
                                s[--sp] = null;
                                ip += 1;
                                break;
                            }
                            case Op.UNPACK_SEQUENCE_TWO_TUPLE:
                            case Op.UNPACK_SEQUENCE_TUPLE:
                            case Op.UNPACK_SEQUENCE_LIST: {
                                // ... seq -> ... items[n-1] .. items[0]
                                PyObject[] items = op == Op.UNPACK_SEQUENCE_LIST ? Specialized.listItems(s[sp - 1], oparg)
                                        : Specialized.tupleItems(s[sp - 1], oparg);
                                if (items == null) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                sp--;
                                for (int i = oparg; --i >= 0;) {
                                    s[sp++] = items[i];
                                }
                                ip += 1;
                                break;
                            }
                            case Op.LOAD_METHOD_WITH_VALUES:
                            case Op.LOAD_METHOD_NO_DICT: {
                                // ... owner -> ... meth self (the method is the site's side entry)
                                PyObject owner = s[sp - 1];
                                if (!(op == Op.LOAD_METHOD_WITH_VALUES ? Specialized.methodWithValues(owner, code, ip)
                                        : Specialized.methodNoDict(owner, code, ip))) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                s[sp - 1] = (PyObject) f.ec.side[instr];
                                s[sp++] = owner;
                                ip += 10;
                                break;
                            }
                            case Op.COMPARE_OP_FLOAT_JUMP:
                            case Op.COMPARE_OP_STR_JUMP: {
                                // ... a b -> ... (fused with the POP_JUMP after the caches)
                                int sign = op == Op.COMPARE_OP_FLOAT_JUMP ? Specialized.floatSign(s[sp - 2], s[sp - 1])
                                        : Specialized.strSign(s[sp - 2], s[sp - 1]);
                                if (sign == Specialized.MISS) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                SpecEvents.hit(f.ec, instr, op);
                                s[--sp] = null;
                                s[--sp] = null;
                                ip = Specialized.jumpAfterCompare(code, ip, sign);
                                break;
                            }
                            case Op.BINARY_OP_ADD_UNICODE:
                            case Op.BINARY_OP_INPLACE_ADD_UNICODE:
                            case Op.LOAD_ATTR_MODULE:
                            case Op.LOAD_ATTR_WITH_HINT:
                            case Op.STORE_ATTR_WITH_HINT:
                            case Op.STORE_ATTR_SLOT:
                            case Op.LOAD_METHOD_WITH_DICT:
                            case Op.LOAD_METHOD_MODULE:
                            case Op.LOAD_METHOD_CLASS:
                            case Op.BINARY_SUBSCR_DICT:
                            case Op.STORE_SUBSCR_DICT: {
                                f.ip = ip;
                                f.sp = sp;
                                f.lasti = instr;
                                int r = Specialized.execute(f, op, oparg, instr);
                                if (r < 0) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                sp = r;
                                ip = f.ip;
                                break;
                            }
                            case Op.PRECALL_NO_KW_TYPE_1:
                            case Op.PRECALL_NO_KW_STR_1:
                            case Op.PRECALL_NO_KW_TUPLE_1:
                            case Op.PRECALL_BUILTIN_CLASS:
                            case Op.PRECALL_NO_KW_BUILTIN_O:
                            case Op.PRECALL_NO_KW_BUILTIN_FAST:
                            case Op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS:
                            case Op.PRECALL_NO_KW_LEN:
                            case Op.PRECALL_NO_KW_ISINSTANCE:
                            case Op.PRECALL_NO_KW_LIST_APPEND:
                            case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O:
                            case Op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS:
                            case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS:
                            case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST: {
                                // straight to SpecializedCall.precall, without Specialized.execute's call and switch
                                f.ip = ip;
                                f.sp = sp;
                                f.lasti = instr;
                                int r = SpecializedCall.precall(f, op, oparg, instr);
                                if (r < 0) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                sp = r;
                                ip = f.ip;
                                break;
                            }
                            case Op.PRECALL_PYFUNC:
                            case Op.PRECALL_BOUND_METHOD:
                                if (!SpecializedCall.precallPython(f.ec, s, sp, op, oparg, instr)) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                ip += 1;
                                break;
                            case Op.LOAD_FAST: {
                                PyObject v = s[oparg];
                                if (v == null) {
                                    f.lasti = instr;
                                    throw EvalSupport.unboundLocal(f, oparg);
                                }
                                s[sp++] = v;
                                break;
                            }
                            case Op.LOAD_CONST:
                                s[sp++] = consts[oparg];
                                break;
                            case Op.STORE_FAST:
                                s[oparg] = s[--sp];
                                s[sp] = null;
                                break;
                            case Op.POP_TOP:
                                s[--sp] = null;
                                break;
                            case Op.PUSH_NULL:
                                s[sp++] = null;
                                break;
                            case Op.COPY:
                                s[sp] = s[sp - oparg];
                                sp++;
                                break;
                            case Op.SWAP: {
                                PyObject t = s[sp - 1];
                                s[sp - 1] = s[sp - oparg];
                                s[sp - oparg] = t;
                                break;
                            }
                            case Op.BINARY_OP: {
                                // ... a b -> ... (a op b)
                                PyObject b = s[--sp];
                                PyObject a = s[sp - 1];
                                PyObject r;
                                if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                                    r = IntOps.binary((PyInt) a, (PyInt) b, oparg % 13); // NB_INPLACE_* = NB_* + 13, no branch
                                    if (r == null) {
                                        r = Abstract.binaryOp(a, b, oparg);
                                    }
                                } else {
                                    f.lasti = instr;
                                    r = Abstract.binaryOp(a, b, oparg);
                                }
                                s[sp - 1] = r;
                                s[sp] = null;
                                ip += 1;
                                break;
                            }
                            case Op.COMPARE_OP: {
                                PyObject b = s[--sp];
                                PyObject a = s[sp - 1];
                                PyObject r;
                                if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                                    r = PyBool.of(IntOps.compare((PyInt) a, (PyInt) b, oparg));
                                } else {
                                    f.lasti = instr;
                                    r = Abstract.richCompare(a, b, oparg);
                                }
                                s[sp - 1] = r;
                                s[sp] = null;
                                ip += 2;
                                break;
                            }
                            case Op.JUMP_FORWARD:
                                ip += oparg;
                                break;
                            case Op.JUMP_BACKWARD:
                                Quickener.warmup(f.ec);
                                ip -= oparg;
                                if (--f.ec.osrCountdown == 0) {
                                    op = Jit.OSR;
                                    continue dispatch;
                                }
                                break;
                            case Op.JUMP_BACKWARD_QUICK:
                                ip -= oparg;
                                if (--f.ec.osrCountdown == 0) {
                                    op = Jit.OSR;
                                    continue dispatch;
                                }
                                break;
                            case Op.JUMP_BACKWARD_NO_INTERRUPT:
                                ip -= oparg;
                                break;
                            case Jit.OSR: {
                                // a hot loop: the rest of this frame runs in its compiled code, if it has some
                                PyObject rv = Jit.osr(in, f, ip, sp);
                                if (rv == null) {
                                    break;
                                }
                                if (f.yielded) {
                                    // a generator's frame (an entry frame) yielded in its compiled code
                                    return rv;
                                }
                                sp = f.sp;
                                ip = f.ip;
                                instr = f.lasti;
                                s[sp++] = rv;
                                op = Op.RETURN_VALUE;
                                continue dispatch;
                            }
                            // one case each: no tests of op at run time, and the truth test's
                            // branches are profiled together (isTrue is inlined at all four)
                            case Op.POP_JUMP_FORWARD_IF_FALSE: {
                                PyObject v = s[--sp];
                                s[sp] = null;
                                if (!isTrue(f, instr, v)) {
                                    ip += oparg;
                                }
                                break;
                            }
                            case Op.POP_JUMP_FORWARD_IF_TRUE: {
                                PyObject v = s[--sp];
                                s[sp] = null;
                                if (isTrue(f, instr, v)) {
                                    ip += oparg;
                                }
                                break;
                            }
                            case Op.POP_JUMP_BACKWARD_IF_FALSE: {
                                PyObject v = s[--sp];
                                s[sp] = null;
                                if (!isTrue(f, instr, v)) {
                                    ip -= oparg;
                                    if (--f.ec.osrCountdown == 0) {
                                        op = Jit.OSR;
                                        continue dispatch;
                                    }
                                }
                                break;
                            }
                            case Op.POP_JUMP_BACKWARD_IF_TRUE: {
                                PyObject v = s[--sp];
                                s[sp] = null;
                                if (isTrue(f, instr, v)) {
                                    ip -= oparg;
                                    if (--f.ec.osrCountdown == 0) {
                                        op = Jit.OSR;
                                        continue dispatch;
                                    }
                                }
                                break;
                            }
                            case Op.POP_JUMP_FORWARD_IF_NONE:
                                if (s[--sp] == PyNone.NONE) {
                                    ip += oparg;
                                }
                                s[sp] = null;
                                break;
                            case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
                                if (s[--sp] != PyNone.NONE) {
                                    ip += oparg;
                                }
                                s[sp] = null;
                                break;
                            case Op.POP_JUMP_BACKWARD_IF_NONE:
                                if (s[--sp] == PyNone.NONE) {
                                    ip -= oparg;
                                    s[sp] = null;
                                    if (--f.ec.osrCountdown == 0) {
                                        op = Jit.OSR;
                                        continue dispatch;
                                    }
                                }
                                s[sp] = null;
                                break;
                            case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
                                if (s[--sp] != PyNone.NONE) {
                                    ip -= oparg;
                                    s[sp] = null;
                                    if (--f.ec.osrCountdown == 0) {
                                        op = Jit.OSR;
                                        continue dispatch;
                                    }
                                }
                                s[sp] = null;
                                break;
                            case Op.FOR_ITER: {
                                // ... iter -> ... iter next | ... (jump when exhausted)
                                f.lasti = instr;
                                PyObject v = Abstract.next(s[sp - 1]);
                                if (v != null) {
                                    s[sp++] = v;
                                } else {
                                    s[--sp] = null;
                                    ip += oparg;
                                }
                                break;
                            }
                            case Op.PRECALL:
                                EvalSupport.precall(s, sp, oparg);
                                ip += 1;
                                break;
                            case Op.KW_NAMES:
                                f.kwnames = consts[oparg];
                                break;
                            case Op.CALL:
                            case Op.CALL_PY_EXACT_ARGS:
                            case Op.CALL_PY_WITH_DEFAULTS:
                            case Op.BINARY_SUBSCR_GETITEM: {
                                // ... NULL|meth callable|self args... -> ... result
                                f.ip = ip + 4;
                                f.sp = sp;
                                f.lasti = instr;
                                Object r = op == Op.CALL ? EvalSupport.call(in, f, oparg)
                                        : SpecializedCall.pushFrame(in, f, op, oparg, instr);
                                if (r == SpecializedCall.MISS) {
                                    op = Specialize.miss(f.ec, instr, op);
                                    continue dispatch;
                                }
                                Frame nf = (Frame) r;
                                if (nf == null) {
                                    sp = f.sp;
                                    ip = f.ip;
                                    break;
                                }
                                PyObject rv = Jit.call(in, nf);
                                if (rv != null) {
                                    // the callee ran as its own compiled method (Jit)
                                    sp = f.sp;
                                    ip = f.ip;
                                    if (nf.initSelf != null) {
                                        rv = EvalSupport.initResult(in, nf.initSelf, rv);
                                    }
                                    s[sp++] = rv;
                                    break;
                                }
                                if (in.depth >= in.recursionLimit) {
                                    throw EvalSupport.recursionError(in);
                                }
                                in.depth++;
                                nf.back = f;
                                in.current = nf;
                                f = nf;
                                code = f.ec.units;
                                s = f.s;
                                consts = f.ec.consts;
                                ip = f.ip;
                                sp = f.sp;
                                if (code[ip] == Op.RESUME_QUICK) {
                                    // the callee's quickened RESUME 0 does nothing (no eval breaker): one dispatch fewer
                                    ip++;
                                }
                                break;
                            }
                            case Op.RETURN_VALUE: {
                                PyObject v = s[--sp];
                                s[sp] = null;
                                f.sp = sp;
                                f.ip = ip;
                                f.lasti = instr;
                                if (f.entry) {
                                    f.yielded = false;
                                    return v;
                                }
                                Frame caller = f.back;
                                PyObject self = f.initSelf;
                                in.current = caller;
                                in.depth--;
                                f = caller;
                                code = f.ec.units;
                                s = f.s;
                                consts = f.ec.consts;
                                ip = f.ip;
                                sp = f.sp;
                                if (self != null) {
                                    // an __init__ frame of a class call: the result is the instance
                                    instr = f.lasti;
                                    v = EvalSupport.initResult(in, self, v);
                                }
                                s[sp++] = v;
                                break;
                            }
                            case Op.YIELD_VALUE: {
                                PyObject v = s[--sp];
                                s[sp] = null;
                                f.sp = sp;
                                // the quickened RESUME after the yield does nothing (no eval breaker): the resume skips it
                                f.ip = (code[ip] & 0xff) == Op.RESUME_QUICK ? ip + 1 : ip;
                                f.lasti = instr;
                                f.yielded = true;
                                return v;
                            }
                            case Op.RETURN_GENERATOR: {
                                f.ip = ip;
                                f.sp = sp;
                                f.lasti = instr;
                                PyObject gen = EvalSupport.makeGenerator(f);
                                Frame caller = f.back;
                                // the new generator's frame has no caller until it is resumed
                                f.back = null;
                                if (f.entry) {
                                    return gen;
                                }
                                in.current = caller;
                                in.depth--;
                                f = caller;
                                code = f.ec.units;
                                s = f.s;
                                consts = f.ec.consts;
                                ip = f.ip;
                                sp = f.sp;
                                s[sp++] = gen;
                                break;
                            }
                            default:
                                f.ip = ip;
                                f.sp = sp;
                                f.lasti = instr;
                                sp = EvalSupport.execute(in, f, op, oparg);
                                ip = f.ip;
                                break;
                        }
                        word = code[ip++];
                        oparg = word >>> 8;
                        op = word & 0xff;
                        instr = ip - 1;
                    }
                } catch (RuntimeException ex) {
                    PyException e = EvalSupport.asPyException(ex);
                    // RERAISE with an oparg restored lasti to the instruction that first raised (CPython's
                    // prev_instr); the handler is still looked up at the RERAISE
                    int word = code[instr];
                    if ((word & 0xff) != Op.RERAISE || (word >>> 8) == 0) {
                        f.lasti = instr;
                    }
                    f.sp = sp;
                    boolean first = true;
                    while (true) {
                        // a frame that raised out of its compiled code (Jit.osr) is unwound already
                        int target = f.jitUnwound ? -1 : EvalSupport.unwind(in, f, e, first, first ? instr : f.lasti);
                        f.jitUnwound = false;
                        first = false;
                        if (target >= 0) {
                            break;
                        }
                        if (f == entry) {
                            e.reraise = false;
                            throw e;
                        }
                        Frame caller = f.back;
                        in.current = caller;
                        in.depth--;
                        f = caller;
                    }
                    code = f.ec.units;
                    s = f.s;
                    consts = f.ec.consts;
                    ip = f.ip;
                    sp = f.sp;
                } catch (StackOverflowError e) {
                    pending = EvalSupport.recursionError(in);
                    f.lasti = instr;
                }
            }
        } finally {
            in.current = outer;
            in.depth--;
        }
    }
}
