package dev.quicken.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.api.Python;
import dev.quicken.compiler.Compiler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import system on packages written to a temporary directory; expected text as python3.11 prints it. */
class ImportSystemTest {

    @TempDir
    Path dir;

    private void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** Runs {@code main.py} from {@link #dir}; stdout + stderr. */
    private String run(String main) throws Exception {
        write("main.py", main);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] box = new String[1];
        Thread t = new Thread(null, () -> {
            Python py = new Python(out, err, "main.py");
            Path file = dir.resolve("main.py");
            try {
                int st = py.runMain(Compiler.compile(Files.readAllBytes(file), file.toString()), file);
                box[0] = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)
                        + (st == 0 ? "" : "exit " + st + "\n");
            } catch (IOException e) {
                box[0] = e.toString();
            }
        }, "import-test", 1L << 28);
        t.start();
        t.join();
        return box[0];
    }

    @Test
    void packagesRelativeImportsAndFromlist() throws Exception {
        write("pkg/__init__.py", "X = 1\nfrom .a import f\n");
        write("pkg/a.py", "def f(): return 'f from ' + __name__\n");
        write("pkg/sub/__init__.py", "from .. import a\nfrom ..a import f as g\n");
        write("ns/mod.py", "V = 'namespace'\n");
        String got = run(String.join("\n",
                "import sys",
                "print(sys.path[0] == __file__.rpartition('/')[0])",
                "import pkg.sub",
                "print(pkg.X, pkg.f(), pkg.sub.g(), pkg.sub.a.__name__)",
                "print(pkg.__spec__.parent, pkg.sub.a.__spec__.parent, pkg.__package__, pkg.a.__package__)",
                "print(pkg.__spec__.name, pkg.__spec__.submodule_search_locations == pkg.__path__)",
                "from pkg import sub as s2",
                "print(s2 is pkg.sub, sys.modules['pkg.sub'] is s2)",
                "import ns.mod",
                "print(ns.mod.V, ns.__file__ if hasattr(ns, '__file__') else 'no file', ns.__spec__.origin)",
                "m = __import__('pkg.a', fromlist=['f'])",
                "print(m.__name__, __import__('pkg.a').__name__)",
                ""));
        assertEquals(String.join("\n",
                "True",
                "1 f from pkg.a f from pkg.a pkg.a",
                "pkg pkg pkg pkg",
                "pkg True",
                "True True",
                "namespace no file None",
                "pkg.a pkg",
                ""), got);
    }

    @Test
    void importErrorsAsCPython() throws Exception {
        write("pkg/__init__.py", "");
        write("pkg/a.py", "from . import missing_sibling\n");
        write("pkg/b.py", "from ... import x\n");
        write("pkg/c.py", "");
        write("bad.py", "x = (\n");
        String got = run(String.join("\n",
                "def show(stmt):",
                "    try:",
                "        exec(stmt) if False else __import__(*stmt)",
                "    except ImportError as e:",
                "        print(type(e).__name__, e, getattr(e, 'name', None))",
                "    except SyntaxError as e:",
                "        print(type(e).__name__, e.msg, e.lineno, e.filename.endswith('bad.py'))",
                "show(('nosuchmod',))",
                "show(('pkg.nosuch',))",
                "show(('pkg.a',))",
                "show(('pkg.a.b',))",
                "show(('pkg.c.d',))",
                "show(('pkg.b', globals(), None, None, 0))",
                "show(('bad',))",
                "try:",
                "    from . import x",
                "except ImportError as e:",
                "    print(e)",
                "import sys",
                "print('nosuchmod' in sys.modules, 'pkg.a' in sys.modules)",
                ""));
        assertEquals(String.join("\n",
                "ModuleNotFoundError No module named 'nosuchmod' nosuchmod",
                "ModuleNotFoundError No module named 'pkg.nosuch' pkg.nosuch",
                "ImportError cannot import name 'missing_sibling' from 'pkg' (" + dir.resolve("pkg/__init__.py")
                        + ") pkg",
                "ImportError cannot import name 'missing_sibling' from 'pkg' (" + dir.resolve("pkg/__init__.py")
                        + ") pkg",
                "ModuleNotFoundError No module named 'pkg.c.d'; 'pkg.c' is not a package pkg.c.d",
                "ImportError attempted relative import beyond top-level package None",
                "SyntaxError '(' was never closed 1 True",
                "attempted relative import with no known parent package",
                "False False",
                ""), got);
    }

    @Test
    void nativeModulesImportWithoutALib() throws Exception {
        String got = run(String.join("\n",
                "import sys, math, errno",
                "print(errno.ENOENT, errno.errorcode[11], errno.EWOULDBLOCK, math.floor(2.5))",
                "print('errno' in sys.builtin_module_names, 'sys' in sys.builtin_module_names)",
                ""));
        assertEquals("2 EAGAIN 11 2\nTrue True\n", got);
    }

    @Test
    void stdlibFromTheFoundLib() throws Exception {
        Path lib = StdlibLocator.find();
        Assumptions.assumeTrue(StdlibLocator.isLib(lib), "no CPython 3.11 Lib found (set " + StdlibLocator.ENV + ")");
        String got = run(String.join("\n",
                "import sys, keyword",
                "print(keyword.iskeyword('if'), keyword.iskeyword('x'), keyword.__spec__.name)",
                "print(keyword.__file__ == sys.path[1] + '/keyword.py')",
                ""));
        assertEquals("True False keyword\nTrue\n", got);
    }

    @Test
    void locatorOrder() {
        String old = System.getProperty(StdlibLocator.PROPERTY);
        try {
            System.setProperty(StdlibLocator.PROPERTY, dir.toString());
            assertEquals(dir.toAbsolutePath().normalize(), StdlibLocator.find());
        } finally {
            if (old == null) {
                System.clearProperty(StdlibLocator.PROPERTY);
            } else {
                System.setProperty(StdlibLocator.PROPERTY, old);
            }
        }
        Path p = StdlibLocator.askPython();
        if (StdlibLocator.onPath("python3.11") != null) {
            assertNotNull(p);
            assertTrue(StdlibLocator.isLib(p));
        }
    }
}
