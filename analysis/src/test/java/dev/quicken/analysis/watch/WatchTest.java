package dev.quicken.analysis.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.analysis.cli.MainTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code quicken watch} against a second JVM: the interpreter running a Python loop under the real
 * agent, with a JMX port open. Watched by PID (attach, local connector) and by {@code HOST:PORT}.
 */
class WatchTest {

    static final String LOOP = """
            class P:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
                def norm(self):
                    return self.x * self.x + self.y * self.y

            total = 0
            i = 0
            while True:
                p = P(i, i + 1)
                total = total + p.norm()
                i = i + 1
            """;

    static Process child;
    static int port;
    static Path dir;

    @BeforeAll
    static void startLoop() throws Exception {
        Path agent = Paths.get("..", "agent", "target", "quicken-agent.jar").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(agent), "agent jar not built (mvn -pl agent process-classes): " + agent);
        dir = Files.createTempDirectory("quicken-watch");
        Files.writeString(dir.resolve("loop.py"), LOOP, StandardCharsets.UTF_8);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + agent,
                "-Dcom.sun.management.jmxremote.port=" + port,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Dcom.sun.management.jmxremote.rmi.port=" + port,
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false",
                "-Xshare:auto", "-cp", interpreterClassPath(),
                "dev.quicken.cli.Main", "run", "loop.py"));
        Process compile = new ProcessBuilder(cmd.get(0), "-cp", interpreterClassPath(), "dev.quicken.cli.Main",
                "compile", "loop.py").directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("compile.log").toFile()).start();
        assertEquals(0, compile.waitFor(), () -> "quicken compile loop.py: " + read(dir.resolve("compile.log")));
        child = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        // the JMX port opens while the JVM starts, before the program runs
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                assertTrue(child.isAlive(), () -> "the loop died: " + read(dir.resolve("child.log")));
                assertTrue(System.nanoTime() < deadline, "no JMX port " + port + " within 30 s");
                Thread.sleep(100);
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The interpreter alone (the test class path also holds the agent's classes: the agent jar brings its own). */
    static String interpreterClassPath() {
        try {
            return Paths.get(dev.quicken.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (child != null) {
            child.destroy();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    private static final Pattern TOTAL = Pattern.compile("(?m)^total\\s+([\\d,]+)\\s+([\\d,]+)\\s+([\\d,]+)");
    private static final Pattern LOAD_ATTR = Pattern.compile("(?m)^load_attr\\s+[\\d,]+\\s+[\\d,]+\\s+([\\d,]+)");

    private static List<Long> totals(String out, Pattern p) {
        List<Long> hits = new ArrayList<>();
        Matcher m = p.matcher(out);
        while (m.find()) {
            hits.add(Long.parseLong(m.group(m.groupCount()).replace(",", "")));
        }
        return hits;
    }

    private static String childLog() throws IOException {
        return Files.readString(dir.resolve("child.log"));
    }

    @Test
    void byPidShowsChangingFigures() throws Exception {
        assertTrue(child.isAlive(), "the loop died: " + childLog());
        MainTest.Run r = MainTest.run("watch", Long.toString(child.pid()), "--interval", "0.5", "--count", "3",
                "--wait", "20");
        assertEquals(0, r.status(), r.err() + childLog());
        List<Long> hits = totals(r.out(), TOTAL);
        assertEquals(3, hits.size(), r.out());
        assertTrue(hits.get(0) > 0, r.out());
        assertTrue(hits.get(0) < hits.get(1) && hits.get(1) < hits.get(2), "hits grow: " + r.out());
        assertEquals(3, totals(r.out(), LOAD_ATTR).size(), "self.x is a LOAD_ATTR family row: " + r.out());
        assertTrue(r.out().contains("hits/s"), r.out());
        assertFalse(r.out().contains("\u001b["), "no ANSI codes with --count");
        // the second and third frames have a rate
        Matcher rate = Pattern.compile("(?m)^total(?:\\s+[\\d,.]+){7}\\s+([\\d,]+)$").matcher(r.out());
        assertTrue(rate.find(), r.out());
        assertTrue(Long.parseLong(rate.group(1).replace(",", "")) > 0, r.out());
    }

    @Test
    void byHostAndPortOnce() throws Exception {
        assertTrue(child.isAlive(), "the loop died: " + childLog());
        MainTest.Run first = MainTest.run("watch", "127.0.0.1:" + port, "--once", "--wait", "20");
        assertEquals(0, first.status(), first.err() + childLog());
        MainTest.Run second = MainTest.run("watch", "127.0.0.1:" + port, "--once", "--wait", "20");
        assertEquals(0, second.status(), second.err());
        List<Long> a = totals(first.out(), TOTAL);
        List<Long> b = totals(second.out(), TOTAL);
        assertEquals(1, a.size(), first.out());
        assertEquals(1, b.size(), second.out());
        assertTrue(a.get(0) < b.get(0), "hits grow between two watches:\n" + first.out() + second.out());
    }

    @Test
    void badTargetsAreOneLine() throws Exception {
        MainTest.Run notJvm = MainTest.run("watch", "nonsense");
        assertEquals(1, notJvm.status());
        assertEquals("quicken watch: watch needs a process id or HOST:PORT (a JMX port), not 'nonsense'\n", notJvm.err());
        MainTest.Run noProcess = MainTest.run("watch", "999999999");
        assertEquals(1, noProcess.status());
        assertTrue(noProcess.err().startsWith("quicken watch: cannot attach to process 999999999: "), noProcess.err());
        try (ServerSocket closed = new ServerSocket(0)) {
            int unused = closed.getLocalPort();
            closed.close();
            MainTest.Run noPort = MainTest.run("watch", "127.0.0.1:" + unused, "--once");
            assertEquals(1, noPort.status());
            assertTrue(noPort.err().startsWith("quicken watch: cannot connect to 127.0.0.1:" + unused), noPort.err());
            assertEquals(1, noPort.err().lines().count(), noPort.err());
        }
        MainTest.Run usage = MainTest.run("watch", "1", "--interval", "x");
        assertEquals(2, usage.status());
    }
}
