package dev.quicken.analysis.model;

/**
 * PEP 657 positions of an instruction ({@code co_positions()}): 1-based lines, 0-based UTF-8
 * columns as CPython gives them; -1 where unknown. Line granularity when only
 * {@code lineNumber} is known.
 */
public record Positions(int lineNumber, int endLineNumber, int column, int endColumn) {

    /** Nothing known. */
    public static final Positions UNKNOWN = new Positions(-1, -1, -1, -1);

    /** Only the start line known. */
    public static Positions line(int line) {
        return new Positions(line, line, -1, -1);
    }

    /** True when columns are known. */
    public boolean hasColumns() {
        return lineNumber > 0 && column >= 0 && endLineNumber >= lineNumber && endColumn >= 0;
    }

    /** Keeps what this knows and fills the rest from {@code other}. */
    public Positions merge(Positions other) {
        if (other == null) {
            return this;
        }
        if (hasColumns() || !other.hasColumns() && lineNumber > 0) {
            return this;
        }
        return other.lineNumber > 0 ? other : this;
    }
}
