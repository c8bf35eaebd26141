package dev.quicken.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.code.CodeObject;
import dev.quicken.compiler.tools.AstJson;
import dev.quicken.compiler.tools.CompareCompile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiler against CPython 3.11.7: every snippet under resources/compiler/snippets was
 * compiled by python3.11 (tools/compile_oracle.py writes expected.rec: its AST and a dump of
 * every code-object field, recursively). Each must compile to the same code objects.
 */
class CompilerOracleTest {

    record Rec(String path, String ast, List<String> expected) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Stream<Rec> records() throws IOException {
        List<Rec> recs = new ArrayList<>();
        try (InputStream in = CompilerOracleTest.class.getResourceAsStream("/compiler/expected.rec");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("=== ")) {
                    continue;
                }
                String path = line.substring(4);
                String ast = r.readLine().substring(4);
                List<String> expected = new ArrayList<>();
                while (!(line = r.readLine()).equals("=== end")) {
                    expected.add(line);
                }
                recs.add(new Rec(path, ast, expected));
            }
        }
        return recs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void compilesLikeCPython(Rec rec) {
        assertNull(CompareCompile.compareRecord(rec.path, rec.ast, rec.expected), rec.path);
    }

    /** End to end: quicken's parser, then the compiler, from the snippet's source text. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void compilesSourceLikeCPython(Rec rec) throws IOException {
        byte[] src;
        try (InputStream in = CompilerOracleTest.class.getResourceAsStream("/compiler/" + rec.path)) {
            src = in.readAllBytes();
        }
        String mode = rec.path.endsWith(".eval.py") ? "eval" : rec.path.endsWith(".single.py") ? "single" : "exec";
        CodeObject co = mode.equals("exec") ? Compiler.compile(src, rec.path)
                : Compiler.compile(new String(src, StandardCharsets.UTF_8), rec.path, mode);
        assertNull(CompareCompile.firstDifference(rec.expected, dev.quicken.compiler.tools.CodeDump.dump(co)),
                rec.path);
    }

    @Test
    void syntaxErrorsFromTheCompilerCarryCPythonsPosition() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Compiler.compile("def f():\n    \u00e9 = 1; global \u00e9\n", "t.py", "exec"));
        assertEquals("name '\u00e9' is assigned to before global declaration", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(13, e.offset);
        assertEquals(22, e.endOffset);
        PySyntaxError r = assertThrows(PySyntaxError.class, () -> Compiler.compile("x = 1\nreturn 5\n", "t.py",
                "exec"));
        assertEquals("'return' outside function", r.msg);
        assertEquals(2, r.lineno);
        assertEquals(1, r.offset);
        assertEquals(9, r.endOffset);
        PySyntaxError b = assertThrows(PySyntaxError.class, () -> Compiler.compile("break\n", "t.py", "exec"));
        assertEquals("'break' outside loop", b.msg);
        PySyntaxError a = assertThrows(PySyntaxError.class, () -> Compiler.compile("async def f():\n    yield from x\n",
                "t.py", "exec"));
        assertEquals("'yield from' inside async function", a.msg);
        PySyntaxError n = assertThrows(PySyntaxError.class, () -> Compiler.compile("def f():\n    nonlocal q\n",
                "t.py", "exec"));
        assertEquals("no binding for nonlocal 'q' found", n.msg);
    }

    @Test
    void thereAreSnippets() throws IOException {
        assertTrue(records().count() >= 7);
    }

    private static String moduleJson(String body) {
        return "{\"_t\": \"Module\", \"body\": [" + body + "], \"type_ignores\": []}";
    }

    private static String name(String id, String ctx, int line, int col) {
        return "{\"_t\": \"Name\", \"id\": \"" + id + "\", \"ctx\": {\"_e\": \"" + ctx + "\"}, \"lineno\": " + line
                + ", \"col_offset\": " + col + ", \"end_lineno\": " + line + ", \"end_col_offset\": "
                + (col + id.length()) + "}";
    }

    @Test
    void globalAfterAssignmentIsASyntaxError() {
        // def f():
        //     x = 1
        //     global x
        String assign = "{\"_t\": \"Assign\", \"targets\": [" + name("x", "Store", 2, 4) + "], \"value\": {\"_t\": "
                + "\"Constant\", \"value\": {\"_k\": \"int\", \"v\": \"1\"}, \"kind\": null, \"lineno\": 2, "
                + "\"col_offset\": 8, \"end_lineno\": 2, \"end_col_offset\": 9}, \"type_comment\": null, "
                + "\"lineno\": 2, \"col_offset\": 4, \"end_lineno\": 2, \"end_col_offset\": 9}";
        String glob = "{\"_t\": \"Global\", \"names\": [\"x\"], \"lineno\": 3, \"col_offset\": 4, \"end_lineno\": 3, "
                + "\"end_col_offset\": 12}";
        String def = "{\"_t\": \"FunctionDef\", \"name\": \"f\", \"args\": {\"_t\": \"arguments\", \"posonlyargs\": [], "
                + "\"args\": [], \"vararg\": null, \"kwonlyargs\": [], \"kw_defaults\": [], \"kwarg\": null, "
                + "\"defaults\": []}, \"body\": [" + assign + ", " + glob + "], \"decorator_list\": [], \"returns\": null, "
                + "\"type_comment\": null, \"lineno\": 1, \"col_offset\": 0, \"end_lineno\": 3, \"end_col_offset\": 12}";
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compile(AstJson.module(moduleJson(def)),
                "t.py", "exec"));
        assertEquals("name 'x' is assigned to before global declaration", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(5, e.offset);
        assertEquals(13, e.endOffset);
    }

    @Test
    void returnOutsideFunctionIsASyntaxError() {
        String ret = "{\"_t\": \"Return\", \"value\": null, \"lineno\": 1, \"col_offset\": 0, \"end_lineno\": 1, "
                + "\"end_col_offset\": 6}";
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compile(AstJson.module(moduleJson(ret)),
                "t.py", "exec"));
        assertEquals("'return' outside function", e.msg);
        assertEquals(1, e.lineno);
        assertEquals(1, e.offset);
    }

    @Test
    void emptyModuleReturnsNone() {
        CodeObject co = Compiler.compile(AstJson.module(moduleJson("")), "e.py", "exec");
        assertEquals("<module>", co.name.value);
        assertEquals(1, co.stacksize);
        assertEquals(1, co.firstlineno);
    }
}
