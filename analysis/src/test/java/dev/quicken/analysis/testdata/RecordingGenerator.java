package dev.quicken.analysis.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.quicken.analysis.model.Families;
import dev.quicken.jfr.DeoptimizationEvent;
import dev.quicken.jfr.EventNames;
import dev.quicken.jfr.FailureKinds;
import dev.quicken.jfr.InstructionStatisticsEvent;
import dev.quicken.jfr.QuickeningEvent;
import dev.quicken.jfr.SpecializationActivityEvent;
import dev.quicken.jfr.SpecializationEvent;
import dev.quicken.jfr.SpecializationFailureEvent;
import dev.quicken.jfr.SpecializationFailureStatisticsEvent;
import dev.quicken.jfr.SpecializationStatisticsEvent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import jdk.jfr.Recording;

/**
 * Writes a {@link Scenario} as a JFR recording of quicken events: quickenings, one event per
 * specialization, failure and deoptimization, and cumulative statistics snapshots (a
 * half-way snapshot and the final one) per family and per site.
 *
 * <p>Regenerate the committed recordings with
 * {@code mvn -B -o -pl analysis -am test -Dtest=RegenerateRecordings -Dquicken.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class RecordingGenerator {

    private RecordingGenerator() {
    }

    /** Records {@code scenario} into {@code out}. */
    public static void write(Scenario scenario, Path out) throws IOException {
        write(scenario, out, true);
    }

    /** Records {@code scenario} into {@code out}, with or without the statistics events. */
    public static void write(Scenario scenario, Path out, boolean statistics) throws IOException {
        write(scenario, out, statistics, false);
    }

    /** Records {@code scenario}; {@code jvmInformation} adds {@code jdk.JVMInformation} (pid and start time). */
    public static void write(Scenario scenario, Path out, boolean statistics, boolean jvmInformation)
            throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Recording r = new Recording()) {
            if (jvmInformation) {
                r.enable("jdk.JVMInformation");
            }
            for (String name : new String[] {EventNames.QUICKENING, EventNames.SPECIALIZATION,
                EventNames.SPECIALIZATION_FAILURE, EventNames.DEOPTIMIZATION}) {
                r.enable(name).withoutStackTrace();
            }
            // the statistics events are periodic in the agent; here they are committed by hand
            for (String name : new String[] {EventNames.SPECIALIZATION_STATISTICS,
                EventNames.SPECIALIZATION_FAILURE_STATISTICS, EventNames.INSTRUCTION_STATISTICS,
                EventNames.SPECIALIZATION_ACTIVITY}) {
                if (statistics) {
                    r.enable(name).withoutStackTrace();
                } else {
                    r.disable(name);
                }
            }
            r.start();
            emit(scenario);
            r.stop();
            r.dump(out);
        }
    }

    private static void emit(Scenario scenario) {
        for (Scenario.Interpreter in : scenario.interpreters()) {
            Set<Scenario.Code> codes = new LinkedHashSet<>();
            for (Scenario.Site s : in.sites()) {
                codes.add(s.code());
            }
            for (Scenario.Code c : codes) {
                QuickeningEvent q = new QuickeningEvent();
                q.interpreter = in.id();
                q.codeName = c.name();
                q.function = c.qualName();
                q.fileName = c.file();
                q.firstLineNumber = c.firstLine();
                q.commit();
            }
            snapshots(in, 2);
            activity(in, 2);
            for (Scenario.Site s : in.sites()) {
                occurrences(in.id(), s, scenario.sleepMicros());
            }
            snapshots(in, 1);
            activity(in, 1);
        }
    }

    private static void occurrences(int interp, Scenario.Site s, int sleepMicros) {
        long[] kinds = s.kindArray();
        long failures = s.counters()[1];
        for (int k = 0; k < kinds.length; k++) {
            for (long n = 0; n < kinds[k]; n++, failures--) {
                failure(interp, s, k);
            }
        }
        for (; failures > 0; failures--) {
            failure(interp, s, -1);
        }
        long success = s.counters()[0];
        long deopt = s.counters()[5];
        while (success > 0 || deopt > 0) {
            if (success > 0) {
                SpecializationEvent e = new SpecializationEvent();
                site(e, interp, s);
                e.instruction = s.form();
                e.operandType = type(s, 0);
                e.secondOperandType = type(s, 1);
                e.commit();
                success--;
            }
            pause(sleepMicros);
            if (deopt > 0) {
                DeoptimizationEvent e = new DeoptimizationEvent();
                site(e, interp, s);
                e.instruction = s.form();
                e.reason = DeoptimizationEvent.REASON_MISSES;
                e.action = DeoptimizationEvent.ACTION_READAPT;
                e.commit();
                deopt--;
            }
        }
    }

    // the agent's events share these fields by name but not a base class
    private static void site(jdk.jfr.Event e, int interp, Scenario.Site s) {
        if (e instanceof SpecializationEvent x) {
            x.interpreter = interp;
            x.function = s.code().qualName();
            x.fileName = s.code().file();
            x.lineNumber = s.line();
            x.offset = s.offset();
            x.family = s.family();
        } else if (e instanceof SpecializationFailureEvent x) {
            x.interpreter = interp;
            x.function = s.code().qualName();
            x.fileName = s.code().file();
            x.lineNumber = s.line();
            x.offset = s.offset();
            x.family = s.family();
        } else if (e instanceof DeoptimizationEvent x) {
            x.interpreter = interp;
            x.function = s.code().qualName();
            x.fileName = s.code().file();
            x.lineNumber = s.line();
            x.offset = s.offset();
            x.family = s.family();
        } else if (e instanceof InstructionStatisticsEvent x) {
            x.interpreter = interp;
            x.codeName = s.code().name();
            x.function = s.code().qualName();
            x.fileName = s.code().file();
            x.firstLineNumber = s.code().firstLine();
            x.lineNumber = s.line();
            x.offset = s.offset();
            x.family = s.family();
        } else {
            throw new IllegalArgumentException(e.getClass().getName());
        }
    }

    private static int base(String family) {
        return Families.byKey(family).baseOpcode();
    }

    private static String type(Scenario.Site s, int i) {
        if (s.operandTypes() == null) {
            return null;
        }
        String[] t = s.operandTypes().split(", ");
        return i < t.length ? t[i] : null;
    }

    private static void failure(int interp, Scenario.Site s, int kind) {
        SpecializationFailureEvent e = new SpecializationFailureEvent();
        site(e, interp, s);
        e.failureKindIndex = kind;
        e.failureKind = kind < 0 ? null : FailureKinds.name(base(s.family()), kind);
        e.operandType = type(s, 0);
        e.secondOperandType = type(s, 1);
        e.commit();
    }

    private static void pause(int micros) {
        if (micros > 0) {
            LockSupport.parkNanos(micros * 1000L);
        }
    }

    private static Map<String, long[]> familyTotals(Scenario.Interpreter in) {
        Map<String, long[]> families = new LinkedHashMap<>();
        for (Scenario.Site s : in.sites()) {
            long[] c = s.counters();
            long[] k = s.kindArray();
            long[] sum = families.computeIfAbsent(s.family(), f -> new long[36]);
            for (int i = 0; i < 6; i++) {
                sum[i] += c[i];
            }
            for (int i = 0; i < 30; i++) {
                sum[6 + i] += k[i];
            }
        }
        return families;
    }

    /** Statistics snapshots with every counter divided by {@code divisor} (1 = final). */
    private static void snapshots(Scenario.Interpreter in, int divisor) {
        for (Scenario.Site s : in.sites()) {
            long[] c = s.counters();
            InstructionStatisticsEvent e = new InstructionStatisticsEvent();
            e.executionsCounted = true;
            site(e, in.id(), s);
            e.codeName = s.code().name();
            e.instruction = s.form() == null ? s.family().toUpperCase(Locale.ROOT) + "_ADAPTIVE" : s.form();
            e.success = c[0] / divisor;
            e.failure = c[1] / divisor;
            e.hit = c[2] / divisor;
            e.deferred = c[3] / divisor;
            e.miss = c[4] / divisor;
            e.deopt = c[5] / divisor;
            e.commit();
        }
        for (Map.Entry<String, long[]> f : familyTotals(in).entrySet()) {
            SpecializationStatisticsEvent e = new SpecializationStatisticsEvent();
            e.executionsCounted = true;
            long[] v = f.getValue();
            e.interpreter = in.id();
            e.family = f.getKey();
            e.success = v[0] / divisor;
            e.failure = v[1] / divisor;
            e.hit = v[2] / divisor;
            e.deferred = v[3] / divisor;
            e.miss = v[4] / divisor;
            e.deopt = v[5] / divisor;
            e.commit();
            for (int k = 0; k < 30; k++) {
                if (v[6 + k] / divisor > 0) {
                    SpecializationFailureStatisticsEvent fs = new SpecializationFailureStatisticsEvent();
                    fs.interpreter = in.id();
                    fs.family = f.getKey();
                    fs.failureKindIndex = k;
                    fs.failureKind = FailureKinds.name(base(f.getKey()), k);
                    fs.count = v[6 + k] / divisor;
                    fs.commit();
                }
            }
        }
    }

    /**
     * Activity events: the first period holds the counters divided by 2, the second the rest
     * ({@code divisor} 2 writes the first, 1 the second).
     */
    private static void activity(Scenario.Interpreter in, int divisor) {
        for (Map.Entry<String, long[]> f : familyTotals(in).entrySet()) {
            long[] v = f.getValue();
            long[] d = new long[6];
            for (int i = 0; i < 6; i++) {
                d[i] = divisor == 2 ? v[i] / 2 : v[i] - v[i] / 2;
            }
            SpecializationActivityEvent e = new SpecializationActivityEvent();
            e.interpreter = in.id();
            e.family = f.getKey();
            e.success = d[0];
            e.failure = d[1];
            e.hit = d[2];
            e.deferred = d[3];
            e.miss = d[4];
            e.deopt = d[5];
            e.commit();
        }
    }

    /** Writes an empty recording: no quicken events at all. */
    public static void writeEmpty(Path out) throws IOException {
        try (Recording r = new Recording()) {
            r.start();
            r.stop();
            r.dump(out);
        }
    }
}
