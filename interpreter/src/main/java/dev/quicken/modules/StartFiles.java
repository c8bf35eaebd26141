package dev.quicken.modules;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole-file reads on the start-up path (the main script, the code cache, the stdlib location's
 * key) through {@code java.io}: the JVM starts with {@link FileInputStream} ready, while the first
 * NIO channel ({@link Files#readAllBytes}) loads and initializes some 25 classes and a direct buffer,
 * 1.5 ms of every start in the bytecode interpreter. A file {@code java.io} cannot open is read by
 * {@link Files} after all, so callers see the same exceptions (and messages) as before.
 */
public final class StartFiles {

    private StartFiles() {
    }

    /** As {@link Files#readAllBytes}. */
    public static byte[] readAllBytes(Path p) throws IOException {
        FileInputStream in = open(p);
        if (in == null) {
            return Files.readAllBytes(p);
        }
        try (in) {
            return in.readAllBytes();
        }
    }

    /** The first {@code n} bytes of {@code p}, fewer when it is shorter. */
    public static byte[] head(Path p, int n) throws IOException {
        FileInputStream in = open(p);
        if (in == null) {
            try (java.io.InputStream s = Files.newInputStream(p)) {
                return s.readNBytes(n);
            }
        }
        try (in) {
            return in.readNBytes(n);
        }
    }

    /** {@code p} opened by {@code java.io}, or null (another file system, or an error NIO should report). */
    private static FileInputStream open(Path p) {
        if (p.getFileSystem() != FileSystems.getDefault()) {
            return null;
        }
        try {
            return new FileInputStream(p.toFile());
        } catch (FileNotFoundException e) {
            return null;
        }
    }
}
