package dev.quicken.analysis.cli;

import dev.quicken.analysis.load.Loader;
import dev.quicken.analysis.load.Progress;
import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.SpecializationStats;
import dev.quicken.analysis.report.DiffBuilder;
import dev.quicken.analysis.report.Palette;
import dev.quicken.analysis.report.Renderer;
import dev.quicken.analysis.report.Report;
import dev.quicken.analysis.report.ReportBuilder;
import dev.quicken.analysis.report.Sources;
import dev.quicken.analysis.rules.RulesReport;
import dev.quicken.analysis.watch.Watch;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code quicken stats|report|diff|rules|watch}: the analysis command line.
 *
 * <p>Exit status: 0 when everything was read, 1 when an input was damaged, unreadable or held no
 * quicken event (what could be read is still reported), 2 for a usage error. No stack trace
 * unless {@code --debug}.
 */
public final class Main {

    static final String USAGE = """
            usage: quicken stats REC.jfr... [--json]
                   quicken report REC.jfr... [--format text|md|html|json] [-o FILE] [--source DIR]... [--top N]
                                             [--palette safe|hue]
                   quicken diff BASE.jfr HEAD.jfr [--format text|md|html|json] [-o FILE] [--top N]
                   quicken rules REC.jfr [--format html|text|json|xml] [-o FILE]
                   quicken watch PID|HOST:PORT [--interval SECONDS] [--once | --count N] [--wait SECONDS] [--plain]
            common options: --parser stream|jmc (default stream: bounded memory), --debug (stack traces)
            """;

    /** A usage error. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        quietJmcLogging();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Main(out, err).run(args));
    }

    /** Held so the level set below is not lost when the logger is garbage collected. */
    private static final Logger JMC_LOGGER = Logger.getLogger("org.openjdk.jmc");

    /** JMC core logs a harmless JUL warning for JDK 21+ recordings ("Could not find field ... 'virtual'"). */
    static void quietJmcLogging() {
        JMC_LOGGER.setLevel(Level.SEVERE);
    }

