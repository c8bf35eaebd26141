package dev.quicken.analysis.load;

import dev.quicken.analysis.model.CodeKey;
import dev.quicken.analysis.model.Counters;
import dev.quicken.analysis.model.Families;
import dev.quicken.analysis.model.FailureKinds;
import dev.quicken.analysis.model.Positions;
import dev.quicken.analysis.model.ProfileBuilder;
import dev.quicken.analysis.model.SiteKey;
import dev.quicken.jfr.SiteLimit;

/**
 * The thin layer from events to the model: reads fields by the names in {@link Schema} and
 * calls {@link ProfileBuilder}. Nothing else in the analysis knows field names.
 */
public final class EventMapper {

    private final ProfileBuilder builder;

    public EventMapper(ProfileBuilder builder) {
        this.builder = builder;
    }

    /**
     * Feeds one event of recording number {@code recording} (0-based, one per file read) to the
     * builder; returns false when it is not a quicken event the analysis reads.
     */
    public boolean accept(int recording, EventRecord e) {
        Schema.Kind kind = Schema.kindOf(e.type());
        if (kind == null) {
            return false;
        }
        long nanos = e.startNanos();
        builder.event(e.type(), nanos);
        switch (kind) {
            case QUICKENED -> builder.quickened(code(e), string(e, Schema.CODE_NAME), (int) number(e,
                    Schema.INTERPRETER, 0), nanos);
            case SPECIALIZED -> builder.specialized(site(e), family(e), string(e, Schema.INSTRUCTION), positions(e));
            case FAILED -> {
                String family = family(e);
                int failureKind = failureKind(e);
                builder.failed(site(e), family, string(e, Schema.INSTRUCTION), failureKind,
                        reason(e, family, failureKind), positions(e));
            }
            case FAILURE_STATISTICS -> {
                int failureKind = failureKind(e);
                if (failureKind >= 0) {
                    builder.failureKindSnapshot(recording, number(e, Schema.INTERPRETER, 0), family(e),
                            failureKind, nanos, number(e, Schema.COUNT, 0));
                }
            }
            case ACTIVITY -> builder.activity(recording, number(e, Schema.INTERPRETER, 0), family(e), nanos,
                    counters(e));
            case DEOPTIMIZED -> builder.deoptimized(site(e), family(e), string(e, Schema.INSTRUCTION),
                    string(e, Schema.REASON), positions(e), nanos);
            case FAMILY_STATISTICS -> {
                if (e.has(Schema.EXECUTIONS_COUNTED) && e.getLong(Schema.EXECUTIONS_COUNTED) == 0) {
                    builder.executionsNotCounted();
                }
                builder.familySnapshot(recording, number(e, Schema.INTERPRETER, 0), family(e), nanos, counters(e));
            }
            case SITE_STATISTICS -> builder.siteSnapshot(recording, number(e, Schema.INTERPRETER, 0), site(e),
                    family(e), string(e, Schema.INSTRUCTION), positions(e), nanos, counters(e));
            default -> throw new AssertionError(kind);
        }
        return true;
    }

    /**
     * A {@code jdk.ActiveSetting} event ({@link Schema#ACTIVE_SETTING}): remembers the
     * {@code siteLimit} of the events it names. Not a quicken event: not counted.
     */
    public void activeSetting(EventRecord e) {
        if (SiteLimit.NAME.equals(e.getString("name"))) {
            builder.siteLimit(e.getString(Schema.SETTING_FOR), e.getString("value"));
        }
    }

    /** The failure kind's number, or -1 when the event has none. */
    private static int failureKind(EventRecord e) {
        for (String n : Schema.FAILURE_KIND) {
            if (e.has(n) && e.isNumber(n)) {
                return (int) e.getLong(n);
            }
        }
        return -1;
    }

