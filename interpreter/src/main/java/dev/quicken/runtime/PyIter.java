package dev.quicken.runtime;

/**
 * An iterator written in Java. {@link #next()} returns null when exhausted (no StopIteration is
 * allocated on the fast path); {@code __next__} raises StopIteration for Python callers.
 */
public abstract class PyIter extends PyObject {

    /** The next item, or null when exhausted. */
    public abstract PyObject next();
}
