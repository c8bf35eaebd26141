package dev.quicken.cli;

import dev.quicken.code.CodeObject;
import dev.quicken.code.Pyc;
import dev.quicken.compiler.Compiler;
import dev.quicken.compiler.PySyntaxError;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code quicken compile FILE.py [-o FILE.pyc]}: compiles as python3.11's py_compile does (a
 * timestamp-based .pyc); without -o it writes {@code __pycache__/NAME.cpython-311.pyc}.
 */
final class CompileCommand implements Command {

    @Override
    public String name() {
        return "compile";
    }

    @Override
    public String usage() {
        return "FILE.py [-o FILE.pyc]";
    }

    @Override
    public String summary() {
        return "compile a module to a .pyc as CPython 3.11 does";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageError {
        List<String> files = new ArrayList<>();
        String output = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-o")) {
                if (i + 1 >= args.size()) {
                    throw new UsageError("-o needs a file name");
                }
                output = args.get(++i);
            } else if (a.startsWith("-") && a.length() > 1) {
                throw new UsageError("unknown option " + a);
            } else {
                files.add(a);
            }
        }
        if (files.size() != 1) {
            throw new UsageError(files.isEmpty() ? "no file given" : "give one file");
        }
        String file = files.get(0);
        Path path = Path.of(file);
        byte[] src;
        long mtime;
        try {
            src = Files.readAllBytes(path);
            mtime = Files.getLastModifiedTime(path).toMillis() / 1000;
        } catch (NoSuchFileException e) {
            err.println("quicken: " + file + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("quicken: " + file + ": cannot read: " + e.getMessage());
            return 1;
        }
        CodeObject code;
        try {
            code = compile(src, file);
        } catch (PySyntaxError e) {
            err.println("quicken: " + file + ":" + e.lineno + ": " + e.kind + ": " + DisCommand.oneLine(e.msg));
            return 1;
        }
        Path target = output != null ? Path.of(output) : cachePath(path);
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.write(target, Pyc.write(code, mtime, src.length & 0xFFFFFFFFL));
        } catch (IOException e) {
            err.println("quicken: " + target + ": cannot write: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** Compiles source bytes as {@code compile(source, file, "exec")}. */
    static CodeObject compile(byte[] src, String file) {
        return Compiler.compile(src, file);
    }

    /** importlib.util.cache_from_source for CPython 3.11. */
    static Path cachePath(Path source) {
        String name = source.getFileName().toString();
        String stem = name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
        Path dir = source.toAbsolutePath().getParent();
        return dir.resolve("__pycache__").resolve(stem + ".cpython-311.pyc");
    }
}
