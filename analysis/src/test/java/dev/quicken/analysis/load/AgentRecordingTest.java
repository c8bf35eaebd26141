package dev.quicken.analysis.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.analysis.Golden;
import dev.quicken.analysis.model.Counters;
import dev.quicken.analysis.model.Families;
import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.SpecializationStats;
import dev.quicken.analysis.report.ReportBuilder;
import dev.quicken.analysis.report.Sources;
import dev.quicken.analysis.report.TextRenderer;
import dev.quicken.analysis.rules.RulesReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A recording made by the real agent (tools/gen_agent_recording.sh: the agent's ProbeDriver
 * workload under {@code -javaagent}), checked against the agent's own counters that the driver
 * printed ({@code Probes.specializationStats} per interpreter).
 */
class AgentRecordingTest {

    static final Path DIR = Path.of("src/test/resources/recordings");

    /** The driver's counters summed over interpreters: what the recording must give. */
    static SpecializationStats expected() throws Exception {
        return expected(-1);
    }

    /** The driver's counters of interpreter {@code id} (-1: all). */
    static SpecializationStats expected(long id) throws Exception {
        SpecializationStats s = new SpecializationStats();
        for (String line : Files.readAllLines(DIR.resolve("agent-driver.stats"))) {
            String[] f = line.split(" ");
            if (id >= 0 && Long.parseLong(f[1]) != id) {
                continue;
            }
            String family = Families.keyOfOpcode(Integer.parseInt(f[2]));
            if (family == null) {
                continue;
            }
            Counters c = s.family(family);
            for (int k = 0; k < 6; k++) {
                c.set(Counters.NAMES[k], c.get(Counters.NAMES[k]) + Long.parseLong(f[3 + k]));
            }
            for (int k = 0; k < 30; k++) {
                c.failureKinds[k] += Long.parseLong(f[9 + k]);
            }
        }
        return s;
    }

    @Test
    void totalsEqualTheAgentsCounters() throws Exception {
        SpecializationStats want = expected();
        assertTrue(want.total().executions() > 0);
        for (Loader.Parser parser : Loader.Parser.values()) {
            Loader.Result r = Loader.load(List.of(DIR.resolve("agent-driver.jfr")), parser, Progress.none());
            assertTrue(r.ok(), r.problems().toString());
            assertEquals(Profile.StatsSource.STATISTICS, r.profile().statsSource());
            assertEquals(want, r.profile().stats(), parser.name());
            assertTrue(r.profile().warnings().isEmpty(), r.profile().warnings().toString());
        }
    }

    @Test
    void perInterpreterAsTheAgentAnswersInProcess() throws Exception {
        Profile p = Loader.load(List.of(DIR.resolve("agent-driver.jfr")), Loader.Parser.STREAMING, Progress.none())
                .profile();
        assertEquals(java.util.Set.of(1L, 2L), p.byInterpreter().keySet());
        for (long id : new long[] {1, 2}) {
            assertEquals(expected(id), p.byInterpreter().get(id), "interpreter " + id);
        }
    }

    @Test
    void sitesAddUpToTheFamilies() throws Exception {
        Profile p = Loader.load(List.of(DIR.resolve("agent-driver.jfr")), Loader.Parser.STREAMING, Progress.none())
                .profile();
        Counters sites = new Counters();
        p.sites().forEach(s -> sites.add(s.counters()));
        Counters total = p.stats().total();
        assertEquals(total.hit, sites.hit);
        assertEquals(total.miss, sites.miss);
        assertEquals(total.deferred, sites.deferred);
        assertEquals(total.deopt, sites.deopt);
        assertEquals(total.success, sites.success);
        assertEquals(total.failure, sites.failure);
        // occurrence events (no first line) joined the statistics sites (with it)
        assertTrue(p.sites().stream().allMatch(s -> s.key().code().firstLineNumber() > 0), p.sites().toString());
    }

    /** ./quicken profile examples/point.py: the interpreter quickening a real program under the agent. */
    @Test
    void interpreterRunOfPointPy() throws Exception {
        Profile p = Loader.load(List.of(DIR.resolve("point.jfr")), Loader.Parser.STREAMING, Progress.none())
                .profile();
        assertEquals(Profile.StatsSource.STATISTICS, p.statsSource());
        assertTrue(p.stats().family("load_attr").hit > 0, p.stats().toString());
        // the two event streams of the agent agree: sites add up to the family totals
        Counters sites = new Counters();
        p.sites().forEach(s -> sites.add(s.counters()));
        Counters total = p.stats().total();
        assertEquals(total.hit, sites.hit);
        assertEquals(total.deferred, sites.deferred);
        assertEquals(total.success, sites.success);
        assertEquals(total.failure, sites.failure);
        assertEquals(Loader.load(List.of(DIR.resolve("point.jfr")), Loader.Parser.JMC, Progress.none())
                .profile().stats(), p.stats());
        Golden.check("report-point.txt", new TextRenderer().render(ReportBuilder.build(p,
                new ReportBuilder.Options(20, new Sources(List.of(Path.of(".."))), true))));
    }

    @Test
    void reportAndRules() throws Exception {
        Profile p = Loader.load(List.of(DIR.resolve("agent-driver.jfr")), Loader.Parser.STREAMING, Progress.none())
                .profile();
        Golden.check("report-agent-driver.txt", new TextRenderer().render(ReportBuilder.build(p,
                new ReportBuilder.Options(20, Sources.none(), true))));
        StringBuilder sb = new StringBuilder();
        for (RulesReport.Outcome o : RulesReport.evaluate(RulesReport.load(DIR.resolve("agent-driver.jfr")))) {
            sb.append(o.id()).append(" | ").append(o.severity()).append(" | ").append(o.summary()).append('\n');
        }
        Golden.check("rules-agent-driver.txt", sb.toString());
    }
}
