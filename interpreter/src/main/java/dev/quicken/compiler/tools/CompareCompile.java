package dev.quicken.compiler.tools;

import dev.quicken.code.CodeObject;
import dev.quicken.compiler.Compiler;
import dev.quicken.compiler.PySyntaxError;
import dev.quicken.compiler.ast.ModNode;
import dev.quicken.compiler.codegen.Codegen;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares quicken's compiler with CPython 3.11 over a record file written by
 * tools/compile_oracle.py: prints the % of files whose module code object equals CPython's,
 * field by field (recursively), and the first differing function/field of each failing file.
 */
public final class CompareCompile {
    private CompareCompile() {
    }

    /** The outcome for one record: null when equal, else a one-line description of the first difference. */
    public static String compareRecord(String path, String astJson, List<String> expected) {
        return compareRecord(path, astJson, expected, false);
    }

    /**
     * As {@link #compareRecord(String, String, List)}; with {@code fromSource} the file at
     * {@code path} is parsed by quicken's parser instead of using CPython's AST.
     */
    public static String compareRecord(String path, String astJson, List<String> expected, boolean fromSource) {
        List<String> actual;
        try {
            CodeObject co;
            String mode = path.endsWith(".eval.py") ? "eval" : path.endsWith(".single.py") ? "single" : "exec";
            if (fromSource && mode.equals("exec")) {
                co = Compiler.compile(Files.readAllBytes(Path.of(path)), path);
            } else if (fromSource) {
                co = Compiler.compile(Files.readString(Path.of(path)), path, mode);
            } else {
                ModNode mod = AstJson.module(astJson);
                co = Codegen.compile(mod, path, 0);
            }
            actual = CodeDump.dump(co);
        } catch (PySyntaxError e) {
            return "SyntaxError " + e.msg + " (line " + e.lineno + ")";
        } catch (IOException e) {
            return "cannot read: " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return "exception " + e;
        }
        return firstDifference(expected, actual);
    }

    public static String firstDifference(List<String> expected, List<String> actual) {
        String function = "?";
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<missing>";
            String a = i < actual.size() ? actual.get(i) : "<missing>";
            if (e.startsWith("code ")) {
                function = e.substring(5);
            }
            if (!e.equals(a)) {
                String field = e.startsWith(" ") ? e.trim().split(" ", 2)[0] : e.split(" ", 2)[0];
                return "function " + function + " field " + field + "\n    expected: " + clip(e) + "\n    actual:   "
                        + clip(a);
            }
        }
        return null;
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CompareCompile RECORDS [--verbose] [--source]");
            System.exit(2);
        }
        List<String> opts = List.of(args).subList(1, args.length);
        boolean verbose = opts.contains("--verbose");
        boolean fromSource = opts.contains("--source");
        PrintStream out = System.out;
        int total = 0;
        int equal = 0;
        List<String> failures = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.US_ASCII)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("=== ")) {
                    continue;
                }
                String path = line.substring(4);
                String ast = r.readLine().substring(4);
                List<String> expected = new ArrayList<>();
                while (!(line = r.readLine()).equals("=== end")) {
                    expected.add(line);
                }
                total++;
                String diff = compareRecord(path, ast, expected, fromSource);
                if (diff == null) {
                    equal++;
                } else {
                    failures.add(path + ": " + diff);
                }
            }
        }
        for (String f : failures) {
            out.println(verbose ? f : f.split("\n", 2)[0]);
        }
        out.printf("%d/%d files equal (%.1f%%)%s%n", equal, total, total == 0 ? 0.0 : 100.0 * equal / total,
                fromSource ? " [quicken parser + compiler]" : " [CPython AST + quicken compiler]");
    }
}
