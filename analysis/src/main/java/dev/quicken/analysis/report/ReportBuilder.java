package dev.quicken.analysis.report;

import dev.quicken.analysis.model.CodeStats;
import dev.quicken.analysis.model.Counters;
import dev.quicken.analysis.model.Deopt;
import dev.quicken.analysis.model.Families;
import dev.quicken.analysis.model.FailureKinds;
import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.SiteStats;
import dev.quicken.analysis.rules.RulesReport;
import dev.quicken.analysis.report.Report.BarChart;
import dev.quicken.analysis.report.Report.Column;
import dev.quicken.analysis.report.Report.Paragraph;
import dev.quicken.analysis.report.Report.Part;
import dev.quicken.analysis.report.Report.Ratio;
import dev.quicken.analysis.report.Report.Section;
import dev.quicken.analysis.report.Report.Table;
import dev.quicken.analysis.report.Report.Timeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Builds the report of one profile: the sections of CPython 3.11's {@code summarize_stats.py}
 * that a recording can fill (specialization stats per family, effectiveness), then what only
 * per-site data shows (hot missing, deoptimizing and never-specializing sites, quickened code
 * objects, the deoptimization timeline) and the source view.
 */
public final class ReportBuilder {

    /** How much to show. */
    public record Options(int top, Sources sources, boolean sourceView) {
        public static Options defaults() {
            return new Options(20, Sources.none(), true);
        }
    }

    private final Profile profile;
    private final Options options;
    private final SourceView view;

    private ReportBuilder(Profile profile, Options options) {
        this.profile = profile;
        this.options = options;
        this.view = options.sourceView() ? SourceViewBuilder.build(profile, options.sources())
                : new SourceView(List.of(), List.of());
    }

    /** The report of {@code profile}. */
    public static Report build(Profile profile, Options options) {
        return new ReportBuilder(profile, options).build();
    }

    private Report build() {
        List<Section> sections = new ArrayList<>();
        sections.add(findings());
        sections.add(specializationStats());
        sections.add(effectiveness());
        sections.add(sites("missing-sites", "Sites that miss", "hottest sites by misses",
                "A miss is a specialized instruction whose guard failed: the generic instruction ran instead.",
                s -> s.counters().miss, false));
        sections.add(sites("deopt-sites", "Sites that deoptimize", "sites by deoptimizations",
                "A site deoptimizes when misses use up its counter: it goes back to its adaptive form and "
                        + "tries again later.", s -> s.counters().deopt, false));
        sections.add(sites("unspecialized-sites", "Sites that never specialize",
                "hot sites that never specialized, and why",
                "Adaptive instructions that ran (deferred) or tried to specialize and never succeeded.",
                s -> s.neverSpecialized() ? s.counters().deferred + s.counters().failure : 0, true));
        sections.add(codes());
        sections.add(timeline());
        if (options.sourceView()) {
            if (!view.files().isEmpty() || !view.missing().isEmpty()) {
                sections.add(new Section("source", "Source view", "source coloured by specialization",
                        "Each instruction's span is coloured by how much it specialized: hits over executions "
                                + "of the quickened instruction (hit + miss + deferred).", List.of(view)));
            }
        }
        return new Report("Specialization report", meta(profile), sections);
    }

    /** quicken's JMC rules evaluated on this profile: what to look at first. */
    private Section findings() {
        List<List<Object>> rows = new ArrayList<>();
        for (RulesReport.Outcome o : RulesReport.evaluate(profile)) {
            rows.add(List.of(o.severity(), o.score() < 0 ? "" : Long.toString(Math.round(o.score())),
                    o.name().replace(" (quicken)", ""), o.summary().replace('\u00a0', ' ')));
        }
        return new Section("findings", "Findings", "what quicken's JMC rules say about this run",
                "The rules 'quicken rules' runs in JDK Mission Control's automated analysis, with default limits. "
                        + "Scores run from 0 to 100: 25 and above is INFO, 75 and above WARNING.",
                List.of(new Table(null, List.of(Column.left("Severity"), Column.right("Score"), Column.left("Rule"),
                        Column.left("Summary")), rows)));
    }

