package dev.quicken.probe;

/**
 * What a probe is told about the code object an event happened in.
 *
 * <p>Implemented by the interpreter's per-interpreter quickened code. The agent reads these
 * methods only on rare events (quickened, specialized, failed, deoptimized); the hot events
 * (hit, miss, deferred) pass the object through untouched, so a probe without the agent costs
 * nothing. {@link #probeState()} is a slot the agent may use to hang its per-site counters on.
 *
 * <p>Part of the public seam between the interpreter and {@code quicken-agent}: changing a
 * signature here breaks the agent.
 */
public interface ProbeCode {

    /** {@code co_name}. */
    String codeName();

    /** {@code co_qualname}. */
    String qualName();

    /** {@code co_filename}. */
    String fileName();

    /** {@code co_firstlineno}. */
    int firstLineNumber();

    /** The source line of the instruction at byte {@code offset}, or -1 when it has none. */
    int lineNumber(int offset);

    /**
     * The PEP 657 position of the instruction at byte {@code offset}: {@code {line, endLine, column,
     * endColumn}} as {@code co_positions()} gives them (columns in UTF-8 bytes, -1 where Python has
     * None), or null when unknown.
     */
    default int[] positions(int offset) {
        return null;
    }

    /** Number of the interpreter (one per {@code Interpreter} instance, from 1) running this code. */
    int interpreterId();

    /** The Python type name of {@code value} ({@code "int"}, {@code "Point"}, ...); "NULL" for null. */
    String typeName(Object value);

    /**
     * Whether only one thread at a time runs this code, as in an interpreter (single-threaded, like
     * CPython under its GIL): an observer may then count its hot events with plain adds from
     * whichever thread runs it, without asking which thread that is on every event. Default false:
     * code that several threads may run at once.
     */
    default boolean probeConfined() {
        return false;
    }

    /** The {@link #probeHits()} of code an observer has not given counters: no entries. */
    long[] NO_HITS = {};

    /**
     * An observer's hit counters for this code, one entry per code unit ({@code offset / 2}), set
     * with {@link #probeHits(long[])}; {@link #NO_HITS} until then. Only for
     * {@link #probeConfined()} code, whose hits the observer may count with plain adds: a hit is
     * then two dependent loads and an add (this array, its element), where going through
     * {@link #probeState()} would first need the state's type and fields. The default keeps none
     * (the observer then counts through its state).
     */
    default long[] probeHits() {
        return NO_HITS;
    }

    /** Sets {@link #probeHits()}; ignored by the default implementation. */
    default void probeHits(long[] hits) {
    }

    /** Opaque per-code state owned by an observer; null until an observer sets it. */
    Object probeState();

    /** Sets the observer's per-code state. */
    void probeState(Object state);
}
