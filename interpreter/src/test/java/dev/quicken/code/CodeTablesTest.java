package dev.quicken.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Derived fields, {@code co_lines()}, {@code co_positions()} and the exception table equal what
 * python3.11 reports (NAME.tables fixtures).
 */
class CodeTablesTest {

    @TestFactory
    List<DynamicTest> tablesMatchCPython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : Fixtures.samples()) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                StringBuilder sb = new StringBuilder();
                walk(Fixtures.load(name + ".pyc"), sb);
                assertEquals(Fixtures.text(name + ".tables"), sb.toString());
            }));
        }
        return tests;
    }

    private static String fmt(Integer v) {
        return v == null ? "N" : v.toString();
    }

    private static String names(PyTuple t) {
        List<String> out = new ArrayList<>();
        for (PyObject o : t.items) {
            out.add(o.toString());
        }
        return String.join(",", out);
    }

    private static void walk(CodeObject co, StringBuilder sb) {
        sb.append("code ").append(co.qualname).append('\n');
        sb.append("varnames ").append(names(co.varnames())).append('\n');
        sb.append("cellvars ").append(names(co.cellvars())).append('\n');
        sb.append("freevars ").append(names(co.freevars())).append('\n');
        sb.append("nlocals ").append(co.nlocals).append('\n');
        sb.append("lines ").append(co.lines().stream().map(r -> r.start() + "-" + r.end() + ":" + fmt(r.line()))
                .collect(Collectors.joining(" "))).append('\n');
        sb.append("positions ").append(co.positions().stream()
                .map(p -> fmt(p.line()) + "," + fmt(p.endLine()) + "," + fmt(p.column()) + "," + fmt(p.endColumn()))
                .collect(Collectors.joining(" "))).append('\n');
        sb.append("lnotab ").append(java.util.HexFormat.of().formatHex(co.lnotab())).append('\n');
        sb.append("exceptions ").append(co.exceptionEntries().stream()
                .map(e -> e.startOffset() + "-" + e.endOffset() + ">" + e.targetOffset() + "[" + e.depth() + "]"
                        + (e.lasti() ? "L" : ""))
                .collect(Collectors.joining(" "))).append('\n');
        for (PyObject c : co.consts.items) {
            if (c instanceof CodeObject) {
                walk((CodeObject) c, sb);
            }
        }
    }
}
