package dev.quicken.analysis.testdata;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import jdk.jfr.Recording;

/**
 * The benchmark recording: quicken events written with {@code jdk.jfr} until the recording holds
 * at least SIZE megabytes. Two interpreters, SITES sites in code objects of 10 sites each over 100
 * files; every round commits a statistics snapshot of every site and family (totals growing
 * round by round), the activity of every family, and occurrence events (specializations,
 * failures, deoptimizations) for one site in fifty. Not a test: {@code tools/bench_analysis.sh}
 * runs it and times {@code quicken report} on the result.
 *
 * <p>{@code java -XX:FlightRecorderOptions:repository=DIR -cp ... BigRecording OUT.jfr SIZE_MB [SITES]}
 * (the repository is measured to know when to stop).
 */
public final class BigRecording {

    private BigRecording() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) << 20;
        int sites = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        List<String> families = Families.KEYS;
        SplittableRandom random = new SplittableRandom(657);
        int[] familyOf = new int[sites];
        long[][] counters = new long[2 * sites][6];
        for (int s = 0; s < sites; s++) {
            familyOf[s] = random.nextInt(families.size());
        }
        long started = System.nanoTime();
        try (Recording r = new Recording()) {
            r.enable("jdk.JVMInformation");
            for (String name : List.of(EventNames.QUICKENING, EventNames.SPECIALIZATION, EventNames.SPECIALIZATION_FAILURE,
                    EventNames.DEOPTIMIZATION, EventNames.SPECIALIZATION_STATISTICS,
                    EventNames.SPECIALIZATION_FAILURE_STATISTICS, EventNames.INSTRUCTION_STATISTICS,
                    EventNames.SPECIALIZATION_ACTIVITY)) {
                r.enable(name).withoutStackTrace();
            }
            r.setToDisk(true);
            r.start();
            String repository = System.getProperty("jdk.jfr.repository"); // set once a recording runs
            if (repository == null) {
                throw new IllegalStateException("no jdk.jfr.repository: run with -XX:FlightRecorderOptions:repository=DIR");
            }
            Path repo = Path.of(repository);
            for (int interp = 1; interp <= 2; interp++) {
                for (int c = 0; c < sites / 10; c++) {
                    QuickeningEvent q = new QuickeningEvent();
                    q.interpreter = interp;
                    q.codeName = "f" + c;
                    q.function = "C" + (c % 7) + ".f" + c;
                    q.fileName = file(c);
                    q.firstLineNumber = 1 + (c / 100) * 40;
                    q.commit();
                }
            }
            long round = 0;
            long events = 0;
            while (true) {
                round++;
                for (int interp = 1; interp <= 2; interp++) {
                    long[][] family = new long[families.size()][6];
                    for (int s = 0; s < sites; s++) {
                        long[] v = counters[(interp - 1) * sites + s];
                        int f = familyOf[s];
                        v[2] += 1 + random.nextInt(1000); // hit
                        v[3] += random.nextInt(20); // deferred
                        v[4] += random.nextInt(50); // miss
                        if (s % 50 == (int) (round % 50)) {
                            v[0]++;
                            v[1]++;
                            v[5]++;
                            occurrences(interp, s, families.get(f), Families.byKey(families.get(f)).baseOpcode());
                            events += 3;
                        }
                        InstructionStatisticsEvent e = new InstructionStatisticsEvent();
                        e.executionsCounted = true;
                        e.interpreter = interp;
                        e.codeName = "f" + s / 10;
                        e.function = "C" + (s / 10 % 7) + ".f" + s / 10;
                        e.fileName = file(s / 10);
                        e.firstLineNumber = 1 + (s / 1000) * 40;
                        e.lineNumber = e.firstLineNumber + 1 + s % 10;
                        e.endLineNumber = e.lineNumber;
                        e.column = 4;
                        e.endColumn = 20;
                        e.offset = 2 * (s % 10) * 6;
                        e.family = families.get(f);
                        e.instruction = Families.byKey(e.family).members().get(1);
                        e.success = v[0];
                        e.failure = v[1];
                        e.hit = v[2];
                        e.deferred = v[3];
                        e.miss = v[4];
                        e.deopt = v[5];
                        e.commit();
                        events++;
                        for (int k = 0; k < 6; k++) {
                            family[f][k] += v[k];
                        }
                    }
                    for (int f = 0; f < families.size(); f++) {
                        SpecializationStatisticsEvent e = new SpecializationStatisticsEvent();
                        e.executionsCounted = true;
                        e.interpreter = interp;
                        e.family = families.get(f);
                        e.success = family[f][0];
                        e.failure = family[f][1];
                        e.hit = family[f][2];
                        e.deferred = family[f][3];
                        e.miss = family[f][4];
                        e.deopt = family[f][5];
                        e.commit();
                        SpecializationFailureStatisticsEvent k = new SpecializationFailureStatisticsEvent();
                        k.interpreter = interp;
                        k.family = e.family;
                        k.failureKindIndex = 2;
                        k.failureKind = FailureKinds.name(Families.byKey(e.family).baseOpcode(), 2);
                        k.count = e.failure;
                        k.commit();
                        SpecializationActivityEvent a = new SpecializationActivityEvent();
                        a.interpreter = interp;
                        a.family = e.family;
                        a.hit = e.hit / round;
                        a.commit();
                        events += 3;
                    }
                }
                if (round % 5 == 0) {
                    long size = size(repo);
                    System.err.printf("round %d: %,d events, %,d MB%n", round, events, size >> 20);
                    if (size >= target) {
                        break;
                    }
                }
            }
            r.stop();
            r.dump(out);
        }
        System.err.printf("wrote %s: %,d MB in %.1f s%n", out, Files.size(out) >> 20, (System.nanoTime() - started) / 1e9);
    }

    private static String file(int code) {
        return "/app/pkg" + code % 10 + "/module" + code % 100 + ".py";
    }

    private static void occurrences(int interp, int s, String family, int base) {
        String function = "C" + (s / 10 % 7) + ".f" + s / 10;
        int line = 2 + (s / 1000) * 40 + s % 10;
        SpecializationEvent a = new SpecializationEvent();
        a.interpreter = interp;
        a.function = function;
        a.fileName = file(s / 10);
        a.firstLineNumber = 1 + (s / 1000) * 40;
        a.lineNumber = line;
        a.offset = 2 * (s % 10) * 6;
        a.family = family;
        a.instruction = Families.byKey(family).members().get(1);
        a.operandType = "int";
        a.commit();
        SpecializationFailureEvent b = new SpecializationFailureEvent();
        b.interpreter = interp;
        b.function = function;
        b.fileName = a.fileName;
        b.firstLineNumber = a.firstLineNumber;
        b.lineNumber = line;
        b.offset = a.offset;
        b.family = family;
        b.failureKindIndex = 2;
        b.failureKind = FailureKinds.name(base, 2);
        b.operandType = "str";
        b.commit();
        DeoptimizationEvent d = new DeoptimizationEvent();
        d.interpreter = interp;
        d.function = function;
        d.fileName = a.fileName;
        d.firstLineNumber = a.firstLineNumber;
        d.lineNumber = line;
        d.offset = a.offset;
        d.family = family;
        d.instruction = a.instruction;
        d.reason = DeoptimizationEvent.REASON_MISSES;
        d.action = DeoptimizationEvent.ACTION_READAPT;
        d.commit();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
