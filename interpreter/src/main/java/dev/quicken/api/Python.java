package dev.quicken.api;

import dev.quicken.builtins.TextOut;
import dev.quicken.code.CodeObject;
import dev.quicken.code.MarshalException;
import dev.quicken.code.Pyc;
import dev.quicken.eval.Interpreter;
import dev.quicken.eval.Run;
import dev.quicken.eval.Tracebacks;
import dev.quicken.modules.ImportSystem;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The embedding API: one Python interpreter with its own {@code __main__} module.
 *
 * <pre>
 * Python py = new Python(System.out, System.err, "prog.py");
 * int status = py.runFile(Path.of("prog.pyc"));
 * Object x = py.get("x");
 * </pre>
 *
 * An instance must be used by one thread at a time; separate instances are fully isolated.
 */
public final class Python {

    private final Interpreter interp;
    private final PyModule main;

    public Python(OutputStream out, OutputStream err, String... argv) {
        this.interp = new Interpreter(out, err, argv.length == 0 ? new String[] {""} : argv);
        this.main = new PyModule("__main__");
        // The keys of CPython 3.11's __main__ dict, in its order (LOAD_GLOBAL_MODULE caches entry positions).
        main.dict.setStr("__package__", PyNone.NONE);
        main.dict.setStr("__loader__", PyNone.NONE);
        main.dict.setStr("__spec__", PyNone.NONE);
        main.dict.setStr("__annotations__", new PyDict());
        main.dict.setStr("__builtins__", interp.builtinsModule);
        interp.modules.setStr("__main__", main);
    }

    /**
     * Embedding option: the CPython 3.11 {@code Lib} directory whose pure-Python modules this interpreter
     * imports (replaces the one found by default; see {@link dev.quicken.modules.StdlibLocator}).
     */
    public Python setPythonLib(Path lib) {
        ImportSystem.setStdlib(interp, lib);
        return this;
    }

    /**
     * Embedding option: what the program reads as its standard input (file descriptor 0: {@code sys.stdin},
     * {@code input()}, {@code os.read(0, n)}); the process's standard input by default.
     */
    public Python setStdin(java.io.InputStream in) {
        interp.stdin = in;
        return this;
    }

    /** The underlying interpreter (for tools inside quicken). */
    public Interpreter interpreter() {
        return interp;
    }

    /**
     * Runs a program as {@code __main__} the way {@code python3.11 FILE} does: an uncaught exception
     * prints its traceback to {@code sys.stderr} and gives status 1; {@code SystemExit} gives its code.
     */
    public int runMain(CodeObject code, Path sourceFile) {
        Path dir = sourceFile == null ? null : sourceFile.toAbsolutePath().getParent();
        return runMain(code, sourceFile == null ? null : sourceFile.toString(), dir);
    }

    /** Runs {@code code} as {@code __main__} with {@code __file__ = fileName}, importing from {@code dir}. */
    public int runMain(CodeObject code, String fileName, Path dir) {
        if (fileName != null) {
            main.dict.setStr("__file__", new PyStr(fileName));
            main.dict.setStr("__cached__", PyNone.NONE);
        }
        if (dir != null) {
            interp.searchPath.add(dir);
        }
        ImportSystem.setScriptDir(interp, dir);
        Interpreter prev = interp.enter();
        try {
            int status;
            try {
                Run.execModule(interp, code, main);
                flush();
                status = 0;
            } catch (PyException e) {
                status = handleUncaught(e.value);
            }
            // CPython 3.11: Python/pylifecycle.c Py_FinalizeEx calls the atexit functions after the main program
            dev.quicken.builtins.GcAtexitModules.runExitFuncs(interp);
            return status;
        } finally {
            flush();
            Interpreter.exit(prev);
        }
    }

    /** Runs a {@code .pyc} file (CPython 3.11) as {@code __main__}; {@code sourceFile} names it in tracebacks. */
    public int runPyc(Path pyc, Path sourceFile) throws IOException, MarshalException {
        CodeObject code = Pyc.load(Files.readAllBytes(pyc));
        return runMain(code, sourceFile);
    }

    /** Reports a compile error of the main program as {@code python3.11 FILE} does; the exit status (1). */
    public int reportSyntaxError(dev.quicken.compiler.PySyntaxError e) {
        Interpreter prev = interp.enter();
        try {
            ImportSystem.syntaxError(e);
            return 1;
        } catch (PyException ex) {
            return handleUncaught(ex.value);
        } finally {
            flush();
            Interpreter.exit(prev);
        }
    }

