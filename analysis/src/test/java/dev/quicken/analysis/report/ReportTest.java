package dev.quicken.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.analysis.Golden;
import dev.quicken.analysis.load.Loader;
import dev.quicken.analysis.load.Progress;
import dev.quicken.analysis.model.CodeKey;
import dev.quicken.analysis.model.Counters;
import dev.quicken.analysis.model.Positions;
import dev.quicken.analysis.model.ProfileBuilder;
import dev.quicken.analysis.model.SiteKey;
import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.SpecializationStats;
import dev.quicken.analysis.testdata.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportTest {

    static final Path RECORDINGS = Path.of("src/test/resources/recordings");
    static final Sources SOURCES = new Sources(List.of(RECORDINGS.resolve("src")));

    static Profile profile(String name) {
        return Loader.load(List.of(RECORDINGS.resolve(name)), Loader.Parser.STREAMING, Progress.none()).profile();
    }

    static Report report(String name) {
        return ReportBuilder.build(profile(name), new ReportBuilder.Options(20, SOURCES, true));
    }

    @Test
    void goldenReports() throws Exception {
        Report small = report("small.jfr");
        Golden.check("report-small.txt", new TextRenderer().render(small));
        Golden.check("report-small.md", new MarkdownRenderer().render(small));
        Golden.check("report-small.html", new HtmlRenderer(Palette.SAFE).render(small));
        Golden.check("report-small.json", new JsonRenderer().render(small));
        Report storm = report("storm.jfr");
        Golden.check("report-storm.txt", new TextRenderer().render(storm));
        Golden.check("report-storm-hue.html", new HtmlRenderer(Palette.HUE).render(storm));
        Golden.check("diff-small-storm.txt",
                new TextRenderer().render(DiffBuilder.build(profile("small.jfr"), profile("storm.jfr"), 20)));
    }

    @Test
    void familyTablesAddUpToTheScenario() {
        // the Kind tables in the text report, parsed back, equal the scenario's totals
        String text = new TextRenderer().render(report("small.jfr"));
        SpecializationStats expected = Scenario.small().expectedStats();
        for (var e : expected.families().entrySet()) {
            Counters c = e.getValue();
            String name = e.getKey().toUpperCase(java.util.Locale.ROOT);
            int at = text.indexOf("\n### " + name + "\n");
            if (c.executions() + c.success + c.failure == 0) {
                assertEquals(-1, at, name);
                continue;
            }
            String section = text.substring(at, text.indexOf("\n### ", at + 1) < 0 ? text.length()
                    : text.indexOf("\n### ", at + 1));
            for (String k : new String[] {"deferred", "hit", "miss", "deopt"}) {
                String label = k.equals("deferred") || k.equals("deopt") ? "specialization." + k : k;
                Matcher m = Pattern.compile("\n" + Pattern.quote(label) + " +([0-9,]+) ").matcher(section);
                assertTrue(m.find(), name + " " + k);
                assertEquals(c.get(k), Long.parseLong(m.group(1).replace(",", "")), name + " " + k);
            }
            Matcher s = Pattern.compile("\nSuccess +([0-9,]+) ").matcher(section);
            assertTrue(s.find());
            assertEquals(c.success, Long.parseLong(s.group(1).replace(",", "")));
        }
    }

    @Test
    void htmlEscapesSourceAndRecordingText() {
        String html = new HtmlRenderer(Palette.SAFE).render(report("small.jfr"));
        assertFalse(html.contains("<script"), "no script element at all");
        assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"));
        assertFalse(html.contains("src=\"http"), "no external resource");
        assertFalse(html.contains("href=\"http"), "no external link");
        assertTrue(html.contains("Content-Security-Policy"));
        // a code name with markup stays text
        assertEquals("&lt;module&gt; &amp; &quot;x&quot; &#39;y&#39;", HtmlRenderer.esc("<module> & \"x\" 'y'"));
    }

    /** PEP 657 positions of Point.norm's line 9 in demo.py, as python3.11 compiles it. */
    static Profile withColumns() {
        ProfileBuilder b = new ProfileBuilder();
        CodeKey norm = new CodeKey("demo.py", "Point.norm", 8);
        Object[][] sites = {
            {2, "load_global", "LOAD_GLOBAL_MODULE", 15, 19, 91L, 0L, 0L},
            {14, "load_attr", "LOAD_ATTR_MODULE", 15, 24, 91L, 0L, 0L},
            {26, "load_attr", "LOAD_ATTR_INSTANCE_VALUE", 25, 31, 131L, 0L, 0L},
            {38, "load_attr", "LOAD_ATTR_INSTANCE_VALUE", 34, 40, 91L, 0L, 0L},
            {48, "binary_op", "BINARY_OP_MULTIPLY_INT", 25, 40, 50L, 41L, 0L},
            {84, "precall", "PRECALL_NO_KW_BUILTIN_O", 15, 59, 91L, 0L, 0L},
            {88, "call", "CALL_ADAPTIVE", 15, 59, 0L, 0L, 115L},
        };
        for (Object[] s : sites) {
            Counters c = new Counters();
            c.hit = (Long) s[5];
            c.miss = (Long) s[6];
            c.deferred = (Long) s[7];
            SiteKey key = new SiteKey(norm, (Integer) s[0]);
            b.siteSnapshot(0, 1, key, (String) s[1], (String) s[2], new Positions(9, 9, (Integer) s[3],
                    (Integer) s[4]), 1, c);
        }
        b.failed(new SiteKey(norm, 88), "call", "CALL_ADAPTIVE", 13, null, Positions.line(9));
        return b.build();
    }

    @Test
    void sourceViewSpansFollowPositions() {
        Report r = ReportBuilder.build(withColumns(), new ReportBuilder.Options(20, SOURCES, true));
        String html = new HtmlRenderer(Palette.SAFE).render(r);
        String line9 = html.lines().filter(l -> l.startsWith("<span class=\"ln\" id=\"src-0-L9\">9</span>")).findFirst().orElseThrow();
        // innermost spans win: `math` is LOAD_GLOBAL inside LOAD_ATTR `math.sqrt` inside the call
        assertTrue(line9.contains(">math</span>"), line9);
        assertTrue(line9.contains(">self.x</span>"), line9);
        assertTrue(line9.contains("title=\"LOAD_ATTR_INSTANCE_VALUE (load_attr) at offset 26 in Point.norm&#10;"
                + "hits 131, misses 0"), line9);
        // the * that missed 41 of 91 times: 55% specialized, step 5 of the ramp
        assertTrue(line9.contains("<span class=\"s5\" title=\"BINARY_OP_MULTIPLY_INT"), line9);
        // PRECALL and CALL share a span: one span, both instructions on hover, the CALL's failure kind
        assertTrue(line9.contains("PRECALL_NO_KW_BUILTIN_O (precall) at offset 84"), line9);
        assertTrue(line9.contains("&#10;&#10;CALL_ADAPTIVE (call) at offset 88"), line9);
        assertTrue(line9.contains("failure kinds: pycfunction \u00d71"), line9);
        // stripping the tags gives the source line back
        // the hot-site tables link to the line
        assertTrue(html.contains("<a href=\"#src-0-L9\">demo.py:9 @88</a>"), "link from the site table");
        assertEquals("9        return math.sqrt(self.x * self.x + self.y * self.y)",
                line9.replaceAll("<[^>]+>", "").replace("&gt;", ">"));
    }

    @Test
    void lineGranularityFromTheAgentsEvents() {
        String html = new HtmlRenderer(Palette.SAFE).render(report("small.jfr"));
        String line5 = html.lines().filter(l -> l.startsWith("<span class=\"ln\" id=\"src-0-L5\">5</span>")).findFirst().orElseThrow();
        // STORE_ATTR at line 5: 150 hits, 106 misses: 59% specialized
        assertTrue(line5.startsWith("<span class=\"ln\" id=\"src-0-L5\">5</span>        <span class=\"s6\" title=\"STORE_ATTR_INSTANCE_VALUE"),
                line5);
        assertTrue(line5.endsWith(">self.x = x</span>"), line5);
    }

    @Test
    void utf8ColumnsBecomeCharIndexes() {
        assertEquals(3, SourceViewBuilder.chars("é = 1", 4));
        assertEquals(0, SourceViewBuilder.chars("x", 0));
        assertEquals(5, SourceViewBuilder.chars("héllo", 99));
    }

    @Test
    void lineOnlyPositionsColourTheLine() {
        SourceView.Span s = new SourceView.Span(2, -1, 2, -1, 1.0, "LOAD_ATTR_SLOT");
        Report r = new Report("t", List.of(), List.of(new Report.Section("source", "Source", "s", null,
                List.of(new SourceView(List.of(new SourceView.SourceFile("a.py", List.of("x = 1", "    y.z"),
                        List.of(s))), List.of())))));
        String html = new HtmlRenderer(Palette.SAFE).render(r);
        assertTrue(html.contains("<span class=\"ln\" id=\"src-0-L2\">2</span>    <span class=\"s10\" title=\"LOAD_ATTR_SLOT\">y.z</span>"),
                html);
    }

    @Test
    void paletteIsOrderedAndLegendComplete() {
        assertEquals("#d55e00", Palette.SAFE.color(0));
        assertEquals("#f0e442", Palette.SAFE.color(5));
        assertEquals("#009e73", Palette.SAFE.color(10));
        assertEquals("hsl(0, 80%, 70%)", Palette.HUE.color(0));
        assertEquals("hsl(120, 80%, 70%)", Palette.HUE.color(10));
        assertEquals(0, Palette.step(0.0));
        assertEquals(10, Palette.step(1.0));
        assertEquals(5, Palette.step(0.5));
    }

    @Test
    void markdownEscapesTableCells() {
        assertEquals("a \\| b &lt;i&gt; \\_x\\_ LOAD_ATTR", MarkdownRenderer.escape("a | b <i> _x_ LOAD_ATTR"));
    }

    @Test
    void jsonIsStructured() {
        String json = new JsonRenderer().render(report("small.jfr"));
        assertTrue(json.startsWith("{\"title\":\"Specialization report\""));
        assertTrue(json.contains("[\"hit\",495,1.0]"), "raw values in rows");
        assertFalse(json.contains("</script>"));
    }
}
