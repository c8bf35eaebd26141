package dev.quicken.agent.bootstrap;

import dev.quicken.jfr.DeoptimizationEvent;
import dev.quicken.jfr.FailureKinds;
import dev.quicken.jfr.Opcodes;
import dev.quicken.jfr.QuickeningEvent;
import dev.quicken.jfr.SiteLimit;
import dev.quicken.jfr.SpecializationEvent;
import dev.quicken.jfr.SpecializationFailureEvent;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the agent's advice calls: one static method per probe.
 *
 * <p>Loaded by the bootstrap class loader, so the advice inlined into {@code Probes} resolves it
 * from whatever loader defined the interpreter. The hot probes (hit, miss, deferred) get the
 * code's {@code probeState()} from the advice and add one to the site's counter (a plain add on
 * the thread that runs the site's interpreter, see {@link Site}); the first report from a site,
 * and every rare probe, take the slow path that makes the state and emits the JFR event. The
 * three are alike on purpose: each names its own field, and the hot path takes no extra argument.
 */
public final class Counters {

    private static final ConcurrentHashMap<Integer, InterpreterCounters> INTERPRETERS = new ConcurrentHashMap<>();
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();
    /**
     * Set once Flight Recorder has initialized: until then no recording can take an event, and
     * the event classes are not touched (loading one makes the JDK set up Flight Recorder's
     * instrumentation, a cost an agent without a recording need not pay).
     */
    static volatile boolean recorderReady;
    /** The hot probes count (the agent switched to the counting rewrite): what the statistics events say. */
    static volatile boolean executionsCounted;

    private Counters() {
    }

    /** Tells the statistics events whether hits, misses and deferrals are being counted now. */
    public static void executionsCounted(boolean counted) {
        executionsCounted = counted;
    }

    /** True the first time only: the agent installs its advice once per JVM, however often it is loaded. */
    public static boolean markInstalled() {
        return INSTALLED.compareAndSet(false, true);
    }

    // ---- hot probes ---------------------------------------------------------------------------

    /**
     * {@code Probes.hit}: {@code hits} is {@code code.probeHits()}, {@code state} its
     * {@code probeState()}. The body is all the advice inlines into the interpreter's hot paths, so
     * it stays small: for code one thread at a time runs ({@code ProbeCode.probeConfined()}: all
     * of an interpreter's) the agent hands the code its hit counters, one plain count per code
     * unit covering only sites that exist (see {@link CodeSites#hits}), and a hit is two dependent
     * loads and an add (array, element); anything else (a site not covered yet, code the agent
     * gave no counters: shared by threads, or quickened before the agent saw it) goes out of line.
     * Force-inlined ({@link Inline}), so that C2 charges it one bytecode of the eval loop's
     * inlining budget instead of its whole size at each of the hundred call sites.
     */
    @Inline
    public static void hit(long[] hits, Object state, Object code, int offset, int opcode) {
        int i = offset >>> 1;
        if (i < hits.length) {
            hits[i]++;
        } else {
            hitSlow(state, code, offset, opcode);
        }
    }

    /** {@code Probes.miss}. */
    @Inline
    public static void miss(Object state, Object code, int offset, int opcode) {
        CodeSites c;
        long[] a;
        long n;
        int i = offset >>> 1;
        if (state instanceof CodeSites && ((c = (CodeSites) state).confined || c.owner == Thread.currentThread())
                && i < (a = c.misses).length && (n = a[i]) != 0) {
            a[i] = n + 1;
        } else {
            missSlow(state, code, offset, opcode);
        }
    }

    /** {@code Probes.deferred}. */
    @Inline
    public static void deferred(Object state, Object code, int offset, int opcode) {
        CodeSites c;
        long[] a;
        long n;
        int i = offset >>> 1;
        if (state instanceof CodeSites && ((c = (CodeSites) state).confined || c.owner == Thread.currentThread())
                && i < (a = c.deferrals).length && (n = a[i]) != 0) {
            a[i] = n + 1;
        } else {
            deferredSlow(state, code, offset, opcode);
        }
    }

    @OutOfLine
    private static void hitSlow(Object state, Object code, int offset, int opcode) {
        countSlow(state, code, offset, opcode, CodeSites.HIT);
    }

    @OutOfLine
    private static void missSlow(Object state, Object code, int offset, int opcode) {
        countSlow(state, code, offset, opcode, CodeSites.MISS);
    }

    @OutOfLine
    private static void deferredSlow(Object state, Object code, int offset, int opcode) {
        countSlow(state, code, offset, opcode, CodeSites.DEFERRED);
    }

    /** Makes the state and site if missing and counts; never throws (a probe must not). */
    private static void countSlow(Object state, Object code, int offset, int opcode, int which) {
        try {
            if (code == null || offset < 0) {
                return;
            }
            CodeSites c = codeSites(state, code);
            Site s = c.site(code, offset, opcode);
            if (s != null) {
                c.count(code, s, offset, which);
            }
        } catch (RuntimeException | LinkageError e) {
            // unobservable code: not counted
        }
    }

    // ---- rare probes ----------------------------------------------------------------------------

    /** {@code Probes.quickened}. */
    public static void quickened(Object code) {
        quickened(ProbeCodeAccess.probeState(code), code);
    }

    /** {@code Probes.quickened}, with {@code code.probeState()} read by the advice. */
    @OutOfLine
    public static void quickened(Object state, Object code) {
        CodeSites c = codeSites(state, code);
        c.sawQuickening = true; // the first event of a code object: every specialization of it follows
        c.interpreter.quickened.incrementAndGet();
        if (!recorderReady) {
            return;
        }
        QuickeningEvent e = new QuickeningEvent();
        if (e.shouldCommit()) {
            e.interpreter = c.interpreter.id;
            e.codeName = c.codeName;
            e.function = c.qualName;
            e.fileName = c.fileName;
            e.firstLineNumber = c.firstLineNumber;
            e.commit();
        }
    }

    /** {@code Probes.specialized}. */
    public static void specialized(Object code, int offset, int baseOpcode, int newOpcode, Object operand1,
            Object operand2) {
        specialized(ProbeCodeAccess.probeState(code), code, offset, baseOpcode, newOpcode, operand1, operand2);
    }

    /** {@code Probes.specialized}, with {@code code.probeState()} read by the advice. */
    @OutOfLine
    public static void specialized(Object state, Object code, int offset, int baseOpcode, int newOpcode,
            Object operand1, Object operand2) {
        CodeSites c = codeSites(state, code);
        Site s = c.site(code, offset, baseOpcode);
        if (s == null) {
            return;
        }
        Site.SUCCESS.getAndAdd(s, 1L);
        s.form = newOpcode;
        c.mark(code, offset);
        if (!recorderReady) {
            return;
        }
        SpecializationEvent e = new SpecializationEvent();
        if (e.shouldCommit() && s.claimSpecializationEvent(SiteLimit.specializationGeneration(), SiteLimit.specializations())) {
            e.interpreter = c.interpreter.id;
            e.function = c.qualName;
            e.fileName = c.fileName;
            e.firstLineNumber = c.firstLineNumber;
            e.lineNumber = s.lineNumber;
            e.endLineNumber = s.endLineNumber;
            e.column = s.column;
            e.endColumn = s.endColumn;
            e.offset = offset;
            e.family = FailureKinds.family(s.base);
            e.instruction = Opcodes.name(newOpcode);
            e.operandType = ProbeCodeAccess.typeName(code, operand1);
            e.secondOperandType = ProbeCodeAccess.typeName(code, operand2);
            e.commit();
        }
    }

    /** {@code Probes.specializationFailed}. */
    public static void specializationFailed(Object code, int offset, int baseOpcode, int failureKind,
            Object operand1, Object operand2) {
        specializationFailed(ProbeCodeAccess.probeState(code), code, offset, baseOpcode, failureKind, operand1,
            operand2);
    }

    /** {@code Probes.specializationFailed}, with {@code code.probeState()} read by the advice. */
    @OutOfLine
    public static void specializationFailed(Object state, Object code, int offset, int baseOpcode,
            int failureKind, Object operand1, Object operand2) {
        CodeSites c = codeSites(state, code);
        Site s = c.site(code, offset, baseOpcode);
        if (s == null) {
            return;
        }
        Site.FAILURE.getAndAdd(s, 1L);
        c.interpreter.failureKind(s.base, failureKind);
        c.mark(code, offset);
        if (!recorderReady) {
            return;
        }
        SpecializationFailureEvent e = new SpecializationFailureEvent();
        if (e.shouldCommit()) {
            e.interpreter = c.interpreter.id;
            e.function = c.qualName;
            e.fileName = c.fileName;
            e.firstLineNumber = c.firstLineNumber;
            e.lineNumber = s.lineNumber;
            e.endLineNumber = s.endLineNumber;
            e.column = s.column;
            e.endColumn = s.endColumn;
            e.offset = offset;
            e.family = FailureKinds.family(s.base);
            e.failureKind = FailureKinds.name(s.base, failureKind);
            e.failureKindIndex = failureKind;
            e.operandType = ProbeCodeAccess.typeName(code, operand1);
            e.secondOperandType = ProbeCodeAccess.typeName(code, operand2);
            e.commit();
        }
    }

    /** {@code Probes.deoptimized}. */
    public static void deoptimized(Object code, int offset, int opcode) {
        deoptimized(ProbeCodeAccess.probeState(code), code, offset, opcode);
    }

    /** {@code Probes.deoptimized}, with {@code code.probeState()} read by the advice. */
    @OutOfLine
    public static void deoptimized(Object state, Object code, int offset, int opcode) {
        CodeSites c = codeSites(state, code);
        Site s = c.site(code, offset, opcode);
        if (s == null) {
            return;
        }
        Site.DEOPT.getAndAdd(s, 1L);
        c.mark(code, offset);
        if (!recorderReady) {
            return;
        }
        DeoptimizationEvent e = new DeoptimizationEvent();
        if (e.shouldCommit() && s.claimDeoptimizationEvent(SiteLimit.deoptimizationGeneration(), SiteLimit.deoptimizations())) {
            e.interpreter = c.interpreter.id;
            e.function = c.qualName;
            e.fileName = c.fileName;
            e.firstLineNumber = c.firstLineNumber;
            e.lineNumber = s.lineNumber;
            e.endLineNumber = s.endLineNumber;
            e.column = s.column;
            e.endColumn = s.endColumn;
            e.offset = offset;
            e.instruction = Opcodes.name(opcode);
            e.family = FailureKinds.family(s.base);
            e.reason = DeoptimizationEvent.REASON_MISSES;
            e.action = DeoptimizationEvent.ACTION_READAPT;
            e.commit();
        }
    }

    /** {@code Probes.specializationStats}: the counters of interpreter {@code id}, or null if it reported nothing. */
    public static long[] specializationStats(int id) {
        expunge();
        InterpreterCounters i = INTERPRETERS.get(id);
        return i == null ? null : i.stats();
    }

    // ---- state ------------------------------------------------------------------------------

    /** {@code state}: {@code code.probeState()} as the advice read it (no reflection then). */
    private static CodeSites codeSites(Object state, Object code) {
        if (state instanceof CodeSites) {
            return (CodeSites) state;
        }
        expunge();
        synchronized (code) {
            Object now = ProbeCodeAccess.probeState(code);
            if (now instanceof CodeSites) {
                return (CodeSites) now;
            }
            int id = ProbeCodeAccess.interpreterId(code);
            while (true) {
                InterpreterCounters interpreter = interpreter(id);
                CodeSites c = new CodeSites(interpreter, code, ProbeCodeAccess.codeName(code),
                    ProbeCodeAccess.qualName(code), ProbeCodeAccess.fileName(code),
                    ProbeCodeAccess.firstLineNumber(code), ProbeCodeAccess.confined(code));
                if (interpreter.add(c)) {
                    ProbeCodeAccess.probeState(code, c);
                    return c;
                }
                INTERPRETERS.remove(id, interpreter);   // retired meanwhile: start afresh
            }
        }
    }

    /**
     * Drops the counters of every interpreter whose code objects have all been collected (a
     * discarded interpreter): a recording gets their final statistics first. Runs on the rare
     * paths (a new code object reports, a statistics event is due).
     */
    static void expunge() {
        for (Reference<?> r; (r = InterpreterCounters.DEAD.poll()) != null; ) {
            InterpreterCounters i = ((InterpreterCounters.Life) r).interpreter;
            if (i.codeDied()) {
                INTERPRETERS.remove(i.id, i);
                if (recorderReady) {
                    Statistics.retired(i);
                }
            }
        }
    }

    private static InterpreterCounters interpreter(int id) {
        return INTERPRETERS.computeIfAbsent(id, InterpreterCounters::new);
    }

    /** The interpreters that reported something, by id. */
    static List<InterpreterCounters> interpreters() {
        expunge();
        List<InterpreterCounters> all = new ArrayList<>(INTERPRETERS.values());
        all.sort(Comparator.comparingInt(i -> i.id));
        return all;
    }
}
