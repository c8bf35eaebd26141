package dev.quicken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * bench/micro.py (the per-construct micro-benchmarks that bench/micro_run.py times) runs under
 * quicken: every construct of its CONSTRUCTS list prints one {@code NAME NS} line, in order, and an
 * unknown construct is a one-line error with exit status 2.
 */
class BenchMicroTest {

    static final Path MICRO = Path.of("..", "bench", "micro.py");

    static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        List<String> argv = new ArrayList<>(List.of("run", MICRO.toString()));
        argv.addAll(List.of(args));
        return Main.run(argv.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The function names of micro.py's CONSTRUCTS list, read from its source. */
    static List<String> constructs() throws Exception {
        String src = Files.readString(MICRO);
        Matcher m = Pattern.compile("CONSTRUCTS = \\[([^\\]]*)\\]").matcher(src);
        assertTrue(m.find(), "CONSTRUCTS list in " + MICRO);
        List<String> names = new ArrayList<>();
        for (String n : m.group(1).split(",")) {
            names.add(n.strip());
        }
        return names;
    }

    @Test
    void everyConstructRunsAndPrintsItsTime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(out, err, "--reps", "3", "--loops", "50"), err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        List<String> want = constructs();
        assertTrue(want.size() >= 20, want.toString());
        assertEquals(want.size(), lines.length, String.join("\n", lines));
        Pattern line = Pattern.compile("([a-z0-9_]+) (\\d+\\.\\d)");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = line.matcher(lines[i]);
            assertTrue(m.matches(), lines[i]);
            assertEquals(want.get(i), m.group(1));
        }
    }

    @Test
    void selectedConstructsOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(out, err, "call0", "attr", "--reps", "2", "--loops", "20"));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        // in micro.py's order, not the command line's
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("attr "), lines[0]);
        assertTrue(lines[1].startsWith("call0 "), lines[1]);
    }

    @Test
    void unknownConstructIsOneLineAndExitStatus2() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(out, err, "nope"));
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(e.startsWith("micro.py: unknown construct 'nope'; known: empty fast attr"), e);
        assertEquals(1, e.split("\n").length, e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
