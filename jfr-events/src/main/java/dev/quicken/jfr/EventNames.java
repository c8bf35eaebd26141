package dev.quicken.jfr;

/**
 * The names of quicken's JFR event types, for readers that should not load the event classes
 * (the analysis module, JMC rules, {@code jfr print --events}).
 *
 * <p>Fields every reader should know:
 * <ul>
 * <li>Occurrence events ({@link #QUICKENING}, {@link #SPECIALIZATION}, {@link #SPECIALIZATION_FAILURE},
 *     {@link #DEOPTIMIZATION}) carry {@code interpreter} (int), {@code function} (co_qualname),
 *     {@code fileName}, {@code firstLineNumber}, {@code lineNumber} and {@code offset} (int, CPython
 *     byte offset); the site events add the PEP 657 position {@code endLineNumber}, {@code column},
 *     {@code endColumn} (UTF-8 bytes, -1 where unknown).</li>
 * <li>{@code family} is the key of {@code _opcode.get_specialization_stats()} ({@code "load_attr"});
 *     {@code instruction} is an opcode name as {@code dis} prints it ({@code "LOAD_ATTR_SLOT"});
 *     {@code failureKind} is 3.11's {@code SPEC_FAIL_*} name in lower case.</li>
 * <li>Statistics events ({@link #SPECIALIZATION_STATISTICS}, {@link #SPECIALIZATION_FAILURE_STATISTICS},
 *     {@link #INSTRUCTION_STATISTICS}) hold totals since observation started: take the last event
 *     per key (interpreter + family [+ failure kind], or interpreter + file + function +
 *     firstLineNumber + offset for sites). {@link #SPECIALIZATION_ACTIVITY} holds per-period
 *     differences: sum them.</li>
 * <li>Counters are Java {@code long}s: JMC exposes them with content type {@code raw number}
 *     ({@code UnitLookup.RAW_NUMBER}, a {@code java.lang.Number}), not {@code number}; int fields are
 *     {@code UnitLookup.NUMBER}.</li>
 * </ul>
 */
public final class EventNames {

    private EventNames() {
    }

    /** Prefix of every quicken event name. */
    public static final String PREFIX = "quicken.";

    /** {@link QuickeningEvent}. */
    public static final String QUICKENING = "quicken.Quickening";

    /** {@link SpecializationEvent}. */
    public static final String SPECIALIZATION = "quicken.Specialization";

    /** {@link SpecializationFailureEvent}. */
    public static final String SPECIALIZATION_FAILURE = "quicken.SpecializationFailure";

    /** {@link DeoptimizationEvent}. */
    public static final String DEOPTIMIZATION = "quicken.Deoptimization";

    /** {@link SpecializationStatisticsEvent}. */
    public static final String SPECIALIZATION_STATISTICS = "quicken.SpecializationStatistics";

    /** {@link SpecializationFailureStatisticsEvent}. */
    public static final String SPECIALIZATION_FAILURE_STATISTICS = "quicken.SpecializationFailureStatistics";

    /** {@link InstructionStatisticsEvent}. */
    public static final String INSTRUCTION_STATISTICS = "quicken.InstructionStatistics";

    /** {@link SpecializationActivityEvent}. */
    public static final String SPECIALIZATION_ACTIVITY = "quicken.SpecializationActivity";

    /** Top-level JFR category of every quicken event; below it "Specialization" or "Statistics". */
    public static final String CATEGORY = "Quicken";

    /** Resource path of the default settings ({@code settings=default}). */
    public static final String DEFAULT_SETTINGS = "/dev/quicken/jfr/quicken.jfc";

    /** Resource path of the detailed settings ({@code settings=detailed}). */
    public static final String DETAILED_SETTINGS = "/dev/quicken/jfr/quicken-detailed.jfc";
}
