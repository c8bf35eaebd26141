package dev.quicken.analysis.report;

import dev.quicken.analysis.model.Counters;
import dev.quicken.analysis.model.Families;
import dev.quicken.analysis.model.FailureKinds;
import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.SiteKey;
import dev.quicken.analysis.model.SiteStats;
import dev.quicken.analysis.report.Report.Column;
import dev.quicken.analysis.report.Report.Delta;
import dev.quicken.analysis.report.Report.Paragraph;
import dev.quicken.analysis.report.Report.Part;
import dev.quicken.analysis.report.Report.Ratio;
import dev.quicken.analysis.report.Report.Section;
import dev.quicken.analysis.report.Report.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Base versus head, as {@code summarize_stats.py} compares two runs: per family counters side by
 * side with the change, effectiveness, and the sites whose misses and deoptimizations changed most.
 */
public final class DiffBuilder {

    private DiffBuilder() {
    }

    /** The comparison of {@code base} and {@code head}. */
    public static Report build(Profile base, Profile head, int top) {
        List<Section> sections = new ArrayList<>();
        sections.add(families(base, head));
        sections.add(effectiveness(base, head));
        sections.add(sites(base, head, top));
        List<String> meta = new ArrayList<>();
        for (String m : ReportBuilder.meta(base)) {
            meta.add("Base: " + m);
        }
        for (String m : ReportBuilder.meta(head)) {
            meta.add("Head: " + m);
        }
        return new Report("Specialization comparison", meta, sections);
    }

    private static List<Column> columns(String first) {
        return List.of(Column.left(first), Column.right("Base"), Column.right("Head"), Column.right("Change"),
                Column.right("Base ratio"), Column.right("Head ratio"));
    }

    private static Section families(Profile base, Profile head) {
        List<Part> parts = new ArrayList<>();
        for (String key : Families.KEYS) {
            Counters b = base.stats().family(key);
            Counters h = head.stats().family(key);
            if (b.isZero() && h.isZero()) {
                continue;
            }
            List<List<Object>> rows = new ArrayList<>();
            for (String k : new String[] {"deferred", "hit", "miss", "deopt"}) {
                rows.add(row(k, b.get(k), h.get(k), b.executions(), h.executions()));
            }
            for (String k : new String[] {"success", "failure"}) {
                rows.add(row(k, b.get(k), h.get(k), b.success + b.failure, h.success + h.failure));
            }
            for (int i = 0; i < FailureKinds.COUNT; i++) {
                if (b.failureKinds[i] + h.failureKinds[i] > 0) {
                    rows.add(row("failure: " + FailureKinds.label(key, i), b.failureKinds[i], h.failureKinds[i],
                            b.failure, h.failure));
                }
            }
            String name = Families.byKey(key).baseName();
            parts.add(new Section("family-" + key, name, "comparison for " + name + " family", null,
                    List.of(new Table(null, columns("Kind"), rows))));
        }
        if (parts.isEmpty()) {
            parts.add(new Paragraph("No specialization activity in either run."));
        }
        return new Section("stats", "Specialization stats", "specialization stats by family, base vs head",
                "Ratios of deferred, hit, miss and deopt are over deferred + hit + miss; of success and failure "
                        + "over the attempts; of failure kinds over the failures.", parts);
    }

    private static List<Object> row(String label, long b, long h, long bTotal, long hTotal) {
        return List.of(label, b, h, new Delta(h - b), new Ratio(ReportBuilder.ratio(b, bTotal)),
                new Ratio(ReportBuilder.ratio(h, hTotal)));
    }

    private static Section effectiveness(Profile base, Profile head) {
        Counters b = base.stats().total();
        Counters h = head.stats().total();
        List<List<Object>> rows = List.of(
                row("Not specialized", b.deferred + b.miss, h.deferred + h.miss, b.executions(), h.executions()),
                row("Specialized", b.hit, h.hit, b.executions(), h.executions()));
        return new Section("effectiveness", "Specialization effectiveness", "specialization effectiveness, base vs head",
                null, List.of(new Table(null, columns("Instructions"), rows)));
    }

    private static Section sites(Profile base, Profile head, int top) {
        Map<SiteKey, SiteStats> b = new HashMap<>();
        base.sites().forEach(s -> b.put(s.key(), s));
        Map<SiteKey, SiteStats> h = new HashMap<>();
        head.sites().forEach(s -> h.put(s.key(), s));
        TreeSet<SiteKey> keys = new TreeSet<>(b.keySet());
        keys.addAll(h.keySet());
        record Change(SiteKey key, SiteStats any, Counters b, Counters h, long weight) {
        }
        List<Change> changes = new ArrayList<>();
        for (SiteKey k : keys) {
            Counters cb = b.containsKey(k) ? b.get(k).counters() : new Counters();
            Counters ch = h.containsKey(k) ? h.get(k).counters() : new Counters();
            long weight = Math.abs(ch.miss - cb.miss) + Math.abs(ch.deopt - cb.deopt) * 53
                    + Math.abs(ch.deferred - cb.deferred);
            if (weight > 0) {
                changes.add(new Change(k, h.containsKey(k) ? h.get(k) : b.get(k), cb, ch, weight));
            }
        }
        changes.sort((x, y) -> x.weight() != y.weight() ? Long.compare(y.weight(), x.weight())
                : x.key().compareTo(y.key()));
        List<List<Object>> rows = new ArrayList<>();
        for (Change c : changes.subList(0, Math.min(top, changes.size()))) {
            rows.add(List.of(c.key().code().qualName(), ReportBuilder.location(c.any()),
                    ReportBuilder.instruction(c.any()), c.b().miss, c.h().miss, new Delta(c.h().miss - c.b().miss),
                    c.b().deopt, c.h().deopt, new Delta(c.h().deopt - c.b().deopt), c.b().deferred, c.h().deferred));
        }
        List<Part> parts = rows.isEmpty() ? List.of(new Paragraph("No site changed."))
                : List.of(new Table(null, List.of(Column.left("Function"), Column.left("Location"),
                        Column.left("Instruction"), Column.right("Base misses"), Column.right("Head misses"),
                        Column.right("Change"), Column.right("Base deopts"), Column.right("Head deopts"),
                        Column.right("Change"), Column.right("Base deferred"), Column.right("Head deferred")), rows));
        return new Section("sites", "Sites that changed", "sites whose misses, deopts or deferrals changed most",
                "Ordered by |change in misses| + 53 × |change in deopts| + |change in deferred| (53 misses make "
                        + "one deopt in 3.11).", parts);
    }
}
