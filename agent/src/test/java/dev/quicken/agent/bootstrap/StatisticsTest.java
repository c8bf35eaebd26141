package dev.quicken.agent.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicken.agent.it.FakeCode;
import dev.quicken.agent.it.Workload;
import dev.quicken.jfr.EventNames;
import dev.quicken.jfr.InstructionStatisticsEvent;
import dev.quicken.jfr.SpecializationActivityEvent;
import dev.quicken.jfr.SpecializationFailureStatisticsEvent;
import dev.quicken.jfr.SpecializationStatisticsEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics events, emitted in process around counts made through {@link Counters}. */
class StatisticsTest {

    private static final int ID = 201;   // an interpreter no other test in this JVM uses

    @Test
    void activitySamplesAddUpToTheTotals(@TempDir Path dir) throws Exception {
        FakeCode code = new FakeCode(ID, "loop", "activity.py", 1);
        Path file = dir.resolve("activity.jfr");
        try (Recording r = new Recording()) {
            r.enable(SpecializationActivityEvent.class).withPeriod(java.time.Duration.ofHours(1));
            r.enable(SpecializationStatisticsEvent.class).withPeriod(java.time.Duration.ofHours(1));
            r.enable(SpecializationFailureStatisticsEvent.class);
            r.enable(InstructionStatisticsEvent.class).withPeriod(java.time.Duration.ofHours(1));
            r.start();
            for (int sample = 0; sample < 3; sample++) {
                for (int i = 0; i < 1000; i++) {
                    Counters.hit(code.probeHits(), code.probeState(), code, 8, Workload.BINARY_OP_ADD_INT);
                }
                Counters.specializationFailed(code, 8, Workload.BINARY_OP, 9, 1, 2);
                Statistics.emitActivity();
            }
            Statistics.emitActivity();   // nothing changed: no event
            Statistics.emitFamilies();
            Statistics.emitSites();
            r.stop();
            r.dump(file);
        }
        List<RecordedEvent> mine = RecordingFile.readAllEvents(file).stream()
            .filter(e -> e.getInt("interpreter") == ID).collect(Collectors.toList());
        List<RecordedEvent> activity = of(mine, EventNames.SPECIALIZATION_ACTIVITY);
        assertEquals(3, activity.size());
        assertEquals(3000, activity.stream().mapToLong(e -> e.getLong("hit")).sum());
        assertTrue(activity.stream().allMatch(e -> e.getLong("hit") == 1000 && e.getLong("failure") == 1));
        RecordedEvent total = of(mine, EventNames.SPECIALIZATION_STATISTICS).get(0);
        assertEquals("binary_op", total.getString("family"));
        assertEquals(3000, total.getLong("hit"));
        assertEquals(3, total.getLong("failure"));
        RecordedEvent kind = of(mine, EventNames.SPECIALIZATION_FAILURE_STATISTICS).get(0);
        assertEquals("add_other", kind.getString("failureKind"));
        assertEquals(3, kind.getLong("count"));
        RecordedEvent site = of(mine, EventNames.INSTRUCTION_STATISTICS).get(0);
        assertEquals("Work.loop", site.getString("function"));
        assertEquals("loop", site.getString("codeName"));
        assertEquals(8, site.getInt("offset"));
        assertEquals(1, site.getInt("lineNumber"));
        assertEquals(1, site.getInt("endLineNumber"));
        assertEquals(8, site.getInt("column"));
        assertEquals(10, site.getInt("endColumn"));
        assertEquals("BINARY_OP_ADD_INT", site.getString("instruction"));
        assertEquals(3000, site.getLong("hit"));
    }

    private static List<RecordedEvent> of(List<RecordedEvent> events, String name) {
        return events.stream().filter(e -> e.getEventType().getName().equals(name)).collect(Collectors.toList());
    }
}
