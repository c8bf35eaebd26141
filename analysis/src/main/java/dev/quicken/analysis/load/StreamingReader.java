package dev.quicken.analysis.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

    /** Views a {@link RecordedEvent} as an {@link EventRecord}; reused for every event. */
    private static final class Adapter implements EventRecord {
        private final Map<EventType, Set<String>> fieldNames = new HashMap<>();
        private RecordedEvent event;
        private Set<String> fields;
        String type;

        void event(RecordedEvent e) {
            event = e;
            fields = fieldNames.computeIfAbsent(e.getEventType(), t -> {
                Set<String> names = new HashSet<>();
                for (ValueDescriptor d : t.getFields()) {
                    names.add(d.getName());
                }
                return names;
            });
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
            return fields.contains(field);
        }

        @Override
        public boolean isNumber(String field) {
            return fields.contains(field) && event.getValue(field) instanceof Number;
        }

        @Override
        public long getLong(String field) {
            if (!fields.contains(field)) {
                return 0;
            }
            Object v = event.getValue(field);
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
            if (!fields.contains(field)) {
                return null;
            }
            Object v = event.getValue(field);
            return v == null ? null : v.toString();
        }
    }
}
