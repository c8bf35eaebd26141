package dev.quicken.analysis.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Recording r = new Recording()) {
            for (String name : new String[] {"quicken.Quickening", "quicken.Specialization",
                "quicken.SpecializationFailure", "quicken.Deoptimization", "quicken.SpecializationStatistics",
                "quicken.InstructionStatistics"}) {
                r.enable(name).withoutStackTrace();
            }
            if (!statistics) {
                r.disable("quicken.SpecializationStatistics");
                r.disable("quicken.InstructionStatistics");
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
                TestEvents.Quickening q = new TestEvents.Quickening();
                q.interpreterId = in.id();
                q.codeName = c.name();
                q.qualName = c.qualName();
                q.fileName = c.file();
                q.firstLineNumber = c.firstLine();
                q.commit();
            }
            snapshots(in, 2);
            for (Scenario.Site s : in.sites()) {
                occurrences(in.id(), s, scenario.sleepMicros());
            }
            snapshots(in, 1);
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
                TestEvents.Specialization e = new TestEvents.Specialization();
                e.site(interp, s);
                e.instruction = s.form();
                e.commit();
                success--;
            }
            pause(sleepMicros);
            if (deopt > 0) {
                TestEvents.Deoptimization e = new TestEvents.Deoptimization();
                e.site(interp, s);
                e.instruction = s.form();
                e.reason = "miss counter reached zero";
                e.commit();
                deopt--;
            }
        }
    }

    private static void failure(int interp, Scenario.Site s, int kind) {
        TestEvents.SpecializationFailure e = new TestEvents.SpecializationFailure();
        e.site(interp, s);
        e.instruction = s.family().toUpperCase(java.util.Locale.ROOT) + "_ADAPTIVE";
        e.failureKind = kind;
        e.operandTypes = s.operandTypes();
        e.commit();
    }

    private static void pause(int micros) {
        if (micros > 0) {
            LockSupport.parkNanos(micros * 1000L);
        }
    }

    /** Statistics snapshots with every counter divided by {@code divisor} (1 = final). */
    private static void snapshots(Scenario.Interpreter in, int divisor) {
        Map<String, long[]> families = new LinkedHashMap<>();
        for (Scenario.Site s : in.sites()) {
            long[] c = s.counters();
            long[] k = s.kindArray();
            long[] sum = families.computeIfAbsent(s.family(), f -> new long[36]);
            for (int i = 0; i < 6; i++) {
                sum[i] += c[i] / divisor;
            }
            for (int i = 0; i < 30; i++) {
                sum[6 + i] += k[i] / divisor;
            }
            TestEvents.InstructionStatistics e = new TestEvents.InstructionStatistics();
            e.site(in.id(), s);
            e.instruction = s.form() == null ? s.family().toUpperCase(java.util.Locale.ROOT) + "_ADAPTIVE" : s.form();
            long[] cc = new long[6];
            long[] kk = new long[30];
            for (int i = 0; i < 6; i++) {
                cc[i] = c[i] / divisor;
            }
            for (int i = 0; i < 30; i++) {
                kk[i] = k[i] / divisor;
            }
            e.counters(cc, kk);
            e.commit();
        }
        for (Map.Entry<String, long[]> f : families.entrySet()) {
            TestEvents.SpecializationStatistics e = new TestEvents.SpecializationStatistics();
            long[] v = f.getValue();
            e.interpreterId = in.id();
            e.family = f.getKey();
            e.success = v[0];
            e.failure = v[1];
            e.hit = v[2];
            e.deferred = v[3];
            e.miss = v[4];
            e.deopt = v[5];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                sb.append(i == 0 ? "" : ",").append(v[6 + i]);
            }
            e.failureKinds = sb.toString();
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
