package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.code.ExceptionTable;
import dev.quicken.opcode.Op;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.ExceptionGroups;
import dev.quicken.runtime.Items;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyCell;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyMethod;
import dev.quicken.runtime.PyMethodDescr;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PySet;
import dev.quicken.runtime.PySlice;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.StrFormat;
import dev.quicken.runtime.TypeSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * The cold instructions of the eval loop, one static helper per opcode family. Each takes the
 * frame with {@code ip}/{@code sp} saved and returns the new stack pointer (writing {@code f.ip}
 * for jumps).
 */
final class EvalSupport {

    private EvalSupport() {
    }

    static final PyObject NONE = PyNone.NONE;

    private static boolean registered;

    static synchronized void registerTypes() {
        if (registered) {
            return;
        }
        registered = true;
        // methods first, then registration: registering gives a type a version tag, after which each
        // method added invalidates it and looks __getattr__ up again (PyType.modified), 130 times here.
        // Not super: registering takes object's solidBase only while a type has no factory, and super's
        // setup gives it one
        PyGenerator.setupType();
        PyFrameObject.setupType();
        TypeSetup.registerExtra(PyGenerator.GENERATOR);
        TypeSetup.registerExtra(PyGenerator.COROUTINE);
        for (PyType t : Coroutines.types()) {
            TypeSetup.registerExtra(t);
        }
        TypeSetup.registerExtra(PyFrameObject.TYPE);
        TypeSetup.registerExtra(SuperType.TYPE);
        SuperType.setupType();
        PyTraceback.setupType();
        for (PyType t : new PyType[] {PyGenerator.GENERATOR, PyGenerator.COROUTINE, PyFrameObject.TYPE,
            SuperType.TYPE}) {
            t.recomputeFlags();
        }
        for (PyType t : Coroutines.types()) {
            t.recomputeFlags();
        }
    }

    // ---------------------------------------------------------------- errors

    /** A Python exception for any Java exception escaping an instruction (values-slice errors, our bugs). */
    static PyException asPyException(RuntimeException ex) {
        if (ex instanceof PyException) {
            return (PyException) ex;
        }
        if (ex instanceof dev.quicken.runtime.PyTypedError) {
            return Exc.fromTyped((dev.quicken.runtime.PyTypedError) ex);
        }
        if (DEBUG) {
            ex.printStackTrace();
        }
        return Exc.raise(Exc.SystemError, "internal error: " + ex);
    }

    /** {@code -Dquicken.debug=true} or {@code QUICKEN_DEBUG=1}: internal errors also print their Java stack. */
    private static final boolean DEBUG = Boolean.getBoolean("quicken.debug") || "1".equals(System.getenv("QUICKEN_DEBUG"));

    static PyException recursionError(Interpreter in) {
        return Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded");
    }

    static PyException unboundLocal(Frame f, int oparg) {
        String name = ((PyStr) f.code.localsplusnames.get(oparg)).value;
        PyBaseException e = Exc.make(Exc.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
        e.setMember("name", new PyStr(name));
        return e.raise();
    }

    static PyException unboundFree(Frame f, int oparg) {
        String name = ((PyStr) f.code.localsplusnames.get(oparg)).value;
        if ((f.code.localspluskinds[oparg] & CodeObject.CO_FAST_FREE) != 0) {
            PyBaseException e = Exc.make(Exc.NameError, "cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
            e.setMember("name", new PyStr(name));
            return e.raise();
        }
        return unboundLocal(f, oparg);
    }

    /**
     * Exception unwinding in frame {@code f} (CPython 3.11: ceval.c exception_unwind): records a
     * traceback entry, sets the context, finds the handler. Returns the handler index (frame
     * prepared to resume there) or -1 if the frame has none. The handler is the one of instruction
     * {@code at} (the frame's lasti, except after a RERAISE that restored it).
     */
    static int unwind(Interpreter in, Frame f, PyException e, boolean first, int at) {
        PyBaseException exc = e.value;
        if (!(first && e.reraise)) {
            if (first && exc.traceback == null && exc.context == null) {
                PyBaseException handled = in.handledException();
                if (handled != null && handled != exc) {
                    setContext(exc, handled);
                }
            }
            exc.traceback = new PyTraceback(exc.traceback, f, f.lasti);
        }
        ExceptionTable.Entry h = ExceptionTable.find(f.code.exceptiontable, at);
        if (h == null) {
            if (f.initSelf != null) {
                // the frame is popped: its class call ends too (see initFrame)
                in.depth--;
            }
            return -1;
        }
        int level = f.ec.nlocalsplus + h.depth();
        PyObject[] s = f.s;
        for (int i = level; i < f.sp; i++) {
            s[i] = null;
        }
        int sp = level;
        if (h.lasti()) {
            s[sp++] = PyInt.of(f.lasti);
        }
        s[sp++] = exc;
        f.sp = sp;
        f.ip = h.targetIndex();
        return h.targetIndex();
    }

    /** Sets {@code __context__} avoiding cycles (CPython 3.11: Python/errors.c _PyErr_SetObject). */
    static void setContext(PyBaseException exc, PyBaseException ctx) {
        PyBaseException o = ctx;
        // Floyd's cycle detection: a pre-existing cycle in the chain must not hang us
        PyBaseException slow = o;
        boolean slowUpdate = false;
        PyBaseException next;
        while ((next = o.context) != null) {
            if (next == exc) {
                o.context = null;
                break;
            }
            o = next;
            if (o == slow) {
                break;
            }
            if (slowUpdate) {
                slow = slow.context;
            }
            slowUpdate = !slowUpdate;
        }
        exc.context = ctx;
    }

    // ---------------------------------------------------------------- calls

    /** PRECALL: unpack a bound method into (func, self) when there is no method pair. */
    static void precall(PyObject[] s, int sp, int oparg) {
        boolean isMeth = s[sp - oparg - 2] != null;
        if (!isMeth) {
            PyObject callable = s[sp - oparg - 1];
            if (callable instanceof PyMethod) {
                s[sp - oparg - 2] = ((PyMethod) callable).func;
                s[sp - oparg - 1] = ((PyMethod) callable).self;
            }
        }
    }

    /**
     * CALL: either pushes the result (returns null) or returns the new frame of a Python function
     * (args popped from the caller; the result is pushed when it returns).
     */
    static Frame call(Interpreter in, Frame f, int oparg) {
        PyObject[] s = f.s;
        int sp = f.sp;
        boolean isMeth = s[sp - oparg - 2] != null;
        int nargs = oparg + (isMeth ? 1 : 0);
        PyObject callable = s[sp - nargs - 1];
        int argStart = sp - nargs;
        String[] kwnames = null;
        if (f.kwnames != null) {
            PyObject[] kn = ((PyTuple) f.kwnames).items;
            kwnames = new String[kn.length];
            for (int i = 0; i < kn.length; i++) {
                kwnames[i] = ((PyStr) kn[i]).value;
            }
            f.kwnames = null;
        }
        int base = sp - oparg - 2;
        if (callable instanceof PyFunction) {
            PyFunction fn = (PyFunction) callable;
            if ((fn.code.flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE
                    | CodeObject.CO_ASYNC_GENERATOR)) == 0) {
                Frame nf = Calls.newFrame(in, fn);
                Calls.bind(nf, fn, s, argStart, nargs, kwnames);
                for (int i = base; i < sp; i++) {
                    s[i] = null;
                }
                f.sp = base;
                return nf;
            }
            return callGenerator(in, f, fn, argStart, nargs, kwnames, base);
        }
        if (callable instanceof PyType) {
            Frame nf = initFrame(in, (PyType) callable, s, argStart, nargs, kwnames);
            if (nf != null) {
                for (int i = base; i < sp; i++) {
                    s[i] = null;
                }
                f.sp = base;
                return nf;
            }
        }
        PyObject[] args = Items.copyOfRange(s, argStart, sp);
        PyObject r;
        r = Abstract.call(callable, args, kwnames);
        for (int i = base; i < sp; i++) {
            s[i] = null;
        }
        s[base] = r;
        f.sp = base + 1;
        return null;
    }

    // CPython 3.11: Objects/call.c _PyObject_MakeTpCall, Objects/typeobject.c type_call and slot_tp_init
    /**
     * {@code cls(args)} for a class whose instance comes from object.__new__ and whose __init__ is
     * a Python function: allocates the instance and returns the bound __init__ frame for the loop
     * to push (null for any other class, which goes through {@link Abstract#call}). As in CPython
     * the class call is a counted recursive call and the __init__ frame another; the frame holds
     * the instance in {@link Frame#initSelf}, and {@link #initResult} (on return) or
     * {@link #unwind} (on an exception) gives the class call's count back.
     */
    private static Frame initFrame(Interpreter in, PyType t, PyObject[] s, int argStart, int nargs,
            String[] kwnames) {
        PyFunction init = TypeSetup.plainInit(t);
        if (init == null || Specialized.isGeneratorCode(init.code)) {
            return null;
        }
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded while calling a Python object");
        }
        try {
            PyObject obj = t.allocate();
            Frame nf = Calls.newFrame(in, init);
            // the class's stack slot takes the instance: self then the arguments
            s[argStart - 1] = obj;
            Calls.bind(nf, init, s, argStart - 1, nargs + 1, kwnames);
            if (in.depth >= in.recursionLimit) {
                throw recursionError(in);
            }
            nf.initSelf = obj;
            return nf;
        } catch (RuntimeException e) {
            in.depth--;
            throw e;
        }
    }

