package dev.quicken.modules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CPython 3.11's own test suite as an outside judge: reruns, under quicken, the tests of {@code Lib/test}
 * that {@code tools/run_cpython_tests.py} recorded as passing ({@code resources/cpython-tags/MODULE.txt}, one
 * quicken process per module) and fails when one of them no longer passes. Slow: runs only with
 * {@code -Dquicken.slow=true}, and needs a CPython Lib that has its {@code test} package.
 */
class CpythonTaggedTest {

    static final long TIMEOUT_SECONDS = 600;

    @TestFactory
    List<DynamicTest> taggedTestsStillPass() throws IOException, URISyntaxException {
        Assumptions.assumeTrue(Boolean.getBoolean("quicken.slow"), "slow test: run with -Dquicken.slow=true");
        Path lib = StdlibLocator.find();
        Assumptions.assumeTrue(lib != null && Files.isDirectory(lib.resolve("test/support")),
                "no CPython 3.11 Lib with its test package found");
        Path tags = Path.of(CpythonTaggedTest.class.getResource("/cpython-tags").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(tags)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            String module = f.getFileName().toString().replaceFirst("\\.txt$", "");
            tests.add(DynamicTest.dynamicTest(module, () -> check(module, f)));
        }
        return tests;
    }

    static Path driver() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("tools/cpython_test_driver.py"))) {
            p = p.getParent();
        }
        Assumptions.assumeTrue(p != null, "tools/cpython_test_driver.py not found above the working directory");
        return p.resolve("tools/cpython_test_driver.py");
    }

    static void check(String module, Path tagFile) throws IOException, InterruptedException {
        Set<String> expected = new HashSet<>();
        for (String line : Files.readAllLines(tagFile)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.strip());
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xss1g", "-cp", System.getProperty("java.class.path"),
                "dev.quicken.cli.Main", "run", driver().toString(), module, "--only", tagFile.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String text = new String(out, StandardCharsets.UTF_8);
        Set<String> passed = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("PASS ")) {
                passed.add(line.substring(5).strip());
            }
        }
        List<String> lost = expected.stream().filter(t -> !passed.contains(t)).sorted().collect(Collectors.toList());
        String tail = text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        assertTrue(lost.isEmpty(), module + ": " + lost.size() + " of " + expected.size()
                + " tagged tests no longer pass: " + lost.subList(0, Math.min(20, lost.size())) + "\n" + tail);
    }
}
