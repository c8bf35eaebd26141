package dev.quicken.analysis.load;

import dev.quicken.jfr.SiteLimit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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

    /** Events handed from the parsing thread to the mapping thread at a time. */
    private static final int BATCH = 2048;

    /**
     * Two threads: this one maps events into the model, a second one parses the file and fetches
     * every field of each quicken event into an array ({@link Values}); the order is kept.
     */
    static Result read(Path file, String label, int recording, EventMapper mapper, Progress progress)
            throws IOException {
        BlockingQueue<List<Values>> queue = new ArrayBlockingQueue<>(8);
        Parsed parsed = new Parsed();
        Thread parser = new Thread(() -> parse(file, queue, parsed), "quicken-parse");
        parser.setDaemon(true);
        parser.start();
        long events = 0;
        long quicken = 0;
        try {
            while (true) {
                List<Values> batch = queue.take();
                if (batch.isEmpty()) {
                    break;
                }
                for (Values v : batch) {
                    if (v.type().equals(Schema.ACTIVE_SETTING)) {
                        mapper.activeSetting(v);
                    } else if (mapper.accept(recording, v)) {
                        quicken++;
                    }
                }
                events = parsed.events;
                progress.update(label, events, 0, 0);
            }
            parser.join();
        } catch (InterruptedException e) {
            parser.interrupt();
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted reading " + label);
        }
        if (parsed.failure instanceof IOException io) {
            throw io;
        }
        if (parsed.failure instanceof RuntimeException re) {
            throw re;
        }
        if (parsed.failure instanceof Error err) {
            throw err;
        }
        return new Result(parsed.events, quicken, parsed.lost, parsed.run, parsed.quickenTypes);
    }

    /** What the parsing thread saw besides the quicken events; read after it ended. */
    private static final class Parsed {
        volatile long events;
        long lost;
        String run;
        boolean quickenTypes;
        Throwable failure;
    }

    private static void parse(Path file, BlockingQueue<List<Values>> queue, Parsed parsed) {
        Map<EventType, Map<String, Integer>> slots = new HashMap<>();
        List<Values> batch = new ArrayList<>(BATCH);
        long events = 0;
        Map<Long, String> typeNames = new HashMap<>();
        try (RecordingFile rf = new RecordingFile(file)) {
            for (EventType t : rf.readEventTypes()) {
                parsed.quickenTypes |= Schema.kindOf(t.getName()) != null;
                typeNames.put(t.getId(), t.getName());
            }
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                events++;
                String type = e.getEventType().getName();
                if (type.startsWith("quicken.")) {
                    batch.add(Values.of(e, type, slots));
                    if (batch.size() == BATCH) {
                        parsed.events = events;
                        queue.put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                } else if (type.equals(Schema.ACTIVE_SETTING) && e.hasField("id") && e.hasField("name")
                        && SiteLimit.NAME.equals(e.getString("name"))) {
                    batch.add(Values.setting(typeNames.get(e.getLong("id")), e.getString("name"), e.getString("value")));
                } else if (type.equals("jdk.DataLoss") && e.hasField("amount")) {
                    parsed.lost += e.getLong("amount");
                } else if (parsed.run == null && type.equals("jdk.JVMInformation") && e.hasField("pid")
                        && e.hasField("jvmStartTime")) {
                    parsed.run = run(e.getLong("pid"), e.getInstant("jvmStartTime").toEpochMilli());
                }
            }
        } catch (Throwable t) {
            parsed.failure = t;
        } finally {
            parsed.events = events;
            try {
                if (!batch.isEmpty()) {
                    queue.put(batch);
                }
                queue.put(List.of()); // the end
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One quicken event with every field fetched. */
    private static final class Values implements EventRecord {
        private final String type;
        private final long startNanos;
        private final Map<String, Integer> fields;
        private final Object[] values;

        private Values(String type, long startNanos, Map<String, Integer> fields, Object[] values) {
            this.type = type;
            this.startNanos = startNanos;
            this.fields = fields;
            this.values = values;
        }

        static Values of(RecordedEvent e, String type, Map<EventType, Map<String, Integer>> slots) {
            // plain fields only: the mapper reads no nested object (thread, stack trace)
            Map<String, Integer> fields = slots.computeIfAbsent(e.getEventType(), t -> {
                Map<String, Integer> names = new java.util.LinkedHashMap<>();
                for (ValueDescriptor d : t.getFields()) {
                    if (d.getFields().isEmpty()) {
                        names.put(d.getName(), names.size());
                    }
                }
                return names;
            });
            Object[] values = new Object[fields.size()];
            int i = 0;
            for (String name : fields.keySet()) {
                values[i++] = e.getValue(name);
            }
            Instant t = e.getStartTime();
            return new Values(type, t.getEpochSecond() * 1_000_000_000L + t.getNano(), fields, values);
        }

        private static final Map<String, Integer> SETTING_FIELDS = Map.of(Schema.SETTING_FOR, 0, "name", 1, "value", 2);

        /** A {@code jdk.ActiveSetting}, its event type id resolved to the type's name. */
        static Values setting(String eventType, String name, String value) {
            return new Values(Schema.ACTIVE_SETTING, 0, SETTING_FIELDS, new Object[] {eventType, name, value});
        }

        private Object value(String field) {
            Integer slot = fields.get(field);
            return slot == null ? null : values[slot];
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public long startNanos() {
            return startNanos;
        }

        @Override
        public boolean has(String field) {
            return fields.containsKey(field);
        }

        @Override
        public boolean isNumber(String field) {
            return value(field) instanceof Number;
        }

        @Override
        public long getLong(String field) {
            Object v = value(field);
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
            Object v = value(field);
            return v == null ? null : v.toString();
        }
    }
}
