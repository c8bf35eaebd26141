package dev.quicken.eval;

import static dev.quicken.eval.JitAsm.ALOAD;
import static dev.quicken.eval.JitAsm.ARETURN;
import static dev.quicken.eval.JitAsm.ASTORE;
import static dev.quicken.eval.JitAsm.ATHROW;
import static dev.quicken.eval.JitAsm.GETFIELD;
import static dev.quicken.eval.JitAsm.GOTO;
import static dev.quicken.eval.JitAsm.IFEQ;
import static dev.quicken.eval.JitAsm.IFLT;
import static dev.quicken.eval.JitAsm.IFNE;
import static dev.quicken.eval.JitAsm.IF_ICMPEQ;
import static dev.quicken.eval.JitAsm.ILOAD;
import static dev.quicken.eval.JitAsm.ISTORE;

import dev.quicken.code.ExceptionTable;
import dev.quicken.compiler.codegen.Flow;
import dev.quicken.opcode.Op;
import dev.quicken.opcode.Opcode;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyObject;
import java.lang.invoke.MethodHandles;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The function compiler: a hot function's code becomes a JVM method of its own (a hidden class,
 * {@link JitCode}), one block of bytecode per instruction, in the instruction order of the code
 * object. The value stack stays in the frame's array, at stack depths known when compiling, so the
 * method needs no instruction pointer, stack pointer or dispatch loop, and HotSpot profiles and
 * compiles each function on its own.
 *
 * <p>Quickening is unchanged: the method runs the same quickened units as {@link EvalLoop}. At an
 * instruction of a specializing family it reads the unit's current opcode and switches to that
 * form (adaptive, one of the specialized forms, or the base instruction), with the same guards,
 * counters, misses, deoptimizations and probes as the loop ({@link JitOps}). The adaptive
 * disassembly after a run is the same with or without this compiler.
 *
 * <p>A compiled frame is entered at its first instruction, by a call, or at the head of a hot loop
 * by a frame that was running in {@link EvalLoop} ({@link #osr}). A Python call from compiled code
 * is a Java call (deeper than {@link #MAX_NEST} frames, callees run in the loop, which pushes frames
 * without Java recursion).
 *
 * <p>Generators, coroutines and async generators compile too: RETURN_GENERATOR and YIELD_VALUE
 * return from the method with the frame's state saved as the loop saves it, and a resumed frame
 * ({@link #resume}) enters the method again at its resume point (after the RETURN_GENERATOR or
 * the YIELD_VALUE, or after a SEND loop), or, for a generator's throw(), at the handler found from
 * the suspended instruction.
 */
final class Jit {

    private Jit() {
    }

    /**
     * Calls of a function before it is compiled, for a new interpreter: {@code -Dquicken.jit.threshold}
     * (20), or 0 (never) with {@code -Dquicken.jit=false} ({@code quicken --no-jit}).
     */
    static int thresholdSetting() {
        return "false".equals(System.getProperty("quicken.jit")) ? 0 : Integer.getInteger("quicken.jit.threshold", 20);
    }
    /** Python frames deeper than this run callees in the loop rather than as Java calls. */
    static final int MAX_NEST = Integer.getInteger("quicken.jit.nest", 200);
    /** Bytecode size of a compiled method: well under HotSpot's 8,000-byte limit for compiling it. */
    static final int MAX_BYTES = 7600;
    private static final boolean DEBUG = Boolean.getBoolean("quicken.jit.debug");
    /** A directory to write each compiled class file into ({@code -Dquicken.jit.dump}), for javap. */
    private static final String DUMP = System.getProperty("quicken.jit.dump");

    // ---- runtime ------------------------------------------------------------------------------

    /** Backward jumps in one code object before its frame moves from the loop to compiled code ({@code -Dquicken.jit.osr}). */
    static final int OSR_AT = Integer.getInteger("quicken.jit.osr", 100);
    /** The loop's pseudo-opcode for that move (no opcode of 3.11 has this number). */
    static final int OSR = 250;

    /** Counts a call of {@code ec}'s function and compiles it at the threshold; the compiled code or null. */
    static JitCode tick(ExecCode ec) {
        int t = ec.interp.jitThreshold;
        if (++ec.calls < t || t <= 0) {
            return null;
        }
        return compileNow(ec);
    }

    private static JitCode compileNow(ExecCode ec) {
        if (ec.warmup != 0 && ec.generator) {
            return null; // a generator's resume points skip its RESUME: compiled once warmed up (quickened)
        }
        // Code not warmed up yet (a loop in a function called fewer than 8 times: 3.11 counts its
        // warm-up at RESUME and JUMP_BACKWARD only, not at a while loop's POP_JUMP_BACKWARD_IF_*)
        // compiles too: its base instructions run through the loop's cases, its RESUME and
        // JUMP_BACKWARD count the warm-up as the loop does, and once it is quickened it is
        // compiled again with the specialized forms inline (quickened, below).
        JitCode c = compile(ec);
        if (c == null) {
            ec.calls = Integer.MIN_VALUE;
        } else {
            compiled++;
        }
        ec.jit = c;
        return c;
    }

    /** Out-of-line form executions in one code object before it is compiled again ({@code -Dquicken.jit.stale}; tests lower it). */
    static int staleLimit = Integer.getInteger("quicken.jit.stale", 10000);
    /** Recompiles of one code object at most. */
    static final int MAX_RECOMPILES = 2;

    /**
     * {@code ec}'s compiled code keeps running specialized forms out of line (its sites were
     * adaptive when it was compiled, or have been re-specialized since): compile it again, with the
     * forms its units hold now inline. Frames running the old code finish there; calls from now on
     * take the new code.
     */
    static void stale(ExecCode ec) {
        if (ec.jit == null || ec.jitRecompiles >= MAX_RECOMPILES && !ec.jit.unquickened) {
            return;
        }
        if (!ec.jit.unquickened && !ec.jit.newForms(ec.units)) {
            // the forms run out of line are the ones compiled inline (sites that deoptimized and
            // specialized again the same way, or whose guards miss): compiling again would make
            // the same code
            ec.jitStale = 0;
            return;
        }
        JitCode c = compile(ec);
        if (c != null) {
            if (!ec.jit.unquickened) {
                ec.jitRecompiles++; // the compile after quickening is not one of the recompiles
            }
            ec.jitStale = 0;
            compiled++;
            recompiled++;
            ec.jit = c;
        }
    }

    /** Out-of-line form executions, after quickening, before code compiled unquickened is compiled again. */
    static final int QUICKENED_STALE = 500;

    /**
     * {@code ec} was just quickened (Quickener): if it was compiled before, without its specialized
     * forms, it is compiled again once {@link #QUICKENED_STALE} forms have run out of line (its sites
     * specialize over their first executions).
     */
    static void quickened(ExecCode ec) {
        if (ec.jit != null && ec.jit.unquickened) {
            ec.jitStale = Math.max(0, staleLimit - QUICKENED_STALE);
        }
    }

    /**
     * A loop in frame {@code f} is hot: runs the rest of the frame in compiled code from the loop
     * head at {@code ip} and returns the frame's result, or returns null (the loop goes on).
     */
    static PyObject osr(Interpreter in, Frame f, int ip, int sp) {
        ExecCode ec = f.ec;
        JitCode c = ec.jit;
        if (c == null) {
            if (ec.interp.jitThreshold <= 0 || ec.calls < 0) {
                return null;
            }
            if ((c = compileNow(ec)) == null) {
                if (ec.calls >= 0) {
                    ec.osrCountdown = ec.interp.jitOsr; // not warmed up yet: again later
                }
                return null;
            }
        }
        if (ip >= c.spAt.length || c.spAt[ip] != sp || !c.isEntry(ip)) {
            return null;
        }
        f.ip = ip;
        f.sp = sp;
        f.jit = c;
        osrEntries++;
        try {
            return c.body(in, f);
        } catch (RuntimeException e) {
            f.jitUnwound = true;
            throw e;
        }
    }

    /** A frame pushed by a call in the loop: runs it compiled and returns its result, or null when it is not compiled. */
    static PyObject call(Interpreter in, Frame nf) {
        JitCode c = codeFor(in, nf);
        if (c == null) {
            return null;
        }
        nf.entry = true;
        return run(in, nf, c);
    }

    /** A frame pushed by a call in compiled code: runs it (compiled or in the loop) and returns its result. */
    static PyObject runCallee(Interpreter in, Frame nf) {
        nf.entry = true;
        JitCode c = codeFor(in, nf);
        return c != null ? run(in, nf, c) : EvalLoop.run(in, nf, null);
    }

    /**
     * The compiled code frame {@code f} runs in now, the call counted ({@link #tick}); null when its
     * function is not compiled, or when another Java call would nest deeper than {@link #MAX_NEST}.
     */
    static JitCode codeFor(Interpreter in, Frame f) {
        JitCode c = f.ec.jit;
        if (c == null) {
            c = tick(f.ec);
        }
        return in.depth < MAX_NEST ? c : null;
    }

    /**
     * Counts {@code f} in the recursion depth (RecursionError past the limit) and makes it the
     * current frame, called by the one that was; returns that one.
     */
    static Frame enter(Interpreter in, Frame f) {
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw EvalSupport.recursionError(in);
        }
        Frame outer = in.current;
        f.back = outer;
        in.current = f;
        return outer;
    }

    /**
     * Resumes a generator's (coroutine's, async generator's) frame, as {@link EvalLoop#run(Interpreter,
     * Frame, PyException)} does: in its compiled code when it has some and the frame stopped at one of
     * its resume points, else in the loop. Counts a resume as a call (most generators are made without
     * entering the loop, so their calls are never counted).
     */
    static PyObject resume(Interpreter in, Frame f, PyException throwIn) {
        JitCode c = codeFor(in, f);
        if (c == null) {
            return EvalLoop.run(in, f, throwIn);
        }
        if (throwIn != null) {
            return runThrow(in, f, c, throwIn);
        }
        if (!c.canResume(f.ip, f.sp)) {
            return EvalLoop.run(in, f, null);
        }
        f.ec.jitResumes++;
        return run(in, f, c);
    }

    /**
     * {@code throwIn} raised in the suspended frame at its last instruction (the loop's pending
     * exception), then the frame runs on in its compiled code from the handler, or the exception
     * leaves the frame.
     */
    private static PyObject runThrow(Interpreter in, Frame f, JitCode c, PyException throwIn) {
        Frame outer = enter(in, f);
        try {
            JitOps.unwind(in, f, throwIn, f.lasti, f.sp);
            f.ec.jitResumes++;
            f.jit = c;
            return c.body(in, f);
        } finally {
            in.current = outer;
            in.depth--;
        }
    }

    /** Functions compiled so far (all interpreters): for tests. */
    static int compiled;
    /** Recompiles so far (all interpreters): for tests. */
    static int recompiled;
    /** Frames moved from the loop to compiled code so far: for tests. */
    static int osrEntries;

    /** Runs {@code f} in its compiled code, as {@link EvalLoop#run} runs an entry frame. */
    static PyObject run(Interpreter in, Frame f, JitCode c) {
        Frame outer = enter(in, f);
        f.jit = c;
        try {
            return c.body(in, f);
        } finally {
            in.current = outer;
            in.depth--;
        }
    }

    // ---- compiler -----------------------------------------------------------------------------

    private static final String OPS = "dev/quicken/eval/JitOps";
    private static final String FRAME = "Ldev/quicken/eval/Frame;";
    private static final String INTERP = "Ldev/quicken/eval/Interpreter;";
    private static final int THIS = 0, IN = 1, F = 2, R = 3, INSTR = 4, OP = 5, T = 6, U = 7;
    private static final String PYOBJECT = "Ldev/quicken/runtime/PyObject;";
    /** callF's descriptors by return (V, Z, I, PyObject) and count of int arguments after sp. */
    private static final String[][] CALLF_DESC = new String[4][6];

    /** One instruction of the code object as compiled: its base opcode and full oparg. */
    private static final class Ins {
        int op;
        int arg;
        /** Next instruction's unit index (past the caches). */
        int next;
        /** Jump target unit index, or -1. */
        int target = -1;
    }

    /** Compiles {@code ec}, or returns null when its code has what this compiler does not handle. */
    static JitCode compile(ExecCode ec) {
        try {
            JitCode c = new Jit.Gen(ec).generate();
            if (DEBUG) {
                System.err.println("quicken: jit " + ec.code.qualname.value + (c == null ? " refused"
                        : " " + c.bytes + " bytes, " + ec.code.code.length / 2 + " units" + (c.unquickened ? ", unquickened" : "")));
            }
            return c;
        } catch (RuntimeException | LinkageError e) {
            if (DEBUG) {
                System.err.println("quicken: jit " + ec.code.qualname.value + " failed: " + e);
                e.printStackTrace();
            }
            return null;
        }
    }

    private static final class Gen {
        final ExecCode ec;
        final int n;
        final Ins[] ins;
        final int[] depth;
        final JitAsm a = new JitAsm();
        final JitAsm.Label[] at;
        /** The sites of specializing families compiled so far and the form each holds (JitCode#sites). */
        final ArrayList<Integer> sites = new ArrayList<>();
        final List<ExceptionTable.Entry> handlers;
        /** Shared: an unforeseen next instruction (R) after INSTR, a bug in this compiler. */
        final JitAsm.Label badLabel = new JitAsm.Label();

        Gen(ExecCode ec) {
            this.ec = ec;
            byte[] raw = ec.code.code;
            this.n = raw.length / 2;
            this.ins = new Ins[n];
            this.depth = new int[n];
            Arrays.fill(depth, -1);
            this.at = new JitAsm.Label[n + 1];
            for (int i = 0; i <= n; i++) {
                at[i] = new JitAsm.Label();
            }
            this.handlers = ExceptionTable.parse(ec.code.exceptiontable);
            int ext = 0;
            for (int i = 0; i < n; i++) {
                int op = raw[2 * i] & 0xff;
                int arg = ext | raw[2 * i + 1] & 0xff;
                Ins x = new Ins();
                x.op = op;
                x.arg = arg;
                ext = op == Op.EXTENDED_ARG ? arg << 8 : 0;
                x.next = i + 1 + Opcode.cacheUnits(op);
                Opcode o = Opcode.of(op);
                if (o != null && o.jump == Opcode.JumpKind.FORWARD) {
                    x.target = x.next + arg;
                } else if (o != null && o.jump == Opcode.JumpKind.BACKWARD) {
                    x.target = x.next - arg;
                }
                ins[i] = x;
                i = x.next - 1;
            }
        }

        /** Stack depths by flow from the entry and the handlers; false when they do not agree. */
        boolean depths() {
            ArrayDeque<Integer> work = new ArrayDeque<>();
            depth[0] = 0;
            work.add(0);
            for (ExceptionTable.Entry h : handlers) {
                int d = h.depth() + (h.lasti() ? 1 : 0) + 1;
                if (!setDepth(h.targetIndex(), d, work)) {
                    return false;
                }
            }
            while (!work.isEmpty()) {
                int i = work.poll();
                Ins x = ins[i];
                int d = depth[i];
                switch (x.op) {
                    case Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE:
                        continue;
                    case Op.RETURN_GENERATOR:
                        // the frame goes on when resumed, with the value sent pushed (the POP_TOP after drops it)
                        if (!setDepth(x.next, d + 1, work)) {
                            return false;
                        }
                        continue;
                    case Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT:
                        if (!setDepth(x.target, d, work)) {
                            return false;
                        }
                        continue;
                    default:
                        break;
                }
                if (x.target >= 0 && !setDepth(x.target, d + effect(x, 1), work)) {
                    return false;
                }
                if (!setDepth(x.next, d + effect(x, 0), work)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The stack effect as the instruction runs: compile.c's stack_effect, except that it counts
         * a call's arguments at the PRECALL (-oparg) and leaves -1 to the CALL.
         */
        private static int effect(Ins x, int jump) {
            switch (x.op) {
                case Op.PRECALL:
                    return 0;
                case Op.CALL:
                    return -x.arg - 1;
                default:
                    return Flow.stackEffect(x.op, x.arg, jump);
            }
        }

        private boolean setDepth(int i, int d, ArrayDeque<Integer> work) {
            if (i < 0 || i >= n || ins[i] == null || d < 0) {
                if (DEBUG) {
                    System.err.println("quicken: jit depth " + d + " at " + i);
                }
                return false;
            }
            if (depth[i] < 0) {
                depth[i] = d;
                work.add(i);
                return true;
            }
            if (DEBUG && depth[i] != d) {
                System.err.println("quicken: jit depth " + d + " at " + i + " was " + depth[i]);
            }
            return depth[i] == d;
        }

        JitCode generate() throws LinkageError {
            if (!depths()) {
                return refuse("stack depths");
            }
            int base = ec.nlocalsplus;
            a.iconst(0);
            a.var(ISTORE, OP);
            a.iconst(0);
            a.var(ISTORE, INSTR);
            a.iconst(0);
            a.var(ISTORE, R);
            // the code units (quickened in place, never replaced) in a local: a site's opcode test
            // is one load from it
            a.var(ALOAD, F);
            a.field(GETFIELD, "dev/quicken/eval/Frame", "ec", "Ldev/quicken/eval/ExecCode;");
            a.field(GETFIELD, "dev/quicken/eval/ExecCode", "units", "[C");
            a.var(ASTORE, U);
            // entry: the first instruction, or a loop head for a frame coming from the loop (osr)
            TreeSet<Integer> entries = new TreeSet<>();
            for (int i = 0; i < n; i++) {
                Ins x = ins[i];
                if (x != null && depth[i] >= 0 && x.target >= 0 && x.target < i && depth[x.target] >= 0) {
                    entries.add(x.target);
                }
            }
            a.var(ALOAD, F);
            a.field(GETFIELD, "dev/quicken/eval/Frame", "ip", "I");
            TreeSet<Integer> resumes = resumePoints();
            TreeSet<Integer> starts = new TreeSet<>(entries);
            starts.addAll(resumes);
            starts.add(0);
            dispatch(starts);
            JitAsm.Label start = new JitAsm.Label();
            a.bind(start);
            for (int i = 0; i < n; i++) {
                Ins x = ins[i];
                if (x == null) {
                    continue;
                }
                a.bind(at[i]);
                if (depth[i] < 0) {
                    continue; // unreachable
                }
                emit(i, x, base + depth[i]);
                if (a.size() > MAX_BYTES) {
                    return refuse("size");
                }
            }
            a.bind(at[n]);
            a.bind(badLabel);
            bad();
            JitAsm.Label end = new JitAsm.Label();
            a.bind(end);
            JitAsm.Label handler = new JitAsm.Label();
            a.bind(handler);
            // ... Throwable -> unwind in this frame, then continue at the handler (or rethrow)
            a.var(ASTORE, T);
            a.var(ALOAD, IN);
            a.var(ALOAD, F);
            a.var(ALOAD, T);
            a.var(ILOAD, INSTR);
            a.var(ALOAD, THIS);
            a.field(GETFIELD, "dev/quicken/eval/JitCode", "spAt", "[I");
            a.var(ILOAD, INSTR);
            a.op(0x2e); // iaload
            a.invokestatic(OPS, "unwind", "(" + INTERP + FRAME + "Ljava/lang/Throwable;II)I");
            a.var(ISTORE, R);
            a.var(ILOAD, R);
            TreeSet<Integer> targets = new TreeSet<>();
            for (ExceptionTable.Entry h : handlers) {
                targets.add(h.targetIndex());
            }
            dispatch(targets);
            a.handler(start, end, handler, "java/lang/Throwable");
            if (a.size() > MAX_BYTES) {
                return refuse("size");
            }
            int[] spAt = new int[n];
            for (int i = 0; i < n; i++) {
                spAt[i] = depth[i] < 0 ? base : base + depth[i];
            }
            byte[] b = a.toClass("dev/quicken/eval/JitFn", "dev/quicken/eval/JitCode", "body",
                    "(" + INTERP + FRAME + ")Ldev/quicken/runtime/PyObject;", 12, 8);
            if (DUMP != null) {
                dump(b);
            }
            try {
                MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClass(b, true);
                // reflection, not a constructor method handle: a handle spins a lambda form per
                // class (a tenth of a millisecond each while the program warms up)
                JitCode c = (JitCode) l.lookupClass().getDeclaredConstructor().newInstance();
                c.spAt = spAt;
                c.unquickened = ec.warmup != 0;
                c.sites = new int[sites.size()];
                for (int k = 0; k < c.sites.length; k++) {
                    c.sites[k] = sites.get(k);
                }
                c.bytes = a.size();
                c.entries = new int[entries.size()];
                int k = 0;
                for (int e : entries) {
                    c.entries[k++] = e;
                }
                c.resumeSp = new int[n];
                Arrays.fill(c.resumeSp, -1);
                for (int r : resumes) {
                    c.resumeSp[r] = spAt[r];
                }
                return c;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private void dump(byte[] b) {
            try {
                java.nio.file.Path dir = java.nio.file.Path.of(DUMP);
                java.nio.file.Files.createDirectories(dir);
                String name = ec.code.qualname.value.replaceAll("[^A-Za-z0-9_.]", "_");
                java.nio.file.Files.write(dir.resolve(name + "-" + compiled + ".class"), b);
            } catch (java.io.IOException e) {
                System.err.println("quicken: jit dump: " + e);
            }
        }

        private JitCode refuse(String why) {
            if (DEBUG) {
                System.err.println("quicken: jit " + ec.code.qualname.value + " refused: " + why);
            }
            return null;
        }

        /**
         * Where a suspended generator frame goes on: after a RETURN_GENERATOR, after a YIELD_VALUE
         * (at the RESUME, or past it as the loop leaves it), after a SEND loop (a throw() whose
         * delegate finished, PyGenerator.throwIn), and at the handlers (throw()).
         */
        private TreeSet<Integer> resumePoints() {
            TreeSet<Integer> r = new TreeSet<>();
            for (int i = 0; i < n; i++) {
                Ins x = ins[i];
                if (x == null || depth[i] < 0) {
                    continue;
                }
                switch (x.op) {
                    case Op.RETURN_GENERATOR -> r.add(x.next);
                    case Op.YIELD_VALUE -> {
                        r.add(x.next);
                        if (x.next < n && ins[x.next] != null && ins[x.next].op == Op.RESUME) {
                            r.add(ins[x.next].next);
                        }
                    }
                    case Op.SEND -> r.add(x.target);
                    default -> {
                    }
                }
            }
            for (ExceptionTable.Entry h : handlers) {
                r.add(h.targetIndex());
            }
            r.removeIf(i -> i < 0 || i >= n || ins[i] == null || depth[i] < 0);
            return r;
        }

        /** A jump to the unit index on the stack, one of {@code targets}. */
        private void dispatch(java.util.Collection<Integer> targets) {
            int[] keys = new int[targets.size()];
            JitAsm.Label[] ls = new JitAsm.Label[keys.length];
            int k = 0;
            for (int t : targets) {
                keys[k] = t;
                ls[k++] = at[t];
            }
            JitAsm.Label dflt = new JitAsm.Label();
            a.lookupswitch(dflt, keys, ls);
            a.bind(dflt);
            bad();
        }

        private void bad() {
            a.var(ILOAD, R);
            a.var(ILOAD, INSTR);
            a.invokestatic(OPS, "bad", "(II)Ljava/lang/IllegalStateException;");
            a.op(ATHROW);
        }

        /** Continue at the unit index in R, one of {@code candidates} (others, and -1, are ignored). */
        private void successors(int... candidates) {
            TreeSet<Integer> t = new TreeSet<>();
            for (int c : candidates) {
                if (c >= 0 && c < n && ins[c] != null && depth[c] >= 0) {
                    t.add(c);
                }
            }
            for (int c : t) {
                a.var(ILOAD, R);
                a.iconst(c);
                a.jump(IF_ICMPEQ, at[c]);
            }
            a.jump(GOTO, badLabel);
        }

        private void instr(int i) {
            a.iconst(i);
            a.var(ISTORE, INSTR);
        }

        /** f, sp, then the ints. */
        private void callF(String name, String ret, int sp, int... ints) {
            a.var(ALOAD, F);
            a.iconst(sp);
            for (int v : ints) {
                a.iconst(v);
            }
            a.invokestatic(OPS, name, callFDesc(ret, ints.length));
        }

        /** (Frame, int sp, n ints) -> ret, made once per shape (see JitAsm.Member). */
        private static String callFDesc(String ret, int n) {
            int r = ret.equals("V") ? 0 : ret.equals("Z") ? 1 : ret.equals("I") ? 2 : ret.equals(PYOBJECT) ? 3 : -1;
            if (r < 0 || n >= CALLF_DESC[0].length) {
                return "(" + FRAME + "I" + "IIIIIIII".substring(0, n) + ")" + ret;
            }
            String d = CALLF_DESC[r][n];
            if (d == null) {
                d = CALLF_DESC[r][n] = "(" + FRAME + "I" + "IIIIIIII".substring(0, n) + ")" + ret;
            }
            return d;
        }

        private void emit(int i, Ins x, int sp) {
            int op = x.op;
            int arg = x.arg;
            switch (op) {
                case Op.RESUME, Op.JUMP_BACKWARD:
                    if (ec.warmup != 0) {
                        // compiled before quickening: the warm-up tick (CPython 3.11: ceval.c RESUME, JUMP_BACKWARD)
                        a.var(ALOAD, F);
                        a.invokestatic(OPS, "warmup", "(" + FRAME + ")V");
                    }
                    if (op == Op.JUMP_BACKWARD) {
                        a.jump(GOTO, at[x.target]);
                    }
                    return;
                case Op.NOP, Op.EXTENDED_ARG, Op.CACHE:
                    return;
                case Op.LOAD_FAST:
                    instr(i);
                    callF("loadFast", "V", sp, arg);
                    return;
                case Op.LOAD_CONST:
                    callF("loadConst", "V", sp, arg);
                    return;
                case Op.STORE_FAST:
                    callF("storeFast", "V", sp, arg);
                    return;
                case Op.POP_TOP:
                    callF("popTop", "V", sp);
                    return;
                case Op.PUSH_NULL:
                    callF("pushNull", "V", sp);
                    return;
                case Op.COPY:
                    callF("copy", "V", sp, arg);
                    return;
                case Op.SWAP:
                    callF("swap", "V", sp, arg);
                    return;
                case Op.KW_NAMES:
                    a.var(ALOAD, F);
                    a.iconst(arg);
                    a.invokestatic(OPS, "kwNames", "(" + FRAME + "I)V");
                    return;
                case Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT:
                    a.jump(GOTO, at[x.target]);
                    return;
                case Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_FALSE:
                    instr(i);
                    callF("popTruth", "Z", sp, i);
                    a.jump(IFEQ, at[x.target]);
                    return;
                case Op.POP_JUMP_FORWARD_IF_TRUE, Op.POP_JUMP_BACKWARD_IF_TRUE:
                    instr(i);
                    callF("popTruth", "Z", sp, i);
                    a.jump(IFNE, at[x.target]);
                    return;
                case Op.POP_JUMP_FORWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NONE:
                    callF("popIsNone", "Z", sp);
                    a.jump(IFNE, at[x.target]);
                    return;
                case Op.POP_JUMP_FORWARD_IF_NOT_NONE, Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
                    callF("popIsNone", "Z", sp);
                    a.jump(IFEQ, at[x.target]);
                    return;
                case Op.LOAD_DEREF:
                    instr(i);
                    callF("loadDeref", "V", sp, arg);
                    return;
                case Op.STORE_DEREF:
                    callF("storeDeref", "V", sp, arg);
                    return;
                case Op.LOAD_CLOSURE:
                    callF("loadClosure", "V", sp, arg);
                    return;
                case Op.GET_ITER:
                    instr(i);
                    callF("getIter", "V", sp, i);
                    return;
                case Op.BUILD_TUPLE, Op.BUILD_LIST, Op.BUILD_SLICE, Op.LIST_APPEND, Op.IS_OP:
                    instr(i);
                    callF(switch (op) {
                        case Op.BUILD_TUPLE -> "buildTuple";
                        case Op.BUILD_LIST -> "buildList";
                        case Op.BUILD_SLICE -> "buildSlice";
                        case Op.LIST_APPEND -> "listAppend";
                        default -> "isOp";
                    }, "V", sp, arg);
                    return;
                case Op.CONTAINS_OP:
                    instr(i);
                    callF("containsOp", "V", sp, i, arg);
                    return;
                case Op.UNARY_NOT, Op.UNARY_NEGATIVE:
                    instr(i);
                    callF(op == Op.UNARY_NOT ? "unaryNot" : "unaryNegative", "V", sp, i);
                    return;
                case Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP:
                    instr(i);
                    callF("jumpOrPop", "Z", sp, i, op == Op.JUMP_IF_TRUE_OR_POP ? 1 : 0);
                    a.jump(IFNE, at[x.target]);
                    return;
                case Op.SEND:
                    instr(i);
                    a.var(ALOAD, IN);
                    a.var(ALOAD, F);
                    a.iconst(sp);
                    a.iconst(i);
                    a.iconst(arg);
                    a.invokestatic(OPS, "send", "(" + INTERP + FRAME + "III)Z");
                    a.jump(IFNE, at[x.target]);
                    return;
                case Op.FOR_ITER:
                    instr(i);
                    callF("forIter", "Z", sp, i);
                    a.jump(IFEQ, at[x.target]);
                    return;
                case Op.RETURN_VALUE:
                    instr(i);
                    callF("returnValue", PYOBJECT, sp, i);
                    a.op(ARETURN);
                    return;
                case Op.YIELD_VALUE:
                    // the frame is suspended: resume() enters this method again at the resume point
                    instr(i);
                    callF("yieldValue", PYOBJECT, sp, i);
                    a.op(ARETURN);
                    return;
                case Op.RETURN_GENERATOR:
                    instr(i);
                    callF("returnGenerator", PYOBJECT, sp, i);
                    a.op(ARETURN);
                    return;
                default:
                    break;
            }
            instr(i);
            if (Quickener.adaptiveOf(op) != 0) {
                site(i, x, sp);
                return;
            }
            generic(i, x, sp, op);
        }

        /** Any instruction through the loop's out-of-line cases, then its successor. */
        private void generic(int i, Ins x, int sp, int op) {
            a.var(ALOAD, IN);
            a.var(ALOAD, F);
            a.iconst(sp);
            a.iconst(i);
            a.iconst(op);
            a.iconst(x.arg);
            a.invokestatic(OPS, "generic", "(" + INTERP + FRAME + "IIII)I");
            a.var(ISTORE, R);
            successors(x.next, x.target);
        }

        /**
         * An instruction of a specializing family: the current form from the unit, then that form;
         * a miss takes the miss path and runs the form it leaves, as the loop's re-dispatch does.
         */
        private void site(int i, Ins x, int sp) {
            int base = x.op;
            // the form the site holds now (after warm-up most sites are specialized) is compiled
            // inline; the adaptive and base instructions, a miss and any other form are one call
            // out of line (JitOps.site), as the loop's re-dispatch would run them
            int now = ec.units[i] & 0xff;
            sites.add(i);
            sites.add(now);
            JitAsm.Label slow = new JitAsm.Label();
            if (Opcode.isSpecialized(now) && Opcode.deopt(now) == base) {
                JitAsm.Label miss = new JitAsm.Label();
                // ... -> ... units[i] & 0xff (the form the unit holds now)
                a.var(ALOAD, U);
                a.iconst(i);
                a.op(JitAsm.CALOAD);
                a.iconst(0xff);
                a.op(JitAsm.IAND);
                a.iconst(now);
                a.jump(JitAsm.IF_ICMPNE, slow);
                form(i, x, sp, now, miss);
                a.bind(miss);
                a.var(ALOAD, IN);
                a.var(ALOAD, F);
                a.iconst(sp);
                a.iconst(i);
                a.iconst(now);
                a.iconst(x.arg);
                a.invokestatic(OPS, "missed", "(" + INTERP + FRAME + "IIII)I");
                a.var(ISTORE, R);
                successors(familySuccessors(x));
            }
            a.bind(slow);
            a.var(ALOAD, IN);
            a.var(ALOAD, F);
            a.iconst(sp);
            a.iconst(i);
            a.iconst(x.arg);
            a.invokestatic(OPS, "site", "(" + INTERP + FRAME + "III)I");
            a.var(ISTORE, R);
            successors(familySuccessors(x));
        }

        /**
         * Where a specialized form of {@code x}'s family may continue: the next instruction, and for
         * the forms that also run what follows, past it (BINARY_OP_INPLACE_ADD_UNICODE skips the
         * STORE_FAST; COMPARE_OP_*_JUMP runs the POP_JUMP; the builtin PRECALLs run the CALL, and
         * PRECALL_NO_KW_LIST_APPEND the POP_TOP after it too).
         */
        private int[] familySuccessors(Ins x) {
            Ins after = x.next < n ? ins[x.next] : null;
            switch (x.op) {
                case Op.BINARY_OP:
                    return new int[] {x.next, x.next + 1};
                case Op.COMPARE_OP:
                    return new int[] {x.next, x.next + 1, after != null ? after.target : -1};
                case Op.PRECALL:
                    return after == null ? new int[] {x.next} : new int[] {x.next, after.next, after.next + 1};
                default:
                    return new int[] {x.next};
            }
        }

        /** One form at a site: on a hit, on to the successor; on a miss, to {@code miss}. */
        private void form(int i, Ins x, int sp, int form, JitAsm.Label miss) {
            int arg = x.arg;
            String hit = null; // a boolean form: name
            int[] extra = {};
            switch (form) {
                case Op.BINARY_OP_ADD_INT:
                    hit = "addInt";
                    break;
                case Op.BINARY_OP_ADD_FLOAT:
                    hit = "addFloat";
                    break;
                case Op.BINARY_OP_SUBTRACT_INT, Op.BINARY_OP_MULTIPLY_INT, Op.BINARY_OP_SUBTRACT_FLOAT,
                        Op.BINARY_OP_MULTIPLY_FLOAT:
                    hit = "arith";
                    extra = new int[] {form};
                    break;
                case Op.LOAD_ATTR_INSTANCE_VALUE:
                    hit = "loadAttrInstanceValue";
                    break;
                case Op.LOAD_ATTR_SLOT:
                    hit = "loadAttrSlot";
                    break;
                case Op.LOAD_GLOBAL_MODULE:
                    hit = "loadGlobalModule";
                    extra = new int[] {arg};
                    break;
                case Op.LOAD_GLOBAL_BUILTIN:
                    hit = "loadGlobalBuiltin";
                    extra = new int[] {arg};
                    break;
                case Op.STORE_ATTR_INSTANCE_VALUE:
                    hit = "storeAttrInstanceValue";
                    break;
                case Op.BINARY_SUBSCR_LIST_INT, Op.BINARY_SUBSCR_TUPLE_INT:
                    hit = "subscrListTuple";
                    extra = new int[] {form};
                    break;
                case Op.STORE_SUBSCR_LIST_INT:
                    hit = "storeSubscrListInt";
                    break;
                case Op.UNPACK_SEQUENCE_TWO_TUPLE, Op.UNPACK_SEQUENCE_TUPLE, Op.UNPACK_SEQUENCE_LIST:
                    hit = "unpack";
                    extra = new int[] {form, arg};
                    break;
                case Op.LOAD_METHOD_WITH_VALUES:
                    hit = "loadMethodWithValues";
                    break;
                case Op.LOAD_METHOD_NO_DICT:
                    hit = "loadMethodNoDict";
                    break;
                case Op.PRECALL_PYFUNC, Op.PRECALL_BOUND_METHOD:
                    hit = "precallPython";
                    extra = new int[] {form, arg};
                    break;
                case Op.CALL_PY_EXACT_ARGS, Op.CALL_PY_WITH_DEFAULTS:
                    callPy(i, x, sp, form, miss);
                    return;
                case Op.BINARY_SUBSCR_GETITEM:
                    a.var(ALOAD, IN);
                    a.var(ALOAD, F);
                    a.iconst(sp);
                    a.iconst(i);
                    a.iconst(form);
                    a.iconst(arg);
                    a.invokestatic(OPS, "pushCall", "(" + INTERP + FRAME + "IIII)Z");
                    a.jump(IFEQ, miss);
                    a.jump(GOTO, at[x.next]);
                    return;
                case Op.COMPARE_OP_INT_JUMP, Op.COMPARE_OP_FLOAT_JUMP, Op.COMPARE_OP_STR_JUMP:
                    callF("compareJump", "I", sp, i, form);
                    a.var(ISTORE, R);
                    a.var(ILOAD, R);
                    a.jump(IFLT, miss);
                    successors(familySuccessors(x));
                    return;
                case Op.LOAD_ATTR_MODULE:
                    hit = "loadAttrModule";
                    break;
                case Op.LOAD_ATTR_WITH_HINT:
                    hit = "loadAttrWithHint";
                    extra = new int[] {arg};
                    break;
                case Op.LOAD_METHOD_MODULE:
                    hit = "loadMethodModule";
                    break;
                case Op.LOAD_METHOD_CLASS:
                    hit = "loadMethodClass";
                    break;
                case Op.LOAD_METHOD_WITH_DICT:
                    hit = "loadMethodWithDict";
                    extra = new int[] {arg};
                    break;
                case Op.STORE_ATTR_SLOT:
                    hit = "storeAttrSlot";
                    break;
                case Op.STORE_ATTR_WITH_HINT:
                    hit = "storeAttrWithHint";
                    extra = new int[] {arg};
                    break;
                case Op.BINARY_SUBSCR_DICT:
                    hit = "subscrDict";
                    break;
                case Op.STORE_SUBSCR_DICT:
                    hit = "storeSubscrDict";
                    break;
                case Op.BINARY_OP_ADD_UNICODE:
                    hit = "addUnicode";
                    break;
                case Op.BINARY_OP_INPLACE_ADD_UNICODE:
                    // the STORE_FAST after it is done too
                    callF("inplaceAddUnicode", "Z", sp, i);
                    a.jump(IFEQ, miss);
                    jumpTo(x.next + 1, x);
                    return;
                case Op.PRECALL_NO_KW_LEN, Op.PRECALL_NO_KW_ISINSTANCE, Op.PRECALL_NO_KW_BUILTIN_O,
                        Op.PRECALL_NO_KW_BUILTIN_FAST, Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O,
                        Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS, Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST,
                        Op.PRECALL_BUILTIN_CLASS, Op.PRECALL_NO_KW_LIST_APPEND: {
                    // the CALL after it is done too (and for list.append the POP_TOP after that)
                    Ins call = x.next < n ? ins[x.next] : null;
                    if (call == null || call.op != Op.CALL) {
                        break;
                    }
                    if (form == Op.PRECALL_NO_KW_LIST_APPEND) {
                        callF("precallListAppend", "Z", sp, i);
                    } else {
                        callF(precallHelper(form), "Z", sp, i, arg);
                    }
                    a.jump(IFEQ, miss);
                    jumpTo(form == Op.PRECALL_NO_KW_LIST_APPEND ? call.next + 1 : call.next, x);
                    return;
                }
                default:
                    break;
            }
            if (hit == null) {
                outOfLine(i, x, sp, form, miss);
                return;
            }
            int[] ints = new int[1 + extra.length];
            ints[0] = i;
            System.arraycopy(extra, 0, ints, 1, extra.length);
            callF(hit, "Z", sp, ints);
            a.jump(IFEQ, miss);
            a.jump(GOTO, at[x.next]);
        }

        /**
         * CALL_PY_EXACT_ARGS / CALL_PY_WITH_DEFAULTS: JitOps.callPy pushes and enters the callee's
         * frame, and the site calls the callee's compiled body itself, so that each site has its
         * own receiver profile (a site calling one function may get its body inlined) instead of
         * the one megamorphic call in Jit.run.
         */
        private void callPy(int i, Ins x, int sp, int form, JitAsm.Label miss) {
            int base = sp - x.arg - 2;
            final String code = "dev/quicken/eval/JitCode"; // a constant: the descriptors below are folded
            a.var(ALOAD, IN);
            a.var(ALOAD, F);
            a.iconst(sp);
            a.iconst(i);
            a.iconst(form);
            a.iconst(x.arg);
            a.invokestatic(OPS, "callPy", "(" + INTERP + FRAME + "IIII)L" + code + ";");
            JitAsm.Label missPop = new JitAsm.Label();
            JitAsm.Label donePop = new JitAsm.Label();
            a.op(JitAsm.DUP);
            a.field(JitAsm.GETSTATIC, OPS, "MISS_CODE", "L" + code + ";");
            a.jump(JitAsm.IF_ACMPEQ, missPop);
            a.op(JitAsm.DUP);
            a.jump(JitAsm.IFNULL, donePop);
            // ... code -> ... code in in.current -> ... value
            a.var(ALOAD, IN);
            a.var(ALOAD, IN);
            a.field(GETFIELD, "dev/quicken/eval/Interpreter", "current", FRAME);
            JitAsm.Label from = new JitAsm.Label();
            JitAsm.Label to = new JitAsm.Label();
            a.bind(from);
            a.invokestatic(OPS, "body", "(L" + code + ";" + INTERP + FRAME + ")Ldev/quicken/runtime/PyObject;");
            a.bind(to);
            a.var(ALOAD, IN);
            a.var(ALOAD, F);
            a.iconst(base);
            a.invokestatic(OPS, "returned", "(Ldev/quicken/runtime/PyObject;" + INTERP + FRAME + "I)V");
            a.jump(GOTO, at[x.next]);
            a.bind(missPop);
            a.op(JitAsm.POP);
            a.jump(GOTO, miss);
            a.bind(donePop);
            a.op(JitAsm.POP);
            a.jump(GOTO, at[x.next]);
            // the callee raised: back in this frame, then this frame's handler (the outer one)
            JitAsm.Label raised = new JitAsm.Label();
            a.bind(raised);
            a.var(ALOAD, IN);
            a.var(ALOAD, F);
            a.invokestatic(OPS, "thrown", "(Ljava/lang/Throwable;" + INTERP + FRAME + ")Ljava/lang/Throwable;");
            a.op(ATHROW);
            a.handler(from, to, raised, "java/lang/Throwable");
        }

        private static String precallHelper(int form) {
            switch (form) {
                case Op.PRECALL_NO_KW_LEN:
                    return "precallLen";
                case Op.PRECALL_NO_KW_ISINSTANCE:
                    return "precallIsinstance";
                case Op.PRECALL_NO_KW_BUILTIN_O:
                    return "precallBuiltinO";
                case Op.PRECALL_NO_KW_BUILTIN_FAST:
                    return "precallBuiltinFast";
                case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O:
                    return "precallDescrO";
                case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS:
                    return "precallDescrNoArgs";
                case Op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST:
                    return "precallDescrFast";
                default:
                    return "precallBuiltinClass";
            }
        }

        /** On to unit index {@code to} after a hit at {@code x}'s site (through R when it is not an instruction start). */
        private void jumpTo(int to, Ins x) {
            if (to < n && ins[to] != null && depth[to] >= 0) {
                a.jump(GOTO, at[to]);
                return;
            }
            a.iconst(to);
            a.var(ISTORE, R);
            successors(familySuccessors(x));
        }

        /** A form run as the loop runs it out of line: Specialized.execute, or SpecializedCall.precall. */
        private void outOfLine(int i, Ins x, int sp, int form, JitAsm.Label miss) {
            boolean precall = Opcode.deopt(form) == Op.PRECALL;
            callF(precall ? "precallBuiltin" : "viaExecute", "I", sp, i, form, x.arg);
            a.var(ISTORE, R);
            a.var(ILOAD, R);
            a.jump(IFLT, miss);
            successors(familySuccessors(x));
        }
    }
}
