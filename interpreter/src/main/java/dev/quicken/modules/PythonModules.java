package dev.quicken.modules;

import dev.quicken.code.CodeObject;
import dev.quicken.eval.Interpreter;
import dev.quicken.eval.Run;
import dev.quicken.runtime.PyModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Modules that CPython writes in C and quicken writes in Python: sources under
 * {@code dev/quicken/modules/lib/} on the class path, compiled once per process (and kept in the
 * {@link CodeCache}), run per interpreter.
 */
final class PythonModules {

    private static final Map<String, CodeObject> CODE = new HashMap<>();

    private PythonModules() {
    }

    static synchronized CodeObject code(String name) {
        CodeObject c = CODE.get(name);
        if (c == null) {
            String filename = dev.quicken.eval.ExecCode.INTERNAL_PREFIX + name + ">";
            c = CodeCache.cachedResource(filename);
            if (c == null) {
                String res = "lib/" + name + ".py";
                try (InputStream s = PythonModules.class.getResourceAsStream(res)) {
                    if (s == null) {
                        throw new IllegalStateException("missing resource dev/quicken/modules/" + res);
                    }
                    c = CodeCache.compileResource(s.readAllBytes(), filename);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            CODE.put(name, c);
        }
        return c;
    }

    /** A new module {@code name} run from its Python source. */
    static PyModule create(Interpreter in, String name) {
        PyModule m = new PyModule(name);
        Run.execModule(in, code(name), m);
        return m;
    }
}
