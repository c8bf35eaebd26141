package dev.quicken.runtime;

/**
 * {@code repr()} of the core immutable values, exactly as CPython 3.11 prints them.
 * (Skeleton: the values slice replaces these with CPython's algorithms.)
 */
public final class Repr {

    private Repr() {
    }

    /** {@code repr(obj)} for None, bool, int, float, complex, str, bytes, tuple, frozenset, Ellipsis, code. */
    public static String repr(PyObject obj) {
        return String.valueOf(obj);
    }
}
