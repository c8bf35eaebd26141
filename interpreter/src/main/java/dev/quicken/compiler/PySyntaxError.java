package dev.quicken.compiler;

/**
 * A {@code SyntaxError} (or its subclasses {@code IndentationError} / {@code TabError}) raised by
 * the compiler front end, with CPython 3.11's message and location. The runtime turns it into the
 * Python exception. {@code offset}/{@code endOffset} are 1-based code point columns, as in
 * CPython's {@code SyntaxError.offset}; 0 when CPython reports 0.
 */
public final class PySyntaxError extends RuntimeException {

    public enum Kind {
        SyntaxError, IndentationError, TabError,
        /** CPython raises MemoryError when the parser's stack (MAXSTACK) overflows on deep nesting. */
        MemoryError
    }

    public final Kind kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** The source line (without its newline), or null. */
    public final String text;

    public PySyntaxError(Kind kind, String msg, String filename, int lineno, int offset, int endLineno,
            int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** One line, as Python prints {@code str(exc)} with the class: {@code SyntaxError: msg (file, line N)}. */
    public String describe() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
