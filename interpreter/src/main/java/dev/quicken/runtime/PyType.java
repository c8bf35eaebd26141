package dev.quicken.runtime;

/**
 * A Python type object. (Skeleton: the runtime fills in MRO, dict, slots and version tags.)
 */
public class PyType extends PyObject {

    public static final PyType TYPE = new PyType("type");

    private final String name;

    public PyType(String name) {
        this.name = name;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