    /**
     * An {@code __init__} frame pushed by {@link #initFrame} returned {@code v} (the loop is back in
     * the caller): the instance, or TypeError when {@code v} is not None.
     */
    static PyObject initResult(Interpreter in, PyObject self, PyObject v) {
        in.depth--;
        if (v != PyNone.NONE) {
            throw Exc.typeError("__init__() should return None, not '" + Abstract.typeName(v) + "'");
        }
        return self;
    }

    /**
     * CALL of a generator (coroutine, async generator) function: pushes its new generator, from the
     * arguments in place (no argument array, no callFunction); a method of its own to keep {@link #call} small.
     */
    private static Frame callGenerator(Interpreter in, Frame f, PyFunction fn, int argStart, int nargs,
            String[] kwnames, int base) {
        PyObject[] s = f.s;
        int sp = f.sp;
        Frame gf = Calls.newFrame(in, fn);
        Calls.bind(gf, fn, s, argStart, nargs, kwnames);
        PyObject g = Calls.startGenerator(in, gf);
        for (int i = base; i < sp; i++) {
            s[i] = null;
        }
        s[base] = g;
        f.sp = base + 1;
        return null;
    }

    /**
     * A generator function's new frame run to its RETURN_GENERATOR without entering the eval loop, when
     * all before it is COPY_FREE_VARS and MAKE_CELL (they call no Python code and cannot fail): the
     * generator, or null for any other prologue (the loop runs that). The recursion check is the one
     * {@link EvalLoop#run} makes on entry (CPython 3.11: ceval.c start_frame).
     */
    static PyGenerator startGenerator(Interpreter in, Frame f) {
        char[] u = f.ec.units;
        int rg = f.ip;
        while (rg < u.length && (u[rg] & 0xff) != Op.RETURN_GENERATOR) {
            int op = u[rg] & 0xff;
            if (op != Op.COPY_FREE_VARS && op != Op.MAKE_CELL) {
                return null;
            }
            rg++;
        }
        if (rg == u.length) {
            return null;
        }
        if (in.depth >= in.recursionLimit) {
            throw recursionError(in);
        }
        PyObject[] s = f.s;
        for (int i = f.ip; i < rg; i++) {
            int oparg = u[i] >>> 8;
            if ((u[i] & 0xff) == Op.COPY_FREE_VARS) {
                Calls.copyFreeVars(f, oparg);
            } else {
                s[oparg] = new PyCell(s[oparg]);
            }
        }
        f.ip = rg + 1;
        f.lasti = rg;
        PyGenerator g = new PyGenerator(f);
        f.gen = g;
        return g;
    }

    static PyObject makeGenerator(Frame f) {
        PyGenerator g = new PyGenerator(f);
        f.gen = g;
        return g;
    }

    // ---------------------------------------------------------------- the cold instructions

