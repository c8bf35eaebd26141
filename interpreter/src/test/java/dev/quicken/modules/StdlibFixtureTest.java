package dev.quicken.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicken.api.Python;
import dev.quicken.compiler.Compiler;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs under {@code resources/stdlib} that import Java-native and CPython {@code Lib} modules; their
 * expected stdout/stderr/exit come from python3.11 ({@code tools/gen_stdlib_fixtures.py}). A program whose
 * first line is {@code # needs: Lib} is skipped (visibly) when no CPython 3.11 {@code Lib} is found.
 */
class StdlibFixtureTest {

    static Path dir() throws URISyntaxException {
        return Path.of(StdlibFixtureTest.class.getResource("/stdlib").toURI());
    }

    @TestFactory
    List<DynamicTest> programs() throws Exception {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)))
                    .collect(Collectors.toList());
        }
    }

    private static void check(Path program) throws Throwable {
        String src = Files.readString(program);
        if (src.startsWith("# needs: Lib")) {
            Assumptions.assumeTrue(StdlibLocator.isLib(StdlibLocator.find()),
                    "no CPython 3.11 Lib found (set " + StdlibLocator.ENV + " or install libpython3.11-stdlib)");
        }
        String name = program.getFileName().toString();
        Path expectedFile = program.resolveSibling(name.substring(0, name.length() - 3) + ".out");
        assertEquals(Files.readString(expectedFile), run(program), name);
    }

    static String run(Path program) throws Throwable {
        Object[] box = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                String name = program.getFileName().toString();
                Python py = new Python(out, err, name);
                int st = py.runMain(Compiler.compile(Files.readAllBytes(program), name), name,
                        program.getParent());
                box[0] = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)
                        + (st == 0 ? "" : "exit " + st + "\n");
            } catch (Throwable e) {
                box[0] = e;
            }
        }, "stdlib-fixture", 1L << 28);
        t.start();
        t.join();
        if (box[0] instanceof Throwable) {
            throw (Throwable) box[0];
        }
        return (String) box[0];
    }
}
