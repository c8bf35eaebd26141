package dev.quicken.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.quicken.compiler.PySyntaxError;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deeply nested valid and invalid programs parse (or fail with a PySyntaxError) quickly: no
 * exponential backtracking in either pass, no crash of any other kind.
 */
class ParserPathologicalTest {

    @Test
    void nestedProgramsAreFast() {
        int d = 150;
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("parens", "x = " + "(".repeat(d) + "1" + ")".repeat(d));
        cases.put("lists", "x = " + "[".repeat(d) + "1" + "]".repeat(d));
        cases.put("tuples", "x = " + "(1, ".repeat(d) + "1" + ")".repeat(d));
        cases.put("dicts", "x = " + "{1: ".repeat(d) + "1" + "}".repeat(d));
        cases.put("calls", "x = " + "f(".repeat(d) + "1" + ")".repeat(d));
        cases.put("kwcalls", "x = " + "f(a=".repeat(d) + "1" + ")".repeat(d));
        cases.put("subscripts", "x = a" + "[b".repeat(d) + "]".repeat(d));
        cases.put("lambdas", "x = " + "lambda: ".repeat(d * 5) + "1");
        cases.put("ifexp", "x = " + "a if b else ".repeat(d * 5) + "c");
        cases.put("nots", "x = " + "not ".repeat(d * 5) + "c");
        cases.put("unary", "x = " + "-".repeat(d * 5) + "c");
        cases.put("pow", "x = " + "a ** ".repeat(d * 5) + "c");
        cases.put("attrs", "x = a" + ".b".repeat(d * 20));
        cases.put("binops", "x = a" + " + b".repeat(d * 20));
        cases.put("walrus", "x = " + "(y := ".repeat(d) + "1" + ")".repeat(d));
        cases.put("genexp", "x = " + "(a for a in ".repeat(d) + "b" + ")".repeat(d));
        cases.put("slices", "x = " + "a[1:".repeat(d) + "2" + "]".repeat(d));
        cases.put("mixed", "x = " + "f([{(".repeat(d / 4) + "1" + ")}])".repeat(d / 4));
        cases.put("assign", "a = ".repeat(d * 20) + "1");
        cases.put("targets", "(".repeat(d) + "a" + ")".repeat(d) + " = 1");
        cases.put("fstring", "x = f'{" + "(".repeat(d - 10) + "1" + ")".repeat(d - 10) + "}'");
        long t0 = System.nanoTime();
        for (Map.Entry<String, String> e : cases.entrySet()) {
            for (String suffix : new String[] {"\n", " +\n", " 1 2\n", "\n)\n"}) {
                try {
                    Parser.parseModule(e.getValue() + suffix, "<t>");
                } catch (PySyntaxError x) {
                    // expected for the invalid variants
                } catch (RuntimeException | StackOverflowError x) {
                    fail(e.getKey() + suffix.strip() + ": " + x);
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        assertTrue(secs < 30, "pathological inputs took " + secs + "s");
    }
}
