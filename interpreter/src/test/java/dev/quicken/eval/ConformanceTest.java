package dev.quicken.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus: every {@code programs/NAME.py} (run from its python3.11-compiled .pyc)
 * must give python3.11's stdout, stderr and exit status exactly (fixtures by tools/gen_programs.py), and so
 * must the same program compiled from its source by quicken's compiler.
 */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> corpus() throws Exception {
        List<String> names = ProgramRunner.names();
        return names.stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            ProgramRunner.Result want = ProgramRunner.expected(n);
            ProgramRunner.Result got = ProgramRunner.runOnBigStack(n);
            assertEquals(want.out(), got.out(), n + ": stdout");
            assertEquals(want.err(), got.err(), n + ": stderr");
            assertEquals(want.exit(), got.exit(), n + ": exit status");
        }));
    }

    /** The same programs compiled from source by quicken's own compiler give the same results. */
    @TestFactory
    Stream<DynamicTest> corpusFromSource() throws Exception {
        List<String> names = ProgramRunner.names();
        return names.stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            ProgramRunner.Result want = ProgramRunner.expectedFromSource(n);
            ProgramRunner.Result got = ProgramRunner.runFromSourceOnBigStack(n);
            assertEquals(want.out(), got.out(), n + ": stdout");
            assertEquals(want.err(), got.err(), n + ": stderr");
            assertEquals(want.exit(), got.exit(), n + ": exit status");
        }));
    }
}
