package dev.quicken.analysis.rules;

import dev.quicken.analysis.load.Chunks;
import dev.quicken.analysis.model.Profile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RunnableFuture;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.util.IPreferenceValueProvider;
import org.openjdk.jmc.flightrecorder.CouldNotLoadRecordingException;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;
import org.openjdk.jmc.flightrecorder.rules.IResult;
import org.openjdk.jmc.flightrecorder.rules.IResultValueProvider;
import org.openjdk.jmc.flightrecorder.rules.IRule;
import org.openjdk.jmc.flightrecorder.rules.ResultToolkit;
import org.openjdk.jmc.flightrecorder.rules.RuleRegistry;
import org.openjdk.jmc.flightrecorder.rules.TypedCollectionResult;
import org.openjdk.jmc.flightrecorder.rules.TypedResult;
import org.openjdk.jmc.flightrecorder.rules.report.html.JfrHtmlRulesReport;

/**
 * {@code quicken rules}: JMC core's automated analysis of a recording. The HTML format is JMC's
 * own headless report (every registered rule, ours included); text and JSON list quicken's rules.
 */
public final class RulesReport {

    private RulesReport() {
    }

    /** One evaluated rule. */
    public record Outcome(String id, String name, String severity, double score, String summary, String explanation) {
    }

    /** Loads a recording with JMC core; throws with a one-line message when it cannot. */
    public static IItemCollection load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        if (!Chunks.isGzip(file)) {
            Chunks.Scan scan = Chunks.scan(file);
            if (!scan.complete()) {
                throw new IOException(file + ": " + scan.problem() + " (the rules need a complete recording; "
                        + "'quicken report' reads what it can)");
            }
        }
        try {
            return JfrLoaderToolkit.loadEvents(file.toFile());
        } catch (CouldNotLoadRecordingException | RuntimeException e) {
            throw new IOException(file + ": not readable by JMC: " + e.getMessage());
        }
    }

    /** The quicken rules registered with JMC (through {@code META-INF/services}). */
    public static List<IRule> quickenRules() {
        List<IRule> rules = new ArrayList<>();
        for (IRule r : RuleRegistry.getRules()) {
            if (r.getId().startsWith("quicken.")) {
                rules.add(r);
            }
        }
        rules.sort(Comparator.comparing(IRule::getId));
        return rules;
    }

    /** Evaluates quicken's rules on {@code items} with default preferences. */
    public static List<Outcome> evaluate(IItemCollection items) {
        List<Outcome> out = new ArrayList<>();
        for (IRule rule : quickenRules()) {
            RunnableFuture<IResult> f = rule.createEvaluation(items, IPreferenceValueProvider.DEFAULT_VALUES,
                    NO_RESULTS);
            f.run();
            IResult r;
            try {
                r = f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(rule.getId() + " failed: " + e.getCause(), e.getCause());
            }
            out.add(outcome(rule, r));
        }
        return out;
    }

    /** Evaluates quicken's rules on a profile with default preferences, most severe first. */
    public static List<Outcome> evaluate(Profile profile) {
        List<Outcome> out = new ArrayList<>();
        for (QuickenRule rule : QuickenRule.all()) {
            out.add(outcome(rule, rule.evaluate(profile, IPreferenceValueProvider.DEFAULT_VALUES)));
        }
        out.sort(Comparator.comparingDouble(Outcome::score).reversed().thenComparing(Outcome::id));
        return out;
    }

    private static Outcome outcome(IRule rule, IResult r) {
        Object score = r.getResult(TypedResult.SCORE);
        double s = score instanceof org.openjdk.jmc.common.unit.IQuantity q ? q.doubleValue() : -1;
        return new Outcome(rule.getId(), rule.getName(), r.getSeverity().name(), s, text(r, r.getSummary()),
                text(r, r.getExplanation()));
    }

    private static String text(IResult r, String message) {
        return message == null ? "" : ResultToolkit.populateMessage(r, message, false);
    }

    private static final IResultValueProvider NO_RESULTS = new IResultValueProvider() {
        @Override
        public <T> T getResultValue(TypedResult<T> result) {
            return null;
        }

        @Override
        public <T> Collection<T> getResultValue(TypedCollectionResult<T> result) {
            return null;
        }

        @Override
        public TypedResult<?> getResultByIdentifier(String identifier) {
            return null;
        }
    };

    /** Runs the command; returns the exit status. */
    public static int run(Path file, String format, Path output, PrintStream out, PrintStream err)
            throws IOException {
        IItemCollection items = load(file);
        String text;
        switch (format) {
            case "html" -> text = JfrHtmlRulesReport.createReport(items);
            case "text" -> {
                StringBuilder sb = new StringBuilder();
                for (Outcome o : evaluate(items)) {
                    sb.append(String.format("%-8s %3s  %s (%s)%n", o.severity(), o.score() < 0 ? "" :
                            Long.toString(Math.round(o.score())), o.name(), o.id()));
                    sb.append("         ").append(o.summary()).append('\n');
                }
                text = sb.toString();
            }
            case "json" -> {
                StringBuilder sb = new StringBuilder("[\n");
                List<Outcome> list = evaluate(items);
                for (int i = 0; i < list.size(); i++) {
                    Outcome o = list.get(i);
                    sb.append(String.format("  {\"id\": %s, \"name\": %s, \"severity\": %s, \"score\": %s, "
                            + "\"summary\": %s}%s%n", q(o.id()), q(o.name()), q(o.severity()),
                            o.score() < 0 ? "null" : Long.toString(Math.round(o.score())), q(o.summary()),
                            i + 1 < list.size() ? "," : ""));
                }
                text = sb.append("]\n").toString();
            }
            default -> {
                err.println("quicken: unknown format '" + format + "' for rules (html, text or json)");
                return 2;
            }
        }
        if (output == null) {
            out.print(text);
            out.flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private static String q(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }

}
