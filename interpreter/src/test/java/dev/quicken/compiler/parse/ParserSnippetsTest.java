package dev.quicken.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.compiler.PySyntaxError;
import dev.quicken.compiler.ast.AstDump;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Hand-written programs covering the grammar: quicken's dump equals python3.11's (fixtures). */
class ParserSnippetsTest {

    static final List<String> SNIPPETS = List.of("statements", "functions", "expressions", "fstrings", "match",
            "crlf", "latin1", "bom", "tabs", "layout", "nfkc", "noeol");

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ParserSnippetsTest.class.getResourceAsStream("/parser/snippets/" + name)) {
            return in.readAllBytes();
        }
    }

    @TestFactory
    Stream<DynamicTest> snippetsDumpLikePython() {
        return SNIPPETS.stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            byte[] src = resource(n + ".py");
            String expected = new String(resource(n + ".ast"), StandardCharsets.UTF_8).strip();
            String got = AstDump.dump(Parser.parseModule(src, n + ".py", false), true);
            assertEquals(expected, got);
        }));
    }

    @Test
    void deepNestingIsASyntaxErrorNotACrash() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("x = " + "(".repeat(250) + ")".repeat(250), "<t>"));
        assertEquals("too many nested parentheses", e.msg);
        PySyntaxError m = assertThrows(PySyntaxError.class,
                () -> Parser.parseModule("x = " + "-".repeat(100000) + "1", "<t>"));
        assertEquals(PySyntaxError.Kind.MemoryError, m.kind);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 99; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        sb.append(" ".repeat(99)).append("pass\n");
        assertTrue(Parser.parseModule(sb.toString(), "<t>").body.size() == 1);
        sb.append(" ".repeat(100)).append("if x:\n").append(" ".repeat(101)).append("pass\n");
        PySyntaxError d = assertThrows(PySyntaxError.class, () -> Parser.parseModule(sb.toString(), "<t>"));
        assertEquals(PySyntaxError.Kind.IndentationError, d.kind);
    }

    @Test
    void expressionMode() {
        assertEquals("Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Name(id='x', ctx=Load())))",
                AstDump.dump(Parser.parseExpression("1 + x", "<t>"), false));
    }
}