    /**
     * Compiles and runs Python source as {@code __main__} ({@code python3.11 FILE}); a syntax error
     * prints as CPython prints it and gives status 1.
     */
    public int runSource(byte[] source, Path sourceFile) {
        CodeObject code;
        Interpreter prev = interp.enter();
        try {
            code = dev.quicken.eval.CompileBridge.compile(source, sourceFile.toString());
        } catch (PyException e) {
            int st = handleUncaught(e.value);
            flush();
            return st;
        } finally {
            Interpreter.exit(prev);
        }
        return runMain(code, sourceFile);
    }

    /** Compiles and runs {@code source} in {@code __main__} (no exit handling: Python errors propagate). */
    public void exec(String source) {
        Interpreter prev = interp.enter();
        try {
            CodeObject code = dev.quicken.eval.CompileBridge.compile(source, "<string>", "exec");
            Run.execModule(interp, code, main);
        } finally {
            flush();
            Interpreter.exit(prev);
        }
    }

    private int handleUncaught(PyBaseException exc) {
        if (exc.type().isSubtypeOf(Exc.SystemExit)) {
            PyObject code = exc.member("code");
            if (code == null || code == PyNone.NONE) {
                return 0;
            }
            if (code instanceof PyInt) {
                return (int) ((PyInt) code).value;
            }
            writeErr(Abstract.str(code) + "\n");
            return 1;
        }
        flush();
        writeErr(Tracebacks.format(exc, interp.searchPath));
        return 1;
    }

    private void writeErr(String s) {
        PyObject err = interp.sys.dict.getStr("stderr");
        if (err instanceof TextOut) {
            ((TextOut) err).write(s);
            ((TextOut) err).flush();
        } else if (err != null) {
            Abstract.callMethod(err, "write", new PyStr(s));
        }
    }

    /** Flushes {@code sys.stdout} and {@code sys.stderr}. */
    public void flush() {
        dev.quicken.modules.io.IoStart.flushPending();
        for (String n : new String[] {"stdout", "stderr"}) {
            PyObject o = interp.sys.dict.getStr(n);
            if (o instanceof TextOut) {
                ((TextOut) o).flush();
            }
        }
    }

    /** A global of {@code __main__}, converted to Java (see {@link #toJava}), or null if absent. */
    public Object get(String name) {
        PyObject v = main.dict.getStr(name);
        return v == null ? null : toJava(v);
    }

    /** Sets a global of {@code __main__} from a Java value (see {@link #toPython}). */
    public void set(String name, Object value) {
        main.dict.setStr(name, toPython(value));
    }

    /** The globals of {@code __main__}. */
    public PyDict globals() {
        return main.dict;
    }

    /** Java to Python: null, Boolean, Integer/Long/BigInteger, Double/Float, String, List, Map, or PyObject. */
    public static PyObject toPython(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof PyObject) {
            return (PyObject) v;
        }
        if (v instanceof Boolean) {
            return PyBool.of((Boolean) v);
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return PyInt.of(((Number) v).longValue());
        }
        if (v instanceof BigInteger) {
            return PyInt.of((BigInteger) v);
        }
        if (v instanceof Double || v instanceof Float) {
            return new PyFloat(((Number) v).doubleValue());
        }
        if (v instanceof String) {
            return new PyStr((String) v);
        }
        if (v instanceof List) {
            List<?> l = (List<?>) v;
            PyObject[] a = new PyObject[l.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = toPython(l.get(i));
            }
            return new PyList(a);
        }
        if (v instanceof Map) {
            PyDict d = new PyDict();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                d.setItem(toPython(e.getKey()), toPython(e.getValue()));
            }
            return d;
        }
        throw new IllegalArgumentException("no Python equivalent for " + v.getClass().getName());
    }

    /** Python to Java: None→null, bool→Boolean, int→Long or BigInteger, float→Double, str→String, list/tuple→List; else the PyObject. */
    public static Object toJava(PyObject v) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBool) {
            return v == PyBool.TRUE;
        }
        if (v instanceof PyInt) {
            PyInt i = (PyInt) v;
            return i.isSmall() ? (Object) i.value : i.toBigInteger();
        }
        if (v instanceof PyFloat) {
            return ((PyFloat) v).value;
        }
        if (v instanceof PyStr) {
            return ((PyStr) v).value;
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            List<Object> out = new ArrayList<>();
            for (PyObject x : v instanceof PyList ? ((PyList) v).toArray() : ((PyTuple) v).items) {
                out.add(toJava(x));
            }
            return out;
        }
        return v;
    }
}