    /** Executes a non-inline instruction; returns the new stack pointer. */
    static int execute(Interpreter in, Frame f, int op, int oparg) {
        PyObject[] s = f.s;
        int sp = f.sp;
        switch (op) {
            case Op.UNARY_POSITIVE:
                s[sp - 1] = Abstract.unary(s[sp - 1], "__pos__", "+");
                return sp;
            case Op.UNARY_NEGATIVE:
                s[sp - 1] = Abstract.unary(s[sp - 1], "__neg__", "-");
                return sp;
            case Op.UNARY_INVERT:
                s[sp - 1] = Abstract.unary(s[sp - 1], "__invert__", "~");
                return sp;
            case Op.UNARY_NOT:
                s[sp - 1] = PyBool.of(!Abstract.isTrue(s[sp - 1]));
                return sp;
            case Op.BINARY_SUBSCR:
                return binarySubscr(in, f, s, sp, op, oparg);
            case Op.STORE_SUBSCR:
                return storeSubscr(in, f, s, sp, op, oparg);
            case Op.DELETE_SUBSCR:
                Abstract.delItem(s[sp - 2], s[sp - 1]);
                clear(s, sp - 2, sp);
                return sp - 2;
            case Op.GET_ITER:
                s[sp - 1] = Abstract.iter(s[sp - 1]);
                return sp;
            case Op.GET_YIELD_FROM_ITER:
                s[sp - 1] = Coroutines.yieldFromIter(f, s[sp - 1]);
                return sp;
            case Op.BUILD_TUPLE:
                return buildTuple(in, f, s, sp, op, oparg);
            case Op.BUILD_LIST:
                return buildList(in, f, s, sp, op, oparg);
            case Op.BUILD_SET:
                return buildSet(in, f, s, sp, op, oparg);
            case Op.BUILD_MAP:
                return buildMap(in, f, s, sp, op, oparg);
            case Op.BUILD_CONST_KEY_MAP:
                return buildConstKeyMap(in, f, s, sp, op, oparg);
            case Op.BUILD_STRING:
                return buildString(in, f, s, sp, op, oparg);
            case Op.BUILD_SLICE:
                return buildSlice(in, f, s, sp, op, oparg);
            case Op.LIST_APPEND: {
                PyObject v = s[--sp];
                s[sp] = null;
                ((PyList) s[sp - oparg]).append(v);
                return sp;
            }
            case Op.SET_ADD: {
                PyObject v = s[--sp];
                s[sp] = null;
                ((PySet) s[sp - oparg]).add(v);
                return sp;
            }
            case Op.MAP_ADD:
                return mapAdd(in, f, s, sp, op, oparg);
            case Op.LIST_EXTEND:
                return listExtend(in, f, s, sp, op, oparg);
            case Op.SET_UPDATE:
                return setUpdate(in, f, s, sp, op, oparg);
            case Op.DICT_UPDATE:
            case Op.DICT_MERGE:
                return dictUpdateOrDictMerge(in, f, s, sp, op, oparg);
            case Op.LIST_TO_TUPLE:
                s[sp - 1] = new PyTuple(((PyList) s[sp - 1]).toArray());
                return sp;
            case Op.DELETE_FAST:
                if (s[oparg] == null) {
                    throw unboundLocal(f, oparg);
                }
                s[oparg] = null;
                return sp;
            case Op.LOAD_NAME:
                s[sp++] = loadName(f, f.ec.names[oparg]);
                return sp;
            case Op.STORE_NAME:
                return storeName(in, f, s, sp, op, oparg);
            case Op.DELETE_NAME:
                return deleteName(in, f, s, sp, op, oparg);
            case Op.LOAD_GLOBAL:
                return loadGlobalOp(in, f, s, sp, op, oparg);
            case Op.STORE_GLOBAL: {
                PyObject v = s[--sp];
                s[sp] = null;
                f.globals.setStr(f.ec.names[oparg], v);
                return sp;
            }
            case Op.DELETE_GLOBAL:
                if (!f.globals.delStr(f.ec.names[oparg])) {
                    throw Exc.nameError(f.ec.names[oparg]);
                }
                return sp;
            case Op.LOAD_ATTR:
                s[sp - 1] = Abstract.getAttr(s[sp - 1], f.ec.names[oparg]);
                f.ip += 4;
                return sp;
            case Op.LOAD_METHOD:
                sp = loadMethod(s, sp, f.ec.names[oparg]);
                f.ip += 10;
                return sp;
            case Op.STORE_ATTR:
                // ... v owner -> ...
                Abstract.setAttr(s[sp - 1], f.ec.names[oparg], s[sp - 2]);
                clear(s, sp - 2, sp);
                f.ip += 4;
                return sp - 2;
            case Op.DELETE_ATTR:
                Abstract.setAttr(s[sp - 1], f.ec.names[oparg], null);
                s[sp - 1] = null;
                return sp - 1;
            case Op.IS_OP: {
                boolean r = (s[sp - 2] == s[sp - 1]) != (oparg == 1);
                s[sp - 1] = null;
                s[sp - 2] = PyBool.of(r);
                return sp - 1;
            }
            case Op.CONTAINS_OP: {
                boolean r = Abstract.contains(s[sp - 1], s[sp - 2]) != (oparg == 1);
                s[sp - 1] = null;
                s[sp - 2] = PyBool.of(r);
                return sp - 1;
            }
            case Op.JUMP_IF_FALSE_OR_POP:
                if (!Abstract.isTrue(s[sp - 1])) {
                    f.ip += oparg;
                    return sp;
                }
                s[--sp] = null;
                return sp;
            case Op.JUMP_IF_TRUE_OR_POP:
                if (Abstract.isTrue(s[sp - 1])) {
                    f.ip += oparg;
                    return sp;
                }
                s[--sp] = null;
                return sp;
            case Op.MAKE_FUNCTION:
                return makeFunction(f, s, sp, oparg);
            case Op.MAKE_CELL: {
                PyObject init = s[oparg];
                s[oparg] = new PyCell(init);
                return sp;
            }
            case Op.COPY_FREE_VARS:
                Calls.copyFreeVars(f, oparg);
                return sp;
            case Op.LOAD_CLOSURE:
                s[sp++] = s[oparg];
                return sp;
            case Op.LOAD_DEREF:
                return loadDeref(in, f, s, sp, op, oparg);
            case Op.LOAD_CLASSDEREF:
                return loadClassderef(in, f, s, sp, op, oparg);
            case Op.STORE_DEREF:
                ((PyCell) s[oparg]).value = s[--sp];
                s[sp] = null;
                return sp;
            case Op.DELETE_DEREF:
                return deleteDeref(in, f, s, sp, op, oparg);
            case Op.UNPACK_SEQUENCE:
                f.ip += 1;
                return unpack(s, sp, oparg, -1);
            case Op.UNPACK_EX:
                return unpack(s, sp, oparg & 0xff, oparg >> 8);
            case Op.CALL_FUNCTION_EX:
                return callFunctionEx(in, f, s, sp, op, oparg);
            case Op.RAISE_VARARGS:
                throw raise(in, f, s, sp, oparg);
            case Op.RERAISE:
                return reraise(in, f, s, sp, op, oparg);
            case Op.PUSH_EXC_INFO:
                return pushExcInfo(in, f, s, sp, op, oparg);
            case Op.POP_EXCEPT: {
                PyObject v = s[--sp];
                s[sp] = null;
                in.excInfo.value = v == NONE ? null : v;
                return sp;
            }
            case Op.CHECK_EXC_MATCH: {
                PyObject type = s[sp - 1];
                checkExceptType(type, "catching classes that do not inherit from BaseException is not allowed");
                s[sp - 1] = PyBool.of(Abstract.isInstance(s[sp - 2], type));
                return sp;
            }
            case Op.LOAD_ASSERTION_ERROR:
                s[sp++] = Exc.AssertionError;
                return sp;
            case Op.LOAD_BUILD_CLASS:
                return loadBuildClass(in, f, s, sp, op, oparg);
            case Op.BEFORE_WITH:
                return beforeWith(in, f, s, sp, op, oparg);
            case Op.WITH_EXCEPT_START:
                return withExceptStart(in, f, s, sp, op, oparg);
            case Op.FORMAT_VALUE:
                return formatValue(in, f, s, sp, op, oparg);
            case Op.IMPORT_NAME:
                return importName(in, f, s, sp, op, oparg);
            case Op.IMPORT_FROM:
                s[sp] = Imports.importFrom(in, s[sp - 1], f.ec.names[oparg]);
                return sp + 1;
            case Op.IMPORT_STAR: {
                PyObject mod = s[--sp];
                s[sp] = null;
                Imports.importStar(f, mod);
                return sp;
            }
            case Op.SETUP_ANNOTATIONS:
                setupAnnotations(f);
                return sp;
            case Op.PRINT_EXPR:
                return printExpr(in, f, s, sp, op, oparg);
            case Op.SEND:
                return send(in, f, s, sp, oparg);
            case Op.GET_LEN:
                s[sp] = PyInt.of(Abstract.len(s[sp - 1]));
                return sp + 1;
            case Op.MATCH_MAPPING:
                s[sp] = PyBool.of(Matching.isMapping(s[sp - 1]));
                return sp + 1;
            case Op.MATCH_SEQUENCE:
                s[sp] = PyBool.of(Matching.isSequence(s[sp - 1]));
                return sp + 1;
            case Op.MATCH_KEYS:
                s[sp] = Matching.matchKeys(s[sp - 2], s[sp - 1]);
                return sp + 1;
            case Op.MATCH_CLASS:
                return matchClass(in, f, s, sp, op, oparg);
            case Op.CHECK_EG_MATCH:
                return checkEgMatch(in, s, sp);
            case Op.PREP_RERAISE_STAR:
                return prepReraiseStar(in, f, s, sp, op, oparg);
            case Op.GET_AWAITABLE:
                s[sp - 1] = Coroutines.getAwaitable(s[sp - 1], oparg);
                return sp;
            case Op.GET_AITER:
                s[sp - 1] = Coroutines.getAiter(s[sp - 1]);
                return sp;
            case Op.GET_ANEXT:
                // ... aiter -> ... aiter awaitable
                s[sp] = Coroutines.getAnext(s[sp - 1]);
                return sp + 1;
            case Op.END_ASYNC_FOR:
                return endAsyncFor(f, s, sp);
            case Op.BEFORE_ASYNC_WITH:
                return beforeAsyncWith(in, f, s, sp, op, oparg);
            case Op.ASYNC_GEN_WRAP:
                s[sp - 1] = new Coroutines.WrappedValue(s[sp - 1]);
                return sp;
            default:
                throw Exc.systemError("unknown opcode " + op);
        }
    }


