package dev.quicken.analysis.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.EventType;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a recording one event at a time with {@code jdk.jfr.consumer.RecordingFile}: memory
 * stays bounded whatever the file size (JMC core holds every event, about ten times the file).
 */
final class StreamingReader {

    /** What a pass over one file saw. */
    record Result(long events, long quickenEvents, long lostBytes, String run, boolean quickenTypes) {
    }

    /** Which JVM run a recording comes from ({@code jdk.JVMInformation}: pid and start time), or null. */
    static String run(long pid, long startMillis) {
        return pid + "@" + startMillis;
    }

    private StreamingReader() {
    }

    static Result read(Path file, String label, int recording, EventMapper mapper, Progress progress)
            throws IOException {
        long events = 0;
        long quicken = 0;
        long lost = 0;
        String run = null;
        boolean quickenTypes = false;
        try (RecordingFile rf = new RecordingFile(file)) {
            for (jdk.jfr.EventType t : rf.readEventTypes()) {
                quickenTypes |= Schema.kindOf(t.getName()) != null;
            }
            Adapter a = new Adapter();
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                events++;
                String type = e.getEventType().getName();
                if (type.startsWith("quicken.")) {
                    a.event(e);
                    a.type = type;
                    if (mapper.accept(recording, a)) {
                        quicken++;
                    }
                } else if (type.equals("jdk.DataLoss") && e.hasField("amount")) {
                    lost += e.getLong("amount");
                } else if (run == null && type.equals("jdk.JVMInformation") && e.hasField("pid")
                        && e.hasField("jvmStartTime")) {
                    run = run(e.getLong("pid"), e.getInstant("jvmStartTime").toEpochMilli());
                }
                if ((events & 0xfff) == 0) {
                    progress.update(label, events, 0, 0);
                }
            }
        }
        return new Result(events, quicken, lost, run, quickenTypes);
    }

    /**
     * Views a {@link RecordedEvent} as an {@link EventRecord}; reused for every event. Each field's
     * value is fetched once per event: {@code RecordedObject.getValue(name)} searches the fields
     * one by one, and the mapper asks for some twice (is it a number? its value).
     */
    private static final class Adapter implements EventRecord {
        /** Per event type: field name to slot. */
        private final Map<EventType, Map<String, Integer>> slots = new HashMap<>();
        private RecordedEvent event;
        private Map<String, Integer> fields;
        private Object[] values = new Object[0];
        private int[] fetched = new int[0];
        private int generation;
        String type;

        void event(RecordedEvent e) {
            event = e;
            fields = slots.computeIfAbsent(e.getEventType(), t -> {
                Map<String, Integer> names = new HashMap<>();
                for (ValueDescriptor d : t.getFields()) {
                    names.put(d.getName(), names.size());
                }
                return names;
            });
            if (values.length < fields.size()) {
                values = new Object[fields.size()];
                fetched = new int[fields.size()];
            }
            if (++generation == 0) {
                java.util.Arrays.fill(fetched, 0);
                generation = 1;
            }
        }

        /** The value of a field the event has, fetched once. */
        private Object value(int slot, String field) {
            if (fetched[slot] != generation) {
                values[slot] = event.getValue(field);
                fetched[slot] = generation;
            }
            return values[slot];
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public long startNanos() {
            Instant t = event.getStartTime();
            return t.getEpochSecond() * 1_000_000_000L + t.getNano();
        }

        @Override
        public boolean has(String field) {
            return fields.containsKey(field);
        }

        @Override
        public boolean isNumber(String field) {
            Integer slot = fields.get(field);
            return slot != null && value(slot, field) instanceof Number;
        }

        @Override
        public long getLong(String field) {
            Integer slot = fields.get(field);
            if (slot == null) {
                return 0;
            }
            Object v = value(slot, field);
            if (v instanceof Number n) {
                return n.longValue();
            }
            if (v instanceof Boolean b) {
                return b ? 1 : 0;
            }
            if (v instanceof Character c) {
                return c;
            }
            return 0;
        }

        @Override
        public String getString(String field) {
            Integer slot = fields.get(field);
            if (slot == null) {
                return null;
            }
            Object v = value(slot, field);
            return v == null ? null : v.toString();
        }
    }
}
