package dev.quicken.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.Repr;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@code Dis.dis} equals python3.11's {@code dis.dis} on the committed samples. */
class DisFixtureTest {

    /** Whether {@link Repr} is CPython's yet (it is written by the values slice). */
    static boolean reprReady() {
        return Repr.repr(new PyStr("a\n")).equals("'a\\n'");
    }

    @TestFactory
    List<DynamicTest> disMatchesCPython() {
        return disTests(false);
    }

    /**
     * The same comparison with LOAD_CONST argreprs masked, so the disassembler itself is checked
     * even while {@link Repr} is not CPython's yet (code object constants are still compared in
     * the "Disassembly of" headers).
     */
    @TestFactory
    List<DynamicTest> disMatchesCPythonIgnoringConstantReprs() {
        return disTests(true);
    }

    private static List<DynamicTest> disTests(boolean maskConstants) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : Fixtures.samples()) {
            for (boolean caches : new boolean[] {false, true}) {
                tests.add(DynamicTest.dynamicTest(name + (caches ? " --show-caches" : ""), () -> {
                    if (!maskConstants) {
                        assumeTrue(reprReady(), "Repr.repr is not CPython's yet");
                    }
                    CodeObject co = Fixtures.load(name + ".pyc");
                    String expected = Fixtures.text(name + (caches ? ".caches.dis" : ".dis"));
                    Dis.Options opts = new Dis.Options().showCaches(caches);
                    if (maskConstants) {
                        opts.constRepr = c -> "CONST";
                    }
                    String actual = Dis.dis(co, opts);
                    assertEquals(normalize(expected, maskConstants), normalize(actual, maskConstants));
                }));
            }
        }
        return tests;
    }

    /** Addresses normalized; with {@code maskConstants}, LOAD_CONST argreprs replaced by CONST. */
    private static String normalize(String dis, boolean maskConstants) {
        String s = Fixtures.normalize(dis);
        if (!maskConstants) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.* LOAD_CONST +\\d+) \\(.*$").matcher(line);
            out.append(m.matches() ? m.group(1) + " (CONST)" : line).append('\n');
        }
        return out.toString();
    }

    @TestFactory
    List<DynamicTest> adaptiveDisMatchesCPython() {
        return adaptiveTests(false);
    }

    @TestFactory
    List<DynamicTest> adaptiveDisMatchesCPythonIgnoringConstantReprs() {
        return adaptiveTests(true);
    }

    private static List<DynamicTest> adaptiveTests(boolean maskConstants) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String f : new String[] {"arith", "attrs", "subscr", "Point.__init__", "Point.norm2"}) {
            for (boolean caches : new boolean[] {false, true}) {
                tests.add(DynamicTest.dynamicTest(f + (caches ? " caches" : ""), () -> {
                    if (!maskConstants) {
                        assumeTrue(reprReady(), "Repr.repr is not CPython's yet");
                    }
                    CodeObject co = Fixtures.load("adaptive/" + f + ".pyc");
                    byte[] raw = Fixtures.bytes("adaptive/" + f + ".units");
                    char[] units = new char[raw.length / 2];
                    for (int i = 0; i < units.length; i++) {
                        units[i] = (char) ((raw[2 * i] & 0xFF) | (raw[2 * i + 1] & 0xFF) << 8);
                    }
                    Dis.Options opts = new Dis.Options().showCaches(caches).adaptive(c -> c == co ? units : null);
                    if (maskConstants) {
                        opts.constRepr = c -> "CONST";
                    }
                    String expected = Fixtures.text("adaptive/" + f + (caches ? ".caches.dis" : ".dis"));
                    assertEquals(normalize(expected, maskConstants), normalize(Dis.dis(co, opts), maskConstants));
                }));
            }
        }
        return tests;
    }
}
