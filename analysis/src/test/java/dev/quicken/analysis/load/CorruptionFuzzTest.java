package dev.quicken.analysis.load;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged recordings (random byte flips, cuts and zeroed runs of small.jfr) never escape the
 * loader as an exception: they load, or load in part with a problem, or fail with one. 60 cases by
 * default, 2,000 with {@code -Dquicken.slow=true}.
 */
class CorruptionFuzzTest {

    @Test
    void damagedRecordingsGiveProblemsNotExceptions(@TempDir Path dir) throws Exception {
        byte[] good = Files.readAllBytes(LoaderTest.RECORDINGS.resolve("small.jfr"));
        int cases = Boolean.getBoolean("quicken.slow") ? 2000 : 60;
        Random random = new Random(659);
        Path f = dir.resolve("bad.jfr");
        for (int c = 0; c < cases; c++) {
            byte[] b = good.clone();
            int kind = c % 3;
            if (kind == 0) {
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
            } else if (kind == 1) {
                b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            } else {
                int at = random.nextInt(b.length);
                java.util.Arrays.fill(b, at, Math.min(b.length, at + 1 + random.nextInt(64)), (byte) 0);
            }
            Files.write(f, b);
            String label = "case " + c;
            for (Loader.Parser parser : Loader.Parser.values()) {
                Loader.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> Loader.load(List.of(f), parser, Progress.none()), label);
                for (Loader.Problem p : r.problems()) {
                    assertTrue(!p.message().isBlank() && !p.message().contains("\n"), label + ": " + p);
                }
            }
        }
    }
}
