package dev.quicken.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * {@code quicken profile [-o DIR] FILE.py [args]}: runs {@code quicken run FILE.py} in a child JVM
 * with {@code quicken-agent.jar} recording to {@code DIR/FILE.jfr}, then runs the analysis CLI
 * ({@code quicken report}) in child JVMs: its text report goes to our output and its HTML report,
 * with the source view, to {@code DIR/FILE.html}.
 *
 * <p>The agent jar is found under {@code quicken.home} (set by the {@code ./quicken} launcher) as
 * {@code agent/target/quicken-agent.jar}, or given with {@code -Dquicken.agent=PATH}; the analysis as
 * {@code analysis/target/quicken-analysis.jar} with {@code analysis/target/lib/*}, or given as a class
 * path with {@code -Dquicken.analysis=CLASSPATH}. This module does not depend on the analysis: without
 * it, the per-family totals are printed from the recording directly.
 */
final class ProfileCommand implements Command {

    /** {@code dev.quicken.jfr.EventNames.SPECIALIZATION_STATISTICS}; the interpreter does not depend on jfr-events. */
    static final String STATISTICS_EVENT = "quicken.SpecializationStatistics";
    static final String[] COUNTERS = {"success", "failure", "hit", "deferred", "miss", "deopt"};

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String usage() {
        return "[-o DIR] FILE.py [args]";
    }

    @Override
    public String summary() {
        return "run a program under the agent, record to DIR/FILE.jfr, print the report and write DIR/FILE.html";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageError {
        Path dir = Paths.get(".");
        int i = 0;
        if (i < args.size() && args.get(i).equals("-o")) {
            if (i + 1 >= args.size()) {
                throw new UsageError("-o needs a directory");
            }
            dir = Paths.get(args.get(i + 1));
            i += 2;
        }
        if (i >= args.size()) {
            throw new UsageError("no program given");
        }
        Path program = Paths.get(args.get(i));
        if (!Files.isRegularFile(program)) {
            err.println("quicken profile: " + program + ": no such file");
            return 2;
        }
        Path agent = agentJar();
        if (agent == null || !Files.isRegularFile(agent)) {
            err.println("quicken profile: agent jar not found" + (agent == null ? " (quicken.home is not set)" : " at " + agent)
                + "; build it with mvn package");
            return 2;
        }
        Path jfr = dir.resolve(stem(program) + ".jfr").toAbsolutePath();
        try {
            Files.createDirectories(jfr.getParent());
            Files.deleteIfExists(jfr);
        } catch (IOException e) {
            err.println("quicken profile: cannot write " + jfr + ": " + e.getMessage());
            return 1;
        }
        int status;
        try {
            status = runChild(agent, jfr, args.subList(i, args.size()));
        } catch (IOException | URISyntaxException e) {
            err.println("quicken profile: cannot start the child JVM: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        if (!Files.isRegularFile(jfr)) {
            err.println("quicken profile: no recording was written to " + jfr);
            return status != 0 ? status : 1;
        }
        String analysis = analysisClassPath();
        if (analysis == null) {
            try {
                printStatistics(jfr, out);
                out.println("(quicken-analysis.jar not found: build the analysis module for the full report)");
            } catch (IOException e) {
                err.println("quicken profile: cannot read " + jfr + ": " + e.getMessage());
                return 1;
            }
            return status;
        }
        Path html = dir.resolve(stem(program) + ".html").toAbsolutePath();
        Path sources = program.toAbsolutePath().getParent();
        try {
            out.flush();
            int reported = runAnalysis(analysis, List.of("report", jfr.toString(), "--source", sources.toString()));
            int written = runAnalysis(analysis, List.of("report", jfr.toString(), "--source", sources.toString(),
                "--format", "html", "-o", html.toString()));
            out.println();
            out.println("Recording:   " + jfr);
            if (written == 0 && Files.isRegularFile(html)) {
                out.println("HTML report: " + html);
            }
            if (status == 0 && (reported != 0 || written != 0)) {
                status = reported != 0 ? reported : written;
            }
        } catch (IOException e) {
            err.println("quicken profile: cannot start the analysis: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return status;
    }

    /** The analysis CLI's class path, or null when it is not built. */
    static String analysisClassPath() {
        String explicit = System.getProperty("quicken.analysis");
        if (explicit != null) {
            return explicit;
        }
        String home = System.getProperty("quicken.home");
        if (home == null) {
            return null;
        }
        Path target = Paths.get(home, "analysis", "target");
        Path jar = target.resolve("quicken-analysis.jar");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(target.resolve("lib"))) {
            return null;
        }
        return jar + java.io.File.pathSeparator + target.resolve("lib") + java.io.File.separator + "*";
    }

    /** {@code java -cp ANALYSIS dev.quicken.analysis.cli.Main ARGS}, sharing our stdio. */
    private static int runAnalysis(String classPath, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add("dev.quicken.analysis.cli.Main");
        cmd.addAll(args);
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    private static Path agentJar() {
        String explicit = System.getProperty("quicken.agent");
        if (explicit != null) {
            return Paths.get(explicit);
        }
        String home = System.getProperty("quicken.home");
        return home == null ? null : Paths.get(home, "agent", "target", "quicken-agent.jar");
    }

    /**
     * The options of this JVM the program's should share, so that it runs as under {@code ./quicken
     * run}: the collector, the launcher's C2 inlining budgets, heap and stack sizes. Not the rest
     * (this JVM's class-data-sharing archive was made without the agent's boot jar, agents, debug flags).
     */
    static List<String> tuning(List<String> jvmArguments) {
        List<String> out = new ArrayList<>();
        for (String a : jvmArguments) {
            if (a.matches("-XX:[+-]Use\\w*GC|-XX:(InlineSmallCode|FreqInlineSize|MaxInlineSize)=\\d+|-Xs[sx]\\w+|-Xm[sx]\\w+")) {
                out.add(a);
            }
        }
        return out;
    }

    private static String stem(Path program) {
        String name = program.getFileName().toString();
        return name.endsWith(".py") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * {@code java -javaagent:AGENT=record=JFR,settings=detailed -cp <this jar> dev.quicken.cli.Main run
     * FILE.py args}, sharing our stdio: the detailed settings, since the report is about hits and
     * misses, which the default settings do not count.
     */
    private static int runChild(Path agent, Path jfr, List<String> programAndArgs)
            throws IOException, URISyntaxException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(tuning(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        cmd.add("-javaagent:" + agent.toAbsolutePath() + "=record=" + jfr + ",settings=detailed");
        String home = System.getProperty("quicken.home");
        if (home != null) {
            cmd.add("-Dquicken.home=" + home);
        }
        cmd.add("-cp");
        cmd.add(Paths.get(ProfileCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        cmd.add(Main.class.getName());
        cmd.add("run");
        cmd.addAll(programAndArgs);
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    /**
     * Prints one row per family with the last (final) {@code quicken.SpecializationStatistics}
     * counters, summed over interpreters.
     */
    static void printStatistics(Path jfr, PrintStream out) throws IOException {
        Map<String, long[]> last = new TreeMap<>();
        try (RecordingFile file = new RecordingFile(jfr)) {
            List<RecordedEvent> events = new ArrayList<>();
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (e.getEventType().getName().equals(STATISTICS_EVENT)) {
                    events.add(e);
                }
            }
            events.sort((a, b) -> a.getStartTime().compareTo(b.getStartTime()));
            for (RecordedEvent e : events) {
                long[] v = new long[COUNTERS.length];
                for (int k = 0; k < v.length; k++) {
                    v[k] = e.getLong(COUNTERS[k]);
                }
                last.put(e.getString("family") + "\u0000" + e.getInt("interpreter"), v);
            }
        }
        Map<String, long[]> families = new TreeMap<>();
        for (Map.Entry<String, long[]> e : last.entrySet()) {
            long[] sum = families.computeIfAbsent(e.getKey().substring(0, e.getKey().indexOf('\u0000')),
                k -> new long[COUNTERS.length]);
            for (int k = 0; k < sum.length; k++) {
                sum[k] += e.getValue()[k];
            }
        }
        out.println("Specialization statistics (" + jfr + ")");
        if (families.isEmpty()) {
            out.println("  nothing was quickened");
            return;
        }
        StringBuilder header = new StringBuilder(String.format("  %-16s", "family"));
        for (String c : COUNTERS) {
            header.append(String.format(" %12s", c));
        }
        out.println(header);
        for (Map.Entry<String, long[]> e : families.entrySet()) {
            StringBuilder row = new StringBuilder(String.format("  %-16s", e.getKey()));
            for (long v : e.getValue()) {
                row.append(String.format(" %,12d", v));
            }
            out.println(row);
        }
    }
}
