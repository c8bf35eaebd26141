package dev.quicken.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.analysis.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.flightrecorder.rules.IRule;
import org.openjdk.jmc.flightrecorder.rules.report.html.JfrHtmlRulesReport;

class RulesTest {

    static final Path REC = Path.of("src/test/resources/recordings");

    @Test
    void registeredThroughServiceLoader() {
        List<String> ids = RulesReport.quickenRules().stream().map(IRule::getId).toList();
        assertEquals(List.of("quicken.DeoptStorm", "quicken.Deoptimizations", "quicken.NeverSpecialized",
                "quicken.SpecializationMisses"), ids);
    }

    @Test
    void jmcBundleDeclaresTheRuleProvider() throws Exception {
        try (var in = RulesTest.class.getResourceAsStream("/plugin.xml")) {
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xml.contains("point=\"org.openjdk.jmc.flightrecorder.rules.ruleProvider\""));
        }
        try (var in = RulesTest.class.getResourceAsStream(
                "/META-INF/services/org.openjdk.jmc.flightrecorder.rules.IRule")) {
            assertEquals(4, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip().lines()
                    .count());
        }
    }

    /** Baseline: id, severity, score and summary of each quicken rule per committed recording. */
    @Test
    void baseline() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] {"small.jfr", "storm.jfr", "empty.jfr"}) {
            sb.append("== ").append(name).append('\n');
            for (RulesReport.Outcome o : RulesReport.evaluate(RulesReport.load(REC.resolve(name)))) {
                sb.append(o.id()).append(" | ").append(o.severity()).append(" | ")
                        .append(o.score() < 0 ? "" : Long.toString(Math.round(o.score()))).append(" | ")
                        .append(o.summary()).append('\n');
                if (!o.explanation().isEmpty()) {
                    sb.append("    ").append(o.explanation()).append('\n');
                }
            }
        }
        Golden.check("rules-baseline.txt", sb.toString());
    }

    @Test
    void stormWarnsAndSmallDoesNot() throws Exception {
        List<RulesReport.Outcome> storm = RulesReport.evaluate(RulesReport.load(REC.resolve("storm.jfr")));
        for (RulesReport.Outcome o : storm) {
            assertEquals("WARNING", o.severity(), o.id() + ": " + o.summary());
        }
        List<RulesReport.Outcome> small = RulesReport.evaluate(RulesReport.load(REC.resolve("small.jfr")));
        assertTrue(small.stream().noneMatch(o -> o.id().equals("quicken.DeoptStorm") && o.severity().equals("WARNING")));
    }

    @Test
    void inJmcHeadlessHtmlReport() throws Exception {
        IItemCollection items = RulesReport.load(REC.resolve("storm.jfr"));
        String html = JfrHtmlRulesReport.createReport(items).replace('\u00a0', ' ');
        for (String name : new String[] {"Specialization Misses (quicken)", "Deoptimizations (quicken)",
            "Unspecialized Hot Sites (quicken)", "Deoptimization Storms (quicken)"}) {
            assertTrue(html.contains(name), name);
        }
        assertTrue(html.contains("Up to 40 deoptimizations of one site within 1 s"), "summary with placeholders filled");
    }
}
