package dev.quicken.runtime;

/**
 * The calling convention of functions written in Java: positional arguments followed by the
 * values of keyword arguments, whose names are {@code kwnames} (null when there are none).
 * For method descriptors {@code args[0]} is {@code self}.
 */
@FunctionalInterface
public interface JFunc {
    PyObject call(PyObject[] args, String[] kwnames);
}
