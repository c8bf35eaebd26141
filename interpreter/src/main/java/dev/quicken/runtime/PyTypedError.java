package dev.quicken.runtime;

/**
 * A Python exception raised by the value algorithms ({@link Repr}, {@link NumberParse},
 * {@link FormatSpec}, ...), which know nothing of the runtime's exception objects.
 *
 * <p>{@link #pyType} is the name of the built-in exception class CPython 3.11 raises
 * ({@code "ValueError"}, {@code "TypeError"}, {@code "OverflowError"}, {@code "KeyError"},
 * {@code "ZeroDivisionError"}), and {@link #getMessage()} is CPython's exact message (the text
 * after {@code "ValueError: "} in a traceback). The runtime catches this and raises the
 * corresponding Python exception with that message.
 */
public class PyTypedError extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Name of the Python exception type, e.g. {@code "ValueError"}. */
    public final String pyType;

    public PyTypedError(String pyType, String message) {
        super(message);
        this.pyType = pyType;
    }

    public static PyTypedError valueError(String message) {
        return new PyTypedError("ValueError", message);
    }

    public static PyTypedError typeError(String message) {
        return new PyTypedError("TypeError", message);
    }

    public static PyTypedError overflowError(String message) {
        return new PyTypedError("OverflowError", message);
    }

    @Override
    public String toString() {
        return pyType + ": " + getMessage();
    }
}
