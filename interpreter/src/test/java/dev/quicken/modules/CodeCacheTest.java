package dev.quicken.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.code.CodeCompare;
import dev.quicken.code.CodeObject;
import dev.quicken.compiler.Compiler;
import dev.quicken.compiler.PySyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quicken's cache of compiled code: what it returns is what the compiler makes, and stale entries are not used. */
class CodeCacheTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void storedThenTakenFromTheEntry() throws IOException {
        Path entry = dir.resolve("code").resolve("m.code");
        byte[] src = bytes("def f(x):\n    return x + 1\nprint(f(1))\n");
        CodeObject first = CodeCache.compile(src, "/x/m.py", "compiler A", entry);
        assertTrue(Files.isRegularFile(entry));
        byte[] stored = Files.readAllBytes(entry);
        CodeObject second = CodeCache.compile(src, "/x/m.py", "compiler A", entry);
        assertNotSame(first, second); // read back from the entry
        assertNull(CodeCompare.diff(first, second, "m"));
        assertArrayEquals(stored, Files.readAllBytes(entry)); // a hit does not rewrite
    }

    @Test
    void aChangedSourceCompilerOrNameIsCompiledAgain() throws IOException {
        Path entry = dir.resolve("m.code");
        byte[] v1 = bytes("x = 1\n");
        byte[] v2 = bytes("x = 2\n"); // same length, other bytes
        CodeCache.compile(v1, "/x/m.py", "compiler A", entry);
        CodeObject c2 = CodeCache.compile(v2, "/x/m.py", "compiler A", entry);
        assertNull(CodeCompare.diff(Compiler.compile(v2, "/x/m.py"), c2, "m"));
        byte[] afterV2 = Files.readAllBytes(entry);
        CodeCache.compile(v2, "/x/m.py", "compiler B", entry);
        assertNotEquals(new String(afterV2, StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(entry), StandardCharsets.ISO_8859_1));
        CodeObject renamed = CodeCache.compile(v2, "/y/m.py", "compiler B", entry);
        assertEquals("/y/m.py", renamed.filename.value);
    }

    @Test
    void aDamagedEntryIsCompiledAgain() throws IOException {
        Path entry = dir.resolve("m.code");
        byte[] src = bytes("print('hi')\n");
        CodeCache.compile(src, "/x/m.py", "c", entry);
        byte[] data = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(data, data.length - 3));
        CodeObject c = CodeCache.compile(src, "/x/m.py", "c", entry);
        assertNull(CodeCompare.diff(Compiler.compile(src, "/x/m.py"), c, "m"));
    }

    @Test
    void syntaxErrorsAreNotStored() {
        Path entry = dir.resolve("bad.code");
        assertThrows(PySyntaxError.class, () -> CodeCache.compile(bytes("def (\n"), "/x/bad.py", "c", entry));
        assertTrue(Files.notExists(entry));
    }

    @Test
    void entryFilesDifferByFileName() {
        String old = System.getProperty(QuickenCache.PROPERTY);
        try {
            System.setProperty(QuickenCache.PROPERTY, dir.toString());
            Path a = CodeCache.entryFile("/a/prog.py");
            Path b = CodeCache.entryFile("/b/prog.py");
            assertNotEquals(a, b);
            assertEquals(dir.resolve("code"), a.getParent());
            assertTrue(a.getFileName().toString().startsWith("prog.py-"), a.toString());
        } finally {
            if (old == null) {
                System.clearProperty(QuickenCache.PROPERTY);
            } else {
                System.setProperty(QuickenCache.PROPERTY, old);
            }
        }
    }

    /** Every conformance program: the code read back from its entry is the compiler's, field by field. */
    @Test
    void corpusRoundTripsThroughTheCache() throws Exception {
        Path programs = Path.of(CodeCacheTest.class.getResource("/programs").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(programs)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
        assertTrue(files.size() > 100, "corpus found: " + files.size());
        int n = 0;
        for (Path p : files) {
            byte[] src = Files.readAllBytes(p);
            CodeObject fresh;
            try {
                fresh = Compiler.compile(src, p.toString());
            } catch (PySyntaxError e) {
                continue; // programs that test syntax errors
            }
            Path entry = dir.resolve(p.getFileName() + ".code");
            CodeCache.compile(src, p.toString(), "c", entry);
            CodeObject cached = CodeCache.compile(src, p.toString(), "c", entry);
            assertNull(CodeCompare.diff(fresh, cached, p.getFileName().toString()));
            n++;
        }
        assertTrue(n > 100, "compiled " + n);
    }
}
