package dev.quicken.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Finds the CPython 3.11 {@code Lib} directory whose pure-Python modules quicken imports unchanged.
 *
 * <p>In order: the system property {@value #PROPERTY}; the environment variable {@value #ENV}; the
 * {@code stdlib} path of a {@code python3.11} on the {@code PATH} (asked once per process, and
 * remembered in quicken's cache directory when there is one, see {@link QuickenCache}); Debian's
 * {@code libpython3.11-stdlib} location {@code /usr/lib/python3.11}. A directory counts as a
 * {@code Lib} when it holds {@code os.py}.
 */
public final class StdlibLocator {

    /** System property naming the CPython 3.11 {@code Lib} directory. */
    public static final String PROPERTY = "quicken.python.lib";
    /** Environment variable naming the CPython 3.11 {@code Lib} directory. */
    public static final String ENV = "QUICKEN_PYTHON_LIB";
    /** The cache entries' name (one file per key: {@link #cacheFile}). */
    private static final String ENTRY = "stdlib-location";
    /** Set to {@code false} to skip asking {@code python3.11} (tests of the fallback order). */
    public static final String ASK_PROPERTY = "quicken.python.ask";

    private static final Path DEBIAN_LIB = Path.of("/usr/lib/python3.11");

    private static volatile Path asked;
    private static volatile boolean askedDone;

    private StdlibLocator() {
    }

    /** The {@code Lib} directory to use, or null when none is configured or installed. */
    public static Path find() {
        Path p = configured(System.getProperty(PROPERTY));
        if (p != null) {
            return p;
        }
        p = configured(System.getenv(ENV));
        if (p != null) {
            return p;
        }
        if (!"false".equals(System.getProperty(ASK_PROPERTY))) {
            p = askPython();
            if (p != null) {
                return p;
            }
        }
        return isLib(DEBIAN_LIB) ? DEBIAN_LIB : null;
    }

    /** An explicitly configured path is used as given (absolute), even when it is not a Lib yet. */
    private static Path configured(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return Path.of(s).toAbsolutePath().normalize();
    }

    /** Whether {@code dir} looks like a CPython {@code Lib} directory. */
    public static boolean isLib(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve("os.py"));
    }

    /**
     * {@code python3.11 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])"}, once per process.
     * Asking costs a process start (through pyenv's shim, 0.1 s CPU and more wall than the rest of
     * quicken's start-up), so the answer is kept in the cache directory, keyed by what decides it
     * (see {@link #askKey}), and asked again only when that changes or the answer is no Lib any more.
     */
    static Path askPython() {
        if (askedDone) {
            return asked;
        }
        synchronized (StdlibLocator.class) {
            if (!askedDone) {
                asked = askCached(onPath("python3.11"));
                askedDone = true;
            }
        }
        return asked;
    }

    /** The Lib of {@code exe} (a python3.11): from the cache when its key still holds, else asked. */
    static Path askCached(Path exe) {
        if (exe == null) {
            return null;
        }
        // the key (file attributes, pyenv's version files) only when there is a cache to look in
        String key = QuickenCache.file(ENTRY) == null ? null : askKey(exe);
        Path cache = key == null ? null : cacheFile(key);
        if (cache != null) {
            String hit = QuickenCache.read(cache, key);
            if (hit != null && isLib(Path.of(hit))) {
                return Path.of(hit);
            }
        }
        Path lib = runPython(exe);
        if (cache != null && lib != null) {
            QuickenCache.write(cache, key, lib.toString());
        }
        return lib;
    }

    /**
     * The cache file of {@code key}: one file per key (named by its hash; the file holds the whole
     * key), so that runs in different environments (a pyenv-activated shell and a plain one, whose
     * {@code python3.11} on the PATH differ) each keep their answer instead of replacing each
     * other's and asking again. Null when there is no cache directory.
     */
    static Path cacheFile(String key) {
        return QuickenCache.file(ENTRY + "-" + Integer.toHexString(key.hashCode()));
    }

    /**
     * What decides the answer of {@code python3.11} on the {@code PATH}: the executable (path, size,
     * modification time); for a script such as pyenv's shim also pyenv's choice of version
     * ({@code PYENV_VERSION}, the nearest {@code .python-version} from the working directory up, the
     * global {@code version} file). Null when it cannot be told (then nothing is cached).
     */
    static String askKey(Path exe) {
        try {
            StringBuilder k = new StringBuilder();
            k.append("exe ").append(exe).append(' ').append(Files.size(exe)).append(' ')
                    .append(Files.getLastModifiedTime(exe).toMillis()).append('\n');
            Path real = exe.toRealPath();
            k.append("real ").append(real).append(' ').append(Files.getLastModifiedTime(real).toMillis()).append('\n');
            if (isScript(real)) {
                for (String v : new String[] {"PYENV_VERSION", "PYENV_ROOT", "PYENV_DIR"}) {
                    k.append(v).append('=').append(System.getenv(v)).append('\n');
                }
                String dir = System.getenv("PYENV_DIR");
                Path from = Path.of(dir == null || dir.isEmpty() ? "" : dir).toAbsolutePath();
                for (Path d = from; d != null; d = d.getParent()) {
                    if (versionFile(k, d.resolve(".python-version"))) {
                        break;
                    }
                }
                Path root = real.getParent() == null ? null : real.getParent().getParent();
                if (root != null) {
                    versionFile(k, root.resolve("version"));
                }
            }
            return k.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isScript(Path f) throws IOException {
        byte[] b = StartFiles.head(f, 2);
        return b.length == 2 && b[0] == '#' && b[1] == '!';
    }

    private static boolean versionFile(StringBuilder k, Path f) throws IOException {
        if (!Files.isRegularFile(f)) {
            return false;
        }
        k.append(f).append(": ").append(new String(StartFiles.readAllBytes(f), StandardCharsets.UTF_8).strip()).append('\n');
        return true;
    }

    private static Path runPython(Path exe) {
        try {
            Process p = new ProcessBuilder(exe.toString(), "-I", "-c",
                    "import sysconfig; print(sysconfig.get_paths()['stdlib'])").redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return null;
            }
            Path lib = Path.of(new String(out, StandardCharsets.UTF_8).strip());
            return isLib(lib) ? lib : null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The executable {@code name} on the {@code PATH}, or null. */
    public static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (d.isEmpty()) {
                continue;
            }
            Path c = Path.of(d, name);
            if (Files.isExecutable(c) && !Files.isDirectory(c)) {
                return c;
            }
        }
        return null;
    }
}
