package dev.quicken.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Event;
import jdk.jfr.EventType;
import jdk.jfr.Recording;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsTest {

    static final List<Class<? extends Event>> EVENTS = List.of(
        QuickeningEvent.class, SpecializationEvent.class, SpecializationFailureEvent.class,
        DeoptimizationEvent.class, SpecializationStatisticsEvent.class,
        SpecializationFailureStatisticsEvent.class, InstructionStatisticsEvent.class,
        SpecializationActivityEvent.class);

    @Test
    void metadataFollowsTheJdkConventions() {
        for (Class<? extends Event> c : EVENTS) {
            EventType t = EventType.getEventType(c);
            String simple = c.getSimpleName();
            assertEquals("quicken." + simple.substring(0, simple.length() - "Event".length()), t.getName());
            assertTrue(t.getName().startsWith(EventNames.PREFIX));
            assertNotNull(t.getLabel(), t.getName());
            assertTrue(Character.isUpperCase(t.getLabel().charAt(0)), t.getLabel());
            assertFalse(t.getDescription().endsWith("."), t.getName() + ": one sentence, no period");
            assertEquals(EventNames.CATEGORY, t.getCategoryNames().get(0));
            assertTrue(List.of("Specialization", "Statistics").contains(t.getCategoryNames().get(1)));
            for (ValueDescriptor f : t.getFields()) {
                assertNotNull(f.getLabel(), t.getName() + "." + f.getName() + " needs a label");
            }
        }
    }

    @Test
    void eventNamesMatchTheClasses() throws Exception {
        Map<String, String> constants = new java.util.HashMap<>();
        for (java.lang.reflect.Field f : EventNames.class.getFields()) {
            if (f.getType() == String.class) {
                constants.put((String) f.get(null), f.getName());
            }
        }
        for (Class<? extends Event> c : EVENTS) {
            assertTrue(constants.containsKey(EventType.getEventType(c).getName()), c.getName());
        }
    }

    @Test
    void opcodeTableIsCpython311s() {
        assertEquals("BINARY_OP_ADD_INT", Opcodes.name(5));
        assertEquals("BINARY_OP", Opcodes.name(Opcodes.baseOf(5)));
        assertEquals(122, Opcodes.baseOf(5));
        assertEquals("LOAD_ATTR", Opcodes.name(Opcodes.baseOf(39)));   // LOAD_ATTR_ADAPTIVE
        assertEquals(106, Opcodes.baseOf(106));                      // LOAD_ATTR itself
        assertEquals("<300>", Opcodes.name(300));
        assertEquals("load_attr", FailureKinds.family(106));
    }

    @Test
    void failureKindsAreNamedPerFamily() {
        int binaryOp = 122;
        int compareOp = 107;
        int call = 171;
        assertEquals("add_different_types", FailureKinds.name(binaryOp, 8));
        assertEquals("out_of_versions", FailureKinds.name(compareOp, 3));
        assertEquals("not_followed_by_cond_jump", FailureKinds.name(compareOp, 14));
        assertEquals("kwnames", FailureKinds.name(call, 25));
        assertEquals("property", FailureKinds.name(106, 13));
        assertEquals("kind_7", FailureKinds.name(binaryOp, 7));
        assertEquals("kind_31", FailureKinds.name(binaryOp, 31));
    }

    @Test
    void settingsFilesParseAndNameOnlyOurEvents() throws Exception {
        for (String resource : List.of(EventNames.DEFAULT_SETTINGS, EventNames.DETAILED_SETTINGS)) {
            try (Reader r = new InputStreamReader(EventNames.class.getResourceAsStream(resource),
                    StandardCharsets.UTF_8)) {
                Configuration c = Configuration.create(r);
                assertEquals("endChunk", c.getSettings().get(EventNames.SPECIALIZATION_STATISTICS + "#period"));
                assertEquals("endChunk", c.getSettings().get(EventNames.INSTRUCTION_STATISTICS + "#period"));
                for (String key : c.getSettings().keySet()) {
                    assertTrue(key.startsWith(EventNames.PREFIX), key);
                }
                for (Class<? extends Event> e : EVENTS) {
                    assertEquals("true", c.getSettings().get(EventType.getEventType(e).getName() + "#enabled"));
                }
            }
        }
    }

    @Test
    void eventsAreRecordedWithTheirFields(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jfr");
        try (Recording r = new Recording()) {
            r.enable(SpecializationFailureEvent.class);
            r.enable(SpecializationStatisticsEvent.class);
            r.start();
            SpecializationFailureEvent f = new SpecializationFailureEvent();
            f.interpreter = 1;
            f.function = "Point.shifted";
            f.fileName = "point.py";
            f.lineNumber = 10;
            f.offset = 14;
            f.family = "binary_op";
            f.failureKind = FailureKinds.name(122, 8);
            f.failureKindIndex = 8;
            f.operandType = "int";
            f.secondOperandType = "float";
            f.commit();
            SpecializationStatisticsEvent s = new SpecializationStatisticsEvent();
            s.interpreter = 1;
            s.family = "binary_op";
            s.hit = 5_000_000_000L;
            s.commit();
            r.stop();
            r.dump(file);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        Map<String, RecordedEvent> byName = events.stream()
            .collect(Collectors.toMap(e -> e.getEventType().getName(), e -> e, (a, b) -> a));
        RecordedEvent f = byName.get(EventNames.SPECIALIZATION_FAILURE);
        assertEquals("add_different_types", f.getString("failureKind"));
        assertEquals(14, f.getInt("offset"));
        assertEquals("float", f.getString("secondOperandType"));
        assertEquals(5_000_000_000L, byName.get(EventNames.SPECIALIZATION_STATISTICS).getLong("hit"));
        assertTrue(Files.size(file) > 0);
    }
}