    /** BUILD_SET (cold: its own compilation unit, not part of {@link #execute}). */
    private static int buildSet(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PySet set = new PySet(false);
        for (int i = sp - oparg; i < sp; i++) {
            set.add(s[i]);
        }
        clear(s, sp - oparg, sp);
        sp -= oparg;
        s[sp++] = set;
        return sp;
    }

    /** BUILD_MAP (cold: its own compilation unit, not part of {@link #execute}). */
    private static int buildMap(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyDict d = new PyDict(oparg);
        for (int i = sp - 2 * oparg; i < sp; i += 2) {
            d.setItem(s[i], s[i + 1]);
        }
        clear(s, sp - 2 * oparg, sp);
        sp -= 2 * oparg;
        s[sp++] = d;
        return sp;
    }

    /** BUILD_CONST_KEY_MAP (cold: its own compilation unit, not part of {@link #execute}). */
    private static int buildConstKeyMap(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject[] keys = ((PyTuple) s[sp - 1]).items;
        PyDict d = new PyDict(oparg);
        for (int i = 0; i < oparg; i++) {
            d.setItem(keys[i], s[sp - 1 - oparg + i]);
        }
        clear(s, sp - 1 - oparg, sp);
        sp -= oparg + 1;
        s[sp++] = d;
        return sp;
    }

    /** BUILD_STRING (cold: its own compilation unit, not part of {@link #execute}). */
    private static int buildString(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        StringBuilder sb = new StringBuilder();
        for (int i = sp - oparg; i < sp; i++) {
            sb.append(((PyStr) s[i]).value);
        }
        clear(s, sp - oparg, sp);
        sp -= oparg;
        s[sp++] = new PyStr(sb.toString());
        return sp;
    }

    /** BUILD_SLICE (cold: its own compilation unit, not part of {@link #execute}). */
    static int buildSlice(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject step = oparg == 3 ? s[--sp] : NONE;
        PyObject stop = s[--sp];
        PyObject start = s[sp - 1];
        s[sp] = null;
        s[sp + 1] = null;
        s[sp - 1] = new PySlice(start, stop, step);
        return sp;
    }

