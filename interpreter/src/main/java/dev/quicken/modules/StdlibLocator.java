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
 * {@code stdlib} path of a {@code python3.11} on the {@code PATH} (asked once per process); Debian's
 * {@code libpython3.11-stdlib} location {@code /usr/lib/python3.11}. A directory counts as a
 * {@code Lib} when it holds {@code os.py}.
 */
public final class StdlibLocator {

    /** System property naming the CPython 3.11 {@code Lib} directory. */
    public static final String PROPERTY = "quicken.python.lib";
    /** Environment variable naming the CPython 3.11 {@code Lib} directory. */
    public static final String ENV = "QUICKEN_PYTHON_LIB";
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

    /** {@code python3.11 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])"}, once per process. */
    static Path askPython() {
        if (askedDone) {
            return asked;
        }
        synchronized (StdlibLocator.class) {
            if (!askedDone) {
                asked = runPython();
                askedDone = true;
            }
        }
        return asked;
    }

    private static Path runPython() {
        Path exe = onPath("python3.11");
        if (exe == null) {
            return null;
        }
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
