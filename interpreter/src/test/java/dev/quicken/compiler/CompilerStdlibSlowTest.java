package dev.quicken.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.compiler.tools.CompareCompile;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential run over python3.11's whole stdlib (tools/compile_oracle.py, then quicken's parser
 * and compiler): only with {@code -Dquicken.slow=true} and python3.11 on the PATH.
 */
class CompilerStdlibSlowTest {

    @Test
    void stdlibCompilesLikeCPython(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("quicken.slow"), "set -Dquicken.slow=true to run");
        Path oracle = Path.of("..", "tools", "compile_oracle.py");
        Assumptions.assumeTrue(Files.exists(oracle), "tools/compile_oracle.py not found");
        Path records = tmp.resolve("records");
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder("python3.11", oracle.toString(), records.toString(), "--stdlib");
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.redirectErrorStream(true);
            pb.redirectOutput(tmp.resolve("oracle.log").toFile());
            p = pb.start();
        } catch (java.io.IOException e) {
            Assumptions.abort("python3.11 is not on the PATH");
            return;
        }
        assertTrue(p.waitFor(15, TimeUnit.MINUTES) && p.exitValue() == 0, "compile_oracle.py failed");
        int[] counts = new int[2];
        ByteArrayOutputStream failures = new ByteArrayOutputStream();
        PrintStream fail = new PrintStream(failures, true, StandardCharsets.UTF_8);
        try (BufferedReader r = Files.newBufferedReader(records, StandardCharsets.US_ASCII)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("=== ")) {
                    continue;
                }
                String path = line.substring(4);
                String ast = r.readLine().substring(4);
                java.util.List<String> expected = new java.util.ArrayList<>();
                while (!(line = r.readLine()).equals("=== end")) {
                    expected.add(line);
                }
                counts[0]++;
                String diff = CompareCompile.compareRecord(path, ast, expected, true);
                if (diff == null) {
                    counts[1]++;
                } else {
                    fail.println(path + ": " + diff.split("\n", 2)[0]);
                }
            }
        }
        double pct = 100.0 * counts[1] / Math.max(1, counts[0]);
        System.out.printf("stdlib: %d/%d files equal (%.1f%%)%n%s", counts[1], counts[0], pct, failures);
        assertTrue(counts[0] > 1000 && pct >= 99.0, counts[1] + "/" + counts[0] + "\n" + failures);
    }
}