    /** LIST_EXTEND (cold: its own compilation unit, not part of {@link #execute}). */
    private static int listExtend(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject it = s[--sp];
        s[sp] = null;
        PyList l = (PyList) s[sp - oparg];
        try {
            for (PyObject x : Abstract.sequenceList(it)) {
                l.append(x);
            }
        } catch (PyException e) {
            if (e.matches(Exc.TypeError) && it.type().lookup("__iter__") == null
                    && it.type().lookup("__getitem__") == null) {
                throw Exc.typeError("Value after * must be an iterable, not " + Abstract.typeName(it));
            }
            throw e;
        }
        return sp;
    }

    /** SET_UPDATE (cold: its own compilation unit, not part of {@link #execute}). */
    private static int setUpdate(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject it = s[--sp];
        s[sp] = null;
        PySet set = (PySet) s[sp - oparg];
        PySet other = PySet.of(it);
        if (other != null) {
            set.table.merge(other.table, PySet.EQ);
            set.mutations++;
            return sp;
        }
        for (PyObject x : Abstract.toArray(it)) {
            set.add(x);
        }
        return sp;
    }

    /** STORE_NAME (cold: its own compilation unit, not part of {@link #execute}). */
    private static int storeName(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject v = s[--sp];
        s[sp] = null;
        if (f.locals == null) {
            throw Exc.systemError("no locals found when storing '" + f.ec.names[oparg] + "'");
        }
        if (f.locals instanceof PyDict && f.locals.type() == PyDict.TYPE) {
            ((PyDict) f.locals).setStr(f.ec.names[oparg], v);
        } else {
            Abstract.setItem(f.locals, new PyStr(f.ec.names[oparg]), v);
        }
        return sp;
    }

    /** DELETE_NAME (cold: its own compilation unit, not part of {@link #execute}). */
    private static int deleteName(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        String name = f.ec.names[oparg];
        try {
            Abstract.delItem(f.locals, new PyStr(name));
        } catch (PyException e) {
            if (e.matches(Exc.KeyError)) {
                throw Exc.nameError(name);
            }
            throw e;
        }
        return sp;
    }

    /** LOAD_GLOBAL (cold: its own compilation unit, not part of {@link #execute}). */
    private static int loadGlobalOp(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        String name = f.ec.names[oparg >> 1];
        if ((oparg & 1) != 0) {
            s[sp++] = null;
        }
        s[sp++] = loadGlobal(f, name);
        f.ip += 5;
        return sp;
    }

    /** LOAD_CLASSDEREF (cold: its own compilation unit, not part of {@link #execute}). */
    private static int loadClassderef(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        String name = ((PyStr) f.code.localsplusnames.get(oparg)).value;
        PyObject v = null;
        if (f.locals instanceof PyDict) {
            v = ((PyDict) f.locals).getStr(name);
        }
        if (v == null) {
            v = ((PyCell) s[oparg]).value;
            if (v == null) {
                throw unboundFree(f, oparg);
            }
        }
        s[sp++] = v;
        return sp;
    }

    /** CALL_FUNCTION_EX (cold: its own compilation unit, not part of {@link #execute}). */
    private static int callFunctionEx(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject kwargs = (oparg & 1) != 0 ? s[--sp] : null;
        PyObject callargs = s[--sp];
        PyObject func = s[sp - 1];
        s[sp] = null;
        s[sp + 1] = null;
        PyObject r = callEx(func, callargs, kwargs);
        s[sp - 1] = null;
        sp--;
        s[sp - 1] = r;
        return sp;
    }

    /** RERAISE (cold: its own compilation unit, not part of {@link #execute}). */
    private static int reraise(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject v = s[--sp];
        s[sp] = null;
        f.sp = sp;
        if (oparg != 0) {
            f.lasti = (int) ((PyInt) s[sp - oparg]).value;
        }
        PyException pe = new PyException((PyBaseException) v);
        pe.reraise = true;
        throw pe;
    }

    /** PUSH_EXC_INFO (cold: its own compilation unit, not part of {@link #execute}). */
    private static int pushExcInfo(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        // ... exc -> ... prev_exc exc
        PyObject v = s[sp - 1];
        PyObject prev = in.excInfo.value;
        s[sp - 1] = prev == null ? NONE : prev;
        s[sp++] = v;
        in.excInfo.value = v;
        return sp;
    }

    /** BEFORE_WITH (cold: its own compilation unit, not part of {@link #execute}). */
    private static int beforeWith(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject mgr = s[sp - 1];
        PyObject enter = mgr.type().lookup("__enter__");
        if (enter == null) {
            throw Exc.typeError("'" + Abstract.typeName(mgr) + "' object does not support the context manager"
                    + " protocol");
        }
        PyObject exit = mgr.type().lookup("__exit__");
        if (exit == null) {
            throw Exc.typeError("'" + Abstract.typeName(mgr) + "' object does not support the context manager"
                    + " protocol (missed __exit__ method)");
        }
        s[sp - 1] = Abstract.descrGet(exit, mgr, mgr.type());
        s[sp++] = Abstract.callMethodDescr(enter, mgr, new PyObject[0], null);
        return sp;
    }

    /** FORMAT_VALUE (cold: its own compilation unit, not part of {@link #execute}). */
    private static int formatValue(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject spec = (oparg & 4) != 0 ? s[--sp] : null;
        PyObject v = s[sp - 1];
        switch (oparg & 3) {
            case 1:
                v = Abstract.strObj(v);
                break;
            case 2:
                v = Abstract.reprObj(v);
                break;
            case 3:
                v = new PyStr(ascii(Abstract.repr(v)));
                break;
            default:
                break;
        }
        s[sp] = null;
        s[sp - 1] = StrFormat.Builtin.format(v, spec == null ? "" : ((PyStr) spec).value);
        return sp;
    }

