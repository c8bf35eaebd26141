package dev.quicken.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.compiler.tools.CompileFuzz;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Short compiler fuzz over the committed test sources: every mutated, generated or deeply nested
 * input compiles or raises a PySyntaxError; no Java exception, error or hang. The long run is
 * {@code tools/fuzz_compile.sh} (or {@code -Dquicken.slow=true}: 200,000 inputs).
 */
class CompileFuzzTest {

    @Test
    void mutatedAndGeneratedSourcesFailOnlyWithSyntaxErrors() throws Exception {
        List<String> corpus = CompileFuzz.loadCorpus(List.of(Path.of("src/test/resources/parser"),
                Path.of("src/test/resources/programs"), Path.of("src/test/resources/compiler")));
        assertTrue(corpus.size() > 50, "corpus: " + corpus.size());
        long count = Boolean.getBoolean("quicken.slow") ? 200_000 : 6_000;
        CompileFuzz.Result r = new CompileFuzz(corpus, 20231107L, 20_000).run(count, null);
        assertEquals(List.of(), r.internalErrors, r.summary());
        assertEquals(count, r.inputs);
        assertTrue(r.accepted > count / 20, r.summary());
        assertTrue(r.rejected.getOrDefault("SyntaxError", 0L) > count / 20, r.summary());
    }

    @Test
    void deeplyNestedLambdasCompileInLinearTime() {
        // nested code objects as constants: their merge keys must not be rebuilt at every level
        long t0 = System.nanoTime();
        Compiler.compile("lambda: ".repeat(2000) + "1", "<nest>", "exec");
        assertTrue((System.nanoTime() - t0) / 1e9 < 20, "2000 nested lambdas too slow");
    }
}