    static List<String> meta(Profile p) {
        List<String> meta = new ArrayList<>();
        meta.add("Recordings: " + String.join(", ", p.sources()));
        meta.add(String.format("Quicken events: %,d over %.3f s; statistics from %s", p.eventCount(),
                p.durationSeconds(), switch (p.statsSource()) {
                    case STATISTICS -> "statistics snapshots (exact totals)";
                    case ACTIVITY -> "activity events (per-period differences)";
                    case OCCURRENCES -> "occurrence events (success, failure, deopt only)";
                    case NONE -> "nothing";
                }));
        Counters t = p.stats().total();
        if (!p.executionsCounted() && !t.isZero()) {
            meta.add(String.format("%,d specializations, %,d failures, %,d deoptimizations (executions not counted)",
                    t.success, t.failure, t.deopt));
        } else if (!t.isZero()) {
            meta.add(String.format("Specialized: %s of %,d quickened executions (hits %,d, misses %,d, deferred %,d); "
                    + "%,d specializations, %,d failures, %,d deoptimizations", new Ratio(ratio(t.hit, t.executions())),
                    t.executions(), t.hit, t.miss, t.deferred, t.success, t.failure, t.deopt));
        }
        for (String w : p.warnings()) {
            meta.add("Warning: " + w);
        }
        return meta;
    }

    // CPython 3.11: Tools/scripts/summarize_stats.py emit_specialization_stats
    private Section specializationStats() {
        List<Part> parts = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<long[]> bars = new ArrayList<>();
        for (Map.Entry<String, Counters> e : profile.stats().families().entrySet()) {
            Counters c = e.getValue();
            if (c.executions() == 0 && c.success + c.failure == 0) {
                continue;
            }
            String name = Families.byKey(e.getKey()).baseName();
            categories.add(name);
            bars.add(new long[] {c.hit, c.miss, c.deferred});
            parts.add(familySection(e.getKey(), name, c));
        }
        if (!categories.isEmpty()) {
            parts.add(0, new BarChart("Executions of quickened instructions by family", categories,
                    List.of("hit", "miss", "deferred"), bars.toArray(new long[0][])));
        } else {
            parts.add(new Paragraph("No specialization activity recorded."));
        }
        return new Section("stats", "Specialization stats", "specialization stats by family",
                "Per family, as _opcode.get_specialization_stats() counts them. Ratios are over the executions "
                        + "of quickened instructions (deferred + hit + miss); the unquickened executions CPython "
                        + "adds are not recorded.", parts);
    }