    /** MATCH_CLASS (cold: its own compilation unit, not part of {@link #execute}). */
    private static int matchClass(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject names = s[--sp];
        PyObject type = s[--sp];
        s[sp] = null;
        s[sp + 1] = null;
        PyObject r = Matching.matchClass(s[sp - 1], type, oparg, (PyTuple) names);
        s[sp - 1] = r == null ? NONE : r;
        return sp;
    }
    /** SETUP_ANNOTATIONS (cold: its own compilation unit, not part of {@link #execute}). */
    private static void setupAnnotations(Frame f) {
        if (f.locals instanceof PyDict) {
            PyDict l = (PyDict) f.locals;
            if (l.getStr("__annotations__") == null) {
                l.setStr("__annotations__", new PyDict());
            }
        } else {
            try {
                Abstract.getItem(f.locals, new PyStr("__annotations__"));
            } catch (PyException e) {
                Abstract.setItem(f.locals, new PyStr("__annotations__"), new PyDict());
            }
        }
    }


    /** BINARY_SUBSCR (cold: its own compilation unit, not part of {@link #execute}). */
    static int binarySubscr(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject sub = s[--sp];
        s[sp] = null;
        s[sp - 1] = Abstract.getItem(s[sp - 1], sub);
        f.ip += 4;
        return sp;
    }

    /** STORE_SUBSCR (cold: its own compilation unit, not part of {@link #execute}). */
    static int storeSubscr(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        // ... v container sub -> ...
        Abstract.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
        clear(s, sp - 3, sp);
        f.ip += 1;
        return sp - 3;
    }

    /** BUILD_TUPLE (cold: its own compilation unit, not part of {@link #execute}). */
    static int buildTuple(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject[] items = Items.copyOfRange(s, sp - oparg, sp);
        clear(s, sp - oparg, sp);
        sp -= oparg;
        s[sp++] = oparg == 0 ? PyTuple.EMPTY : new PyTuple(items);
        return sp;
    }

    /** BUILD_LIST (cold: its own compilation unit, not part of {@link #execute}). */
    static int buildList(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject[] items = Items.copyOfRange(s, sp - oparg, sp);
        clear(s, sp - oparg, sp);
        sp -= oparg;
        s[sp++] = new PyList(items);
        return sp;
    }

    /** MAP_ADD (cold: its own compilation unit, not part of {@link #execute}). */
    private static int mapAdd(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject v = s[--sp];
        PyObject k = s[--sp];
        s[sp] = null;
        s[sp + 1] = null;
        ((PyDict) s[sp - oparg]).setItem(k, v);
        return sp;
    }

    /** DICT_UPDATE, DICT_MERGE (cold: its own compilation unit, not part of {@link #execute}). */
    private static int dictUpdateOrDictMerge(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject other = s[--sp];
        s[sp] = null;
        PyDict d = (PyDict) s[sp - oparg];
        dictMerge(d, other, op == Op.DICT_MERGE, op == Op.DICT_MERGE ? s[sp - oparg - 2] : null);
        return sp;
    }

    /** LOAD_DEREF (cold: its own compilation unit, not part of {@link #execute}). */
    static int loadDeref(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject v = ((PyCell) s[oparg]).value;
        if (v == null) {
            throw unboundFree(f, oparg);
        }
        s[sp++] = v;
        return sp;
    }

    /** DELETE_DEREF (cold: its own compilation unit, not part of {@link #execute}). */
    private static int deleteDeref(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyCell c = (PyCell) s[oparg];
        if (c.value == null) {
            throw unboundFree(f, oparg);
        }
        c.value = null;
        return sp;
    }

    /** LOAD_BUILD_CLASS (cold: its own compilation unit, not part of {@link #execute}). */
    private static int loadBuildClass(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject bc = f.builtins.getStr("__build_class__");
        if (bc == null) {
            throw Exc.raise(Exc.NameError, "__build_class__ not found");
        }
        s[sp++] = bc;
        return sp;
    }

    /** WITH_EXCEPT_START (cold: its own compilation unit, not part of {@link #execute}). */
    private static int withExceptStart(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        // exit_func lasti prev_exc exc -> ... res
        PyBaseException val = (PyBaseException) s[sp - 1];
        PyObject exit = s[sp - 4];
        PyObject tb = val.traceback == null ? NONE : val.traceback;
        s[sp++] = Abstract.call(exit, new PyObject[] {val.type(), val, tb}, null);
        return sp;
    }

    /** IMPORT_NAME (cold: its own compilation unit, not part of {@link #execute}). */
    private static int importName(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject fromlist = s[--sp];
        PyObject level = s[sp - 1];
        s[sp] = null;
        s[sp - 1] = Imports.importName(in, f, f.ec.names[oparg], fromlist, level);
        return sp;
    }

    /** PRINT_EXPR (cold: its own compilation unit, not part of {@link #execute}). */
    private static int printExpr(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        PyObject v = s[--sp];
        s[sp] = null;
        PyObject hook = Abstract.getAttr(in.sys, "displayhook");
        Abstract.call(hook, v);
        return sp;
    }

    /** PREP_RERAISE_STAR (cold: its own compilation unit, not part of {@link #execute}). */
    private static int prepReraiseStar(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        // ... orig excs -> ... val
        PyObject excs = s[--sp];
        PyObject orig = s[sp - 1];
        s[sp] = null;
        s[sp - 1] = ExceptionGroups.prepReraiseStar(orig, (PyList) excs);
        return sp;
    }

    /** BEFORE_ASYNC_WITH (cold: its own compilation unit, not part of {@link #execute}). */
    private static int beforeAsyncWith(Interpreter in, Frame f, PyObject[] s, int sp, int op, int oparg) {
        // ... mgr -> ... __aexit__ __aenter__()
        PyObject[] r = Coroutines.beforeAsyncWith(s[sp - 1]);
        s[sp - 1] = r[0];
        s[sp] = r[1];
        return sp + 1;
    }
    static void clear(PyObject[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            s[i] = null;
        }
    }

