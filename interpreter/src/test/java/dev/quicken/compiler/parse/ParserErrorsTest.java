package dev.quicken.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.compiler.PySyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The invalid-program corpus (fixtures from tools/gen_parser_fixtures.py): quicken must raise the
 * same error class, message, line and offset as python3.11's compile(). Cases that still differ are
 * printed; the test requires at least 90% equal and no crash of any other kind.
 */
class ParserErrorsTest {

    record Case(String src, String kind, String msg, int lineno, int offset, int endLineno, int endOffset) {
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case '0' -> sb.append('\0');
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static List<Case> cases(String name) throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = ParserErrorsTest.class.getResourceAsStream("/parser/" + name)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new Case(unescape(f[0]), f[1], unescape(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6])));
            }
        }
        return out;
    }

    static String actual(String src) {
        try {
            Parser.parseModule(src, "<test>");
            return "no error";
        } catch (PySyntaxError e) {
            return e.kind + ": " + e.msg + " @" + e.lineno + ":" + e.offset;
        }
    }

    @Test
    void errorCorpusMatchesCPython() throws IOException {
        assertTrue(matchPercent("errors.tsv") >= 90.0);
    }

    /** Programs made by random one-token edits of the snippets (not written with the parser in mind). */
    @Test
    void mutatedCorpusMatchesCPython() throws IOException {
        assertTrue(matchPercent("mutated.tsv") >= 85.0);
    }

    static double matchPercent(String name) throws IOException {
        List<Case> cases = cases(name);
        int equal = 0;
        int equalWithEnd = 0;
        List<String> diffs = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (Case c : cases) {
            String expected = c.kind + ": " + c.msg + " @" + c.lineno + ":" + c.offset;
            String got;
            int endLine = -99;
            int endOff = -99;
            try {
                Parser.parseModule(c.src, "<test>");
                got = "no error";
            } catch (PySyntaxError e) {
                got = e.kind + ": " + e.msg + " @" + e.lineno + ":" + e.offset;
                endLine = e.endLineno;
                endOff = e.endOffset;
            }
            if (got.equals(expected)) {
                equal++;
                if (endLine == c.endLineno && endOff == c.endOffset) {
                    equalWithEnd++;
                } else {
                    ends.add(c.src.replace("\n", "\\n") + " | " + expected + " | python end " + c.endLineno + ":"
                            + c.endOffset + ", quicken end " + endLine + ":" + endOff);
                }
            } else {
                diffs.add(c.src.replace("\n", "\\n") + "\n    python:  " + expected + "\n    quicken: " + got);
            }
        }
        double pct = 100.0 * equal / cases.size();
        System.out.printf("parser error corpus %s: %d/%d equal (%.1f%%), %d with equal end positions%n", name,
                equal, cases.size(), pct, equalWithEnd);
        diffs.forEach(d -> System.out.println("DIFF " + d));
        ends.forEach(d -> System.out.println("END-DIFF " + d));
        return pct;
    }
}
