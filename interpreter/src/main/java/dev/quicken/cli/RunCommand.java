package dev.quicken.cli;

import dev.quicken.api.Python;
import dev.quicken.code.MarshalException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code quicken run FILE.py|FILE.pyc [args]}: runs a program as {@code python3.11 FILE} does
 * (same stdout, traceback on stderr, exit status). A {@code .py} is compiled by quicken's compiler
 * (through its code cache; a {@code .pyc} beside it or in {@code __pycache__} is never used, as in
 * CPython); a {@code .pyc} written by python3.11 runs as it is.
 */
public final class RunCommand implements Command {

    /** Stack size of the interpreter thread: deep Java re-entry (Python called from builtins). */
    static final long STACK_SIZE = 1L << 30;

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String usage() {
        return "FILE.py|FILE.pyc [args...]";
    }

    @Override
    public String summary() {
        return "run a Python 3.11 program";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageError {
        if (args.isEmpty()) {
            throw new UsageError("no program given");
        }
        Path file = Path.of(args.get(0));
        Path pyc;
        Path source;
        // a .py is compiled by quicken's compiler; a .pyc made by python3.11 runs as it is
        String name = file.getFileName().toString();
        if (name.endsWith(".pyc")) {
            pyc = file;
            Path py = file.resolveSibling(name.substring(0, name.length() - 1));
            source = Files.exists(py) ? py : file;
        } else {
            // CPython 3.11 makes the main script's path absolute (co_filename, __file__, tracebacks)
            source = file.toAbsolutePath();
            // CPython 3.11: Modules/main.c pymain_run_file: the main script always runs from its
            // source, never from a .pyc beside it or in __pycache__ (which may be stale); quicken's
            // code cache makes the compile cheap
            pyc = null;
            if (!Files.exists(file)) {
                err.println("quicken: can't open file '" + file + "': [Errno 2] No such file or directory");
                return 2;
            }
        }
        String[] argv = args.toArray(new String[0]);
        int[] status = {1};
        Throwable[] failure = {null};
        Path pycFile = pyc;
        Thread t = new Thread(null, new Runnable() {
            @Override
            public void run() {
                try {
                    Python py = new Python(out, err, argv);
                    if (pycFile != null) {
                        status[0] = py.runPyc(pycFile, source);
                    } else {
                        status[0] = runSource(py, source, err);
                    }
                } catch (IOException e) {
                    err.println("quicken: can't open file '" + (pycFile != null ? pycFile : source) + "': " + e.getMessage());
                    status[0] = 2;
                } catch (MarshalException e) {
                    err.println("quicken: " + pycFile + ": " + e.getMessage());
                    status[0] = 2;
                } catch (RuntimeException | Error e) {
                    failure[0] = e;
                }
            }
        }, "quicken-main", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        out.flush();
        if (failure[0] instanceof RuntimeException) {
            throw (RuntimeException) failure[0];
        }
        if (failure[0] instanceof Error) {
            throw (Error) failure[0];
        }
        return status[0];
    }

    /** Compiles {@code source} with quicken's compiler and runs it; a syntax error is reported as CPython does. */
    private static int runSource(Python py, Path source, PrintStream err) throws IOException {
        dev.quicken.code.CodeObject code;
        try {
            // compiled once, then taken from quicken's code cache while the source and compiler stay the same
            code = dev.quicken.modules.CodeCache.compile(dev.quicken.modules.StartFiles.readAllBytes(source), source);
        } catch (dev.quicken.compiler.PySyntaxError e) {
            return py.reportSyntaxError(e);
        }
        return py.runMain(code, source);
    }
}