    static String ascii(String r) {
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

    static PyObject loadName(Frame f, String name) {
        PyObject v = null;
        if (f.locals != null) {
            if (f.locals instanceof PyDict && f.locals.type() == PyDict.TYPE) {
                v = ((PyDict) f.locals).getStr(name);
            } else {
                try {
                    v = Abstract.getItem(f.locals, new PyStr(name));
                } catch (PyException e) {
                    if (!e.matches(Exc.KeyError)) {
                        throw e;
                    }
                }
            }
        }
        if (v == null) {
            v = f.globals.getStr(name);
        }
        if (v == null) {
            v = f.builtins.getStr(name);
        }
        if (v == null) {
            throw Exc.nameError(name);
        }
        return v;
    }

    static PyObject loadGlobal(Frame f, String name) {
        PyObject v = f.globals.getStr(name);
        if (v == null) {
            v = f.builtins.getStr(name);
            if (v == null) {
                throw Exc.nameError(name);
            }
        }
        return v;
    }

    /** LOAD_METHOD: pushes (meth, self) for a method found on the type, else (NULL, attr). */
    static int loadMethod(PyObject[] s, int sp, String name) {
        PyObject obj = s[sp - 1];
        PyType t = obj.type();
        if (!t.isHeapType() || !(obj instanceof PyType)) {
            if (!(obj instanceof PyType) && !(obj instanceof PyModule) && !customGetattribute(t)) {
                PyObject descr = t.lookup(name);
                if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
                    PyObject inst = instanceAttr(obj, name);
                    if (inst == null) {
                        s[sp - 1] = descr;
                        s[sp] = obj;
                        return sp + 1;
                    }
                    s[sp - 1] = null;
                    s[sp] = inst;
                    return sp + 1;
                }
            }
        }
        s[sp - 1] = null;
        s[sp] = Abstract.getAttr(obj, name);
        return sp + 1;
    }

    private static boolean customGetattribute(PyType t) {
        return t.hasCustomGetattribute();
    }

    private static PyObject instanceAttr(PyObject obj, String name) {
        if (obj instanceof dev.quicken.runtime.PyInstance) {
            return ((dev.quicken.runtime.PyInstance) obj).getInstanceAttr(name);
        }
        // never creates the dict (a dict made on a read would keep LOAD_METHOD_WITH_VALUES from specializing)
        return Abstract.instanceAttr(obj, name);
    }

    static int makeFunction(Frame f, PyObject[] s, int sp, int oparg) {
        CodeObject code = (CodeObject) s[--sp];
        s[sp] = null;
        PyFunction fn = new PyFunction(code, f.globals, f.builtins);
        if ((oparg & 8) != 0) {
            fn.closure = (PyTuple) s[--sp];
            s[sp] = null;
        }
        if ((oparg & 4) != 0) {
            fn.annotations = s[--sp];
            s[sp] = null;
        }
        if ((oparg & 2) != 0) {
            fn.kwdefaults = (PyDict) s[--sp];
            s[sp] = null;
        }
        if ((oparg & 1) != 0) {
            fn.defaults = (PyTuple) s[--sp];
            s[sp] = null;
        }
        s[sp++] = fn;
        return sp;
    }

