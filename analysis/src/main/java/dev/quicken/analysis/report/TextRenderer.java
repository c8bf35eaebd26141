package dev.quicken.analysis.report;

import dev.quicken.analysis.report.Report.Column;
import dev.quicken.analysis.report.Report.Paragraph;
import dev.quicken.analysis.report.Report.Part;
import dev.quicken.analysis.report.Report.Section;
import dev.quicken.analysis.report.Report.Table;
import dev.quicken.analysis.report.Report.Timeline;
import java.util.List;

/** Plain text: aligned tables, a sparkline for timelines; charts and the source view are left to HTML. */
public final class TextRenderer implements Renderer {

    private static final String SPARKS = " \u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

    @Override
    public String render(Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append(report.title()).append('\n').append("=".repeat(report.title().length())).append('\n');
        for (String m : report.meta()) {
            sb.append(m).append('\n');
        }
        for (Section s : report.sections()) {
            section(sb, s, 2);
        }
        return sb.toString();
    }

    private void section(StringBuilder sb, Section s, int level) {
        sb.append('\n').append("#".repeat(level)).append(' ').append(s.title()).append('\n');
        if (s.doc() != null) {
            sb.append(s.doc()).append('\n');
        }
        for (Part p : s.parts()) {
            part(sb, p, level);
        }
    }

    private void part(StringBuilder sb, Part p, int level) {
        if (p instanceof Section s) {
            section(sb, s, level + 1);
        } else if (p instanceof Table t) {
            table(sb, t);
        } else if (p instanceof Paragraph para) {
            sb.append('\n').append(para.text()).append('\n');
        } else if (p instanceof Timeline t) {
            timeline(sb, t);
        } else if (p instanceof SourceView) {
            sb.append("\n(the source view is in the HTML report: --format html)\n");
        }
    }

    static void timeline(StringBuilder sb, Timeline t) {
        long max = 0;
        long total = 0;
        for (long c : t.counts()) {
            max = Math.max(max, c);
            total += c;
        }
        sb.append('\n').append(t.title()).append(String.format(" (%,d %s, %s per mark, peak %,d):%n", total,
                t.unit(), duration(t.bucketSeconds()), max));
        sb.append('|');
        for (long c : t.counts()) {
            int i = c == 0 ? 0 : (int) Math.max(1, Math.round(c * 8.0 / max));
            sb.append(SPARKS.charAt(i));
        }
        sb.append("|\n");
    }

    /** A duration for people: seconds, milliseconds or microseconds. */
    static String duration(double seconds) {
        if (seconds >= 1) {
            return String.format("%.2f s", seconds);
        }
        if (seconds >= 0.001) {
            return String.format("%.1f ms", seconds * 1e3);
        }
        return String.format("%.0f \u00b5s", seconds * 1e6);
    }

    static void table(StringBuilder sb, Table t) {
        List<Column> cols = t.columns();
        int[] width = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            width[i] = cols.get(i).name().length();
        }
        for (List<Object> row : t.rows()) {
            for (int i = 0; i < cols.size(); i++) {
                width[i] = Math.max(width[i], Report.cell(row.get(i)).length());
            }
        }
        sb.append('\n');
        if (t.caption() != null) {
            sb.append(t.caption()).append('\n');
        }
        line(sb, cols, width, cols.stream().map(Column::name).toList());
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        sb.append(rule).append('\n');
        for (List<Object> row : t.rows()) {
            line(sb, cols, width, row.stream().map(Report::cell).toList());
        }
    }

    private static void line(StringBuilder sb, List<Column> cols, int[] width, List<String> cells) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                l.append("  ");
            }
            String pad = " ".repeat(width[i] - c.length());
            l.append(cols.get(i).right() ? pad + c : c + pad);
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }
}
