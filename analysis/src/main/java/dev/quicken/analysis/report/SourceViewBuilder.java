package dev.quicken.analysis.report;

import dev.quicken.analysis.model.Counters;
import dev.quicken.analysis.model.FailureKinds;
import dev.quicken.analysis.model.Positions;
import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.SiteStats;
import dev.quicken.analysis.report.SourceView.SourceFile;
import dev.quicken.analysis.report.SourceView.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds the {@link SourceView}: groups sites by file and turns their positions into spans. */
final class SourceViewBuilder {

    private SourceViewBuilder() {
    }

    static SourceView build(Profile profile, Sources sources) {
        Map<String, List<SiteStats>> byFile = new LinkedHashMap<>();
        for (SiteStats s : profile.sites()) {
            if (s.lineNumber() > 0) {
                byFile.computeIfAbsent(s.key().code().fileName(), f -> new ArrayList<>()).add(s);
            }
        }
        List<SourceFile> files = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>();
        for (Map.Entry<String, List<SiteStats>> e : byFile.entrySet()) {
            List<String> lines = sources.lines(e.getKey());
            if (lines == null) {
                missing.add(e.getKey());
                continue;
            }
            // instructions with the same span (PRECALL and CALL, say) share one marked span
            Map<List<Integer>, List<SiteStats>> bySpan = new LinkedHashMap<>();
            for (SiteStats s : e.getValue()) {
                Positions p = s.positions();
                if (p.lineNumber() > lines.size()) {
                    continue;
                }
                List<Integer> key = p.hasColumns() && p.endLineNumber() <= lines.size()
                        ? List.of(p.lineNumber(), chars(lines.get(p.lineNumber() - 1), p.column()), p.endLineNumber(),
                                chars(lines.get(p.endLineNumber() - 1), p.endColumn()))
                        : List.of(p.lineNumber(), -1, p.lineNumber(), -1);
                bySpan.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
            List<Span> spans = new ArrayList<>();
            for (Map.Entry<List<Integer>, List<SiteStats>> g : bySpan.entrySet()) {
                List<Integer> k = g.getKey();
                long hits = 0;
                long executions = 0;
                List<String> details = new ArrayList<>();
                for (SiteStats s : g.getValue()) {
                    hits += s.counters().hit;
                    executions += s.counters().executions();
                    details.add(details(s));
                }
                double score = executions == 0 ? Double.NaN : (double) hits / executions;
                spans.add(new Span(k.get(0), k.get(1), k.get(2), k.get(3), score, String.join("\n\n", details)));
            }
            files.add(new SourceFile(e.getKey(), lines, spans));
        }
        return new SourceView(files, List.copyOf(missing));
    }

    /** CPython's column offsets count UTF-8 bytes; this is the Java char index of byte {@code column}. */
    static int chars(String line, int column) {
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        if (column >= utf8.length) {
            return line.length();
        }
        return new String(utf8, 0, Math.max(0, column), StandardCharsets.UTF_8).length();
    }

    static String details(SiteStats s) {
        Counters c = s.counters();
        StringBuilder sb = new StringBuilder();
        sb.append(ReportBuilder.instruction(s));
        if (s.family() != null) {
            sb.append(" (").append(s.family()).append(')');
        }
        sb.append(" at offset ").append(s.key().offset()).append(" in ").append(s.key().code().qualName());
        sb.append(String.format("%nhits %,d, misses %,d, deferred %,d, deopts %,d", c.hit, c.miss, c.deferred,
                c.deopt));
        sb.append(String.format("%nspecializations %,d, failures %,d", c.success, c.failure));
        double r = s.specializedRatio();
        if (!Double.isNaN(r)) {
            sb.append(String.format(", %.1f%% specialized", r * 100));
        }
        if (!s.forms().isEmpty()) {
            sb.append("\nforms: ");
            sb.append(String.join(", ", s.forms().entrySet().stream()
                    .map(f -> f.getKey() + " \u00d7" + f.getValue()).toList()));
        }
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < c.failureKinds.length; i++) {
            if (c.failureKinds[i] > 0) {
                kinds.add(FailureKinds.label(s.family(), i) + " \u00d7" + c.failureKinds[i]);
            }
        }
        if (!kinds.isEmpty()) {
            sb.append("\nfailure kinds: ").append(String.join(", ", kinds));
        }
        if (!s.reasons().isEmpty()) {
            sb.append("\nreasons: ").append(String.join(", ", s.reasons().entrySet().stream()
                    .map(f -> f.getKey() + " \u00d7" + f.getValue()).toList()));
        }
        return sb.toString();
    }
}
