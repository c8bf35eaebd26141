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
        StringBuilder sb = new StringBuilder();
        Map<String, List<String>> sources = new HashMap<>();
        SEARCH.set(dirs);
        printChain(sb, exc, new IdentityHashMap<>(), sources);
        return sb.toString();
    }

    private static void printChain(StringBuilder sb, PyBaseException exc, IdentityHashMap<Object, Boolean> seen,
            Map<String, List<String>> sources) {
        seen.put(exc, Boolean.TRUE);
        if (exc.cause != null && !seen.containsKey(exc.cause)) {
            printChain(sb, exc.cause, seen, sources);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (exc.context != null && !exc.suppressContext && !seen.containsKey(exc.context)) {
            printChain(sb, exc.context, seen, sources);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        printOne(sb, exc, sources);
    }

    private static void printOne(StringBuilder sb, PyBaseException exc, Map<String, List<String>> sources) {
        if (exc.traceback instanceof PyTraceback) {
            sb.append("Traceback (most recent call last):\n");
            List<PyTraceback> entries = new ArrayList<>();
            for (PyTraceback tb = (PyTraceback) exc.traceback; tb != null; tb = tb.next) {
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
                displayLine(sb, tb, sources);
            }
            if (cnt > RECURSIVE_CUTOFF) {
                repeated(sb, cnt - RECURSIVE_CUTOFF);
            }
        }
        if (exc.type().isSubtypeOf(dev.quicken.runtime.Exc.SyntaxError)) {
            syntaxErrorLines(sb, exc);
        } else {
            sb.append(exceptionLine(exc));
        }
        PyObject notes = exc.getInstanceAttr("__notes__");
        if (notes instanceof PyList) {
            for (PyObject n : ((PyList) notes).toArray()) {
                sb.append(n instanceof PyStr ? ((PyStr) n).value : safeRepr(n)).append('\n');
            }
        }
    }

    /** CPython 3.11: Python/pythonrun.c print_exception_file_and_line / print_error_text. */
    private static void syntaxErrorLines(StringBuilder sb, PyBaseException exc) {
        PyObject fn = exc.getInstanceAttr("filename");
        PyObject ln = exc.getInstanceAttr("lineno");
        PyObject msg = exc.getInstanceAttr("msg");
        if (fn instanceof PyStr && ln instanceof dev.quicken.runtime.PyInt) {
            sb.append("  File \"").append(((PyStr) fn).value).append("\", line ").append(ln).append('\n');
            PyObject text = exc.getInstanceAttr("text");
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
                PyObject off = exc.getInstanceAttr("offset");
                PyObject endOff = exc.getInstanceAttr("end_offset");
                PyObject endLn = exc.getInstanceAttr("end_lineno");
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
        sb.append(name).append(": ").append(m).append('\n');
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
