package dev.quicken.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up links no lambda: on JDK 17 every lambda or method reference evaluated at start costs ~0.17 ms of CPU
 * (its call site is linked through LambdaMetafactory, even when a CDS archive holds its class), an anonymous or
 * named class ~0.02 ms, a case of a shared switch nothing. print("ok") went from 0.23 to 0.15 s of process CPU
 * when its 216 lambdas became classes. The compiler is left out: a run from quicken's jar takes the main
 * script and {@code _quicken_sys} from its code cache and never compiles (this test runs from class directories,
 * where there is no cache).
 */
class StartupLambdaTest {

    @Test
    void printOkLinksNoLambdaOutsideTheCompiler(@TempDir Path dir) throws Exception {
        List<String> lambdas = lambdaHosts(dir, "print('ok')\n");
        lambdas.removeIf(h -> h.startsWith("dev.quicken.compiler."));
        assertTrue(lambdas.isEmpty(), "lambda classes made at start-up (use a named class, an enum case or an"
                + " anonymous class): " + lambdas);
    }

    /** quicken's native modules (no CPython Lib needed) make no lambda class when imported and first used. */
    @Test
    void nativeModulesLinkNoLambda(@TempDir Path dir) throws Exception {
        List<String> lambdas = lambdaHosts(dir, "import math, cmath, itertools, array, zlib, binascii, marshal, gc,"
                + " atexit, errno, time, posix, _collections, _functools, _operator, _heapq, _bisect, _abc, _weakref,"
                + " _sre, _json, _csv, _struct, _random, _codecs, _locale, _string, _io, _socket, select,"
                + " unicodedata\n"
                + "_collections.deque([1]).append(2); _io.StringIO('x').read(); _io.BytesIO(b'x').read()\n"
                + "unicodedata.name('a'); math.sqrt(2.0); itertools.count(1)\n"
                + "print('ok')\n");
        lambdas.removeIf(h -> !h.startsWith("dev.quicken.builtins.") && !h.startsWith("dev.quicken.modules."));
        assertTrue(lambdas.isEmpty(), "lambda classes made by native modules (use a named class, an enum case or an"
                + " anonymous class): " + lambdas);
    }

    /** The classes that made a lambda class while quicken ran {@code source} (prints ok), from -Xlog:class+load. */
    private static List<String> lambdaHosts(Path dir, String source) throws Exception {
        Path prog = dir.resolve("prog.py");
        Files.writeString(prog, source);
        Path log = dir.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xshare:auto", "-Xlog:class+load=info:file=" + log,
                "-Dquicken.python.ask=false", "-cp", System.getProperty("java.class.path"), "dev.quicken.cli.Main",
                "run", prog.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "quicken run did not finish");
        assertEquals("ok\n", new String(out, StandardCharsets.UTF_8));
        List<String> lambdas = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf(" dev.quicken.");
            int l = line.indexOf("$$Lambda");
            if (at >= 0 && l > at) {
                lambdas.add(line.substring(at + 1, l));
            }
        }
        return lambdas;
    }
}