    private static Section familySection(String key, String name, Counters c) {
        List<Part> parts = new ArrayList<>();
        long total = c.executions();
        List<List<Object>> kinds = new ArrayList<>();
        // the script's labels, in its (sorted key) order; no "unquickened" row: not recorded
        String[][] rows = {{"specialization.deferred", "deferred"}, {"specialization.deopt", "deopt"},
            {"hit", "hit"}, {"miss", "miss"}};
        for (String[] k : rows) {
            kinds.add(List.of(k[0], c.get(k[1]), new Ratio(ratio(c.get(k[1]), total))));
        }
        parts.add(new Table(null, List.of(Column.left("Kind"), Column.left("Count"), Column.left("Ratio")), kinds));
        long attempts = c.success + c.failure;
        parts.add(new Table("Specialization attempts", List.of(Column.left(""), Column.right("Count"),
                Column.right("Ratio")), List.of(
                        List.of("Success", c.success, new Ratio(ratio(c.success, attempts))),
                        List.of("Failure", c.failure, new Ratio(ratio(c.failure, attempts))))));
        List<List<Object>> failures = new ArrayList<>();
        Integer[] order = new Integer[FailureKinds.COUNT];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(c.failureKinds[b], c.failureKinds[a]));
        for (int i : order) {
            if (c.failureKinds[i] > 0) {
                failures.add(List.of(FailureKinds.label(key, i), c.failureKinds[i],
                        new Ratio(ratio(c.failureKinds[i], c.failure))));
            }
        }
        if (!failures.isEmpty()) {
            parts.add(new Table(null, List.of(Column.left("Failure kind"), Column.right("Count"),
                    Column.right("Ratio")), failures));
        }
        return new Section("family-" + key, name, "specialization stats for " + name + " family", null, parts);
    }

    // CPython 3.11: Tools/scripts/summarize_stats.py emit_specialization_overview
    private Section effectiveness() {
        Counters t = profile.stats().total();
        long total = t.executions();
        List<Part> parts = new ArrayList<>();
        parts.add(new Table(null, List.of(Column.left("Instructions"), Column.right("Count"), Column.right("Ratio")),
                List.of(List.of("Not specialized", t.deferred + t.miss, new Ratio(ratio(t.deferred + t.miss, total))),
                        List.of("Specialized", t.hit, new Ratio(ratio(t.hit, total))))));
        Map<String, Long> deferred = new TreeMap<>();
        Map<String, Long> misses = new TreeMap<>();
        for (Map.Entry<String, Counters> e : profile.stats().families().entrySet()) {
            if (e.getValue().deferred > 0) {
                deferred.merge(Families.byKey(e.getKey()).baseName(), e.getValue().deferred, Long::sum);
            }
        }
        for (SiteStats s : profile.sites()) {
            if (s.counters().miss > 0) {
                String form = Families.isSpecialized(s.instruction()) ? s.instruction()
                        : s.forms().keySet().stream().findFirst().orElse(
                                s.family() == null ? "?" : s.family().toUpperCase(Locale.ROOT));
                misses.merge(form, s.counters().miss, Long::sum);
            }
        }
        parts.add(byInstruction("Deferred by instruction", deferred, t.deferred));
        parts.add(byInstruction("Misses by instruction", misses, t.miss));
        return new Section("effectiveness", "Specialization effectiveness", "specialization effectiveness",
                "Specialized: hits. Not specialized: deferred executions of adaptive instructions and misses of "
                        + "specialized ones. Basic (unquickened) instructions are not recorded.", parts);
    }

    private static Table byInstruction(String caption, Map<String, Long> counts, long total) {
        List<Map.Entry<String, Long>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : list) {
            rows.add(List.of(e.getKey(), e.getValue(), new Ratio(ratio(e.getValue(), total))));
        }
        return new Table(caption, List.of(Column.left("Name"), Column.right("Count"), Column.right("Ratio")), rows);
    }

    private Section sites(String id, String title, String summary, String doc, ToLongFunction<SiteStats> weight,
            boolean reasons) {
        List<SiteStats> list = new ArrayList<>();
        for (SiteStats s : profile.sites()) {
            if (weight.applyAsLong(s) > 0) {
                list.add(s);
            }
        }
        list.sort(Comparator.comparingLong(weight).reversed().thenComparing(SiteStats::key));
        List<Column> columns = new ArrayList<>(List.of(Column.left("Function"), Column.left("Location"),
                Column.left("Instruction"), Column.right("Hits"), Column.right("Misses"), Column.right("Deferred"),
                Column.right("Deopts")));
        if (reasons) {
            columns.add(Column.right("Failures"));
            columns.add(Column.left("Reason"));
        } else {
            columns.add(Column.right("Miss ratio"));
        }
        columns.add(Column.left("Source"));
        List<List<Object>> rows = new ArrayList<>();
        for (SiteStats s : list.subList(0, Math.min(options.top(), list.size()))) {
            Counters c = s.counters();
            String anchor = view.anchor(s.key().code().fileName(), s.lineNumber());
            Object where = anchor == null ? location(s) : new Report.Link(location(s), anchor);
            List<Object> row = new ArrayList<>(List.of(s.key().code().qualName(), where, instruction(s),
                    c.hit, c.miss, c.deferred, c.deopt));
            if (reasons) {
                row.add(c.failure);
                row.add(s.mainReason());
            } else {
                row.add(new Ratio(ratio(c.miss, c.hit + c.miss)));
            }
            row.add(sourceText(s.key().code().fileName(), s.lineNumber()));
            rows.add(row);
        }
        List<Part> parts = new ArrayList<>();
        if (rows.isEmpty()) {
            parts.add(new Paragraph("None."));
        } else {
            parts.add(new Table(list.size() > rows.size() ? String.format("Top %d of %d", rows.size(), list.size())
                    : null, columns, rows));
        }
        return new Section(id, title, summary, doc, parts);
    }

    static String instruction(SiteStats s) {
        if (s.instruction() != null) {
            return s.instruction();
        }
        return s.family() == null ? "?" : s.family().toUpperCase(Locale.ROOT);
    }

    static String location(SiteStats s) {
        String file = s.key().code().fileName();
        return (s.lineNumber() > 0 ? file + ":" + s.lineNumber() : file) + " @" + s.key().offset();
    }

    private String sourceText(String file, int line) {
        String text = options.sources().line(file, line);
        if (text == null) {
            return null;
        }
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private Section codes() {
        List<List<Object>> rows = new ArrayList<>();
        for (CodeStats c : profile.codes()) {
            rows.add(List.of(c.key().qualName(), c.key().fileName(), (long) c.key().firstLineNumber(),
                    c.quickenings(), c.interpreters().toString(), millis(c.firstNanos())));
        }
        List<Part> parts = rows.isEmpty() ? List.of(new Paragraph("No code object was quickened."))
                : List.of(new Table(null, List.of(Column.left("Code"), Column.left("File"), Column.right("Line"),
                        Column.right("Quickenings"), Column.left("Interpreters"), Column.right("First (ms)")), rows));
        return new Section("codes", "Code objects quickened", profile.codes().size() + " code objects quickened",
                "A code object is quickened after 8 warm-up ticks (calls and backward jumps): its adaptive copy is "
                        + "made. Times are from the first quicken event.", parts);
    }

    private String millis(long nanos) {
        if (nanos <= 0 || nanos == Long.MAX_VALUE || profile.startNanos() == 0) {
            return "";
        }
        return String.format("%.3f", (nanos - profile.startNanos()) / 1e6);
    }

    private Section timeline() {
        List<Deopt> deopts = profile.deopts();
        List<Part> parts = new ArrayList<>();
        if (!profile.activity().isEmpty()) {
            for (String counter : new String[] {"hit", "miss", "deferred"}) {
                Timeline t = activity(counter);
                if (Arrays.stream(t.counts()).sum() > 0) {
                    parts.add(t);
                }
            }
        }
        if (deopts.isEmpty()) {
            parts.add(new Paragraph("No deoptimization."));
        } else {
            long first = profile.startNanos();
            long span = Math.max(1, profile.endNanos() - first);
            int buckets = 60;
            double bucket = span / 1e9 / buckets;
            long[] counts = new long[buckets];
            for (Deopt d : deopts) {
                int b = (int) Math.min(buckets - 1, (d.nanos() - first) * buckets / span);
                counts[Math.max(0, b)]++;
            }
            parts.add(new Timeline("Deoptimizations over the recording", "deopts", bucket, counts));
            List<List<Object>> rows = new ArrayList<>();
            for (Deopt d : deopts.subList(0, Math.min(deopts.size(), options.top() * 5))) {
                rows.add(List.of(millis(d.nanos()), d.site().code().qualName(),
                        d.site().code().fileName() + (d.lineNumber() > 0 ? ":" + d.lineNumber() : ""),
                        (long) d.site().offset(), d.instruction() == null ? "" : d.instruction()));
            }
            String caption = deopts.size() > rows.size() || profile.deoptsDropped() > 0
                    ? String.format("First %d of %,d", rows.size(), deopts.size() + profile.deoptsDropped()) : null;
            parts.add(new Table(caption, List.of(Column.right("Time (ms)"), Column.left("Function"),
                    Column.left("Location"), Column.right("Offset"), Column.left("Instruction")), rows));
        }
        return new Section("timeline", "Activity and deoptimization timeline",
                String.format("%,d deoptimizations", deopts.size() + profile.deoptsDropped()),
                "Hits, misses and deferrals per period (from the activity events), then when specialized "
                        + "instructions went back to adaptive. Many deoptimizations in a short time are a deoptimization "
                        + "storm: the site's types keep changing.", parts);
    }

    /** One counter per period from the activity events, in up to 60 buckets over the recording. */
    private Timeline activity(String counter) {
        List<Profile.Activity> list = profile.activity();
        long first = Math.min(profile.startNanos(), list.get(0).nanos());
        long last = Math.max(profile.endNanos(), list.get(list.size() - 1).nanos());
        long span = Math.max(1, last - first);
        int buckets = 60; // the deoptimization timeline's grid, so the charts line up
        long[] counts = new long[buckets];
        for (Profile.Activity a : list) {
            int b = (int) Math.min(buckets - 1, (a.nanos() - first) * buckets / span);
            counts[Math.max(0, b)] += a.delta().get(counter);
        }
        String unit = switch (counter) {
            case "hit" -> "hits";
            case "miss" -> "misses";
            default -> counter;
        };
        return new Timeline(Character.toUpperCase(unit.charAt(0)) + unit.substring(1)
                + " over the recording (activity events)", unit, span / 1e9 / buckets, counts);
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
