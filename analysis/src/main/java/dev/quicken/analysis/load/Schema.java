package dev.quicken.analysis.load;

import dev.quicken.jfr.EventNames;
import java.util.List;

/**
 * Event type and field names the analysis reads, with the aliases it accepts.
 *
 * <p>This is the only place that knows how the agent's events are spelled; {@link EventMapper}
 * turns them into model calls. The names follow {@code dev.quicken.jfr.EventNames} (module
 * {@code jfr-events}); the aliases keep older or proposed spellings readable: {@code column},
 * {@code endLineNumber} and {@code endColumn} (PEP 657 positions) and {@code firstLineNumber} on
 * occurrence events are read when present. The primary names follow the project's JFR naming
 * ({@code quicken.PascalCase}, fields {@code codeName}, {@code fileName}, {@code lineNumber},
 * {@code offset}, {@code instruction}, {@code family}, {@code reason}, {@code failureKind}).
 */
public final class Schema {

    private Schema() {
    }

    /** Kinds of quicken event the analysis understands. */
    public enum Kind {
        QUICKENED, SPECIALIZED, FAILED, DEOPTIMIZED, FAMILY_STATISTICS, FAILURE_STATISTICS, SITE_STATISTICS,
        ACTIVITY
    }

    public static final String QUICKENING = EventNames.QUICKENING;
    public static final String SPECIALIZATION = EventNames.SPECIALIZATION;
    public static final String SPECIALIZATION_FAILURE = EventNames.SPECIALIZATION_FAILURE;
    public static final String DEOPTIMIZATION = EventNames.DEOPTIMIZATION;
    public static final String SPECIALIZATION_STATISTICS = EventNames.SPECIALIZATION_STATISTICS;
    public static final String INSTRUCTION_STATISTICS = EventNames.INSTRUCTION_STATISTICS;
    public static final String SPECIALIZATION_FAILURE_STATISTICS = EventNames.SPECIALIZATION_FAILURE_STATISTICS;
    public static final String SPECIALIZATION_ACTIVITY = EventNames.SPECIALIZATION_ACTIVITY;
    /**
     * The JDK's event for a recording's settings: the analysis reads the {@code siteLimit} of the
     * events that churn from it (not a quicken event: never counted as one).
     */
    public static final String ACTIVE_SETTING = "jdk.ActiveSetting";
    /** {@code jdk.ActiveSetting}'s event type, by name (JMC's {@code settingFor}; the streaming reader resolves the {@code id}). */
    public static final String SETTING_FOR = "settingFor";

    /** Every name accepted for each kind (primary name first). */
    public static List<String> names(Kind kind) {
        return switch (kind) {
            case QUICKENED -> List.of(QUICKENING, "quicken.Quickened", "quicken.CodeQuickened");
            case SPECIALIZED -> List.of(SPECIALIZATION, "quicken.Specialized", "quicken.SpecializationSucceeded");
            case FAILED -> List.of(SPECIALIZATION_FAILURE, "quicken.SpecializationFailed");
            case DEOPTIMIZED -> List.of(DEOPTIMIZATION, "quicken.Deoptimized");
            case FAMILY_STATISTICS -> List.of(SPECIALIZATION_STATISTICS, "quicken.FamilyStatistics");
            case FAILURE_STATISTICS -> List.of(SPECIALIZATION_FAILURE_STATISTICS);
            case SITE_STATISTICS -> List.of(INSTRUCTION_STATISTICS, "quicken.SiteStatistics",
                    "quicken.InstructionSiteStatistics");
            case ACTIVITY -> List.of(SPECIALIZATION_ACTIVITY);
        };
    }

    /** The kind of event type {@code name}, or null when it is not a quicken event the analysis reads. */
    public static Kind kindOf(String name) {
        if (name == null || !name.startsWith(EventNames.PREFIX)) {
            return null;
        }
        return KIND_OF.computeIfAbsent(name, Schema::findKind).orElse(null);
    }

    /** Asked once per event: remembered per type name. */
    private static final java.util.Map<String, java.util.Optional<Kind>> KIND_OF = new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.Optional<Kind> findKind(String name) {
        for (Kind k : Kind.values()) {
            if (names(k).contains(name)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }

    /** Every event type name the analysis reads. */
    public static List<String> allNames() {
        return java.util.Arrays.stream(Kind.values()).flatMap(k -> names(k).stream()).toList();
    }

    // Field names, each with its aliases.
    static final String[] INTERPRETER = {"interpreterId", "interpreter"};
    static final String[] CODE_NAME = {"codeName", "name"};
    static final String[] QUAL_NAME = {"function", "qualName", "codeQualName", "qualname"};
    static final String[] FILE_NAME = {"fileName", "filename", "file"};
    static final String[] FIRST_LINE = {"firstLineNumber", "firstLine", "firstLineno"};
    static final String[] LINE = {"lineNumber", "line"};
    static final String[] END_LINE = {"endLineNumber", "endLine"};
    static final String[] COLUMN = {"column", "columnNumber", "startColumn"};
    static final String[] END_COLUMN = {"endColumn", "endColumnNumber"};
    static final String[] OFFSET = {"offset", "bytecodeOffset"};
    static final String[] FAMILY = {"family"};
    static final String[] BASE_OPCODE = {"baseOpcode"};
    static final String[] INSTRUCTION = {"instruction", "specializedInstruction", "newInstruction", "opcodeName"};
    /** The failure kind's number (the agent also writes its name in {@code failureKind}). */
    static final String[] FAILURE_KIND = {"failureKindIndex", "failureKind", "kind"};
    /** The failure kind's name ({@code add_different_types}). */
    static final String[] FAILURE_KIND_NAME = {"failureKind", "failureKindName"};
    static final String[] REASON = {"reason", "failureReason"};
    static final String[] COUNT = {"count"};
    /** The statistics events' flag: false when hits, misses and deferrals were not counted (absent: counted). */
    static final String EXECUTIONS_COUNTED = "executionsCounted";
    static final String[] OPERAND_TYPES = {"operandTypes"};
    static final String[] OPERAND1_TYPE = {"operandType", "operand1Type", "leftType", "receiverType", "type1"};
    static final String[] OPERAND2_TYPE = {"secondOperandType", "operand2Type", "rightType", "type2"};
    static final String[] FAILURE_KINDS = {"failureKinds"};

    /** Each counter's accepted names, in {@code Counters.NAMES} order. */
    static final String[][] COUNTERS = {
        {"success", "successes"},
        {"failure", "failures"},
        {"hit", "hits"},
        {"deferred", "deferreds"},
        {"miss", "misses"},
        {"deopt", "deopts"},
    };
}
