package dev.quicken.probe;

/**
 * The probe points: one empty static method per specialization decision.
 *
 * <p>The interpreter calls these at every decision of the specializing adaptive interpreter
 * (PEP 659). Their bodies are empty, so HotSpot inlines each call to nothing and observing costs
 * nothing. {@code -javaagent:quicken-agent.jar} (or a later attach) rewrites this class with
 * Byte Buddy advice so the same call sites feed counters and JDK Flight Recorder events.
 *
 * <p>Arguments are primitives or objects the interpreter already holds: no boxing, varargs or
 * string building at a call site. Offsets are CPython byte offsets (2 × code-unit index), as
 * {@code dis} shows them. Opcodes are CPython 3.11.7 numbers.
 *
 * <p>This class is a public, stable API: the agent matches these methods by name and signature.
 */
public final class Probes {

    private Probes() {
    }

    /** A code object was quickened: warm-up ended and its adaptive copy was made. */
    public static void quickened(ProbeCode code) {
    }

    /**
     * An adaptive instruction was specialized.
     *
     * @param baseOpcode the family's base opcode ({@code LOAD_ATTR}, ...)
     * @param newOpcode  the specialized form written ({@code LOAD_ATTR_INSTANCE_VALUE}, ...)
     * @param operand1   the first operand the specializer looked at (receiver, left operand), or null
     * @param operand2   the second operand (right operand, subscript), or null
     */
    public static void specialized(ProbeCode code, int offset, int baseOpcode, int newOpcode,
            Object operand1, Object operand2) {
    }

    /**
     * An attempt to specialize failed; the instruction stays adaptive and backs off
     * (or, for a site 3.11 gives up on for good, returns to its base opcode).
     *
     * @param failureKind CPython 3.11's {@code SPEC_FAIL_*} number for the family
     */
    public static void specializationFailed(ProbeCode code, int offset, int baseOpcode, int failureKind,
            Object operand1, Object operand2) {
    }

    /**
     * A specialized instruction ran and its guards held. A site hits only after {@link #specialized}
     * reported it (the agent counts hits in arrays that cover the sites it has seen specialized).
     */
    public static void hit(ProbeCode code, int offset, int opcode) {
    }

    /** A guard of a specialized instruction failed; the base instruction ran instead. */
    public static void miss(ProbeCode code, int offset, int opcode) {
    }

    /** An adaptive instruction ran with a non-zero counter and took the generic path. */
    public static void deferred(ProbeCode code, int offset, int opcode) {
    }

    /**
     * Misses used up the counter: the specialized instruction {@code opcode} went back to its
     * adaptive form.
     */
    public static void deoptimized(ProbeCode code, int offset, int opcode) {
    }

    /** Fields per family in {@link #specializationStats}: success, failure, hit, deferred, miss, deopt, then 30 failure kinds. */
    public static final int STATS_FIELDS = 36;

    /**
     * The specialization statistics an observer has counted for one interpreter, or null when
     * nothing observes (as {@code _opcode.get_specialization_stats()} returns None in a normal
     * CPython build).
     *
     * <p>The array has {@code 256 * STATS_FIELDS} entries: for the family whose base opcode is
     * {@code b}, entries {@code b * STATS_FIELDS + 0..5} are success, failure, hit, deferred, miss
     * and deopt, and {@code + 6 + k} is {@code failure_kinds[k]}. The agent replaces the body.
     */
    public static long[] specializationStats(int interpreterId) {
        return null;
    }
}
