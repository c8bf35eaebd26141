package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.IntOps;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;

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
        return run(in, entry, null);
    }

    static PyObject run(Interpreter in, Frame entry, PyException throwIn) {
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw EvalSupport.recursionError(in);
        }
        entry.back = in.current;
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
                    while (true) {
                        int word = code[ip++];
                        int oparg = word >>> 8;
                        while ((word & 0xff) == Op.EXTENDED_ARG) {
                            word = code[ip++];
                            oparg = oparg << 8 | word >>> 8;
                        }
                        instr = ip - 1;
                        switch (word & 0xff) {
                            case Op.NOP:
                            case Op.RESUME:
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
                                    r = IntOps.binary((PyInt) a, (PyInt) b, oparg >= 13 ? oparg - 13 : oparg);
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
                            case Op.JUMP_BACKWARD_NO_INTERRUPT:
                                ip -= oparg;
                                break;
                            case Op.POP_JUMP_FORWARD_IF_FALSE:
                            case Op.POP_JUMP_BACKWARD_IF_FALSE:
                            case Op.POP_JUMP_FORWARD_IF_TRUE:
                            case Op.POP_JUMP_BACKWARD_IF_TRUE: {
                                PyObject v = s[--sp];
                                s[sp] = null;
                                boolean t;
                                if (v == PyBool.TRUE) {
                                    t = true;
                                } else if (v == PyBool.FALSE || v == PyNone.NONE) {
                                    t = false;
                                } else {
                                    f.lasti = instr;
                                    t = Abstract.isTrue(v);
                                }
                                int op = word & 0xff;
                                if (t == (op == Op.POP_JUMP_FORWARD_IF_TRUE || op == Op.POP_JUMP_BACKWARD_IF_TRUE)) {
                                    ip += (op == Op.POP_JUMP_FORWARD_IF_FALSE || op == Op.POP_JUMP_FORWARD_IF_TRUE)
                                            ? oparg : -oparg;
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
                                }
                                s[sp] = null;
                                break;
                            case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
                                if (s[--sp] != PyNone.NONE) {
                                    ip -= oparg;
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
                            case Op.CALL: {
                                // ... NULL|meth callable|self args... -> ... result
                                f.ip = ip + 4;
                                f.sp = sp;
                                f.lasti = instr;
                                Frame nf = EvalSupport.call(in, f, oparg);
                                if (nf == null) {
                                    sp = f.sp;
                                    ip = f.ip;
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
                                in.current = caller;
                                in.depth--;
                                f = caller;
                                code = f.ec.units;
                                s = f.s;
                                consts = f.ec.consts;
                                ip = f.ip;
                                sp = f.sp;
                                s[sp++] = v;
                                break;
                            }
                            case Op.YIELD_VALUE: {
                                PyObject v = s[--sp];
                                s[sp] = null;
                                f.sp = sp;
                                f.ip = ip;
                                f.lasti = instr;
                                f.yielded = true;
                                return v;
                            }
                            case Op.RETURN_GENERATOR: {
                                f.ip = ip;
                                f.sp = sp;
                                PyObject gen = EvalSupport.makeGenerator(f);
                                if (f.entry) {
                                    return gen;
                                }
                                Frame caller = f.back;
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
                                sp = EvalSupport.execute(in, f, word & 0xff, oparg);
                                ip = f.ip;
                                break;
                        }
                    }
                } catch (PyException e) {
                    f.lasti = instr;
                    f.sp = sp;
                    boolean first = true;
                    while (true) {
                        int target = EvalSupport.unwind(in, f, e, first);
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
            in.current = entry.back;
            in.depth--;
        }
    }
}
