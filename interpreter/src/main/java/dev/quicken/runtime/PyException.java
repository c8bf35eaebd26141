package dev.quicken.runtime;

/**
 * The Java throwable that carries a Python exception through Java frames. It has no Java stack
 * trace (Python's traceback lives on the {@link PyBaseException}).
 */
public final class PyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public final transient PyBaseException value;
    /** Raised by RERAISE or a bare {@code raise}: the current frame adds no traceback entry. */
    public transient boolean reraise;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** True if the exception is an instance of {@code t}. */
    public boolean matches(PyType t) {
        return value.cls.isSubtypeOf(t);
    }

    @Override
    public String getMessage() {
        return value.cls.name() + ": " + value.strSafe();
    }
}