    private static String reason(EventRecord e, String family, int failureKind) {
        String label = string(e, Schema.REASON);
        if ((label == null || label.isEmpty()) && failureKind >= 0) {
            label = FailureKinds.label(family, failureKind);
        }
        if (label == null || label.isEmpty()) {
            String name = string(e, Schema.FAILURE_KIND_NAME);
            label = name == null ? "" : name.replace('_', ' ');
        }
        String types = string(e, Schema.OPERAND_TYPES);
        if (types == null || types.isEmpty()) {
            String t1 = string(e, Schema.OPERAND1_TYPE);
            String t2 = string(e, Schema.OPERAND2_TYPE);
            types = t1 == null || t1.isEmpty() ? "" : t2 == null || t2.isEmpty() ? t1 : t1 + ", " + t2;
        }
        return types.isEmpty() ? label : label + " (" + types + ")";
    }

    private static CodeKey code(EventRecord e) {
        String qual = string(e, Schema.QUAL_NAME);
        if (qual == null || qual.isEmpty()) {
            qual = string(e, Schema.CODE_NAME);
        }
        return new CodeKey(string(e, Schema.FILE_NAME), qual, (int) number(e, Schema.FIRST_LINE, 0));
    }

    private static SiteKey site(EventRecord e) {
        return new SiteKey(code(e), (int) number(e, Schema.OFFSET, -1));
    }

    private static Positions positions(EventRecord e) {
        int line = (int) number(e, Schema.LINE, -1);
        if (!has(e, Schema.COLUMN)) {
            return line > 0 ? Positions.line(line) : Positions.UNKNOWN;
        }
        return new Positions(line, (int) number(e, Schema.END_LINE, line), (int) number(e, Schema.COLUMN, -1),
                (int) number(e, Schema.END_COLUMN, -1));
    }

    private static String family(EventRecord e) {
        String f = Families.keyOf(string(e, Schema.FAMILY));
        if (f == null && has(e, Schema.BASE_OPCODE)) {
            f = Families.keyOfOpcode((int) number(e, Schema.BASE_OPCODE, -1));
        }
        if (f == null) {
            f = Families.keyOf(string(e, Schema.INSTRUCTION));
        }
        return f;
    }

    /** {@code failureKind0} ... {@code failureKind29}: counters of one failure kind each, when an event has them. */
    private static final String[] FAILURE_KIND_FIELDS = new String[FailureKinds.COUNT];

    static {
        for (int i = 0; i < FailureKinds.COUNT; i++) {
            FAILURE_KIND_FIELDS[i] = "failureKind" + i;
        }
    }

    private static Counters counters(EventRecord e) {
        Counters c = new Counters();
        for (int i = 0; i < Schema.COUNTERS.length; i++) {
            c.set(Counters.NAMES[i], number(e, Schema.COUNTERS[i], 0));
        }
        String kinds = string(e, Schema.FAILURE_KINDS);
        if (kinds != null && !kinds.isBlank()) {
            String[] parts = kinds.replaceAll("[()\\[\\]\\s]", "").split(",");
            for (int i = 0; i < parts.length && i < FailureKinds.COUNT; i++) {
                try {
                    c.failureKinds[i] = parts[i].isEmpty() ? 0 : Long.parseLong(parts[i]);
                } catch (NumberFormatException ignored) {
                    // a damaged value counts as none
                }
            }
        } else {
            if (e.has(FAILURE_KIND_FIELDS[0])) {
                for (int i = 0; i < FailureKinds.COUNT; i++) {
                    if (e.has(FAILURE_KIND_FIELDS[i])) {
                        c.failureKinds[i] = e.getLong(FAILURE_KIND_FIELDS[i]);
                    }
                }
            }
        }
        return c;
    }

    private static boolean has(EventRecord e, String[] names) {
        for (String n : names) {
            if (e.has(n)) {
                return true;
            }
        }
        return false;
    }

    private static long number(EventRecord e, String[] names, long dflt) {
        for (String n : names) {
            if (e.has(n) && e.isNumber(n)) {
                return e.getLong(n);
            }
        }
        return dflt;
    }

    private static String string(EventRecord e, String[] names) {
        for (String n : names) {
            if (e.has(n)) {
                String s = e.getString(n);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }
}
