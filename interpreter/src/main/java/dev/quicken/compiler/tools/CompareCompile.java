package dev.quicken.compiler.tools;

import dev.quicken.code.CodeObject;
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
        List<String> actual;
        try {
            ModNode mod = AstJson.module(astJson);
            CodeObject co = Codegen.compile(mod, path, 0);
            actual = CodeDump.dump(co);
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
            System.err.println("usage: CompareCompile RECORDS [--verbose]");
            System.exit(2);
        }
        boolean verbose = args.length > 1 && args[1].equals("--verbose");
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
                String diff = compareRecord(path, ast, expected);
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
        out.printf("%d/%d files equal (%.1f%%)%n", equal, total, total == 0 ? 0.0 : 100.0 * equal / total);
    }
}
