package dev.quicken.eval;

import dev.quicken.code.LineTable;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Printing exceptions with tracebacks exactly as CPython 3.11 (Python/pythonrun.c, Python/traceback.c). */
public final class Tracebacks {

    private Tracebacks() {
    }

    private static final int RECURSIVE_CUTOFF = 3;
    private static final int LIMIT = 1000;

    /** The full text CPython prints for an uncaught exception (chained exceptions included). */
    public static String format(PyBaseException exc) {
        return format(exc, List.of());
    }

    /** As {@link #format(PyBaseException)}, finding relative source file names in {@code dirs} too. */
    public static String format(PyBaseException exc, List<Path> dirs) {
        SEARCH.set(dirs);
        Ctx ctx = new Ctx();
        printRecursive(ctx, exc);
        return ctx.sb.toString();
    }

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** CPython 3.11: Python/pythonrun.c struct exception_print_context. */
    private static final class Ctx {
        final StringBuilder sb = new StringBuilder();
        final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        final Map<String, List<String>> sources = new HashMap<>();
        int groupDepth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * groupDepth);
        }

        /** EXC_INDENT spaces then EXC_MARGIN. */
        String margin() {
            return groupDepth > 0 ? indent() + "| " : "";
        }
    }

    // CPython 3.11: Python/pythonrun.c print_exception_recursive
    private static void printRecursive(Ctx ctx, PyBaseException exc) {
        causeAndContext(ctx, exc);
        if (dev.quicken.runtime.ExceptionGroups.isGroup(exc)) {
            printGroup(ctx, (dev.quicken.runtime.ExceptionGroups.PyExceptionGroup) exc);
        } else {
            printOne(ctx, exc);
        }
    }

    // CPython 3.11: Python/pythonrun.c print_exception_cause_and_context
    private static void causeAndContext(Ctx ctx, PyBaseException exc) {
        ctx.seen.put(exc, Boolean.TRUE);
        if (exc.cause != null) {
            if (!ctx.seen.containsKey(exc.cause)) {
                printChained(ctx, exc.cause, "The above exception was the direct cause of the following exception:\n");
            }
            return;
        }
        if (exc.suppressContext) {
            return;
        }
        if (exc.context != null && !ctx.seen.containsKey(exc.context)) {
            printChained(ctx, exc.context, "During handling of the above exception, another exception occurred:\n");
        }
    }

    private static void printChained(Ctx ctx, PyBaseException exc, String message) {
        boolean needClose = ctx.needClose;
        printRecursive(ctx, exc);
        ctx.needClose = needClose;
        ctx.sb.append(ctx.margin()).append('\n');
        ctx.sb.append(ctx.margin()).append(message);
        ctx.sb.append(ctx.margin()).append('\n');
    }

    // CPython 3.11: Python/pythonrun.c print_exception_group
    private static void printGroup(Ctx ctx, dev.quicken.runtime.ExceptionGroups.PyExceptionGroup group) {
        StringBuilder sb = ctx.sb;
        if (ctx.groupDepth > MAX_GROUP_DEPTH) {
            sb.append(ctx.margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (ctx.groupDepth == 0) {
            ctx.groupDepth++;
        }
        printOne(ctx, group);
        PyObject[] excs = group.exceptions.items;
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            ctx.groupDepth++;
            if (!truncated) {
                PyObject e = excs[i];
                if (e instanceof PyBaseException) {
                    printRecursive(ctx, (PyBaseException) e);
                }
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                sb.append(ctx.margin()).append("and ").append(remaining).append(" more exception")
                        .append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.groupDepth--;
        }
        if (ctx.groupDepth == 1) {
            ctx.groupDepth--;
        }
    }

    // CPython 3.11: Python/pythonrun.c print_exception
    private static void printOne(Ctx ctx, PyBaseException exc) {
        StringBuilder sb = ctx.sb;
        if (exc.traceback instanceof PyTraceback) {
            String margin = ctx.margin();
            String headerMargin = margin;
            String header = "Traceback (most recent call last):\n";
            if (dev.quicken.runtime.ExceptionGroups.isGroup(exc)) {
                header = "Exception Group Traceback (most recent call last):\n";
                if (ctx.groupDepth == 1) {
                    headerMargin = ctx.indent() + "+ ";
                }
            }
            sb.append(headerMargin).append(header);
            printTraceback(ctx, (PyTraceback) exc.traceback, margin);
        }
        PyObject notes = exc.getInstanceAttr("__notes__");
        if (exc.type().isSubtypeOf(dev.quicken.runtime.Exc.SyntaxError)) {
            syntaxErrorLines(sb, exc, ctx.margin());
        } else {
            String line = exceptionLine(exc);
            String suggestion = Suggestions.offer(exc);
            if (suggestion != null) {
                line = line.substring(0, line.length() - 1) + ". Did you mean: '" + suggestion + "'?\n";
            }
            sb.append(ctx.margin()).append(line);
        }
        if (notes != null) {
            printNotes(ctx, notes);
        }
    }

    // CPython 3.11: Python/traceback.c tb_printinternal
    private static void printTraceback(Ctx ctx, PyTraceback first, String margin) {
        StringBuilder sb = ctx.sb;
        List<PyTraceback> entries = new ArrayList<>();
        for (PyTraceback tb = first; tb != null; tb = tb.next) {
            entries.add(tb);
        }
        int start = Math.max(0, entries.size() - LIMIT);
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int cnt = 0;
        for (int i = start; i < entries.size(); i++) {
            PyTraceback tb = entries.get(i);
            String file = tb.frame.code.filename.value;
            String name = tb.frame.code.name.value;
            if (file.equals(lastFile) && tb.lineno == lastLine && name.equals(lastName)) {
                cnt++;
                if (cnt > RECURSIVE_CUTOFF) {
                    continue;
                }
            } else {
                if (cnt > RECURSIVE_CUTOFF) {
                    repeated(sb, cnt - RECURSIVE_CUTOFF);
                }
                lastFile = file;
                lastLine = tb.lineno;
                lastName = name;
                cnt = 1;
            }
            StringBuilder lines = new StringBuilder();
            displayLine(lines, tb, ctx.sources);
            if (margin.isEmpty()) {
                sb.append(lines);
            } else {
                for (String l : lines.toString().split("\n", -1)) {
                    if (!l.isEmpty()) {
                        sb.append(margin).append(l).append('\n');
                    }
                }
            }
        }
        if (cnt > RECURSIVE_CUTOFF) {
            repeated(sb, cnt - RECURSIVE_CUTOFF);
        }
    }

    // CPython 3.11: Python/pythonrun.c print_exception_notes
    private static void printNotes(Ctx ctx, PyObject notes) {
        StringBuilder sb = ctx.sb;
        if (notes instanceof dev.quicken.runtime.PyDict || notes.type().lookup("__getitem__") == null) {
            String r;
            try {
                r = Abstract.repr(notes);
            } catch (PyException e) {
                r = "<__notes__ repr() failed>";
            }
            sb.append(ctx.margin()).append(r);
            return;
        }
        PyObject[] items;
        try {
            items = Abstract.toArray(notes);
        } catch (PyException e) {
            return;
        }
        for (PyObject note : items) {
            String text;
            try {
                text = Abstract.str(note);
            } catch (PyException e) {
                sb.append("<note str() failed>\n");
                continue;
            }
            for (String line : splitLinesKeepEnds(text)) {
                sb.append(ctx.margin()).append(line);
            }
            sb.append('\n');
        }
    }

    /** str.splitlines(keepends=True) for the line breaks CPython recognises. */
    private static List<String> splitLinesKeepEnds(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                eol = (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') ? j + 2 : j + 1;
            }
            out.add(s.substring(i, eol));
            i = eol;
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** CPython 3.11: Python/pythonrun.c print_exception_file_and_line / print_error_text. */
    private static void syntaxErrorLines(StringBuilder sb, PyBaseException exc, String margin) {
        PyObject fn = exc.member("filename");
        PyObject ln = exc.member("lineno");
        PyObject msg = exc.member("msg");
        if (fn instanceof PyStr && ln instanceof dev.quicken.runtime.PyInt) {
            sb.append(margin).append("  File \"").append(((PyStr) fn).value).append("\", line ").append(ln).append('\n');
            PyObject text = exc.member("text");
            if (text instanceof PyStr) {
                String t = ((PyStr) text).value;
                int nl = t.indexOf('\n');
                String line = nl >= 0 ? t.substring(0, nl) : t;
                int lead = 0;
                while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t'
                        || line.charAt(lead) == '\f')) {
                    lead++;
                }
                String stripped = line.substring(lead).stripTrailing();
                sb.append("    ").append(stripped).append('\n');
                PyObject off = exc.member("offset");
                PyObject endOff = exc.member("end_offset");
                PyObject endLn = exc.member("end_lineno");
                if (off instanceof dev.quicken.runtime.PyInt && ((dev.quicken.runtime.PyInt) off).value > 0) {
                    long start = ((dev.quicken.runtime.PyInt) off).value;
                    long end = endOff instanceof dev.quicken.runtime.PyInt ? ((dev.quicken.runtime.PyInt) endOff).value
                            : start;
                    if (!(endLn instanceof dev.quicken.runtime.PyInt) || !endLn.toString().equals(ln.toString())
                            || end <= start) {
                        end = start + 1;
                    }
                    long col = Math.max(0, start - 1 - lead);
                    long width = Math.max(1, Math.min(end, stripped.length() + lead + 1) - start);
                    sb.append("    ").append(" ".repeat((int) col)).append("^".repeat((int) width)).append('\n');
                }
            }
        }
        String name = exc.type().displayName();
        String m = msg instanceof PyStr ? ((PyStr) msg).value : Abstract.str(exc);
        sb.append(margin).append(name).append(": ").append(m).append('\n');
    }

    private static void repeated(StringBuilder sb, int n) {
        sb.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "").append("]\n");
    }

    /** {@code TypeName: message} (module-qualified unless builtins or __main__). */
    public static String exceptionLine(PyBaseException exc) {
        String name = exc.type().displayName();
        String msg;
        try {
            msg = Abstract.str(exc);
        } catch (PyException e) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name + "\n" : name + ": " + msg + "\n";
    }

    private static String safeRepr(PyObject o) {
        try {
            return Abstract.repr(o);
        } catch (PyException e) {
            return "<note repr() failed>";
        }
    }

    private static void displayLine(StringBuilder sb, PyTraceback tb, Map<String, List<String>> sources) {
        String file = tb.frame.code.filename.value;
        sb.append("  File \"").append(file).append("\", line ").append(tb.lineno).append(", in ")
                .append(tb.frame.code.name.value).append('\n');
        List<String> lines = sources.computeIfAbsent(file, Tracebacks::readLines);
        if (lines == null || tb.lineno < 1 || tb.lineno > lines.size()) {
            return;
        }
        String line = lines.get(tb.lineno - 1);
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return;
        }
        int lead = 0;
        while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
            lead++;
        }
        sb.append("    ").append(stripped).append('\n');
        LineTable.Position p = tb.frame.ec.position(tb.lasti);
        if (p == null || p.column() == null || p.endColumn() == null || p.line() == null || p.endLine() == null) {
            return;
        }
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        int start = charOffset(utf8, p.column());
        int end = charOffset(utf8, p.endColumn());
        int leftEnd = -1;
        int rightStart = -1;
        if (p.line().equals(p.endLine())) {
            if (start <= end && end <= line.length()) {
                int[] anchors = CaretAnchors.find(line.substring(start, end));
                if (anchors != null) {
                    leftEnd = anchors[0] + start;
                    rightStart = anchors[1] + start;
                }
            }
        } else {
            int i = line.length();
            while (--i >= 0 && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f'
                    || line.charAt(i) == '\r')) {
                // find the last non-whitespace character
            }
            end = i + 1;
        }
        // CPython 3.11: traceback.c tb_displayline elides the carets when they span the whole line
        boolean secondary = leftEnd != -1 || rightStart != -1;
        if (end - start == stripped.length() + (line.length() - lead - stripped.length()) - trailing(line)
                && !secondary) {
            return;
        }
        StringBuilder caret = new StringBuilder("    ");
        // CPython 3.11: traceback.c print_error_location_carets
        for (int off = lead; off < end; off++) {
            if (off < start) {
                caret.append(' ');
            } else if (secondary && leftEnd <= off && off < rightStart) {
                caret.append('^');
            } else {
                caret.append(secondary ? '~' : '^');
            }
        }
        sb.append(caret).append('\n');
    }

    private static int trailing(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && Character.isWhitespace(line.charAt(i)); i--) {
            n++;
        }
        return n;
    }

    private static int charOffset(byte[] utf8, int byteOffset) {
        int n = Math.min(byteOffset, utf8.length);
        return new String(utf8, 0, n, StandardCharsets.UTF_8).length();
    }

    private static final ThreadLocal<List<Path>> SEARCH = ThreadLocal.withInitial(List::of);

    private static List<String> readLines(String file) {
        try {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p) && !p.isAbsolute()) {
                for (Path d : SEARCH.get()) {
                    if (Files.isRegularFile(d.resolve(file))) {
                        p = d.resolve(file);
                        break;
                    }
                }
            }
            if (!Files.isRegularFile(p)) {
                return null;
            }
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i <= text.length()) {
                int j = text.indexOf('\n', i);
                if (j < 0) {
                    if (i < text.length()) {
                        out.add(text.substring(i));
                    }
                    break;
                }
                out.add(text.substring(i, j));
                i = j + 1;
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
