package dev.quicken.modules.ast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicken.api.Python;
import dev.quicken.code.CodeObject;
import dev.quicken.code.Marshal;
import dev.quicken.compiler.Compiler;
import dev.quicken.compiler.ast.AstDump;
import dev.quicken.compiler.ast.ModNode;
import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.PyObject;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every corpus program's tree survives the trip to {@code _ast} objects and back ({@link AstToPy} then
 * {@link PyToAst}): the same {@code ast.dump(..., include_attributes=True)}, and (for a sample) the same code
 * compiled from it. (That the objects dump as python3.11's {@code ast.parse} does is the stdlib fixture
 * {@code lb3_ast_objects.py}; tools/compare_ast_objects.py checks the whole corpus.)
 */
class AstObjectsTest {

    @Test
    void corpusRoundTrip() throws Throwable {
        Path programs = Path.of(AstObjectsTest.class.getResource("/programs").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(programs)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            Python py = new Python(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "ast-test");
            Interpreter in = py.interpreter();
            Interpreter prev = in.enter();
            try {
                AstObjects ast = AstObjects.of(in);
                for (int i = 0; i < files.size(); i++) {
                    Path f = files.get(i);
                    String name = f.getFileName().toString();
                    byte[] src = Files.readAllBytes(f);
                    ModNode tree = Compiler.parse(src, name);
                    String want = AstDump.dump(tree, true);
                    PyObject obj = ast.toPy(tree, 1000);
                    ModNode back = ast.fromPy(obj, "exec");
                    assertEquals(want, AstDump.dump(back, true), name);
                    if (i % 8 != 0) {
                        continue; // compiling is the slow part: a sample of the corpus
                    }
                    CodeObject fromSource = Compiler.compile(src, name);
                    CodeObject fromTree = Compiler.compile(back, name, "exec");
                    assertArrayEquals(Marshal.dumps(fromSource), Marshal.dumps(fromTree), name);
                }
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                Interpreter.exit(prev);
            }
        }, "ast-objects-test", 1L << 28);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