    /** Runs one command; returns the exit status. */
    public int run(String[] args) {
        boolean debug = List.of(args).contains("--debug");
        try {
            if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
                out.print(USAGE);
                return args.length == 0 ? 2 : 0;
            }
            Options o = Options.parse(args);
            return switch (o.command) {
                case "stats" -> stats(o);
                case "report" -> report(o);
                case "diff" -> diff(o);
                case "rules" -> rules(o);
                case "watch" -> watch(o);
                default -> throw new UsageException("unknown command '" + o.command + "'");
            };
        } catch (UsageException e) {
            err.println("quicken: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("quicken: " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("quicken: out of memory reading the recording; --parser jmc holds the whole file in memory "
                    + "(about ten times its size): use the default --parser stream, or give more heap with "
                    + "QUICKEN_JAVA_OPTS=-Xmx...");
            return 1;
        } catch (RuntimeException e) {
            err.println("quicken: internal error: " + e);
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println("quicken: run again with --debug for the stack trace");
            }
            return 3;
        }
    }

    /** Parsed arguments. */
    static final class Options {
        String command;
        final List<Path> files = new ArrayList<>();
        boolean json;
        String format;
        Path output;
        final List<Path> sources = new ArrayList<>();
        int top = 20;
        Long interpreter;
        Palette palette = Palette.SAFE;
        Loader.Parser parser = Loader.Parser.STREAMING;
        Duration interval = Duration.ofSeconds(1);
        int count;
        Duration wait;
        boolean plain;

        static Options parse(String[] args) throws UsageException {
            Options o = new Options();
            o.command = args[0];
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--json" -> o.json = true;
                    case "--once" -> o.count = 1;
                    case "--plain" -> o.plain = true;
                    case "--count", "-n" -> o.count = positive(value(args, ++i, a), a);
                    case "--interval" -> o.interval = duration(value(args, ++i, a), a);
                    case "--wait" -> o.wait = duration(value(args, ++i, a), a);
                    case "--debug" -> { }
                    case "--format", "-f" -> o.format = value(args, ++i, a);
                    case "-o", "--output" -> o.output = Path.of(value(args, ++i, a));
                    case "--source", "-s" -> o.sources.add(Path.of(value(args, ++i, a)));
                    case "--interpreter", "-i" -> {
                        try {
                            o.interpreter = Long.parseLong(value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new UsageException("--interpreter needs a number");
                        }
                    }
                    case "--top" -> {
                        try {
                            o.top = Integer.parseInt(value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new UsageException("--top needs a number");
                        }
                    }
                    case "--palette" -> {
                        String p = value(args, ++i, a);
                        try {
                            o.palette = Palette.valueOf(p.toUpperCase(Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            throw new UsageException("unknown palette '" + p + "' (safe or hue)");
                        }
                    }
                    case "--parser" -> {
                        String p = value(args, ++i, a);
                        o.parser = switch (p) {
                            case "stream", "streaming" -> Loader.Parser.STREAMING;
                            case "jmc" -> Loader.Parser.JMC;
                            default -> throw new UsageException("unknown parser '" + p + "' (stream or jmc)");
                        };
                    }
                    default -> {
                        if (a.startsWith("-") && a.length() > 1) {
                            throw new UsageException("unknown option '" + a + "'");
                        }
                        o.files.add(Path.of(a));
                    }
                }
            }
            if (o.files.isEmpty()) {
                throw new UsageException(o.command.equals("watch") ? "watch needs a process id or HOST:PORT"
                        : o.command + " needs a recording (.jfr)");
            }
            return o;
        }

        private static int positive(String v, String option) throws UsageException {
            try {
                int n = Integer.parseInt(v);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new UsageException(option + " needs a positive number");
        }

        /** Seconds, fractions allowed: {@code 1}, {@code 0.5}. */
        private static Duration duration(String v, String option) throws UsageException {
            try {
                double s = Double.parseDouble(v);
                if (s >= 0.05 && s <= 86_400) {
                    return Duration.ofMillis(Math.round(s * 1000));
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new UsageException(option + " needs seconds between 0.05 and 86400");
        }

        private static String value(String[] args, int i, String option) throws UsageException {
            if (i >= args.length) {
                throw new UsageException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** Loads, reports problems on stderr; null when nothing usable was read (the status is then in {@code status[0]}). */
    private Profile load(List<Path> files, Options o, int[] status) {
        Loader.Result r = Loader.load(files, o.parser, Progress.stderr());
        for (Loader.Problem p : r.problems()) {
            err.println("quicken: " + p);
            status[0] = 1;
        }
        boolean allFatal = !r.problems().isEmpty() && r.problems().stream().allMatch(Loader.Problem::fatal)
                && r.problems().size() == files.size();
        if (allFatal) {
            return null;
        }
        if (r.profile().isEmpty()) {
            String names = String.join(", ", files.stream().map(Path::toString).toList());
            err.println("quicken: " + names + (r.agentSeen()
                    ? ": the quicken agent was attached but recorded no quickening (did the program run long enough "
                            + "to warm up?)"
                    : ": no quicken events in the recording (was the interpreter run with the quicken agent?)"));
            status[0] = 1;
            return null;
        }
        return r.profile();
    }

    private int stats(Options o) throws IOException {
        int[] status = {0};
        Profile p = load(o.files, o, status);
        if (p == null) {
            return status[0];
        }
        SpecializationStats stats = p.stats();
        if (o.interpreter != null) {
            stats = p.byInterpreter().get(o.interpreter);
            if (stats == null) {
                err.println("quicken: no statistics of interpreter " + o.interpreter + " in the recording"
                        + (p.byInterpreter().isEmpty() ? "" : " (interpreters: " + String.join(", ",
                                p.byInterpreter().keySet().stream().map(String::valueOf).toList()) + ")"));
                return 1;
            }
        }
        write(o.output, o.json ? stats.toJson() + "\n" : stats.toPythonRepr() + "\n");
        return status[0];
    }

    private Renderer renderer(Options o, String dflt) throws UsageException {
        String format = o.format;
        if (format == null) {
            String name = o.output == null ? "" : o.output.getFileName().toString().toLowerCase(Locale.ROOT);
            format = name.endsWith(".html") || name.endsWith(".htm") ? "html" : name.endsWith(".md") ? "md"
                    : name.endsWith(".json") ? "json" : dflt;
        }
        Renderer r = Renderer.forFormat(format, o.palette);
        if (r == null) {
            throw new UsageException("unknown format '" + format + "' (text, md, html or json)");
        }
        return r;
    }

    private int report(Options o) throws IOException, UsageException {
        Renderer renderer = renderer(o, "text");
        int[] status = {0};
        Profile p = load(o.files, o, status);
        if (p == null) {
            return status[0];
        }
        List<Path> roots = new ArrayList<>(o.sources);
        for (Path f : o.files) {
            Path dir = f.toAbsolutePath().getParent();
            if (dir != null && !roots.contains(dir)) {
                roots.add(dir);
            }
        }
        Report report = ReportBuilder.build(p, new ReportBuilder.Options(o.top, new Sources(roots), true));
        write(o.output, renderer.render(report));
        return status[0];
    }

    private int diff(Options o) throws IOException, UsageException {
        if (o.files.size() != 2) {
            throw new UsageException("diff needs two recordings: BASE.jfr HEAD.jfr");
        }
        Renderer renderer = renderer(o, "text");
        int[] status = {0};
        Profile base = load(List.of(o.files.get(0)), o, status);
        Profile head = load(List.of(o.files.get(1)), o, status);
        if (base == null || head == null) {
            return status[0] == 0 ? 1 : status[0];
        }
        write(o.output, renderer.render(DiffBuilder.build(base, head, o.top)));
        return status[0];
    }

    private int watch(Options o) throws UsageException {
        if (o.files.size() != 1) {
            throw new UsageException("watch needs one process id or HOST:PORT");
        }
        boolean ansi = !o.plain && o.count == 0 && System.console() != null;
        Duration wait = o.wait != null ? o.wait : Duration.ofSeconds(Math.max(30, 10 * o.interval.toSeconds()));
        try {
            return Watch.run(new Watch.Options(o.files.get(0).toString(), o.interval, o.count, wait, ansi), out, err);
        } catch (Watch.WatchException e) {
            err.println("quicken watch: " + e.getMessage());
            return 1;
        }
    }

    private int rules(Options o) throws IOException {
        String format = o.format == null ? "text" : o.format;
        return RulesReport.run(o.files.get(0), format, o.output, out, err);
    }

    private void write(Path output, String text) throws IOException {
        if (output == null) {
            out.print(text);
            out.flush();
        } else {
            Path dir = output.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
    }
}
