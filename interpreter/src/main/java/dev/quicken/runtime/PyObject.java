package dev.quicken.runtime;

/**
 * Base of every Python object in quicken.
 *
 * <p>Core built-in types are final Java classes ({@link PyInt}, {@link PyFloat}, {@link PyStr},
 * ...), so an exact-type guard is one class compare. Instances of classes defined in Python are
 * objects of the runtime's instance class, typed by a {@link PyType}.
 */
public abstract class PyObject {

    /** {@code type(self)}. */
    public abstract PyType type();
}
