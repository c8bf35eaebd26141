package dev.quicken.analysis.report;

import dev.quicken.analysis.report.Report.Column;
import dev.quicken.analysis.report.Report.Paragraph;
import dev.quicken.analysis.report.Report.Part;
import dev.quicken.analysis.report.Report.Section;
import dev.quicken.analysis.report.Report.Table;
import dev.quicken.analysis.report.Report.Timeline;
import java.util.List;

/**
 * Markdown laid out as CPython 3.11's {@code summarize_stats.py} writes it: each section a
 * heading and a {@code <details>} block with a {@code <summary>}, tables with right-aligned
 * number columns.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String render(Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(escape(report.title())).append("\n\n");
        for (String m : report.meta()) {
            sb.append("* ").append(escape(m)).append('\n');
        }
        sb.append('\n');
        for (Section s : report.sections()) {
            section(sb, s, 2);
        }
        return sb.toString();
    }

    private void section(StringBuilder sb, Section s, int level) {
        sb.append("#".repeat(level)).append(' ').append(escape(s.title())).append("\n\n");
        sb.append("<details>\n<summary> ").append(escape(s.summary())).append(" </summary>\n\n");
        if (s.doc() != null) {
            sb.append(escape(s.doc())).append("\n\n");
        }
        for (Part p : s.parts()) {
            if (p instanceof Section sub) {
                section(sb, sub, level + 1);
            } else if (p instanceof Table t) {
                table(sb, t);
            } else if (p instanceof Paragraph para) {
                sb.append(escape(para.text())).append("\n\n");
            } else if (p instanceof Timeline t) {
                StringBuilder text = new StringBuilder();
                TextRenderer.timeline(text, t);
                sb.append("```").append(text).append("```\n\n");
            } else if (p instanceof SourceView) {
                sb.append("The source view is in the HTML report.\n\n");
            }
        }
        sb.append("</details>\n\n");
    }

    private static void table(StringBuilder sb, Table t) {
        if (t.caption() != null) {
            sb.append("#### ").append(escape(t.caption())).append("\n\n");
        }
        // CPython 3.11: Tools/scripts/summarize_stats.py emit_table (its exact markup)
        List<Column> cols = t.columns();
        StringBuilder header = new StringBuilder("|");
        StringBuilder under = new StringBuilder("|");
        for (Column c : cols) {
            header.append(escape(c.name())).append(" | ");
            under.append(c.right() ? "---:|" : "---|");
        }
        sb.append(header).append('\n').append(under).append('\n');
        for (List<Object> row : t.rows()) {
            sb.append("| ");
            for (int i = 0; i < row.size(); i++) {
                sb.append(i == 0 ? "" : " | ").append(escape(cell(row.get(i))));
            }
            sb.append(" |\n");
        }
        sb.append('\n');
    }

    /** Counts print as plain integers, as the script prints them. */
    private static String cell(Object v) {
        return v instanceof Long || v instanceof Integer ? v.toString() : Report.cell(v);
    }

    /** Escapes what Markdown or the HTML inside it would interpret. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean intraword = i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                    && Character.isLetterOrDigit(s.charAt(i + 1));
            switch (c) {
                case '_' -> sb.append(intraword ? "_" : "\\_");
                case '|', '\\', '`', '*', '[', ']' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\n' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
