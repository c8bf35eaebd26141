package dev.quicken.analysis.report;

import java.util.List;

/**
 * A report: a title, a few lines about the input, then sections. Built once from a profile
 * ({@link ReportBuilder}, {@link DiffBuilder}) and rendered as text, Markdown, HTML or JSON.
 */
public record Report(String title, List<String> meta, List<Section> sections) {

    /** Something a section holds. */
    public sealed interface Part permits Section, Table, Paragraph, BarChart, Timeline, SourceView {
    }

    /**
     * A section, as {@code summarize_stats.py} lays them out: title, one-line summary (the
     * {@code <summary>} of its {@code <details>}), an optional explanation, parts.
     */
    public record Section(String id, String title, String summary, String doc, List<Part> parts) implements Part {
    }

    /** A column: its name and whether it is right-aligned (numbers). */
    public record Column(String name, boolean right) {
        public static Column left(String name) {
            return new Column(name, false);
        }

        public static Column right(String name) {
            return new Column(name, true);
        }
    }

    /**
     * A table. Cells are {@link Long} (printed with thousands separators), {@link Ratio},
     * {@link Delta}, {@link Link}, {@link String} or null (empty).
     */
    public record Table(String caption, List<Column> columns, List<List<Object>> rows) implements Part {
    }

    /** A ratio 0..1, printed as a percentage with one decimal; NaN prints empty. */
    public record Ratio(double value) {
        @Override
        public String toString() {
            return Double.isNaN(value) ? "" : String.format("%.1f%%", value * 100);
        }
    }

    /** A signed change between base and head, printed with its sign. */
    public record Delta(long value) {
        @Override
        public String toString() {
            return value == 0 ? "0" : String.format("%+,d", value);
        }
    }

    /** Text that links to a place in the report (an element id); plain text outside HTML. */
    public record Link(String text, String target) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A paragraph of plain text. */
    public record Paragraph(String text) implements Part {
    }

    /**
     * A horizontal stacked bar chart: one bar per category, one segment per series.
     *
     * @param values values[category][series]
     */
    public record BarChart(String title, List<String> categories, List<String> series, long[][] values)
            implements Part {
    }

    /**
     * Events over time: counts per equal time bucket.
     *
     * @param bucketSeconds width of one bucket
     */
    public record Timeline(String title, String unit, double bucketSeconds, long[] counts) implements Part {
    }

    /** Formats a cell for text output. */
    public static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Long || v instanceof Integer) {
            return String.format("%,d", ((Number) v).longValue());
        }
        return v.toString();
    }
}
