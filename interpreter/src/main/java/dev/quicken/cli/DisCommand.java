package dev.quicken.cli;

import dev.quicken.code.CodeObject;
import dev.quicken.code.Dis;
import dev.quicken.code.MarshalException;
import dev.quicken.code.Pyc;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code quicken dis FILE.pyc}: prints what CPython 3.11.7 prints for
 * {@code dis.dis(marshal.loads(data[16:]))}.
 */
final class DisCommand implements Command {

    @Override
    public String name() {
        return "dis";
    }

    @Override
    public String usage() {
        return "[--show-caches] [--adaptive] [--depth N] FILE.pyc|FILE.py";
    }

    @Override
    public String summary() {
        return "disassemble a module as CPython 3.11's dis.dis does";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageError {
        Dis.Options opts = new Dis.Options();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--show-caches":
                    opts.showCaches = true;
                    break;
                case "--adaptive":
                    // Runs the program as __main__ first, then shows its quickened code.
                    opts.adaptive = true;
                    break;
                case "--depth":
                    if (i + 1 >= args.size()) {
                        throw new UsageError("--depth needs a number");
                    }
                    try {
                        opts.depth = Integer.parseInt(args.get(++i));
                    } catch (NumberFormatException e) {
                        throw new UsageError("--depth needs a number, not '" + args.get(i) + "'");
                    }
                    break;
                default:
                    if (a.startsWith("-") && a.length() > 1) {
                        throw new UsageError("unknown option " + a);
                    }
                    files.add(a);
            }
        }
        if (files.size() != 1) {
            throw new UsageError(files.isEmpty() ? "no file given" : "give one file");
        }
        String file = files.get(0);
        if (opts.adaptive) {
            return AdaptiveDis.run(file, opts, out, err);
        }
        if (file.endsWith(".py")) {
            return disSource(file, opts, out, err);
        }
        Path path = Paths.get(file);
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            err.println("quicken: " + file + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("quicken: " + file + ": cannot read: " + e.getMessage());
            return 1;
        }
        CodeObject code;
        try {
            code = Pyc.load(data);
        } catch (MarshalException e) {
            err.println("quicken: " + file + ": " + oneLine(e.getMessage()));
            return 1;
        }
        String text;
        try {
            text = Dis.dis(code, opts);
        } catch (Dis.DisError e) {
            err.println("quicken: " + file + ": cannot disassemble: " + oneLine(e.getMessage()));
            return 1;
        }
        out.print(text);
        out.flush();
        return 0;
    }

    /** Compiles FILE.py with quicken's compiler and disassembles the module. */
    private static int disSource(String file, Dis.Options opts, PrintStream out, PrintStream err) {
        CodeObject code;
        try {
            code = CompileCommand.compile(Files.readAllBytes(Paths.get(file)), file);
        } catch (NoSuchFileException e) {
            err.println("quicken: " + file + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("quicken: " + file + ": cannot read: " + e.getMessage());
            return 1;
        } catch (dev.quicken.compiler.PySyntaxError e) {
            err.println("quicken: " + file + ":" + e.lineno + ": " + e.kind + ": " + oneLine(e.msg));
            return 1;
        }
        try {
            out.print(Dis.dis(code, opts));
        } catch (Dis.DisError e) {
            err.println("quicken: " + file + ": cannot disassemble: " + oneLine(e.getMessage()));
            return 1;
        }
        out.flush();
        return 0;
    }

    /** Messages are printed on one line whatever they quote. */
    static String oneLine(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
