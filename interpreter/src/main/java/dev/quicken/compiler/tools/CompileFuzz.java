package dev.quicken.compiler.tools;

import dev.quicken.compiler.Compiler;
import dev.quicken.compiler.PySyntaxError;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compiler fuzzer: mutated corpus sources (line, token and byte mutations, truncation), programs
 * generated from a small grammar, and deep nesting, each compiled with a per-input timeout. Every
 * input must either compile or raise {@link PySyntaxError} (CPython's SyntaxError,
 * IndentationError, TabError, or the MemoryError of the parser's stack limit); anything else —
 * a Java exception, an error, a hang — is an internal error.
 *
 * <p>{@code java -cp CLASSES dev.quicken.compiler.tools.CompileFuzz COUNT SEED DIR|FILE.py...}
 * prints the figures and each internal error (kind, input written to a file under the temp dir).
 * With {@code --emit N FILE} it instead writes N inputs (length-prefixed) for the differential
 * script {@code tools/fuzz_compile_diff.py}.
 */
public final class CompileFuzz {

    /** The figures of one run. */
    public static final class Result {
        public long inputs;
        public long accepted;
        public final Map<String, Long> rejected = new TreeMap<>();
        public final List<String> internalErrors = new ArrayList<>();
        public long millis;

        public long internalErrorCount() {
            return internalErrors.size();
        }

        public String summary() {
            return "inputs=" + inputs + " accepted=" + accepted + " rejected=" + rejected + " internal_errors="
                    + internalErrors.size() + " time=" + millis / 1000.0 + "s";
        }
    }

    private static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield", "match", "case", "_", "type", "print"};
    private static final String[] PUNCT = {"(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "/", "|",
        "&", "<", ">", "=", ".", "%", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=", "/=",
        "//", "//=", "%=", "@", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=", "->", "...", ":=", "!", "\\", "\n",
        "\n    ", "\t", "    ", "\r\n", "#", "'", "\"", "\"\"\"", "f'", "f\"{", "}", "{x!r:>{w}}", "b'", "r'",
        "rb'\\", "u'", "0x", "1_000", "0o7", "1e", "1j", ".5", "0b1", "'\\N{", "'\\x", "'\\u", "$", "?", "`"};
    private static final String[] WEIRD = {"\0", "\u00e9", "\u00ff", "\ud800", "\udfff", "\ufeff", "\u0085",
        "\u2028", "\u00a0", "\u212b", "\uff21", "\u0660", "\f", "\u000b", "\u001a", "\r"};

    private final List<String> corpus;
    private final Random rnd;
    private final long timeoutMillis;
    private ExecutorService worker = newWorker();

    public CompileFuzz(List<String> corpus, long seed, long timeoutMillis) {
        this.corpus = corpus;
        this.rnd = new Random(seed);
        this.timeoutMillis = timeoutMillis;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "compile-fuzz", 512L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /** Loads every .py under the given files/directories (as text; undecodable files are skipped). */
    public static List<String> loadCorpus(List<Path> roots) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path root : roots) {
            List<Path> files;
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
                }
            } else {
                files = List.of(root);
            }
            for (Path p : files) {
                byte[] b = Files.readAllBytes(p);
                String text = new String(b, StandardCharsets.UTF_8);
                if (!text.contains("\uFFFD")) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    /** Runs {@code count} inputs. */
    public Result run(long count, PrintStream log) {
        Result r = new Result();
        long t0 = System.nanoTime();
        for (long i = 0; i < count; i++) {
            String src = next(i);
            String mode = (i % 17 == 0) ? "eval" : (i % 13 == 0) ? "single" : "exec";
            one(src, mode, r, log);
        }
        r.millis = (System.nanoTime() - t0) / 1_000_000;
        worker.shutdownNow();
        return r;
    }

    private void one(String src, String mode, Result r, PrintStream log) {
        r.inputs++;
        Future<Throwable> f = worker.submit(() -> {
            try {
                Compiler.compileOnThisThread(src, "<fuzz>", mode);
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
        Throwable e;
        try {
            e = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException te) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            internal(r, log, "timeout after " + timeoutMillis + "ms", src, mode);
            return;
        } catch (InterruptedException | ExecutionException ee) {
            internal(r, log, "fuzzer: " + ee, src, mode);
            return;
        }
        if (e == null) {
            r.accepted++;
        } else if (e instanceof PySyntaxError pe) {
            r.rejected.merge(pe.kind.name(), 1L, Long::sum);
        } else {
            StackTraceElement[] st = e.getStackTrace();
            internal(r, log, e + (st.length > 0 ? " at " + st[0] : ""), src, mode);
        }
    }

    private void internal(Result r, PrintStream log, String what, String src, String mode) {
        String path = "";
        try {
            Path p = Files.createTempFile("compile-fuzz-", ".py");
            Files.writeString(p, src, StandardCharsets.UTF_8);
            path = p.toString();
        } catch (IOException | RuntimeException ignored) {
            // the description is still reported
        }
        String line = "internal error (" + mode + "): " + what + " input=" + path;
        r.internalErrors.add(line);
        if (log != null) {
            log.println(line);
        }
    }

    /** The i-th input: mostly mutated corpus slices, some generated programs, some deep nesting. */
    public String next(long i) {
        int k = rnd.nextInt(100);
        if (k < 70) {
            return corpus.isEmpty() ? generate() : mutate(slice());
        } else if (k < 95) {
            String g = generate();
            return rnd.nextInt(3) == 0 ? mutate(g) : g;
        } else {
            return nesting();
        }
    }

    private String slice() {
        String text = corpus.get(rnd.nextInt(corpus.size()));
        String[] lines = text.split("\n", -1);
        if (lines.length <= 40 || rnd.nextInt(200) == 0) {
            return text.length() > 20000 ? String.join("\n", List.of(lines).subList(0, Math.min(lines.length, 200)))
                    : text;
        }
        int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 40);
        int start = rnd.nextInt(lines.length - n);
        return String.join("\n", List.of(lines).subList(start, start + n)) + "\n";
    }

    // ---- mutations

    private String mutate(String src) {
        int rounds = 1 + rnd.nextInt(rnd.nextInt(8) == 0 ? 12 : 3);
        for (int i = 0; i < rounds; i++) {
            switch (rnd.nextInt(4)) {
                case 0:
                    src = lineMutation(src);
                    break;
                case 1:
                case 2:
                    src = tokenMutation(src);
                    break;
                default:
                    src = charMutation(src);
                    break;
            }
        }
        return src;
    }

    private String lineMutation(String src) {
        List<String> lines = new ArrayList<>(List.of(src.split("\n", -1)));
        if (lines.isEmpty()) {
            return src;
        }
        int a = rnd.nextInt(lines.size());
        int b = rnd.nextInt(lines.size());
        switch (rnd.nextInt(6)) {
            case 0:
                lines.remove(a);
                break;
            case 1:
                lines.add(a, lines.get(b));
                break;
            case 2:
                String t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
                break;
            case 3:
                lines.set(a, " ".repeat(rnd.nextInt(9)) + lines.get(a).stripLeading());
                break;
            case 4:
                lines.set(a, (rnd.nextBoolean() ? "\t" : "    ") + lines.get(a));
                break;
            default:
                return String.join("\n", lines.subList(0, a)) + (rnd.nextBoolean() ? "\n" : "");
        }
        return String.join("\n", lines);
    }

    /** Splits into rough tokens (identifier runs, number runs, whitespace runs, single characters). */
    private static List<String> roughTokens(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            int j = i + 1;
            if (Character.isLetterOrDigit(c) || c == '_') {
                while (j < n && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) {
                    j++;
                }
            } else if (c == ' ') {
                while (j < n && src.charAt(j) == ' ') {
                    j++;
                }
            }
            out.add(src.substring(i, j));
            i = j;
        }
        return out;
    }

    private String randomToken() {
        switch (rnd.nextInt(5)) {
            case 0:
                return KEYWORDS[rnd.nextInt(KEYWORDS.length)];
            case 1:
            case 2:
                return PUNCT[rnd.nextInt(PUNCT.length)];
            case 3:
                return rnd.nextInt(4) == 0 ? WEIRD[rnd.nextInt(WEIRD.length)]
                        : String.valueOf((char) (' ' + rnd.nextInt(95)));
            default:
                return rnd.nextBoolean() ? "x" + rnd.nextInt(3) : String.valueOf(rnd.nextInt(1000));
        }
    }

    private String tokenMutation(String src) {
        List<String> toks = roughTokens(src);
        if (toks.isEmpty()) {
            return randomToken();
        }
        int a = rnd.nextInt(toks.size());
        int b = rnd.nextInt(toks.size());
        switch (rnd.nextInt(5)) {
            case 0:
                toks.remove(a);
                break;
            case 1:
                toks.add(a, toks.get(b));
                break;
            case 2:
                String t = toks.get(a);
                toks.set(a, toks.get(b));
                toks.set(b, t);
                break;
            case 3:
                toks.add(a, (rnd.nextBoolean() ? " " : "") + randomToken() + (rnd.nextBoolean() ? " " : ""));
                break;
            default:
                toks.set(a, randomToken());
                break;
        }
        return String.join("", toks);
    }

    private String charMutation(String src) {
        StringBuilder sb = new StringBuilder(src);
        int n = sb.length();
        int at = n == 0 ? 0 : rnd.nextInt(n + 1);
        switch (rnd.nextInt(4)) {
            case 0:
                if (n > 0 && at < n) {
                    sb.deleteCharAt(at);
                }
                break;
            case 1:
                sb.insert(at, (char) rnd.nextInt(rnd.nextBoolean() ? 128 : 0x3000));
                break;
            case 2:
                if (n > 0 && at < n) {
                    sb.setCharAt(at, (char) (sb.charAt(at) ^ (1 << rnd.nextInt(7))));
                }
                break;
            default:
                sb.setLength(at);
                break;
        }
        return sb.toString();
    }

    // ---- generated programs

    private int depth;

    private String generate() {
        depth = 0;
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            stmt(sb, "");
        }
        return sb.toString();
    }

    private String name() {
        String[] names = {"a", "b", "x", "y", "self", "__class__", "super", "__debug__", "_", "__x", "f", "C"};
        return names[rnd.nextInt(names.length)];
    }

    private void stmt(StringBuilder sb, String ind) {
        depth++;
        int k = depth > 4 ? rnd.nextInt(8) : rnd.nextInt(24);
        sb.append(ind);
        switch (k) {
            case 0: sb.append(expr()).append('\n'); break;
            case 1: sb.append(target()).append(" = ").append(expr()).append('\n'); break;
            case 2: sb.append(target()).append(' ').append(PUNCT[25 + rnd.nextInt(8)]).append(' ').append(expr())
                    .append('\n'); break;
            case 3: sb.append("return ").append(expr()).append('\n'); break;
            case 4: sb.append(rnd.nextBoolean() ? "break\n" : "continue\n"); break;
            case 5: sb.append(rnd.nextBoolean() ? "global " : "nonlocal ").append(name()).append('\n'); break;
            case 6: sb.append("del ").append(target()).append('\n'); break;
            case 7: sb.append(name()).append(": ").append(expr()).append(rnd.nextBoolean() ? " = " + expr() : "")
                    .append('\n'); break;
            case 8: sb.append("if ").append(expr()).append(":\n"); body(sb, ind);
                if (rnd.nextBoolean()) { sb.append(ind).append("elif ").append(expr()).append(":\n"); body(sb, ind); }
                if (rnd.nextBoolean()) { sb.append(ind).append("else:\n"); body(sb, ind); }
                break;
            case 9: sb.append(rnd.nextBoolean() ? "async " : "").append("for ").append(target()).append(" in ")
                    .append(expr()).append(":\n"); body(sb, ind);
                if (rnd.nextBoolean()) { sb.append(ind).append("else:\n"); body(sb, ind); }
                break;
            case 10: sb.append("while ").append(expr()).append(":\n"); body(sb, ind); break;
            case 11: sb.append("try:\n"); body(sb, ind);
                int h = rnd.nextInt(3);
                String star = rnd.nextInt(4) == 0 ? "*" : "";
                for (int i = 0; i < h; i++) {
                    sb.append(ind).append("except").append(star).append(rnd.nextBoolean() ? " " + expr() : "")
                            .append(rnd.nextBoolean() ? " as e" : "").append(":\n"); body(sb, ind);
                }
                if (h == 0 || rnd.nextBoolean()) { sb.append(ind).append("finally:\n"); body(sb, ind); }
                break;
            case 12: sb.append(rnd.nextBoolean() ? "async " : "").append("with ").append(expr())
                    .append(rnd.nextBoolean() ? " as " + target() : "").append(":\n"); body(sb, ind); break;
            case 13: case 14: if (rnd.nextBoolean()) { sb.append("@").append(expr()).append('\n').append(ind); }
                sb.append(rnd.nextInt(3) == 0 ? "async " : "").append("def ").append(name()).append('(')
                        .append(params()).append(')').append(rnd.nextBoolean() ? " -> " + expr() : "").append(":\n");
                body(sb, ind); break;
            case 15: sb.append("class ").append(name()).append(rnd.nextBoolean() ? "(" + args() + ")" : "")
                    .append(":\n"); body(sb, ind); break;
            case 16: sb.append("match ").append(expr()).append(":\n");
                for (int i = 0, m = 1 + rnd.nextInt(3); i < m; i++) {
                    sb.append(ind).append("    case ").append(pattern()).append(rnd.nextBoolean() ? " if " + expr() : "")
                            .append(":\n"); body(sb, ind + "    ");
                }
                break;
            case 17: sb.append(rnd.nextBoolean() ? "import " + name() + (rnd.nextBoolean() ? " as " + name() : "")
                    : "from " + ".".repeat(rnd.nextInt(3)) + (rnd.nextBoolean() ? name() : "") + " import "
                    + (rnd.nextInt(4) == 0 ? "*" : name())).append('\n'); break;
            case 18: sb.append("raise").append(rnd.nextBoolean() ? " " + expr() : "")
                    .append(rnd.nextBoolean() ? " from " + expr() : "").append('\n'); break;
            case 19: sb.append("assert ").append(expr()).append(rnd.nextBoolean() ? ", " + expr() : "").append('\n');
                break;
            case 20: sb.append("yield ").append(expr()).append('\n'); break;
            case 21: sb.append("await ").append(expr()).append('\n'); break;
            case 22: sb.append("from __future__ import ").append(rnd.nextBoolean() ? "annotations" : "braces")
                    .append('\n'); break;
            default: sb.append("pass\n"); break;
        }
        depth--;
    }

    private void body(StringBuilder sb, String ind) {
        String in = ind + "    ";
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
            stmt(sb, in);
        }
    }

    private String params() {
        StringBuilder sb = new StringBuilder();
        String[] parts = {"a", "b=1", "*args", "**kw", "/", "*", "c: int", "d: int = 2", "x", "a"};
        for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(parts[rnd.nextInt(parts.length)]);
        }
        return sb.toString();
    }

    private String args() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            int k = rnd.nextInt(5);
            sb.append(k == 0 ? "*" + expr() : k == 1 ? "**" + expr() : k == 2 ? name() + "=" + expr() : expr());
        }
        return sb.toString();
    }

    private String target() {
        switch (rnd.nextInt(6)) {
            case 0: return name() + "." + name();
            case 1: return name() + "[" + expr() + "]";
            case 2: return "(" + name() + ", *" + name() + ")";
            case 3: return "[" + name() + ", " + name() + "]";
            default: return name();
        }
    }

    private String pattern() {
        depth++;
        String p;
        switch (depth > 5 ? rnd.nextInt(3) : rnd.nextInt(10)) {
            case 0: p = name(); break;
            case 1: p = String.valueOf(rnd.nextInt(5) - 2); break;
            case 2: p = "_"; break;
            case 3: p = "[" + pattern() + ", *" + name() + "]"; break;
            case 4: p = "{" + "'k': " + pattern() + (rnd.nextBoolean() ? ", **rest" : "") + "}"; break;
            case 5: p = name() + "(" + pattern() + ", " + name() + "=" + pattern() + ")"; break;
            case 6: p = pattern() + " | " + pattern(); break;
            case 7: p = pattern() + " as " + name(); break;
            case 8: p = "a.b"; break;
            default: p = "(" + pattern() + ",)"; break;
        }
        depth--;
        return p;
    }

    private String expr() {
        depth++;
        String e;
        switch (depth > 6 ? rnd.nextInt(4) : rnd.nextInt(26)) {
            case 0: e = name(); break;
            case 1: e = String.valueOf(rnd.nextInt(300) - 5); break;
            case 2: e = rnd.nextBoolean() ? "'s\\x41'" : "b'\\xff'"; break;
            case 3: e = rnd.nextBoolean() ? "None" : "1.5e3"; break;
            case 4: e = expr() + " " + PUNCT[9 + rnd.nextInt(8)] + " " + expr(); break;
            case 5: e = expr() + " " + (rnd.nextBoolean() ? "and" : "or") + " " + expr(); break;
            case 6: e = "not " + expr(); break;
            case 7: e = expr() + " " + (new String[] {"<", "is not", "in", "not in", "==", ">="})[rnd.nextInt(6)]
                    + " " + expr(); break;
            case 8: e = expr() + "(" + args() + ")"; break;
            case 9: e = expr() + "." + name(); break;
            case 10: e = expr() + "[" + expr() + (rnd.nextBoolean() ? ":" + expr() : "") + "]"; break;
            case 11: e = "(" + expr() + ", " + expr() + ")"; break;
            case 12: e = "[" + expr() + " for " + target() + " in " + expr() + (rnd.nextBoolean() ? " if " + expr()
                    : "") + "]"; break;
            case 13: e = "{" + expr() + ": " + expr() + " for x in " + expr() + "}"; break;
            case 14: e = "(" + expr() + " for x in " + expr() + ")"; break;
            case 15: e = "lambda " + params() + ": " + expr(); break;
            case 16: e = expr() + " if " + expr() + " else " + expr(); break;
            case 17: e = "(" + name() + " := " + expr() + ")"; break;
            case 18: e = "f'{" + expr() + "!r:>{" + name() + "}}'"; break;
            case 19: e = "(yield " + expr() + ")"; break;
            case 20: e = "await " + expr(); break;
            case 21: e = "{" + expr() + ", *" + expr() + "}"; break;
            case 22: e = "{**" + expr() + ", 'a': " + expr() + "}"; break;
            case 23: e = "[*" + expr() + ", " + expr() + "]"; break;
            case 24: e = "super().f()"; break;
            default: e = "-" + expr(); break;
        }
        depth--;
        return e;
    }

    // ---- deep nesting

    private String nesting() {
        int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 120 : 1200);
        String[][] pairs = {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"-", ""}, {"not ", ""}, {"f(", ")"},
            {"lambda: ", ""}, {"a if b else ", ""}, {"x + (", ")"}, {"f'{", "}'"}, {"[x for x in ", "]"},
            {"await ", ""}, {"*", ""}};
        String[] p = pairs[rnd.nextInt(pairs.length)];
        if (rnd.nextInt(4) == 0) {
            StringBuilder sb = new StringBuilder();
            String[] heads = {"if x:", "for x in y:", "while x:", "def f():", "class C:", "try:", "with a:"};
            for (int i = 0; i < Math.min(n, 150); i++) {
                sb.append(" ".repeat(i)).append(heads[rnd.nextInt(heads.length)]).append('\n');
            }
            sb.append(" ".repeat(Math.min(n, 150))).append("pass\n");
            return sb.toString();
        }
        String core = p[0].repeat(n) + "1" + p[1].repeat(n);
        return rnd.nextBoolean() ? core + "\n" : "x = " + core;
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 1 && args[0].equals("--emit")) {
            emit(args);
            return;
        }
        if (args.length == 3 && args[0].equals("--decide")) {
            decide(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: CompileFuzz COUNT SEED DIR|FILE.py... ");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        long seed = Long.parseLong(args[1]);
        List<Path> roots = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        List<String> corpus = loadCorpus(roots);
        System.out.println("corpus: " + corpus.size() + " files");
        CompileFuzz fz = new CompileFuzz(corpus, seed, 10_000);
        Result r = fz.run(count, System.out);
        System.out.println(r.summary());
        System.exit(r.internalErrorCount() == 0 ? 0 : 1);
    }

    /**
     * {@code --decide IN OUT}: for each record of IN one line in OUT: {@code ok}, or the error class
     * and message ({@code SyntaxError\tmsg}), or {@code INTERNAL\tdescription}.
     */
    private static void decide(Path in, Path out) throws IOException {
        String all = Files.readString(in, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < all.length()) {
            int nl = all.indexOf('\n', i);
            int len = Integer.parseInt(all.substring(i, nl));
            int end = all.offsetByCodePoints(nl + 1, len);
            String src = all.substring(nl + 1, end);
            i = end;
            String line;
            try {
                Compiler.compile(src, "<fuzz>", "exec");
                line = "ok";
            } catch (PySyntaxError e) {
                line = e.kind + "\t" + e.msg;
            } catch (Throwable e) {
                line = "INTERNAL\t" + e;
            }
            sb.append(line.replace('\n', ' ')).append('\n');
        }
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    /** {@code --emit COUNT SEED OUT DIR...}: writes inputs as "length\nsource" records for the differential script. */
    private static void emit(String[] args) throws IOException {
        long count = Long.parseLong(args[1]);
        long seed = Long.parseLong(args[2]);
        Path out = Path.of(args[3]);
        List<Path> roots = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            roots.add(Path.of(args[i]));
        }
        CompileFuzz fz = new CompileFuzz(loadCorpus(roots), seed, 10_000);
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < count; i++) {
            // lone surrogates cannot be written as UTF-8; lengths are in code points, as Python counts
            String s = fz.next(i).replaceAll("[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
                    "\ufffd");
            sb.append(s.codePointCount(0, s.length())).append('\n').append(s);
        }
        fz.worker.shutdownNow();
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }
}
