package dev.quicken.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quicken.testing.Python311;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential: the .pyc files quicken writes back load in python3.11 as code objects equal field
 * by field to the originals (tools/check_writeback.py). Skipped without python3.11.
 */
class WriteBackPythonTest {

    @Test
    void python311LoadsWhatQuickenWrites(@TempDir Path tmp) throws Exception {
        assumeTrue(Python311.available(), "python3.11 not on the PATH");
        List<String> pairs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String name : Fixtures.samples()) {
            names.add(name);
        }
        for (String f : new String[] {"arith", "attrs", "subscr", "Point.__init__", "Point.norm2"}) {
            names.add("adaptive/" + f);
        }
        for (String name : names) {
            CodeObject co = Fixtures.load(name + ".pyc");
            Path out = tmp.resolve(name.replace('/', '_') + ".pyc");
            Files.write(out, Pyc.write(co, 0, 0));
            pairs.add(Fixtures.DIR.resolve(name + ".pyc").toAbsolutePath() + "\t" + out);
        }
        Path list = tmp.resolve("pairs.txt");
        Files.write(list, pairs, StandardCharsets.UTF_8);
        String report = Python311.run(Python311.projectRoot(), "tools/check_writeback.py", list.toString());
        assertEquals(names.size(), report.lines().filter(l -> l.endsWith(" OK")).count(), report);
    }
}
