package dev.quicken.eval;

import dev.quicken.builtins.BuiltinsModule;
import dev.quicken.builtins.SysModule;
import dev.quicken.code.CodeObject;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.TypeSetup;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Python interpreter: its modules, builtins, {@code sys}, recursion limit, and its executable
 * copies of code objects. An interpreter is single-threaded (like CPython under its GIL); several
 * interpreters may run on different Java threads at once, sharing only immutable state.
 * It also holds the thread state of the thread running it (current frame, depth, handled exception).
 */
public final class Interpreter {

    private static final AtomicInteger IDS = new AtomicInteger(1);
    private static final ThreadLocal<Interpreter> CURRENT = new ThreadLocal<>();
    /**
     * The last thread that asked for its interpreter and the answer, so that the common case (one
     * thread running Python) reads a field instead of the thread-local map. Only the thread named in
     * it publishes or clears an entry about itself, so a stale entry is never right for another thread.
     */
    private static volatile CurrentCache lastCurrent;

    private static final class CurrentCache {
        final Thread thread;
        final Interpreter interp;

        CurrentCache(Thread thread, Interpreter interp) {
            this.thread = thread;
            this.interp = interp;
        }
    }

    public final int id = IDS.getAndIncrement();
    public final PyDict modules = new PyDict();
    public final PyModule builtinsModule;
    public final PyDict builtins;
    public final PyModule sys;
    public int recursionLimit = 1000;
    /**
     * Whether code objects are quickened after warm-up (PEP 659). Off with
     * {@code quicken --no-specialize} or the system property {@code quicken.specialize=false}.
     */
    public boolean specialize = !"false".equals(System.getProperty("quicken.specialize"));
    /**
     * Calls of a function after which it runs as a JVM method of its own ({@link Jit}); 0 turns the
     * function compiler off ({@code quicken --no-jit}, {@code -Dquicken.jit=false}; the default is
     * {@code -Dquicken.jit.threshold=N} or 20).
     */
    public int jitThreshold = Jit.thresholdSetting();
    /**
     * Backward jumps taken in the loop in one code object after which its running frame moves to
     * its compiled code ({@code -Dquicken.jit.osr=N}).
     */
    public int jitOsr = Jit.OSR_AT;
    /** CPython 3.11 callable_cache: {@code len} and {@code isinstance} as at interpreter start. */
    PyObject callableLen;
    PyObject callableIsinstance;
    /**
     * Test-only ground-truth counting of specialization events, or null (off). On from the start
     * (so events of the interpreter's own start-up code count too) with the system property
     * {@code quicken.groundTruth=true}; never counts in a JVM started without that property
     * ({@link GroundTruth#ALLOWED}).
     */
    public GroundTruth groundTruth = Boolean.getBoolean("quicken.groundTruth") ? new GroundTruth() : null;
    private final IdentityHashMap<CodeObject, ExecCode> execCodes = new IdentityHashMap<>();
    /** What file descriptor 0 reads ({@code sys.stdin}, {@code input()}, {@code os.read(0, n)}); the process's stdin by default. */
    public java.io.InputStream stdin = System.in;
    /** Directories searched by import (sys.path stand-in for files next to the main program). */
    public final List<Path> searchPath = new ArrayList<>();

    // ---- thread state
    /** The innermost running frame. */
    Frame current;
    /** Python frames on the stack (for the recursion limit). */
    int depth;
    /** The exception-info chain (CPython's tstate->exc_info). */
    ExcInfo excInfo = new ExcInfo(null);

    /** The handled-exception stack item (per generator, chained). */
    static final class ExcInfo {
        PyObject value;
        ExcInfo previous;

        ExcInfo(ExcInfo previous) {
            this.previous = previous;
        }
    }

    public Interpreter(OutputStream out, OutputStream err, String[] argv) {
        TypeSetup.init();
        EvalSupport.registerTypes();
        PyDict bd = new PyDict();
        this.builtinsModule = new PyModule("builtins", bd);
        this.builtins = bd;
        BuiltinsModule.fill(this, bd);
        this.sys = SysModule.create(this, out, err, argv);
        modules.setStr("builtins", builtinsModule);
        modules.setStr("sys", sys);
        BuiltinsOrder.apply(bd);
        callableLen = bd.getStr("len");
        callableIsinstance = bd.getStr("isinstance");
        dev.quicken.modules.ImportSystem.initSys(this);
    }

    /**
     * A C-level call that counts toward the recursion limit, as CPython 3.11's
     * {@code _Py_EnterRecursiveCallTstate(tstate, where)}: raises RecursionError "maximum recursion
     * depth exceeded" + {@code where} when the limit is passed. Returns the interpreter to hand to
     * {@link #leaveRecursiveCall} (null when none runs on this thread).
     */
    public static Interpreter enterRecursiveCall(String where) {
        Interpreter in = current();
        if (in != null && ++in.depth > in.recursionLimit) {
            in.depth--;
            throw dev.quicken.runtime.Exc.raise(dev.quicken.runtime.Exc.RecursionError,
                    "maximum recursion depth exceeded" + where);
        }
        return in;
    }

    /** CPython 3.11: _Py_LeaveRecursiveCallTstate. */
    public static void leaveRecursiveCall(Interpreter in) {
        if (in != null) {
            in.depth--;
        }
    }

    /** What file descriptor 0 reads for the interpreter on this thread (the process's stdin if none). */
    public static java.io.InputStream currentStdin() {
        Interpreter in = CURRENT.get();
        return in != null ? in.stdin : System.in;
    }

    /** The interpreter running on this thread, or null. */
    public static Interpreter current() {
        CurrentCache c = lastCurrent;
        Thread t = Thread.currentThread();
        if (c != null && c.thread == t) {
            return c.interp;
        }
        Interpreter in = CURRENT.get();
        lastCurrent = new CurrentCache(t, in);
        return in;
    }

    /** Makes this interpreter current on this thread; returns the previous one (restore with {@link #exit}). */
    public Interpreter enter() {
        Interpreter prev = CURRENT.get();
        CURRENT.set(this);
        lastCurrent = null;
        return prev;
    }

    public static void exit(Interpreter prev) {
        CURRENT.set(prev);
        lastCurrent = null;
    }

    /** This interpreter's executable copy of {@code code}. */
    public ExecCode execCode(CodeObject code) {
        ExecCode ec = execCodes.get(code);
        if (ec == null) {
            ec = new ExecCode(code, this);
            execCodes.put(code, ec);
        }
        return ec;
    }

    /** This interpreter's executable copy of {@code code} if it has made one, else null. */
    public ExecCode existingExecCode(CodeObject code) {
        return execCodes.get(code);
    }

    /** The recursion depth: Python frames and guarded native calls running now. */
    public int depth() {
        return depth;
    }

    /** The innermost running Python frame, or null. */
    public Frame currentFrame() {
        return current;
    }

    /** {@code sys.exc_info()[1]}: the exception being handled, or null. */
    public PyBaseException handledException() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.value instanceof PyBaseException) {
                return (PyBaseException) e.value;
            }
        }
        return null;
    }
}
