package dev.quicken.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quicken.compiler.Compiler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Integration of the compiler and the disassembler: each sample source compiled by quicken
 * disassembles exactly as python3.11's compilation of it does, and its code object equals the one
 * loaded from python3.11's .pyc.
 */
class SourceDisFixtureTest {

    @TestFactory
    List<DynamicTest> compiledSourceMatchesCPython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : Fixtures.samples()) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                CodeObject co = Compiler.compile(Fixtures.bytes("src/" + name + ".py"), "src/" + name + ".py");
                assertEquals(Fixtures.normalize(Fixtures.text(name + ".caches.dis")),
                        Fixtures.normalize(Dis.dis(co, new Dis.Options().showCaches(true))));
                assertNull(CodeCompare.diff(Fixtures.load(name + ".pyc"), co, "<module>"));
            }));
        }
        return tests;
    }
}
