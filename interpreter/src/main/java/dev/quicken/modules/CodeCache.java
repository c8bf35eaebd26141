package dev.quicken.modules;

import dev.quicken.code.CodeObject;
import dev.quicken.code.Marshal;
import dev.quicken.code.MarshalException;
import dev.quicken.compiler.Compiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Code objects made by quicken's compiler, kept in quicken's cache directory ({@link QuickenCache},
 * under {@code code/}) so that a program's main script, its modules without an up-to-date CPython
 * {@code __pycache__} entry, and quicken's own Python-written modules are compiled once, not at
 * every start (a cold compiler costs more than the whole of a small program). An entry is the
 * marshalled code object after a key: the compiler (quicken's jar: path, size, modification time),
 * the file name compiled under, and the source (length, CRC-32, modification time when it is a
 * file). Without a cache directory, or when quicken does not run from a jar, it just compiles.
 */
public final class CodeCache {

    private static final String VERSION = "quicken code cache 1\n";
    private static volatile String compilerId;

    private CodeCache() {
    }

    /** {@code source}'s bytes {@code src} compiled under the file name {@code source.toString()}. */
    public static CodeObject compile(byte[] src, Path source) {
        String filename = source.toString();
        String id = compilerId();
        Path entry = id == null ? null : entryFile(filename);
        if (entry == null) {
            return Compiler.compile(src, filename);
        }
        long mtime;
        try {
            mtime = Files.getLastModifiedTime(source).toMillis();
        } catch (IOException | RuntimeException e) {
            return Compiler.compile(src, filename);
        }
        return compile(src, filename, id + "\nmtime " + mtime, entry);
    }

    /**
     * quicken's own module compiled under {@code filename} as stored in the cache, or null (a miss, or no cache).
     * The key is the jar and the file name: the module's source is a resource of that same jar, so it is not
     * read at all on a hit (the first resource read of a run costs ~10 ms of CPU on JDK 17).
     */
    static CodeObject cachedResource(String filename) {
        String id = compilerId();
        Path entry = id == null ? null : entryFile(filename);
        return entry == null ? null : read(entry, resourceKey(id, filename));
    }

    /** quicken's own module {@code src} (a resource of quicken's jar) compiled under {@code filename}, and stored. */
    static CodeObject compileResource(byte[] src, String filename) {
        CodeObject code = Compiler.compile(src, filename);
        String id = compilerId();
        Path entry = id == null ? null : entryFile(filename);
        if (entry != null) {
            write(entry, resourceKey(id, filename), code);
        }
        return code;
    }

    private static byte[] resourceKey(String id, String filename) {
        return (VERSION + id + "\nresource " + filename + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code src} compiled under {@code filename}: the code stored in {@code entry} when its key is
     * {@code compilerKey}, the file name and the source's length and CRC-32; else compiled and stored.
     */
    static CodeObject compile(byte[] src, String filename, String compilerKey, Path entry) {
        CRC32 crc = new CRC32();
        crc.update(src);
        byte[] key = (VERSION + compilerKey + "\nfile " + filename + "\nsource " + src.length + " "
                + Long.toHexString(crc.getValue()) + "\n\n").getBytes(StandardCharsets.UTF_8);
        CodeObject code = read(entry, key);
        if (code == null) {
            code = Compiler.compile(src, filename);
            write(entry, key, code);
        }
        return code;
    }

    private static CodeObject read(Path entry, byte[] key) {
        try {
            byte[] data = StartFiles.readAllBytes(entry);
            if (data.length > key.length && Arrays.equals(data, 0, key.length, key, 0, key.length)) {
                Object o = Marshal.loads(data, key.length, 0);
                if (o instanceof CodeObject) {
                    return (CodeObject) o;
                }
            }
        } catch (IOException | MarshalException | RuntimeException e) {
            // no usable entry: compile
        }
        return null;
    }

    private static void write(Path entry, byte[] key, CodeObject code) {
        byte[] body;
        try {
            body = Marshal.dumps(code);
        } catch (RuntimeException e) {
            return;   // not stored: compiled again next time
        }
        byte[] data = Arrays.copyOf(key, key.length + body.length);
        System.arraycopy(body, 0, data, key.length, body.length);
        QuickenCache.writeWhole(entry, data);
    }

    /** The entry file for code compiled under {@code filename}, or null without a cache directory. */
    static Path entryFile(String filename) {
        Path dir = QuickenCache.file("code");
        if (dir == null) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(filename.getBytes(StandardCharsets.UTF_8));
        String base = safeName(filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1));
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        return dir.resolve(base + "-" + Long.toHexString(crc.getValue()) + "-" + filename.length() + ".code");
    }

    /** {@code name} with every character but {@code A-Za-z0-9._-} replaced by '_' (no regex: this runs at every start). */
    static String safeName(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-';
            sb.append(ok ? c : '_');
        }
        return sb.toString();
    }

    /** quicken's jar (path, size, modification time), or null when the classes are not in a jar. */
    static String compilerId() {
        String id = compilerId;
        if (id == null) {
            id = "";
            try {
                CodeSource cs = Compiler.class.getProtectionDomain().getCodeSource();
                Path jar = cs == null ? null : Path.of(cs.getLocation().toURI());
                if (jar != null && Files.isRegularFile(jar)) {
                    id = "compiler " + jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
                }
            } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
                // not from a jar: no caching
            }
            compilerId = id;
        }
        return id.isEmpty() ? null : id;
    }
}
