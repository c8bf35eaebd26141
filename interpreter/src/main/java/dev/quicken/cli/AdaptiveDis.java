package dev.quicken.cli;

import dev.quicken.api.Python;
import dev.quicken.code.CodeObject;
import dev.quicken.code.Dis;
import dev.quicken.code.MarshalException;
import dev.quicken.code.Pyc;
import dev.quicken.eval.ExecCode;
import dev.quicken.eval.Interpreter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * {@code quicken dis --adaptive FILE}: runs FILE as {@code __main__} (its output first), then
 * prints the module code recursively as CPython 3.11's {@code dis.dis(code, adaptive=True)} does,
 * reading this interpreter's quickened units.
 */
final class AdaptiveDis {

    private AdaptiveDis() {
    }

    static int run(String file, Dis.Options opts, PrintStream out, PrintStream err) {
        Path path = Paths.get(file);
        CodeObject code;
        try {
            byte[] data = Files.readAllBytes(path);
            code = file.endsWith(".pyc") ? Pyc.load(data) : CompileCommand.compile(data, file);
        } catch (NoSuchFileException e) {
            err.println("quicken: " + file + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("quicken: " + file + ": cannot read: " + e.getMessage());
            return 1;
        } catch (MarshalException e) {
            err.println("quicken: " + file + ": " + DisCommand.oneLine(e.getMessage()));
            return 1;
        } catch (dev.quicken.compiler.PySyntaxError e) {
            err.println("quicken: " + file + ":" + e.lineno + ": " + e.kind + ": " + DisCommand.oneLine(e.msg));
            return 1;
        }
        Python[] py = {null};
        RuntimeException[] failure = {null};
        Thread t = new Thread(null, () -> {
            try {
                py[0] = new Python(out, err, file);
                py[0].runMain(code, path);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "quicken-main", RunCommand.STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        out.flush();
        Interpreter in = py[0].interpreter();
        opts.adaptive(co -> {
            ExecCode ec = in.existingExecCode(co);
            return ec == null ? null : ec.units;
        });
        try {
            out.print(Dis.dis(code, opts));
        } catch (Dis.DisError e) {
            err.println("quicken: " + file + ": cannot disassemble: " + DisCommand.oneLine(e.getMessage()));
            return 1;
        }
        out.flush();
        return 0;
    }
}
