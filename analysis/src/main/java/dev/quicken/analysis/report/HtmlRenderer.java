package dev.quicken.analysis.report;

import dev.quicken.analysis.report.Report.BarChart;
import dev.quicken.analysis.report.Report.Column;
import dev.quicken.analysis.report.Report.Paragraph;
import dev.quicken.analysis.report.Report.Part;
import dev.quicken.analysis.report.Report.Section;
import dev.quicken.analysis.report.Report.Table;
import dev.quicken.analysis.report.Report.Timeline;
import dev.quicken.analysis.report.SourceView.SourceFile;
import dev.quicken.analysis.report.SourceView.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained HTML page: styles inline, charts as inline SVG, no script and no request
 * to anything (a Content-Security-Policy says so to the browser). Every piece of text from the
 * recording or a source file is escaped.
 */
public final class HtmlRenderer implements Renderer {

    private final Palette palette;

    public HtmlRenderer(Palette palette) {
        this.palette = palette;
    }

    @Override
    public String render(Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\">\n");
        sb.append("<title>").append(esc(report.title())).append("</title>\n<style>\n").append(css())
                .append("</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(esc(report.title())).append("</h1>\n<ul class=\"meta\">\n");
        for (String m : report.meta()) {
            sb.append("<li>").append(esc(m)).append("</li>\n");
        }
        sb.append("</ul>\n<nav><ul>\n");
        for (Section s : report.sections()) {
            sb.append("<li><a href=\"#").append(esc(s.id())).append("\">").append(esc(s.title()))
                    .append("</a></li>\n");
        }
        sb.append("</ul></nav>\n");
        for (Section s : report.sections()) {
            section(sb, s, 2);
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private String css() {
        StringBuilder sb = new StringBuilder();
        sb.append("body{font-family:system-ui,sans-serif;margin:1.5em;color:#111;background:#fff}\n")
                .append("table{border-collapse:collapse;margin:.5em 0 1em}\n")
                .append("th,td{border:1px solid #ccc;padding:2px 6px;vertical-align:top}\n")
                .append("th{background:#f3f3f3}\n.r{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append("caption{text-align:left;font-weight:bold;padding:2px 0}\n")
                .append("td.code,pre{font-family:ui-monospace,monospace}\n")
                .append("summary{cursor:pointer;color:#333}\n.doc{color:#444;max-width:60em}\n")
                .append("pre.src{line-height:1.35;border:1px solid #ddd;padding:.5em;overflow-x:auto}\n")
                .append(".ln{color:#888;user-select:none;display:inline-block;width:4em;text-align:right;")
                .append("margin-right:1em}\n")
                .append("pre.src span[title]{cursor:help;border-radius:2px}\n")
                .append(".ln:target{background:#ffe08a;color:#000}\n")
                .append(".sn{background:#e8e8e8;outline:1px dashed #999}\n")
                .append(".legend span{display:inline-block;padding:1px 6px;margin-right:2px;font-size:.85em}\n")
                .append("svg text{font-family:system-ui,sans-serif;font-size:11px}\n");
        for (int i = 0; i < Palette.STEPS; i++) {
            sb.append(".s").append(i).append("{background:").append(palette.color(i)).append(";color:#000}\n");
        }
        sb.append("@media (prefers-color-scheme: dark){body{background:#161616;color:#ddd}th{background:#2a2a2a}")
                .append("th,td{border-color:#444}.doc,summary{color:#bbb}a{color:#8ab4f8}svg text{fill:#ddd}")
                .append(".sn{background:#3a3a3a;color:#ddd}pre.src{border-color:#444}}\n");
        return sb.toString();
    }

    private void section(StringBuilder sb, Section s, int level) {
        int h = Math.min(6, level);
        sb.append("<section id=\"").append(esc(s.id())).append("\">\n<h").append(h).append('>')
                .append(esc(s.title())).append("</h").append(h).append(">\n<details open>\n<summary>")
                .append(esc(s.summary())).append("</summary>\n");
        if (s.doc() != null) {
            sb.append("<p class=\"doc\">").append(esc(s.doc())).append("</p>\n");
        }
        for (Part p : s.parts()) {
            if (p instanceof Section sub) {
                section(sb, sub, level + 1);
            } else if (p instanceof Table t) {
                table(sb, t);
            } else if (p instanceof Paragraph para) {
                sb.append("<p>").append(esc(para.text())).append("</p>\n");
            } else if (p instanceof BarChart c) {
                bars(sb, c);
            } else if (p instanceof Timeline t) {
                timeline(sb, t);
            } else if (p instanceof SourceView v) {
                source(sb, v);
            }
        }
        sb.append("</details>\n</section>\n");
    }

    private static void table(StringBuilder sb, Table t) {
        sb.append("<table>\n");
        if (t.caption() != null) {
            sb.append("<caption>").append(esc(t.caption())).append("</caption>\n");
        }
        sb.append("<thead><tr>");
        for (Column c : t.columns()) {
            sb.append(c.right() ? "<th class=\"r\">" : "<th>").append(esc(c.name())).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : t.rows()) {
            sb.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Column c = t.columns().get(i);
                String cls = c.right() ? "r" : c.name().equals("Source") || c.name().equals("Instruction") ? "code"
                        : null;
                sb.append(cls == null ? "<td>" : "<td class=\"" + cls + "\">");
                if (row.get(i) instanceof Report.Link link) {
                    sb.append("<a href=\"#").append(esc(link.target())).append("\">").append(esc(link.text()))
                            .append("</a>");
                } else {
                    sb.append(esc(Report.cell(row.get(i))));
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private void bars(StringBuilder sb, BarChart c) {
        String[] colors = {palette.color(Palette.STEPS - 1), palette.color(0), "#bbbbbb", "#7f7f7f"};
        int labelW = 130;
        int barW = 520;
        int rowH = 20;
        long max = 1;
        for (long[] v : c.values()) {
            long sum = 0;
            for (long x : v) {
                sum += x;
            }
            max = Math.max(max, sum);
        }
        int height = rowH * c.categories().size() + 30;
        sb.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelW + barW + 120)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"").append(esc(c.title()))
                .append("\">\n");
        for (int i = 0; i < c.categories().size(); i++) {
            int y = i * rowH;
            sb.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(esc(c.categories().get(i))).append("</text>\n");
            double x = labelW;
            long sum = 0;
            for (int k = 0; k < c.series().size(); k++) {
                long v = c.values()[i][k];
                sum += v;
                double w = v * (double) barW / max;
                if (v > 0) {
                    sb.append(String.format("<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                            + "<title>%s %s: %,d</title></rect>%n", x, y + 2, Math.max(w, 0.5), rowH - 4,
                            colors[k % colors.length], esc(c.categories().get(i)), esc(c.series().get(k)), v));
                }
                x += w;
            }
            sb.append(String.format("<text x=\"%.1f\" y=\"%d\">%,d</text>%n", x + 4, y + 14, sum));
        }
        int ly = rowH * c.categories().size() + 14;
        int lx = labelW;
        for (int k = 0; k < c.series().size(); k++) {
            sb.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", lx, ly - 9, colors[k % colors.length], lx + 14, ly,
                    esc(c.series().get(k))));
            lx += 90;
        }
        sb.append("</svg>\n<figcaption>").append(esc(c.title())).append("</figcaption>\n</figure>\n");
    }

    private void timeline(StringBuilder sb, Timeline t) {
        int w = 600;
        int h = 120;
        long max = 1;
        long total = 0;
        for (long c : t.counts()) {
            max = Math.max(max, c);
            total += c;
        }
        double bw = (double) w / t.counts().length;
        sb.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w + 60)
                .append("\" height=\"").append(h + 30).append("\" role=\"img\" aria-label=\"").append(esc(t.title()))
                .append("\">\n");
        sb.append(String.format("<line x1=\"40\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n", h, w + 40, h));
        sb.append(String.format("<text x=\"36\" y=\"10\" text-anchor=\"end\">%,d</text>%n", max));
        sb.append(String.format("<text x=\"36\" y=\"%d\" text-anchor=\"end\">0</text>%n", h));
        for (int i = 0; i < t.counts().length; i++) {
            long c = t.counts()[i];
            if (c == 0) {
                continue;
            }
            double bh = c * (double) (h - 4) / max;
            sb.append(String.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s–%s: %,d %s</title></rect>%n", 40 + i * bw, h - bh, Math.max(1, bw - 1), bh,
                    palette.color(0), TextRenderer.duration(i * t.bucketSeconds()),
                    TextRenderer.duration((i + 1) * t.bucketSeconds()), c, esc(t.unit())));
        }
        sb.append(String.format("<text x=\"40\" y=\"%d\">0 s</text>%n", h + 16));
        sb.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", w + 40, h + 16,
                TextRenderer.duration(t.bucketSeconds() * t.counts().length)));
        sb.append("</svg>\n<figcaption>").append(esc(t.title())).append(String.format(" (%,d %s)", total,
                t.unit())).append("</figcaption>\n</figure>\n");
    }

    private void source(StringBuilder sb, SourceView v) {
        sb.append("<p class=\"legend\">Specialized: ");
        for (int i = 0; i < Palette.STEPS; i += 2) {
            sb.append("<span class=\"s").append(i).append("\">").append(i * 10).append("%</span>");
        }
        sb.append(" <span class=\"sn\">never ran quickened</span> Hover over a span for its counters.</p>\n");
        for (String m : v.missing()) {
            sb.append("<p>Source not readable: <code>").append(esc(m)).append("</code> (use --source DIR)</p>\n");
        }
        for (int fi = 0; fi < v.files().size(); fi++) {
            SourceFile f = v.files().get(fi);
            sb.append("<h4>").append(esc(f.name())).append("</h4>\n<pre class=\"src\">");
            for (int ln = 1; ln <= f.lines().size(); ln++) {
                sb.append("<span class=\"ln\" id=\"").append(SourceView.anchor(fi, ln)).append("\">").append(ln)
                        .append("</span>");
                line(sb, f.lines().get(ln - 1), ln, f.spans());
                sb.append('\n');
            }
            sb.append("</pre>\n");
        }
    }

    /** Writes one source line, each character in the innermost span that covers it. */
    private static void line(StringBuilder sb, String text, int ln, List<Span> spans) {
        List<Span> here = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (Span s : spans) {
            if (ln < s.line() || ln > s.endLine()) {
                continue;
            }
            int from = s.lineOnly() || ln > s.line() ? 0 : Math.min(s.column(), text.length());
            int to = s.lineOnly() || ln < s.endLine() || s.endColumn() < 0 ? text.length()
                    : Math.min(s.endColumn(), text.length());
            if (s.lineOnly()) {
                from = leadingSpaces(text);
            }
            if (from < to) {
                here.add(s);
                ranges.add(new int[] {from, to});
            }
        }
        int[] owner = new int[text.length()];
        java.util.Arrays.fill(owner, -1);
        for (int c = 0; c < text.length(); c++) {
            long best = Long.MAX_VALUE;
            for (int k = 0; k < here.size(); k++) {
                int[] r = ranges.get(k);
                if (c >= r[0] && c < r[1]) {
                    Span s = here.get(k);
                    long size = (long) (s.endLine() - s.line()) * 100_000 + (r[1] - r[0]);
                    if (size < best) {
                        best = size;
                        owner[c] = k;
                    }
                }
            }
        }
        int c = 0;
        while (c < text.length()) {
            int k = owner[c];
            int end = c;
            while (end < text.length() && owner[end] == k) {
                end++;
            }
            String chunk = esc(text.substring(c, end));
            if (k < 0) {
                sb.append(chunk);
            } else {
                Span s = here.get(k);
                String cls = Double.isNaN(s.score()) ? "sn" : "s" + Palette.step(s.score());
                sb.append("<span class=\"").append(cls).append("\" title=\"")
                        .append(esc(s.details()).replace("\n", "&#10;")).append("\">")
                        .append(chunk).append("</span>");
            }
            c = end;
        }
    }

    private static int leadingSpaces(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Escapes text for HTML element content and double-quoted attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
