package dev.quicken.analysis.report;

import dev.quicken.analysis.report.Report.BarChart;
import dev.quicken.analysis.report.Report.Column;
import dev.quicken.analysis.report.Report.Delta;
import dev.quicken.analysis.report.Report.Paragraph;
import dev.quicken.analysis.report.Report.Part;
import dev.quicken.analysis.report.Report.Ratio;
import dev.quicken.analysis.report.Report.Section;
import dev.quicken.analysis.report.Report.Table;
import dev.quicken.analysis.report.Report.Timeline;
import java.util.List;

/** The report as JSON: sections, tables with raw values (ratios as fractions), chart data, spans. */
public final class JsonRenderer implements Renderer {

    @Override
    public String render(Report report) {
        Json j = new Json();
        j.open('{').key("title").str(report.title()).key("meta").open('[');
        for (String m : report.meta()) {
            j.str(m);
        }
        j.close(']').key("sections").open('[');
        for (Section s : report.sections()) {
            section(j, s);
        }
        j.close(']').close('}');
        return j + "\n";
    }

    private void section(Json j, Section s) {
        j.open('{').key("type").str("section").key("id").str(s.id()).key("title").str(s.title()).key("summary")
                .str(s.summary());
        if (s.doc() != null) {
            j.key("doc").str(s.doc());
        }
        j.key("parts").open('[');
        for (Part p : s.parts()) {
            if (p instanceof Section sub) {
                section(j, sub);
            } else if (p instanceof Table t) {
                table(j, t);
            } else if (p instanceof Paragraph para) {
                j.open('{').key("type").str("paragraph").key("text").str(para.text()).close('}');
            } else if (p instanceof BarChart c) {
                {
                    j.open('{').key("type").str("bars").key("title").str(c.title()).key("categories").open('[');
                    c.categories().forEach(j::str);
                    j.close(']').key("series").open('[');
                    c.series().forEach(j::str);
                    j.close(']').key("values").open('[');
                    for (long[] v : c.values()) {
                        j.open('[');
                        for (long x : v) {
                            j.raw(Long.toString(x));
                        }
                        j.close(']');
                    }
                    j.close(']').close('}');
                }
            } else if (p instanceof Timeline t) {
                {
                    j.open('{').key("type").str("timeline").key("title").str(t.title()).key("unit").str(t.unit())
                            .key("bucketSeconds").raw(Double.toString(t.bucketSeconds())).key("counts").open('[');
                    for (long c : t.counts()) {
                        j.raw(Long.toString(c));
                    }
                    j.close(']').close('}');
                }
            } else if (p instanceof SourceView v) {
                sourceView(j, v);
            }
        }
        j.close(']').close('}');
    }

    private static void sourceView(Json j, SourceView v) {
        j.open('{').key("type").str("source").key("files").open('[');
        for (SourceView.SourceFile f : v.files()) {
            j.open('{').key("name").str(f.name()).key("spans").open('[');
            for (SourceView.Span s : f.spans()) {
                j.open('{').key("line").raw(Integer.toString(s.line())).key("column").raw(Integer.toString(s.column()))
                        .key("endLine").raw(Integer.toString(s.endLine())).key("endColumn")
                        .raw(Integer.toString(s.endColumn())).key("score").num(s.score()).key("details")
                        .str(s.details()).close('}');
            }
            j.close(']').close('}');
        }
        j.close(']').key("missing").open('[');
        v.missing().forEach(j::str);
        j.close(']').close('}');
    }

    private static void table(Json j, Table t) {
        j.open('{').key("type").str("table");
        if (t.caption() != null) {
            j.key("caption").str(t.caption());
        }
        j.key("columns").open('[');
        for (Column c : t.columns()) {
            j.str(c.name());
        }
        j.close(']').key("rows").open('[');
        for (List<Object> row : t.rows()) {
            j.open('[');
            for (Object cell : row) {
                if (cell == null) {
                    j.raw("null");
                } else if (cell instanceof Long || cell instanceof Integer) {
                    j.raw(cell.toString());
                } else if (cell instanceof Ratio r) {
                    j.num(r.value());
                } else if (cell instanceof Delta d) {
                    j.raw(Long.toString(d.value()));
                } else {
                    j.str(cell.toString());
                }
            }
            j.close(']');
        }
        j.close(']').close('}');
    }

    /** A tiny JSON writer that places commas itself. */
    static final class Json {
        private final StringBuilder sb = new StringBuilder();
        private boolean needComma;

        Json open(char c) {
            comma();
            sb.append(c);
            needComma = false;
            return this;
        }

        Json close(char c) {
            sb.append(c);
            needComma = true;
            return this;
        }

        Json key(String k) {
            comma();
            quote(k);
            sb.append(':');
            needComma = false;
            return this;
        }

        Json str(String s) {
            comma();
            if (s == null) {
                sb.append("null");
            } else {
                quote(s);
            }
            needComma = true;
            return this;
        }

        Json num(double d) {
            return raw(Double.isNaN(d) || Double.isInfinite(d) ? "null" : Double.toString(d));
        }

        Json raw(String s) {
            comma();
            sb.append(s);
            needComma = true;
            return this;
        }

        private void comma() {
            if (needComma) {
                sb.append(',');
            }
        }

        private void quote(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case '<' -> sb.append("\\u003c");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
