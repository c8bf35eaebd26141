package dev.quicken.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * quicken's own cache directory for facts that are costly to find at every start: the system
 * property {@value #PROPERTY}, else {@code target/cache} under {@code quicken.home} (which the
 * {@code ./quicken} launcher sets); none for an embedding host that sets neither (then nothing is
 * cached). An entry is one small text file: the key's length on a line, the key, the value. A
 * missing, unreadable or unwritable cache only means asking again.
 */
public final class QuickenCache {

    /** System property naming the cache directory. */
    public static final String PROPERTY = "quicken.cache.dir";

    /** Temporary files written by this process (part of their names). */
    private static final AtomicInteger TMP_COUNT = new AtomicInteger();

    private QuickenCache() {
    }

    /** The file of entry {@code name}, or null when there is no cache directory. */
    static Path file(String name) {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isEmpty()) {
            String home = System.getProperty("quicken.home");
            if (home == null || home.isEmpty()) {
                return null;
            }
            return Path.of(home, "target", "cache", name);
        }
        return Path.of(dir, name);
    }

    /** The value stored in {@code f} under exactly {@code key}, or null. */
    static String read(Path f, String key) {
        try {
            String s = new String(StartFiles.readAllBytes(f), StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            if (nl > 0 && s.substring(0, nl).equals(Integer.toString(key.length()))
                    && s.startsWith(key, nl + 1)) {
                return s.substring(nl + 1 + key.length());
            }
        } catch (IOException | RuntimeException e) {
            // no entry
        }
        return null;
    }

    /** Stores {@code value} under {@code key} in {@code f} (written whole, then renamed into place). */
    static void write(Path f, String key, String value) {
        writeWhole(f, (key.length() + "\n" + key + value).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code data} as file {@code f}: into a temporary file beside it, then renamed into place,
     * so a reader never sees half an entry. A failure only means the entry is not stored.
     */
    static void writeWhole(Path f, byte[] data) {
        try {
            Files.createDirectories(f.getParent());
            // not Files.createTempFile: its random name comes from SecureRandom, whose first use
            // sets up the JDK's security providers (15 ms of a run that writes an entry). A name
            // of this process and the clock, created exclusively (CREATE_NEW: an existing file or
            // link of that name makes the write fail, and the entry is not stored).
            Path tmp = f.resolveSibling(f.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Long.toHexString(System.nanoTime()) + "." + TMP_COUNT.incrementAndGet() + ".tmp");
            try {
                Files.write(tmp, data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // not stored: asked again next time
        }
    }
}
