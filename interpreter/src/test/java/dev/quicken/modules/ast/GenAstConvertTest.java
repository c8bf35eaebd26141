package dev.quicken.modules.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quicken.compiler.ast.GenAstTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regenerating the AST converters with tools/gen_ast_convert.py (python3.11) changes nothing. */
class GenAstConvertTest {

    @Test
    void regeneratingChangesNothing(@TempDir Path tmp) throws Exception {
        assumeTrue(GenAstTest.hasPython311(), "python3.11 not on PATH");
        Path repo = Path.of("").toAbsolutePath().getParent();
        Process p = new ProcessBuilder("python3.11", repo.resolve("tools/gen_ast_convert.py").toString(),
                tmp.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        Path src = repo.resolve("interpreter/src/main/java/dev/quicken/modules/ast");
        for (String name : new String[] {"AstToPy.java", "PyToAst.java"}) {
            assertEquals(Files.readString(tmp.resolve(name)), Files.readString(src.resolve(name)), name);
        }
    }
}
