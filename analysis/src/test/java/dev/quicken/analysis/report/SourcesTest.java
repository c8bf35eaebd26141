package dev.quicken.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    @Test
    void findsSourceAsGivenUnderRootsOrByName(@TempDir Path dir) throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(pkg.resolve("m.py"), "x = 1\r\n  y = 2\n");
        Sources s = new Sources(List.of(dir, pkg));
        assertEquals(List.of("x = 1", "  y = 2"), s.lines(pkg.resolve("m.py").toString()));
        assertEquals("y = 2", s.line("pkg/m.py", 2));
        assertEquals("x = 1", s.line("/elsewhere/build/m.py", 1), "by file name under a root");
        assertNull(s.line("pkg/m.py", 3));
        assertNull(s.lines("<string>"));
        assertNull(s.lines("missing.py"));
        assertNull(Sources.none().lines(pkg.resolve("m.py").toString()));
        Files.writeString(dir.resolve("secret.txt"), "not python");
        assertNull(s.lines(dir.resolve("secret.txt").toString()), "only .py files are read");
    }
}
