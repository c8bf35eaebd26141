package dev.quicken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quicken profile}: arguments, and the table it prints from a recording. */
class ProfileCommandTest {

    /** Same name and fields as the agent's event (jfr-events), which this module does not see. */
    @Name(ProfileCommand.STATISTICS_EVENT)
    static final class Statistics extends Event {
        int interpreter;
        String family;
        long success;
        long failure;
        long hit;
        long deferred;
        long miss;
        long deopt;
    }

    private static void emit(int interpreter, String family, long hit, long miss) {
        Statistics s = new Statistics();
        s.interpreter = interpreter;
        s.family = family;
        s.success = 1;
        s.hit = hit;
        s.miss = miss;
        s.commit();
    }

    @Test
    void printsTheLastTotalsPerFamilySummedOverInterpreters(@TempDir Path dir) throws Exception {
        Path jfr = dir.resolve("p.jfr");
        try (Recording r = new Recording()) {
            r.enable(Statistics.class);
            r.start();
            emit(1, "binary_op", 10, 1);
            emit(1, "load_attr", 5, 0);
            Thread.sleep(20);
            emit(1, "binary_op", 1_000_000, 3);   // later snapshot: totals since start
            emit(2, "binary_op", 7, 0);
            r.stop();
            r.dump(jfr);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProfileCommand.printStatistics(jfr, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
        assertTrue(lines.get(0).startsWith("Specialization statistics ("), lines.get(0));
        assertEquals(List.of("family", "success", "failure", "hit", "deferred", "miss", "deopt"),
            List.of(lines.get(1).trim().split("\\s+")));
        assertEquals(List.of("binary_op", "2", "0", "1,000,007", "0", "3", "0"), List.of(lines.get(2).trim().split("\\s+")));
        assertEquals(List.of("load_attr", "1", "0", "5", "0", "0", "0"), List.of(lines.get(3).trim().split("\\s+")));
    }

    @Test
    void badArgumentsAreOneLine(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, Main.run(new String[] {"profile"}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("quicken profile: no program given"));
        err.reset();
        assertEquals(2, Main.run(new String[] {"profile", "-o", dir.toString(), "missing.py"}, o, e));
        assertEquals("quicken profile: missing.py: no such file\n", err.toString(StandardCharsets.UTF_8));
        err.reset();
        Path py = Files.writeString(dir.resolve("x.py"), "print(1)\n");
        String old = System.setProperty("quicken.agent", dir.resolve("nope.jar").toString());
        try {
            assertEquals(2, Main.run(new String[] {"profile", py.toString()}, o, e));
        } finally {
            if (old == null) {
                System.clearProperty("quicken.agent");
            } else {
                System.setProperty("quicken.agent", old);
            }
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("quicken profile: agent jar not found at "),
            err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theProgramGetsTheLaunchersCollectorAndInliningBudgets() {
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:InlineSmallCode=500", "-XX:FreqInlineSize=50", "-Xss8m", "-Xmx2g"),
            ProfileCommand.tuning(List.of("-XX:SharedArchiveFile=/x/q.jsa", "-XX:+UseSerialGC", "-XX:InlineSmallCode=500",
                "-XX:FreqInlineSize=50", "-XX:+IgnoreUnrecognizedVMOptions", "-Dquicken.home=/q", "-Xss8m", "-Xmx2g",
                "-javaagent:/a.jar")));
    }
}
