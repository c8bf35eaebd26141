package dev.quicken.compiler.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regenerating the AST classes with tools/gen_ast.py (python3.11) changes nothing. */
public class GenAstTest {

    public static boolean hasPython311() {
        try {
            Process p = new ProcessBuilder("python3.11", "-c", "pass").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void regeneratingChangesNothing(@TempDir Path tmp) throws Exception {
        assumeTrue(hasPython311(), "python3.11 not on PATH");
        Path repo = Path.of("").toAbsolutePath().getParent();
        Path script = repo.resolve("tools/gen_ast.py");
        Process p = new ProcessBuilder("python3.11", script.toString(), tmp.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        Path src = repo.resolve("interpreter/src/main/java/dev/quicken/compiler/ast");
        List<String> generated = names(tmp);
        for (String name : generated) {
            assertEquals(Files.readString(tmp.resolve(name)), Files.readString(src.resolve(name)), name);
        }
        assertEquals(generated, names(src).stream().filter(generated::contains).toList());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> l = new ArrayList<>(s.map(x -> x.getFileName().toString()).sorted().toList());
            return l;
        }
    }
}
