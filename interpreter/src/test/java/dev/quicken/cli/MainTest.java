package dev.quicken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: dispatch, dis, help, and one-line errors with exit status 1 or 2. */
class MainTest {

    private static final Path DIS = Paths.get("src", "test", "resources", "dis");

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void disPrintsTheDisassembly() throws Exception {
        Result r = run("dis", DIS.resolve("loops.pyc").toString());
        assertEquals(0, r.status, r.err);
        assertEquals(Files.readString(DIS.resolve("loops.dis")).replaceAll(" at 0x[0-9a-f]+", ""),
                r.out.replaceAll(" at 0x[0-9a-f]+", ""));
        Result c = run("dis", "--show-caches", DIS.resolve("loops.pyc").toString());
        assertEquals(Files.readString(DIS.resolve("loops.caches.dis")).replaceAll(" at 0x[0-9a-f]+", ""),
                c.out.replaceAll(" at 0x[0-9a-f]+", ""));
    }

    @Test
    void badPycIsOneLineWithTheOffset(@TempDir Path tmp) throws Exception {
        byte[] pyc = Files.readAllBytes(DIS.resolve("loops.pyc"));
        Path bad = tmp.resolve("bad.pyc");
        Files.write(bad, java.util.Arrays.copyOf(pyc, 40));
        Result r = run("dis", bad.toString());
        assertEquals(1, r.status);
        assertEquals("", r.out);
        assertTrue(r.err.matches("quicken: \\S*bad.pyc: offset \\d+: marshal data too short.*\\n"), r.err);
        assertEquals(1, r.err.split("\n").length);
        pyc[1] = 0;
        Files.write(bad, pyc);
        Result m = run("dis", bad.toString());
        assertEquals(1, m.status);
        assertTrue(m.err.contains("offset 0: bad magic number"), m.err);
        Result missing = run("dis", tmp.resolve("nope.pyc").toString());
        assertEquals(1, missing.status);
        assertTrue(missing.err.endsWith("nope.pyc: no such file\n"), missing.err);
    }

    @Test
    void disCompilesSource(@TempDir Path tmp) throws Exception {
        Path py = tmp.resolve("x.py");
        Files.writeString(py, "x = 1\n");
        Result r = run("dis", py.toString());
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("STORE_NAME               0 (x)"), r.out);
        Path bad = tmp.resolve("bad.py");
        Files.writeString(bad, "def f():\n    x = 1\n    global x\n");
        Result e = run("dis", bad.toString());
        assertEquals(1, e.status);
        assertTrue(e.err.endsWith("bad.py:3: SyntaxError: name 'x' is assigned to before global declaration\n"),
                e.err);
        assertEquals(1, e.err.split("\n").length);
    }

    @Test
    void runUsesTheMainScriptsSourceNeverAStalePyc(@TempDir Path tmp) throws Exception {
        Path py = tmp.resolve("m.py");
        Files.writeString(py, "print('old')\n");
        assertEquals(0, run("compile", py.toString()).status);
        assertEquals(0, run("compile", py.toString(), "-o", tmp.resolve("m.pyc").toString()).status);
        assertTrue(Files.exists(tmp.resolve("__pycache__").resolve("m.cpython-311.pyc")));
        // the source changes, the .pyc files beside it and in __pycache__ stay as they were
        Files.writeString(py, "print('new')\n");
        Result r = run("run", py.toString());
        assertEquals(0, r.status, r.err);
        assertEquals("new\n", r.out);
    }

    @Test
    void compileWritesAPycThatLoadsBack(@TempDir Path tmp) throws Exception {
        Path py = tmp.resolve("m.py");
        Files.writeString(py, "def f(a):\n    return [a * i for i in range(3)]\n");
        Path pyc = tmp.resolve("m.pyc");
        Result r = run("compile", py.toString(), "-o", pyc.toString());
        assertEquals(0, r.status, r.err);
        dev.quicken.code.CodeObject co = dev.quicken.code.Pyc.load(Files.readAllBytes(pyc));
        assertEquals("<module>", co.name.value);
        Result dflt = run("compile", py.toString());
        assertEquals(0, dflt.status, dflt.err);
        assertTrue(Files.exists(tmp.resolve("__pycache__").resolve("m.cpython-311.pyc")));
        Result missing = run("compile", tmp.resolve("nope.py").toString());
        assertEquals(1, missing.status);
        assertTrue(missing.err.endsWith("nope.py: no such file\n"), missing.err);
    }

    @Test
    void usageErrorsAndHelp() {
        Result none = run();
        assertEquals(2, none.status);
        Result unknown = run("frobnicate");
        assertEquals(2, unknown.status);
        assertTrue(unknown.err.contains("unknown command 'frobnicate'"));
        Result noFile = run("dis");
        assertEquals(2, noFile.status);
        assertTrue(noFile.err.contains("usage: quicken dis"), noFile.err);
        Result badOpt = run("dis", "--bogus", "x.pyc");
        assertEquals(2, badOpt.status);
        Result help = run("help");
        assertEquals(0, help.status);
        assertTrue(help.out.contains("dis "), help.out);
        assertFalse(help.out.contains("batch-check"), "hidden commands are not listed");
        Result helpDis = run("help", "dis");
        assertTrue(helpDis.out.startsWith("usage: quicken dis"), helpDis.out);
    }
}
