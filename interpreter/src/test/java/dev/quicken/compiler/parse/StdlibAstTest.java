package dev.quicken.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quicken.compiler.ast.AstDump;
import dev.quicken.compiler.ast.GenAstTest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential: a sample of python3.11's own stdlib parses to the same AST dump as python3.11's
 * (live python3.11; skipped when absent). tools/compare_ast.sh runs the whole stdlib.
 */
class StdlibAstTest {

    static final List<String> SAMPLE = List.of("ast.py", "dataclasses.py", "functools.py", "typing.py",
            "enum.py", "string.py", "textwrap.py", "argparse.py", "json/decoder.py", "re/_parser.py",
            "asyncio/tasks.py", "collections/__init__.py", "test/test_grammar.py", "test/test_patma.py",
            "test/test_fstring.py", "test/test_unpack_ex.py", "test/test_coroutines.py",
            "test/test_named_expressions.py", "test/test_except_star.py", "lib2to3/tests/data/py3_test_grammar.py");

    @Test
    void sampleMatchesPython() throws Exception {
        assumeTrue(GenAstTest.hasPython311(), "python3.11 not on PATH");
        Process sp = new ProcessBuilder("python3.11", "-c",
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])").start();
        String stdlib = new String(sp.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        sp.waitFor();
        Path oracle = Path.of("").toAbsolutePath().getParent().resolve("tools/ast_oracle.py");
        List<String> files = new ArrayList<>();
        for (String s : SAMPLE) {
            if (new File(stdlib, s).isFile()) {
                files.add(new File(stdlib, s).getPath());
            }
        }
        Process p = new ProcessBuilder("python3.11", oracle.toString(), "dump").start();
        p.getOutputStream().write(String.join("\n", files).concat("\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String[] lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
        assertEquals(0, p.waitFor());
        for (int i = 0; i + 1 < lines.length; i += 2) {
            String file = lines[i].substring(4);
            byte[] src = Files.readAllBytes(Path.of(file));
            String got = AstDump.dump(Parser.parseModule(src, file, true), true);
            assertEquals(lines[i + 1], got, file);
        }
    }
}
