package dev.quicken.agent.bootstrap;

import static dev.quicken.agent.bootstrap.InterpreterCounters.DEFERRED;
import static dev.quicken.agent.bootstrap.InterpreterCounters.DEOPT;
import static dev.quicken.agent.bootstrap.InterpreterCounters.FAILURE;
import static dev.quicken.agent.bootstrap.InterpreterCounters.FIELDS;
import static dev.quicken.agent.bootstrap.InterpreterCounters.HIT;
import static dev.quicken.agent.bootstrap.InterpreterCounters.KINDS;
import static dev.quicken.agent.bootstrap.InterpreterCounters.MISS;
import static dev.quicken.agent.bootstrap.InterpreterCounters.SUCCESS;

import dev.quicken.jfr.FailureKinds;
import dev.quicken.jfr.InstructionStatisticsEvent;
import dev.quicken.jfr.Opcodes;
import dev.quicken.jfr.SpecializationActivityEvent;
import dev.quicken.jfr.SpecializationFailureStatisticsEvent;
import dev.quicken.jfr.SpecializationStatisticsEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import jdk.jfr.FlightRecorder;

/**
 * The periodic JFR events that flush the counters: the {@code jdk.ExceptionStatistics} pattern.
 * Totals ({@code quicken.SpecializationStatistics} with its failure kinds, and
 * {@code quicken.InstructionStatistics}) default to {@code endChunk}, so every recording ends
 * with the exact final counts; {@code quicken.SpecializationActivity} samples differences.
 */
public final class Statistics {

    private static final AtomicBoolean REGISTERED = new AtomicBoolean();
    private static final Map<Integer, long[]> PREVIOUS = new HashMap<>();

    private Statistics() {
    }

    /** Registers the periodic hooks once; call when Flight Recorder has initialized. */
    public static void register() {
        if (REGISTERED.compareAndSet(false, true)) {
            Counters.recorderReady = true;
            FlightRecorder.addPeriodicEvent(SpecializationStatisticsEvent.class, Statistics::emitFamilies);
            FlightRecorder.addPeriodicEvent(InstructionStatisticsEvent.class, Statistics::emitSites);
            FlightRecorder.addPeriodicEvent(SpecializationActivityEvent.class, Statistics::emitActivity);
        }
    }

    /** One {@code quicken.SpecializationStatistics} per interpreter and active family, plus its failure kinds. */
    static void emitFamilies() {
        for (InterpreterCounters i : Counters.interpreters()) {
            emitFamilies(i);
        }
    }

    /**
     * An interpreter was discarded and its counters are dropped: its last totals go out now, so
     * the recording still ends with them (readers take the last event per key).
     */
    static void retired(InterpreterCounters i) {
        synchronized (Statistics.class) {
            PREVIOUS.remove(i.id);
        }
        emitFamilies(i);
        emitSites(i);
    }

    private static void emitFamilies(InterpreterCounters i) {
        long[] stats = i.stats();
        for (int b = 0; b < 256; b++) {
            int at = b * FIELDS;
            if (isZero(stats, at, FIELDS)) {
                continue;
            }
            SpecializationStatisticsEvent e = new SpecializationStatisticsEvent();
            e.interpreter = i.id;
            e.family = FailureKinds.family(b);
            e.success = stats[at + SUCCESS];
            e.failure = stats[at + FAILURE];
            e.hit = stats[at + HIT];
            e.executionsCounted = Counters.executionsCounted;
            e.deferred = stats[at + DEFERRED];
            e.miss = stats[at + MISS];
            e.deopt = stats[at + DEOPT];
            e.commit();
            for (int k = 0; k < FailureKinds.COUNT; k++) {
                long count = stats[at + KINDS + k];
                if (count != 0) {
                    SpecializationFailureStatisticsEvent f = new SpecializationFailureStatisticsEvent();
                    f.interpreter = i.id;
                    f.family = e.family;
                    f.failureKind = FailureKinds.name(b, k);
                    f.failureKindIndex = k;
                    f.count = count;
                    f.commit();
                }
            }
        }
    }

    /** One {@code quicken.InstructionStatistics} per site that counted something. */
    static void emitSites() {
        for (InterpreterCounters i : Counters.interpreters()) {
            emitSites(i);
        }
    }

    private static void emitSites(InterpreterCounters i) {
        for (CodeSites c : i.codes()) {
            for (Site s : c.sites()) {
                InstructionStatisticsEvent e = new InstructionStatisticsEvent();
                e.interpreter = i.id;
                e.codeName = c.codeName;
                e.function = c.qualName;
                e.fileName = c.fileName;
                e.firstLineNumber = c.firstLineNumber;
                e.lineNumber = s.lineNumber;
                e.endLineNumber = s.endLineNumber;
                e.column = s.column;
                e.endColumn = s.endColumn;
                e.offset = s.offset;
                e.family = FailureKinds.family(s.base);
                e.instruction = Opcodes.name(s.form);
                e.success = s.success;
                e.failure = s.failure;
                e.hit = c.hits(s);
                e.executionsCounted = Counters.executionsCounted;
                e.deferred = c.deferrals(s);
                e.miss = c.misses(s);
                e.deopt = s.deopt;
                e.commit();
            }
        }
    }

    /** One {@code quicken.SpecializationActivity} per interpreter and family that changed since the last sample. */
    static synchronized void emitActivity() {
        for (InterpreterCounters i : Counters.interpreters()) {
            long[] now = i.stats();
            long[] before = PREVIOUS.getOrDefault(i.id, new long[now.length]);
            PREVIOUS.put(i.id, now);
            for (int b = 0; b < 256; b++) {
                int at = b * FIELDS;
                boolean changed = false;
                for (int f = 0; f < KINDS; f++) {
                    changed |= now[at + f] != before[at + f];
                }
                if (!changed) {
                    continue;
                }
                SpecializationActivityEvent e = new SpecializationActivityEvent();
                e.interpreter = i.id;
                e.family = FailureKinds.family(b);
                e.success = now[at + SUCCESS] - before[at + SUCCESS];
                e.failure = now[at + FAILURE] - before[at + FAILURE];
                e.hit = now[at + HIT] - before[at + HIT];
                e.deferred = now[at + DEFERRED] - before[at + DEFERRED];
                e.miss = now[at + MISS] - before[at + MISS];
                e.deopt = now[at + DEOPT] - before[at + DEOPT];
                e.commit();
            }
        }
    }

    private static boolean isZero(long[] a, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (a[k] != 0) {
                return false;
            }
        }
        return true;
    }
}
