package dev.quicken.analysis.load;

/**
 * One recorded event, seen through whichever parser read it (JMC core or
 * {@code jdk.jfr.consumer}). Fields are looked up by name, whatever their JFR content type.
 */
public interface EventRecord {

    /** The event type name ({@code quicken.Deoptimization}). */
    String type();

    /** Start time in epoch nanoseconds. */
    long startNanos();

    /** True when the event has a field called {@code field}. */
    boolean has(String field);

    /** True when {@code field} holds a number (not text). */
    boolean isNumber(String field);

    /** The integral value of {@code field}; 0 when absent or not a number. */
    long getLong(String field);

    /** The text of {@code field}; null when absent. */
    String getString(String field);
}
