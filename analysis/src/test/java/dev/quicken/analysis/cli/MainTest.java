package dev.quicken.analysis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.analysis.Golden;
import dev.quicken.analysis.testdata.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class MainTest {

    static final String REC = "src/test/resources/recordings/";

    /** One command run in this JVM. */
    public record Run(int status, String out, String err) {
    }

    /** Runs {@code quicken ARGS} in this JVM; checks that stderr holds no stack trace. */
    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        Run r = new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.err().contains("Exception"), "no exception name: " + r.err());
        return r;
    }

    @Test
    void statsPrintsTheDict() throws Exception {
        Run r = run("stats", REC + "small.jfr");
        assertEquals(0, r.status(), r.err());
        assertEquals(Scenario.small().expectedStats().toPythonRepr() + "\n", r.out());
        Golden.check("stats-small.txt", r.out());
        Run json = run("stats", REC + "small.jfr", "--json");
        Golden.check("stats-small.json", json.out());
        Run jmc = run("stats", REC + "small.jfr", "--parser", "jmc");
        assertEquals(r.out(), jmc.out());
        Run two = run("stats", REC + "small.jfr", "--interpreter", "2");
        assertEquals(0, two.status());
        assertTrue(two.out().startsWith("{'load_attr': {'success': 1, 'failure': 0, 'hit': 40, "), two.out());
        Run none = run("stats", REC + "small.jfr", "--interpreter", "7");
        assertEquals(1, none.status());
        assertEquals("quicken: no statistics of interpreter 7 in the recording (interpreters: 1, 2)\n", none.err());
    }

    @Test
    void reportFormatsAndOutputFile(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("r.html");
        Run r = run("report", REC + "storm.jfr", "-o", html.toString(), "--source", REC + "src");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        Run md = run("report", REC + "storm.jfr", "--format", "md");
        assertTrue(md.out().startsWith("# Specialization report"));
        Run diff = run("diff", REC + "small.jfr", REC + "storm.jfr");
        assertEquals(0, diff.status());
        assertTrue(diff.out().startsWith("Specialization comparison"));
    }

    @Test
    void noQuickenEventsIsOneLine() {
        Run r = run("report", REC + "empty.jfr");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertEquals("quicken: " + REC + "empty.jfr: no quicken events in the recording (was the interpreter run "
                + "with the quicken agent?)\n", r.err());
    }

    @Test
    void agentWithoutEventsIsOneLine(@TempDir Path dir) throws Exception {
        Path idle = dir.resolve("idle.jfr");
        dev.quicken.analysis.testdata.RecordingGenerator.write(
                new Scenario("idle", java.util.List.of(), 0), idle);
        Run r = run("stats", idle.toString());
        assertEquals(1, r.status());
        assertEquals("quicken: " + idle + ": the quicken agent was attached but recorded no quickening (did the "
                + "program run long enough to warm up?)\n", r.err());
    }

    @Test
    void truncatedRecordingReportsWhatItRead(@TempDir Path dir) throws Exception {
        byte[] small = Files.readAllBytes(Path.of(REC + "small.jfr"));
        byte[] storm = Files.readAllBytes(Path.of(REC + "storm.jfr"));
        Path cut = dir.resolve("cut.jfr");
        byte[] both = Arrays.copyOf(small, small.length + 1000);
        System.arraycopy(storm, 0, both, small.length, 1000);
        Files.write(cut, both);
        Run r = run("stats", cut.toString());
        long events = dev.quicken.analysis.load.Loader.load(java.util.List.of(Path.of(REC + "small.jfr")),
                dev.quicken.analysis.load.Loader.Parser.STREAMING, dev.quicken.analysis.load.Progress.none())
                .profile().eventCount();
        assertEquals(1, r.status());
        assertEquals(Scenario.small().expectedStats().toPythonRepr() + "\n", r.out());
        assertEquals(String.format("quicken: %s: truncated: chunk 2 at byte %,d declares %,d bytes but only 1,000 "
                + "remain; read the 1 complete chunk before it (%,d of %,d bytes, %,d events)%n", cut, small.length,
                storm.length, small.length, small.length + 1000, events), r.err());
    }

    @Test
    void badInputsAreOneLineErrors(@TempDir Path dir) throws Exception {
        Run missing = run("stats", dir.resolve("nope.jfr").toString());
        assertEquals(1, missing.status());
        assertEquals("quicken: " + dir.resolve("nope.jfr") + ": no such file\n", missing.err());
        Path text = dir.resolve("t.jfr");
        Files.writeString(text, "not a recording at all, just some text here");
        Run notJfr = run("report", text.toString());
        assertEquals(1, notJfr.status());
        assertEquals("quicken: " + text + ": not a JFR recording (no FLR magic at byte 0); nothing readable\n",
                notJfr.err());
        Run directory = run("stats", dir.toString());
        assertEquals("quicken: " + dir + ": is a directory, not a recording\n", directory.err());
        Run rules = run("rules", text.toString());
        assertEquals(1, rules.status());
        assertTrue(rules.err().startsWith("quicken: " + text + ": not a JFR recording"), rules.err());
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("report").status());
        assertEquals(2, run("report", REC + "small.jfr", "--format", "pdf").status());
        assertEquals(2, run("frobnicate", "x.jfr").status());
        assertEquals(2, run("diff", REC + "small.jfr").status());
        assertEquals(2, run("stats", REC + "small.jfr", "--bogus").status());
        assertEquals(0, run("help").status());
    }
}
