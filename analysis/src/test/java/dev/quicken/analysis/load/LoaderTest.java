package dev.quicken.analysis.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.analysis.model.Counters;
import dev.quicken.analysis.model.Profile;
import dev.quicken.analysis.model.SiteStats;
import dev.quicken.analysis.model.SpecializationStats;
import dev.quicken.analysis.testdata.RecordingGenerator;
import dev.quicken.analysis.testdata.Scenario;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {

    static final Path RECORDINGS = Path.of("src/test/resources/recordings");

    static Loader.Result load(Loader.Parser parser, Path... files) {
        return Loader.load(List.of(files), parser, Progress.none());
    }

    @Test
    void committedRecordingGivesTheScenarioTotalsExactly() {
        Loader.Result r = load(Loader.Parser.STREAMING, RECORDINGS.resolve("small.jfr"));
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(Profile.StatsSource.STATISTICS, r.profile().statsSource());
        assertEquals(Scenario.small().expectedStats(), r.profile().stats());
    }

    @Test
    void jmcAndStreamingParsersAgree() {
        for (String name : new String[] {"small.jfr", "storm.jfr"}) {
            Profile a = load(Loader.Parser.STREAMING, RECORDINGS.resolve(name)).profile();
            Profile b = load(Loader.Parser.JMC, RECORDINGS.resolve(name)).profile();
            assertEquals(a.stats(), b.stats(), name);
            assertEquals(a.eventCounts(), b.eventCounts(), name);
            assertEquals(a.sites().size(), b.sites().size(), name);
            for (int i = 0; i < a.sites().size(); i++) {
                assertEquals(a.sites().get(i).counters(), b.sites().get(i).counters());
                assertEquals(a.sites().get(i).positions(), b.sites().get(i).positions());
            }
            assertEquals(a.deopts(), b.deopts(), name);
        }
    }

    @Test
    void eventsLimitedPerSiteAreNamedAsSuch(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("limited.jfr");
        try (jdk.jfr.Recording r = new jdk.jfr.Recording()) {
            r.enable(Schema.SPECIALIZATION).withoutStackTrace().with(dev.quicken.jfr.SiteLimit.NAME, "2");
            r.enable(Schema.SPECIALIZATION_STATISTICS).withoutStackTrace();
            r.enable(Schema.ACTIVE_SETTING);   // as the JDK's default and profile settings do
            r.start();
            for (int i = 0; i < 2; i++) {   // the agent would stop at the limit: 2 of the 10 specializations
                dev.quicken.jfr.SpecializationEvent e = new dev.quicken.jfr.SpecializationEvent();
                e.interpreter = 1;
                e.function = "f";
                e.fileName = "t.py";
                e.offset = 4;
                e.family = "binary_op";
                e.instruction = "BINARY_OP_ADD_INT";
                e.commit();
            }
            dev.quicken.jfr.SpecializationStatisticsEvent s = new dev.quicken.jfr.SpecializationStatisticsEvent();
            s.interpreter = 1;
            s.family = "binary_op";
            s.success = 10;
            s.executionsCounted = true;
            s.commit();
            r.stop();
            r.dump(f);
        }
        for (Loader.Parser parser : Loader.Parser.values()) {
            Profile p = load(parser, f).profile();
            assertEquals(10, p.stats().total().success, parser.name());
            assertEquals(List.of("Specialization and deoptimization events were limited per site (siteLimit 2): lists of "
                    + "these events show the first ones per site (success 2 of 10, deopt 0 of 0 events); the statistics "
                    + "count all of them."), p.warnings(), parser.name());
        }
    }

    @Test
    void freshRecordingRoundTrips(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("storm.jfr");
        RecordingGenerator.write(Scenario.storm(), f);
        Profile p = load(Loader.Parser.STREAMING, f).profile();
        assertEquals(Scenario.storm().expectedStats(), p.stats());
        assertEquals(40, p.deopts().size());
        assertTrue(p.warnings().isEmpty(), p.warnings().toString());
    }

    @Test
    void lastSnapshotPerInterpreterCountsOnceAndInterpretersAdd() {
        Profile p = load(Loader.Parser.STREAMING, RECORDINGS.resolve("small.jfr")).profile();
        // interpreter 1 has 91 + 91 hits... at norm+26 and interpreter 2 has 40: the sum, not the half-way snapshot
        SiteStats norm26 = p.sites().stream()
                .filter(s -> s.key().code().qualName().equals("Point.norm") && s.key().offset() == 26)
                .findFirst().orElseThrow();
        assertEquals(131, norm26.counters().hit);
        assertEquals("LOAD_ATTR_INSTANCE_VALUE", norm26.instruction());
        assertEquals(9, norm26.positions().lineNumber());
        assertEquals(-1, norm26.positions().column(), "the agent's events carry lines, not columns");
    }

    @Test
    void twoFilesAreTwoRuns() {
        Path f = RECORDINGS.resolve("small.jfr");
        Profile p = load(Loader.Parser.STREAMING, f, f).profile();
        SpecializationStats twice = new SpecializationStats();
        twice.add(Scenario.small().expectedStats());
        twice.add(Scenario.small().expectedStats());
        assertEquals(twice, p.stats());
    }

    @Test
    void twoDumpsOfOneRunCountOnce(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.jfr");
        Path b = dir.resolve("b.jfr");
        RecordingGenerator.write(Scenario.small(), a, true, true);
        RecordingGenerator.write(Scenario.small(), b, true, true);
        for (Loader.Parser parser : Loader.Parser.values()) {
            Profile p = load(parser, a, b).profile();
            assertEquals(Scenario.small().expectedStats(), p.stats(), parser.name());
            assertTrue(p.warnings().get(0).startsWith("More occurrence events than the statistics count"),
                    p.warnings().toString());
        }
    }

    @Test
    void occurrencesAloneGiveSuccessFailureDeopt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("occurrences.jfr");
        RecordingGenerator.write(Scenario.small(), f, false);
        Profile p = load(Loader.Parser.STREAMING, f).profile();
        assertEquals(Profile.StatsSource.OCCURRENCES, p.statsSource());
        SpecializationStats expected = Scenario.small().expectedStats();
        for (String family : expected.families().keySet()) {
            Counters want = expected.family(family);
            Counters got = p.stats().family(family);
            assertEquals(want.success, got.success, family);
            assertEquals(want.failure, got.failure, family);
            assertEquals(want.deopt, got.deopt, family);
            assertEquals(0, got.hit + got.miss + got.deferred, family);
            assertEquals(java.util.Arrays.toString(want.failureKinds), java.util.Arrays.toString(got.failureKinds));
        }
        assertEquals(1, p.warnings().size());
        // the sites still add up from their events
        assertEquals(12, p.sites().stream().filter(s -> "call".equals(s.family()))
                .mapToLong(s -> s.counters().failure).sum());
    }

    @Test
    void truncatedRecordingReadsItsCompleteChunks(@TempDir Path dir) throws Exception {
        byte[] small = Files.readAllBytes(RECORDINGS.resolve("small.jfr"));
        byte[] storm = Files.readAllBytes(RECORDINGS.resolve("storm.jfr"));
        Path cut = dir.resolve("cut.jfr");
        try (OutputStream os = Files.newOutputStream(cut)) {
            os.write(small);
            os.write(storm, 0, storm.length / 2);
        }
        Loader.Result r = load(Loader.Parser.STREAMING, cut);
        assertEquals(1, r.problems().size());
        Loader.Problem problem = r.problems().get(0);
        assertFalse(problem.fatal());
        assertTrue(problem.message().startsWith("truncated: chunk 2 at byte " + String.format("%,d", small.length)),
                problem.message());
        assertTrue(problem.message().contains("read the 1 complete chunk before it"), problem.message());
        assertEquals(Scenario.small().expectedStats(), r.profile().stats());
    }

    @Test
    void truncatedFirstChunkIsFatal(@TempDir Path dir) throws Exception {
        byte[] small = Files.readAllBytes(RECORDINGS.resolve("small.jfr"));
        Path cut = dir.resolve("cut.jfr");
        Files.write(cut, java.util.Arrays.copyOf(small, 5000));
        Loader.Result r = load(Loader.Parser.STREAMING, cut);
        assertTrue(r.problems().get(0).fatal());
        assertTrue(r.profile().isEmpty());
        assertEquals(cut + ": truncated: chunk 1 at byte 0 declares " + String.format("%,d", small.length)
                + " bytes but only 5,000 remain; nothing readable", r.problems().get(0).toString());
    }

    @Test
    void notARecording(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.jfr");
        Files.writeString(f, "print('hello')\n".repeat(10));
        Loader.Result r = load(Loader.Parser.STREAMING, f);
        assertEquals(f + ": not a JFR recording (no FLR magic at byte 0); nothing readable",
                r.problems().get(0).toString());
        Loader.Result missing = load(Loader.Parser.STREAMING, dir.resolve("nope.jfr"));
        assertEquals("no such file", missing.problems().get(0).message());
    }

    @Test
    void corruptBytesInsideAChunk(@TempDir Path dir) throws Exception {
        byte[] small = Files.readAllBytes(RECORDINGS.resolve("small.jfr"));
        for (int i = 200; i < small.length - 200; i += 7) {
            small[i] = (byte) 0xff;
        }
        Path f = dir.resolve("bad.jfr");
        Files.write(f, small);
        Loader.Result r = load(Loader.Parser.STREAMING, f);
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().startsWith("corrupt data in a chunk"), r.problems().toString());
    }

    @Test
    void gzippedRecording(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("small.jfr.gz");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gz))) {
            os.write(Files.readAllBytes(RECORDINGS.resolve("small.jfr")));
        }
        assertEquals(Scenario.small().expectedStats(), load(Loader.Parser.STREAMING, gz).profile().stats());
    }

    @Test
    void emptyRecordingHasNoQuickenEvents() {
        Loader.Result r = load(Loader.Parser.STREAMING, RECORDINGS.resolve("empty.jfr"));
        assertTrue(r.ok());
        assertTrue(r.profile().isEmpty());
        assertEquals(Profile.StatsSource.NONE, r.profile().statsSource());
    }
}
