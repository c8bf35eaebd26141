package dev.quicken.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicken.compiler.tools.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programs CPython 3.11 rejects after parsing (symbol table, compiler, future statements):
 * message and position as python3.11 reports them (tools/compile_errors_oracle.py wrote
 * resources/compiler/errors.json).
 */
class CompilerErrorsTest {

    record Case(String src, String expected) {
        @Override
        public String toString() {
            return src.replace("\n", "\\n");
        }
    }

    @SuppressWarnings("unchecked")
    static Stream<Case> cases() throws IOException {
        String text;
        try (InputStream in = CompilerErrorsTest.class.getResourceAsStream("/compiler/errors.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        List<Case> out = new ArrayList<>();
        for (Object o : (List<Object>) Json.parse(text)) {
            Map<String, Object> m = (Map<String, Object>) o;
            String expected = "OK";
            if (!m.containsKey("ok")) {
                List<Object> pos = (List<Object>) m.get("pos");
                List<String> p = new ArrayList<>();
                for (Object x : pos) {
                    p.add(x == null ? "0" : x.toString());
                }
                expected = m.get("msg") + " " + p;
            }
            out.add(new Case((String) m.get("src"), expected));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheErrorCPythonReports(Case c) {
        String got;
        try {
            Compiler.compile(c.src, "e.py", "exec");
            got = "OK";
        } catch (PySyntaxError e) {
            got = e.msg + " " + List.of(e.lineno, e.offset, e.endLineno, e.endOffset);
        }
        assertEquals(c.expected, got);
    }
}
