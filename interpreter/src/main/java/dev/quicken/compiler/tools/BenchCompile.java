package dev.quicken.compiler.tools;

import dev.quicken.compiler.Compiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whole-corpus compile benchmark (not a test): {@code BenchCompile ITERATIONS LISTFILE} reads every
 * file named in LISTFILE (one path a line) into memory, then compiles all of them (parse and
 * compile, from bytes, as {@code compile(bytes, path, "exec")}) ITERATIONS times in this JVM and
 * prints each iteration's seconds and the median ({@code median_seconds=...}). The first
 * iterations warm the JVM; see {@code tools/bench_compile.sh}.
 */
public final class BenchCompile {
    private BenchCompile() {
    }

    public static void main(String[] args) throws IOException {
        int iterations = Integer.parseInt(args[0]);
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                names.add(line);
            }
        }
        byte[][] sources = new byte[names.size()][];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = Files.readAllBytes(Path.of(names.get(i)));
        }
        int warmup = Math.max(1, iterations / 3);
        double[] secs = new double[iterations];
        for (int it = 0; it < warmup + iterations; it++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < sources.length; i++) {
                Compiler.compile(sources[i], names.get(i));
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (it >= warmup) {
                secs[it - warmup] = s;
            }
            System.out.printf("%s %d: %.3fs%n", it < warmup ? "warmup" : "iteration", it + 1, s);
        }
        Arrays.sort(secs);
        System.out.printf("files=%d median_seconds=%.3f%n", sources.length, secs[iterations / 2]);
    }
}