    /** UNPACK_SEQUENCE (after = -1) and UNPACK_EX (before, after). */
    static int unpack(PyObject[] s, int sp, int before, int after) {
        PyObject seq = s[--sp];
        s[sp] = null;
        PyObject[] items;
        if (seq.getClass() == PyTuple.class) { // exact: a subclass may define __iter__
            items = ((PyTuple) seq).items;
        } else if (seq instanceof PyList && seq.type() == PyList.TYPE) {
            items = ((PyList) seq).toArray();
        } else {
            PyObject it;
            try {
                it = Abstract.iter(seq);
            } catch (PyException e) {
                if (e.matches(Exc.TypeError) && seq.type().lookup("__iter__") == null) {
                    throw Exc.typeError("cannot unpack non-iterable " + Abstract.typeName(seq) + " object");
                }
                throw e;
            }
            List<PyObject> l = new ArrayList<>();
            int limit = after < 0 ? before + 1 : Integer.MAX_VALUE;
            for (PyObject x = Abstract.next(it); x != null; x = l.size() + 1 >= limit ? null : Abstract.next(it)) {
                l.add(x);
                if (after < 0 && l.size() > before) {
                    break;
                }
            }
            items = l.toArray(new PyObject[0]);
        }
        if (after < 0) {
            if (items.length != before) {
                if (items.length < before) {
                    throw Exc.valueError("not enough values to unpack (expected " + before + ", got " + items.length
                            + ")");
                }
                throw Exc.valueError("too many values to unpack (expected " + before + ")");
            }
            for (int i = 0; i < before; i++) {
                s[sp + before - 1 - i] = items[i];
            }
            return sp + before;
        }
        if (items.length < before + after) {
            throw Exc.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + items.length + ")");
        }
        int total = before + 1 + after;
        int top = sp + total;
        int k = top - 1;
        for (int i = 0; i < before; i++) {
            s[k--] = items[i];
        }
        s[k--] = new PyList(Items.copyOfRange(items, before, items.length - after));
        for (int i = items.length - after; i < items.length; i++) {
            s[k--] = items[i];
        }
        return top;
    }

    static void dictMerge(PyDict d, PyObject other, boolean merge, PyObject func) {
        if (!(other instanceof PyDict) && Abstract.lookupAttr(other, "keys") == null) {
            if (merge) {
                throw Exc.typeError(funcName(func) + " argument after ** must be a mapping, not "
                        + Abstract.typeName(other));
            }
            throw Exc.typeError("'" + Abstract.typeName(other) + "' object is not a mapping");
        }
        if (other instanceof PyDict && ((PyDict) other).type() == PyDict.TYPE) {
            d.mergeFrom((PyDict) other, !merge ? null : k -> {
                throw Exc.typeError(funcName(func) + " got multiple values for keyword argument '" + Abstract.str(k)
                        + "'");
            });
            return;
        }
        PyObject[] keys = other instanceof PyDict ? ((PyDict) other).keysArray()
                : Abstract.toArray(Abstract.callMethod(other, "keys"));
        for (PyObject k : keys) {
            if (merge && d.getItem(k) != null) {
                throw Exc.typeError(funcName(func) + " got multiple values for keyword argument '" + Abstract.str(k)
                        + "'");
            }
            d.setItem(k, Abstract.getItem(other, k));
        }
    }

    /** CPython 3.11: Objects/object.c _PyObject_FunctionStr ("module.qualname()" unless builtins). */
    static String funcName(PyObject func) {
        PyObject qualname = Abstract.lookupAttr(func, "__qualname__");
        if (qualname == null) {
            return Abstract.str(func);
        }
        PyObject module = Abstract.lookupAttr(func, "__module__");
        if (module != null && module != PyNone.NONE
                && !(module instanceof PyStr && ((PyStr) module).value.equals("builtins"))) {
            return Abstract.str(module) + "." + Abstract.str(qualname) + "()";
        }
        return Abstract.str(qualname) + "()";
    }

    static PyObject callEx(PyObject func, PyObject callargs, PyObject kwargs) {
        PyObject[] pos;
        if (callargs instanceof PyTuple) {
            pos = ((PyTuple) callargs).items;
        } else {
            if (callargs.type().lookup("__iter__") == null && callargs.type().lookup("__getitem__") == null) {
                throw Exc.typeError(funcName(func) + " argument after * must be an iterable, not "
                        + Abstract.typeName(callargs));
            }
            pos = Abstract.toArray(callargs);
        }
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            return Abstract.call(func, pos, null);
        }
        PyDict kw = (PyDict) kwargs;
        PyObject[] keys = kw.keysArray();
        PyObject[] args = Items.copyOf(pos, pos.length + keys.length);
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (!(keys[i] instanceof PyStr)) {
                throw Exc.typeError("keywords must be strings");
            }
            names[i] = ((PyStr) keys[i]).value;
            args[pos.length + i] = kw.getItem(keys[i]);
        }
        return Abstract.call(func, args, names);
    }

    static void checkExceptType(PyObject type, String msg) {
        if (type instanceof PyTuple) {
            for (PyObject t : ((PyTuple) type).items) {
                checkExceptType(t, msg);
            }
            return;
        }
        if (!(type instanceof PyType) || !((PyType) type).isSubtypeOf(Exc.BaseException)) {
            throw Exc.typeError(msg);
        }
    }

    /** RAISE_VARARGS (CPython 3.11: ceval.c do_raise). */
    static PyException raise(Interpreter in, Frame f, PyObject[] s, int sp, int oparg) {
        PyObject cause = null;
        PyObject exc = null;
        if (oparg == 2) {
            cause = s[--sp];
        }
        if (oparg >= 1) {
            exc = s[--sp];
        }
        clear(s, sp, sp + oparg);
        f.sp = sp;
        if (oparg == 0) {
            PyBaseException h = in.handledException();
            if (h == null) {
                throw Exc.runtimeError("No active exception to reraise");
            }
            PyException pe = new PyException(h);
            pe.reraise = true;
            return pe;
        }
        PyBaseException value = toException(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == NONE) {
                value.cause = null;
            } else {
                value.cause = toException(cause, "exception causes must derive from BaseException");
            }
            value.suppressContext = true;
        }
        PyBaseException handled = in.handledException();
        if (handled != null && handled != value) {
            setContext(value, handled);
        }
        return new PyException(value);
    }

    static PyBaseException toException(PyObject exc, String msg) {
        if (exc instanceof PyType && ((PyType) exc).isSubtypeOf(Exc.BaseException)) {
            PyObject v = Abstract.call(exc);
            if (!(v instanceof PyBaseException)) {
                throw Exc.typeError("calling " + Abstract.repr(exc) + " should have returned an instance of "
                        + "BaseException, not " + Abstract.typeName(v));
            }
            return (PyBaseException) v;
        }
        if (exc instanceof PyBaseException) {
            return (PyBaseException) exc;
        }
        throw Exc.typeError(msg);
    }

    /**
     * CHECK_EG_MATCH (CPython 3.11: ceval.c): {@code ... exc type -> ... exc None} when nothing
     * matches, else {@code ... rest match} with the match as the handled exception.
     */
    static int checkEgMatch(Interpreter in, PyObject[] s, int sp) {
        PyObject matchType = s[--sp];
        s[sp] = null;
        checkExceptType(matchType, "catching classes that do not inherit from BaseException is not allowed");
        ExceptionGroups.checkExceptStarType(matchType);
        PyObject[] r = ExceptionGroups.match(s[sp - 1], matchType);
        if (r[0] == NONE) {
            s[sp++] = NONE;
            return sp;
        }
        s[sp - 1] = r[1];
        s[sp++] = r[0];
        in.excInfo.value = r[0];
        return sp;
    }

    /** END_ASYNC_FOR: {@code ... aiter exc -> ...} on StopAsyncIteration, else re-raises exc. */
    static int endAsyncFor(Frame f, PyObject[] s, int sp) {
        PyObject v = s[--sp];
        s[sp] = null;
        if (v.type().isSubtypeOf(Exc.StopAsyncIteration)) {
            s[--sp] = null;
            return sp;
        }
        f.sp = sp;
        PyException pe = new PyException((PyBaseException) v);
        pe.reraise = true;
        throw pe;
    }

    /** SEND (CPython 3.11: ceval.c TARGET(SEND)). */
    static int send(Interpreter in, Frame f, PyObject[] s, int sp, int oparg) {
        PyObject v = s[--sp];
        s[sp] = null;
        PyObject receiver = s[sp - 1];
        PyObject retval;
        if (receiver.getClass() == PyGenerator.class) {
            // yield from / await of a generator or coroutine: the commonest receiver first
            PyGenerator g = (PyGenerator) receiver;
            retval = g.sendOrNull(v);
            if (retval == null) {
                s[sp - 1] = g.returnValue();
                f.ip += oparg;
                return sp;
            }
        } else if (receiver instanceof Coroutines.JavaAwaitable) {
            try {
                retval = ((Coroutines.JavaAwaitable) receiver).send(v);
            } catch (PyException e) {
                if (e.matches(Exc.StopIteration)) {
                    PyObject val = e.value.member("value");
                    s[sp - 1] = val == null ? NONE : val;
                    f.ip += oparg;
                    return sp;
                }
                throw e;
            }
        } else {
            try {
                if (v == NONE && !(receiver instanceof dev.quicken.runtime.PyIter)
                        && receiver.type().lookup("__next__") != null) {
                    // a Python iterator: its StopIteration carries the result
                    retval = Abstract.callSpecial(receiver, "__next__");
                } else if (v == NONE) {
                    retval = Abstract.next(receiver);
                    if (retval == null) {
                        s[sp - 1] = NONE;
                        f.ip += oparg;
                        return sp;
                    }
                } else {
                    retval = Abstract.callMethod(receiver, "send", v);
                }
            } catch (PyException e) {
                if (e.matches(Exc.StopIteration)) {
                    PyObject val = e.value.member("value");
                    s[sp - 1] = val == null ? NONE : val;
                    f.ip += oparg;
                    return sp;
                }
                throw e;
            }
        }
        s[sp++] = retval;
        return sp;
    }

}
