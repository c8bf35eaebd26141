package dev.quicken.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helper: finds python3.11 on the PATH and runs scripts with it (PYTHONHASHSEED=0). */
public final class Python311 {

    private static Boolean available;

    private Python311() {
    }

    /** Whether {@code python3.11} is on the PATH and reports 3.11. */
    public static synchronized boolean available() {
        if (available == null) {
            try {
                run(projectRoot(), "-c", "import sys; assert sys.version_info[:2] == (3, 11)");
                available = true;
            } catch (IOException | RuntimeException e) {
                available = false;
            }
        }
        return available;
    }

    /** The repository root (the directory that holds {@code tools/}). */
    public static Path projectRoot() {
        Path p = Paths.get("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("tools"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the project root (no tools/ directory above the working directory)");
        }
        return p;
    }

    /** Runs {@code python3.11 args...} in {@code dir}; returns stdout; throws on non-zero exit. */
    public static String run(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add("python3.11");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("python3.11 timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("python3.11 " + String.join(" ", args) + " failed: " + text);
        }
        return text;
    }
}
