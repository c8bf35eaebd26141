package dev.quicken.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.agent.it.GroundTruthRun;
import dev.quicken.agent.it.HostApp;
import dev.quicken.agent.it.ProbeDriver;
import dev.quicken.jfr.EventNames;
import dev.quicken.jfr.SiteLimit;
import dev.quicken.jfr.FailureKinds;
import dev.quicken.probe.Probes;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Runs programs that call the probes in child JVMs with the real agent jar (made in
 * {@code process-classes}, before the tests) and checks what the agent counted and recorded.
 */
@Execution(ExecutionMode.CONCURRENT)
class AgentProcessTest {

    static final int THREADS = 8;
    static final int ITERATIONS = 40_000;

    static Path agentJar;
    static Path interpreterClasses;
    static Path testClasses;
    static String javaExe;

    @TempDir
    Path dir;

    @BeforeAll
    static void locate() throws Exception {
        agentJar = Paths.get("target", "quicken-agent.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(agentJar), "build the agent jar first (mvn process-classes): " + agentJar);
        interpreterClasses = Paths.get(Probes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        testClasses = Paths.get(ProbeDriver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        javaExe = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    // ---- the tests ------------------------------------------------------------------------------

    @Test
    void eightThreadsTwoInterpretersAreCountedExactly() throws Exception {
        Path jfr = dir.resolve("run.jfr");
        Result r = run(List.of("-javaagent:" + agentJar + "=record=" + jfr + ",settings=detailed", "-cp",
            driverClassPath(), ProbeDriver.class.getName(), "" + THREADS, "" + ITERATIONS));
        r.assertCleanExit();
        Expected expected = Expected.of(THREADS, ITERATIONS, 1);
        assertEquals(render(expected.families), render(statsLines(r.out)), "Probes.specializationStats");
        assertRecording(jfr, expected);
    }

    @Test
    void theDefaultSettingsCountTheDecisionsOnly() throws Exception {
        Path jfr = dir.resolve("default.jfr");
        Result r = run(List.of("-javaagent:" + agentJar + "=record=" + jfr, "-cp", driverClassPath(),
            ProbeDriver.class.getName(), "" + THREADS, "" + ITERATIONS));
        r.assertCleanExit();
        Expected expected = Expected.of(THREADS, ITERATIONS, 1).decisionsOnly();
        assertEquals(render(expected.families), render(statsLines(r.out)), "Probes.specializationStats");
        assertRecording(jfr, expected);
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (e.getEventType().getName().equals(EventNames.SPECIALIZATION_STATISTICS)) {
                assertEquals(false, e.getBoolean("executionsCounted"), e.toString());
            }
        }
    }

    @Test
    void hostWithIsolatedInterpreterLoaderObservedFromStart() throws Exception {
        Path jfr = dir.resolve("host.jfr");
        Result r = run(List.of("-javaagent:" + agentJar + "=record=" + jfr + ",settings=detailed", "-cp",
            testClasses.toString(), HostApp.class.getName(), interpreterClasses.toString(), testClasses.toString(), "" + THREADS,
            "" + ITERATIONS));
        r.assertCleanExit();
        Expected expected = Expected.of(THREADS, ITERATIONS, 1);
        assertEquals(render(expected.families), render(statsLines(r.out)), "Probes.specializationStats");
        assertRecording(jfr, expected);
    }

    @Test
    void appAttachedLaterCountsWhatRunsAfterTheAttachWithoutWarnings() throws Exception {
        Path jfr = dir.resolve("attach.jfr");
        Result r = runAttachingLater(List.of("-cp", driverClassPath(), ProbeDriver.class.getName()), jfr);
        r.assertCleanExit();
        Expected expected = Expected.of(THREADS, ITERATIONS, 1);
        assertEquals(render(expected.families), render(statsLines(r.out)), "Probes.specializationStats");
        assertRecording(jfr, expected);
    }

    @Test
    void hostWithIsolatedInterpreterLoaderAttachedLater() throws Exception {
        Path jfr = dir.resolve("host-attach.jfr");
        Result r = runAttachingLater(List.of("-cp", testClasses.toString(), HostApp.class.getName(),
            interpreterClasses.toString(), testClasses.toString()), jfr);
        assertEquals(0, r.exit, r.toString());
        // the one warning the JVM gives when an agent appends to the bootstrap path at run time
        for (String line : r.err) {
            assertTrue(line.contains("bootstrap classpath has been appended"), r.toString());
        }
        Expected expected = Expected.of(THREADS, ITERATIONS, 1);
        assertEquals(render(expected.families), render(statsLines(r.out)), "Probes.specializationStats");
        assertRecording(jfr, expected);
    }

    @Test
    void startUpUsesTheRewriteMadeAtBuildTimeAndByteBuddyGivesTheSameCounts() throws Exception {
        List<String> driver = List.of("-verbose:class", "-cp", driverClassPath(), ProbeDriver.class.getName(), "2", "1000");
        List<String> precomputed = new ArrayList<>(List.of("-javaagent:" + agentJar + "=counters=always"));
        precomputed.addAll(driver);
        Result fast = run(precomputed);
        assertEquals(0, fast.exit, fast.toString());
        List<String> byteBuddy = new ArrayList<>(List.of("-javaagent:" + agentJar + "=counters=always",
            "-Dquicken.agent.precomputed=false"));
        byteBuddy.addAll(driver);
        Result slow = run(byteBuddy);
        assertEquals(0, slow.exit, slow.toString());
        assertTrue(fast.out.stream().noneMatch(l -> l.contains(".shaded.bytebuddy.")), "Byte Buddy loaded at start-up");
        assertTrue(slow.out.stream().anyMatch(l -> l.contains(".shaded.bytebuddy.")), "the fallback runs Byte Buddy");
        Expected expected = Expected.of(2, 1000, 1);
        assertEquals(render(expected.families), render(statsLines(fast.out)), "precomputed rewrite");
        assertEquals(render(expected.families), render(statsLines(slow.out)), "Byte Buddy at run time");
    }

    @Test
    void withoutARecordingOnlyTheRareProbesCount() throws Exception {
        Result r = run(List.of("-javaagent:" + agentJar, "-cp", driverClassPath(), ProbeDriver.class.getName(),
            "" + THREADS, "" + ITERATIONS));
        r.assertCleanExit();
        Expected expected = Expected.of(THREADS, ITERATIONS, 1).times(1, 0);
        assertEquals(render(expected.families), render(statsLines(r.out)), "Probes.specializationStats");
    }

    @Test
    void aRecordingStartedLaterTurnsTheHotCountersOnAndItsEndOff() throws Exception {
        // runs before, during and after a recording: the hot counters count the middle run only,
        // exactly; the rare ones count all three (the recording's totals: the first two)
        Path jfr = dir.resolve("phases.jfr");
        Result r = run(List.of("-javaagent:" + agentJar, "-cp", driverClassPath(), ProbeDriver.class.getName(),
            "" + THREADS, "" + ITERATIONS, "phases", jfr.toString()));
        r.assertCleanExit();
        Expected once = Expected.of(THREADS, ITERATIONS, 1);
        assertEquals(render(once.times(3, 1).families), render(statsLines(r.out)), "Probes.specializationStats");
        Map<String, long[]> families = new TreeMap<>();
        Map<String, Long> occurrences = new TreeMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            occurrences.merge(e.getEventType().getName(), 1L, Long::sum);
            if (e.getEventType().getName().equals(EventNames.SPECIALIZATION_STATISTICS)) {
                families.put(e.getInt("interpreter") + "/" + e.getString("family"), counters(e));
            }
        }
        assertEquals(render(once.times(2, 1).families), render(families), "the recording's last statistics");
        assertEquals(once.specializationEvents(siteLimit(jfr, EventNames.SPECIALIZATION)),
            occurrences.get(EventNames.SPECIALIZATION), "events of the middle run");
    }

    @Test
    void switchingWhileThreadsRunNeverCountsTwiceNorLosesWhatRanWhileOn() throws Exception {
        // 8 threads run 1,000-iteration chunks without pause while a recording starts and stops:
        // the rare counters are exact; the hot ones are at least what the chunks wholly inside the
        // recording made and at most what all chunks made
        int chunk = 1000;
        Path jfr = dir.resolve("live.jfr");
        Result r = run(List.of("-javaagent:" + agentJar, "-cp", driverClassPath(), ProbeDriver.class.getName(),
            "" + THREADS, "" + chunk, "live", jfr.toString()));
        r.assertCleanExit();
        Map<String, long[]> stats = statsLines(r.out);
        Map<String, long[]> perChunk = Expected.of(2, chunk, 1).families;   // one chunk per interpreter
        int checked = 0;
        for (String line : r.out) {
            String[] f = line.split(" ");
            if (!f[0].equals("chunks")) {
                continue;
            }
            long all = Long.parseLong(f[2]);
            long inside = Long.parseLong(f[3]);
            assertTrue(inside > 0 && inside < all, line);
            for (Map.Entry<String, long[]> e : perChunk.entrySet()) {
                if (!e.getKey().startsWith(f[1] + "/")) {
                    continue;
                }
                long[] one = e.getValue();
                long[] got = stats.getOrDefault(e.getKey(), new long[6]);
                for (int k : new int[] {0, 1, 5}) {
                    assertEquals(one[k] * all, got[k], e.getKey() + " field " + k);
                }
                for (int k : new int[] {2, 3, 4}) {
                    assertTrue(got[k] >= one[k] * inside && got[k] <= one[k] * all,
                        e.getKey() + " field " + k + ": " + got[k] + " not in [" + one[k] * inside + ", " + one[k] * all + "]");
                }
                checked++;
            }
        }
        assertEquals(6, checked, r.toString());
    }

    @Test
    void badOptionPrintsOneLineAndTheProgramRunsUninstrumented() throws Exception {
        Result r = run(List.of("-javaagent:" + agentJar + "=recrod=x.jfr", "-cp", driverClassPath(),
            ProbeDriver.class.getName(), "2", "100"));
        assertEquals(0, r.exit, r.toString());
        assertEquals(1, r.err.size(), r.toString());
        assertTrue(r.err.get(0).startsWith("quicken-agent: unknown option 'recrod'"), r.err.get(0));
        assertTrue(r.out.contains("stats 1 null") && r.out.contains("stats 2 null"), r.toString());
    }

    @Test
    void withoutOptionsARecordingStartedOtherwiseCarriesTheEvents() throws Exception {
        Path jfr = dir.resolve("cmdline.jfr");
        Result r = run(List.of("-javaagent:" + agentJar, "-XX:StartFlightRecording:filename=" + jfr + ",settings=default",
            "-cp", driverClassPath(), ProbeDriver.class.getName(), "" + THREADS, "" + ITERATIONS));
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.err.isEmpty(), r.toString());
        assertRecording(jfr, Expected.of(THREADS, ITERATIONS, 1));
    }

    @Test
    void systemExitAndSigtermStillWriteTheRecording() throws Exception {
        Path exited = dir.resolve("exit.jfr");
        Result r = run(List.of("-javaagent:" + agentJar + "=record=" + exited + ",settings=detailed", "-cp",
            driverClassPath(), ProbeDriver.class.getName(), "2", "1000", "exit"));
        r.assertCleanExit();
        assertRecording(exited, Expected.of(2, 1000, 1));

        Path terminated = dir.resolve("sigterm.jfr");
        Process p = start(List.of("-javaagent:" + agentJar + "=record=" + terminated + ",settings=detailed", "-cp",
            driverClassPath(),
            ProbeDriver.class.getName(), "2", "1000", "wait"));
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine());
            p.destroy();   // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(143, p.exitValue());
        } finally {
            p.destroyForcibly();
        }
        assertRecording(terminated, Expected.of(2, 1000, 1));
    }

    @Test
    void aSettingsFileIsUsedAsGiven() throws Exception {
        Path jfc = Files.writeString(dir.resolve("quiet.jfc"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<configuration version=\"2.0\" label=\"Quiet\">\n"
            + "  <event name=\"quicken.Specialization\"><setting name=\"enabled\">false</setting></event>\n"
            + "  <event name=\"quicken.SpecializationStatistics\"><setting name=\"enabled\">true</setting>"
            + "<setting name=\"period\">endChunk</setting></event>\n"
            + "</configuration>\n");
        Path jfr = dir.resolve("quiet.jfr");
        run(List.of("-javaagent:" + agentJar + "=record=" + jfr + ",settings=" + jfc, "-cp", driverClassPath(),
            ProbeDriver.class.getName(), "2", "1000")).assertCleanExit();
        Map<String, Long> counts = RecordingFile.readAllEvents(jfr).stream()
            .collect(Collectors.groupingBy(e -> e.getEventType().getName(), TreeMap::new, Collectors.counting()));
        assertEquals(null, counts.get(EventNames.SPECIALIZATION), counts.toString());
        assertEquals(6L, counts.get(EventNames.SPECIALIZATION_STATISTICS), counts.toString());
        assertEquals(null, counts.get("jdk.CPULoad"), "only what the file asks for: " + counts);
    }

    @Test
    void jfrToolShowsTheEventsWithLabelsAndFields() throws Exception {
        Path jfr = dir.resolve("tool.jfr");
        run(List.of("-javaagent:" + agentJar + "=record=" + jfr, "-cp", driverClassPath(),
            ProbeDriver.class.getName(), "2", "2000")).assertCleanExit();
        String jfrTool = Paths.get(System.getProperty("java.home"), "bin", "jfr").toString();

        String summary = String.join("\n", tool(jfrTool, "summary", jfr.toString()));
        for (String name : List.of(EventNames.QUICKENING, EventNames.SPECIALIZATION, EventNames.SPECIALIZATION_FAILURE,
                EventNames.DEOPTIMIZATION, EventNames.SPECIALIZATION_STATISTICS, EventNames.INSTRUCTION_STATISTICS)) {
            assertTrue(summary.matches("(?s).*\\s" + name.replace(".", "\\.") + "\\s+[1-9]\\d*\\s.*"), name + " in\n" + summary);
        }
        String print = String.join("\n", tool(jfrTool, "print", "--events", "quicken.*", jfr.toString()));
        assertTrue(print.contains("quicken.SpecializationFailure {"), print);
        assertTrue(print.contains("failureKind = \"add_different_types\""), print);
        assertTrue(print.contains("instruction = \"BINARY_OP_ADD_INT\""), print);
        assertTrue(print.contains("family = \"compare_op\""), print);
        String metadata = String.join("\n", tool(jfrTool, "metadata", jfr.toString()));
        assertTrue(metadata.contains("@Label(\"Specialization Statistics\")"), metadata);
        assertTrue(metadata.contains("@Category({\"Quicken\", \"Statistics\"})"), metadata);
        assertTrue(metadata.contains("@Label(\"Failure Kind\")"), metadata);
    }

    @Test
    void realProgramOnTwoInterpretersMatchesTheInterpretersOwnCounts() throws Exception {
        Path jfr = dir.resolve("mixed.jfr");
        Path program = Paths.get("src", "test", "resources", "programs", "mixed.py").toAbsolutePath();
        Result r = run(List.of("-javaagent:" + agentJar + "=record=" + jfr + ",settings=detailed", "-cp",
            driverClassPath(), GroundTruthRun.class.getName(), program.toString(), "2"));
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.err.isEmpty(), r.toString());
        Map<String, String> truthSites = new TreeMap<>();
        long quickened = 0;
        int interpreters = 0;
        for (String line : r.out) {
            String[] f = line.split(" ", 3);
            switch (f[0]) {
                case "output":
                    assertEquals("0 200 400 6347.0", f[2], "python3.11 prints 200 400 6347.0");
                    break;
                case "stats":
                    assertTrue(f[2].startsWith("equal "), "agent and interpreter disagree: " + line);
                    interpreters++;
                    break;
                case "quickened":
                    quickened += Long.parseLong(f[2]);
                    break;
                case "site":
                    String[] v = f[2].split(" ");
                    truthSites.put(f[1] + "/" + v[0], String.join(" ", Arrays.copyOfRange(v, 1, 7)));
                    break;
                default:
                    break;
            }
        }
        assertEquals(2, interpreters, r.toString());
        Map<String, String> recorded = new TreeMap<>();
        long quickenings = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (e.getEventType().getName().equals(EventNames.INSTRUCTION_STATISTICS)) {
                // PEP 657 positions from the interpreter: every instruction of this program has one
                assertTrue(e.getInt("column") >= 0 && e.getInt("endColumn") > e.getInt("column")
                    && e.getInt("endLineNumber") >= e.getInt("lineNumber"), e.toString());
                long[] c = counters(e);
                recorded.put(e.getInt("interpreter") + "/" + e.getString("function") + ":" + e.getInt("firstLineNumber")
                    + ":" + e.getInt("offset"), c[0] + " " + c[1] + " " + c[2] + " " + c[3] + " " + c[4] + " " + c[5]);
            } else if (e.getEventType().getName().equals(EventNames.SPECIALIZATION)) {
                assertTrue(e.getInt("firstLineNumber") > 0 && e.getInt("column") >= 0, e.toString());
            } else if (e.getEventType().getName().equals(EventNames.QUICKENING)) {
                quickenings++;
            }
        }
        assertEquals(truthSites, recorded, "quicken.InstructionStatistics vs the interpreter's per-site counts");
        assertEquals(quickened, quickenings);
    }

    @Test
    void profileCommandRunsTheProgramUnderTheAgentAndPrintsTheStats() throws Exception {
        Path program = Files.writeString(dir.resolve("prog.py"),
            "def f(n):\n    s = 0\n    for i in range(n):\n        s = s + i\n    return s\nprint(f(1000))\n");
        Result compiled = run(List.of("-cp", interpreterClasses.toString(), "dev.quicken.cli.Main", "compile",
            program.toString(), "-o", dir.resolve("prog.pyc").toString()));
        assertEquals(0, compiled.exit, compiled.toString());
        Path out = dir.resolve("profiles");
        Result r = run(List.of("-Dquicken.agent=" + agentJar, "-cp", interpreterClasses.toString(),
            "dev.quicken.cli.Main", "profile", "-o", out.toString(), program.toString()));
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.err.isEmpty(), r.toString());
        assertEquals("499500", r.out.get(0), r.toString());
        assertEquals("Specialization statistics (" + out.resolve("prog.jfr").toAbsolutePath() + ")", r.out.get(1));
        assertTrue(Files.size(out.resolve("prog.jfr")) > 0);
    }

    // ---- checking a recording -------------------------------------------------------------------

    static void assertRecording(Path jfr, Expected expected) throws IOException {
        assertTrue(Files.isRegularFile(jfr), "no recording at " + jfr);
        List<RecordedEvent> events = RecordingFile.readAllEvents(jfr);
        Map<String, long[]> families = new TreeMap<>();
        Map<String, long[]> sites = new TreeMap<>();
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> occurrences = new TreeMap<>();
        events.sort((a, b) -> a.getStartTime().compareTo(b.getStartTime()));
        for (RecordedEvent e : events) {
            String type = e.getEventType().getName();
            occurrences.merge(type, 1L, Long::sum);
            switch (type) {
                case EventNames.SPECIALIZATION_STATISTICS:
                    families.put(e.getInt("interpreter") + "/" + e.getString("family"), counters(e));
                    break;
                case EventNames.INSTRUCTION_STATISTICS:
                    sites.put(e.getInt("interpreter") + "/" + e.getString("function") + "/" + e.getInt("offset"), counters(e));
                    break;
                case EventNames.SPECIALIZATION_FAILURE_STATISTICS:
                    kinds.put(e.getInt("interpreter") + "/" + e.getString("family") + "/" + e.getString("failureKind"),
                        e.getLong("count"));
                    break;
                default:
                    break;
            }
        }
        assertEquals(render(expected.families), render(families), "last quicken.SpecializationStatistics per family");
        assertEquals(render(expected.sites), render(sites), "last quicken.InstructionStatistics per site");
        assertEquals(expected.failureKinds, kinds, "last quicken.SpecializationFailureStatistics");
        assertEquals(expected.quickenings, occurrences.getOrDefault(EventNames.QUICKENING, 0L));
        // the occurrence events that churn are limited per site by the recording's siteLimit; the statistics above never
        assertEquals(expected.specializationEvents(siteLimit(jfr, EventNames.SPECIALIZATION)),
            occurrences.getOrDefault(EventNames.SPECIALIZATION, 0L), "quicken.Specialization events");
        assertEquals(expected.failures, occurrences.getOrDefault(EventNames.SPECIALIZATION_FAILURE, 0L));
        assertEquals(expected.deoptimizationEvents(siteLimit(jfr, EventNames.DEOPTIMIZATION)),
            occurrences.getOrDefault(EventNames.DEOPTIMIZATION, 0L), "quicken.Deoptimization events");
    }

    /** The {@code siteLimit} the recording had for event type {@code name} (its last jdk.ActiveSetting), as a count. */
    static int siteLimit(Path jfr, String name) throws IOException {
        long id = -1;
        String value = null;
        try (RecordingFile f = new RecordingFile(jfr)) {
            for (jdk.jfr.EventType t : f.readEventTypes()) {
                if (t.getName().equals(name)) {
                    id = t.getId();
                }
            }
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                if (e.getEventType().getName().equals("jdk.ActiveSetting") && e.getLong("id") == id
                        && e.getString("name").equals(SiteLimit.NAME)) {
                    value = e.getString("value");
                }
            }
        }
        return SiteLimit.parse(value);
    }

    private static long[] counters(RecordedEvent e) {
        return new long[] {e.getLong("success"), e.getLong("failure"), e.getLong("hit"), e.getLong("deferred"),
            e.getLong("miss"), e.getLong("deopt")};
    }

    private static Map<String, String> render(Map<String, long[]> m) {
        return m.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, x -> Arrays.toString(x.getValue()),
            (a, b) -> a, TreeMap::new));
    }

    /** The {@code stats} lines of {@link ProbeDriver}, as "interpreter/family" to the six counters. */
    private static Map<String, long[]> statsLines(List<String> out) {
        Map<String, long[]> m = new TreeMap<>();
        for (String line : out) {
            String[] f = line.split(" ");
            if (f[0].equals("stats") && !f[2].equals("null")) {
                long[] v = new long[6];
                for (int k = 0; k < 6; k++) {
                    v[k] = Long.parseLong(f[3 + k]);
                }
                assertEquals(Probes.STATS_FIELDS, f.length - 3);
                m.put(f[1] + "/" + FailureKinds.family(Integer.parseInt(f[2])), v);
            }
        }
        return m;
    }

    // ---- child JVMs ---------------------------------------------------------------------------

    private String driverClassPath() {
        return interpreterClasses + File.pathSeparator + testClasses;
    }

    /** Starts {@code command} (driver arguments added) with {@code wait}, attaches, lets it go on. */
    private Result runAttachingLater(List<String> command, Path jfr) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("-XX:+EnableDynamicAgentLoading"));
        cmd.addAll(command);
        cmd.addAll(List.of("" + THREADS, "" + ITERATIONS, "wait"));
        Process p = start(cmd);
        try {
            return attachLater(p, jfr);
        } finally {
            p.destroyForcibly();
        }
    }

    private Result attachLater(Process p, Path jfr) throws Exception {
        CompletableFuture<List<String>> err = lines(p.getErrorStream());
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", out.readLine());
        Result attach = run(List.of("-jar", agentJar.toString(), "" + p.pid(), "record=" + jfr + ",settings=detailed"));
        assertEquals(0, attach.exit, attach.toString());
        assertEquals(List.of("quicken-agent: attached to " + p.pid()), attach.err);
        try (OutputStream in = p.getOutputStream()) {
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
        }
        List<String> rest = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            rest.add(line);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), rest, err.get());
    }

    private Process start(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExe);
        cmd.addAll(args);
        return new ProcessBuilder(cmd).directory(dir.toFile()).start();
    }

    private Result run(List<String> args) throws Exception {
        Process p = start(args);
        try {
            p.getOutputStream().close();
            CompletableFuture<List<String>> out = lines(p.getInputStream());
            CompletableFuture<List<String>> err = lines(p.getErrorStream());
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM hangs: " + args);
            return new Result(p.exitValue(), out.get(60, TimeUnit.SECONDS), err.get(60, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
    }

    private static List<String> tool(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            CompletableFuture<List<String>> out = lines(p.getInputStream());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), String.join("\n", out.get()));
            return out.get();
        } finally {
            p.destroyForcibly();
        }
    }

    /** Reads a stream to its end on a thread of its own (the common pool may have one worker). */
    private static CompletableFuture<List<String>> lines(InputStream in) {
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                result.complete(r.lines().collect(Collectors.toList()));
            } catch (IOException | UncheckedIOException e) {
                result.completeExceptionally(e);
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return result;
    }

    static final class Result {
        final int exit;
        final List<String> out;
        final List<String> err;

        Result(int exit, List<String> out, List<String> err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }

        /** Exit 0 and nothing on stderr: no warnings a user would have to silence. */
        void assertCleanExit() {
            assertEquals(0, exit, toString());
            assertTrue(err.isEmpty(), "stderr not empty:\n" + String.join("\n", err));
            assertTrue(out.contains("done"), toString());
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + String.join("\n", out) + "\n--- stderr\n" + String.join("\n", err);
        }
    }
}
