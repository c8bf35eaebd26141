package dev.quicken.cli;

import dev.quicken.compiler.PySyntaxError;
import dev.quicken.compiler.ast.AstDump;
import dev.quicken.compiler.ast.Module;
import dev.quicken.compiler.parse.Parser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Hidden subcommand {@code quicken ast FILE.py}: prints {@code ast.dump(tree, include_attributes=True)}.
 * {@code quicken ast --batch} reads file paths from stdin and prints, per file, a line
 * {@code ### PATH} followed by the dump or the error line
 * {@code !!! Kind: msg (lineno, offset, end_lineno, end_offset)} (the format tools/compare_ast.sh uses).
 */
final class AstCommand implements Command {

    @Override
    public String name() {
        return "ast";
    }

    @Override
    public String usage() {
        return "FILE.py | --batch < LIST";
    }

    @Override
    public String summary() {
        return "print the AST as python3.11's ast.dump(tree, include_attributes=True)";
    }

    @Override
    public boolean hidden() {
        return true;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageError {
        if (args.size() != 1) {
            throw new UsageError("expected one FILE.py or --batch");
        }
        if (args.get(0).equals("--batch")) {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isEmpty()) {
                        out.println("### " + line);
                        out.println(dumpOrError(line));
                    }
                }
            } catch (IOException e) {
                err.println("quicken ast: " + e.getMessage());
                return 1;
            }
            return 0;
        }
        String file = args.get(0);
        byte[] src;
        try {
            src = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            err.println("quicken ast: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        try {
            Module m = Parser.parseModule(src, file, true);
            out.println(AstDump.dump(m, true));
            return 0;
        } catch (PySyntaxError e) {
            err.println("  File \"" + e.filename + "\", line " + e.lineno);
            err.println(e.kind + ": " + e.msg);
            return 1;
        }
    }

    static String dumpOrError(String file) {
        try {
            byte[] src = Files.readAllBytes(Path.of(file));
            return AstDump.dump(Parser.parseModule(src, file, true), true);
        } catch (PySyntaxError e) {
            return "!!! " + e.kind + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ", " + e.endLineno + ", "
                    + e.endOffset + ")";
        } catch (IOException e) {
            return "!!! IOError: " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return "!!! CRASH: " + e;
        }
    }
}
