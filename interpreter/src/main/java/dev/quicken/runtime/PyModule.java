package dev.quicken.runtime;

/** A module object: a name and a dict. */
public final class PyModule extends PyObject {

    public static final PyType TYPE = new PyType("module");

    public final PyDict dict;

    /**
     * Makes a missing attribute on first access (null: none); it stores what it makes in {@link #dict}
     * and returns it, or returns null. The {@code sys} module makes {@code stdin} this way.
     */
    public java.util.function.Function<String, PyObject> lazy;

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        if (dict.getStr("__name__") == null) {
            dict.setStr("__name__", new PyStr(name));
        }
        if (dict.getStr("__doc__") == null) {
            dict.setStr("__doc__", PyNone.NONE);
        }
    }

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public String name() {
        PyObject n = dict.getStr("__name__");
        return n instanceof PyStr ? ((PyStr) n).value : "?";
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        PyObject f = dict.getStr("__file__");
        if (f instanceof PyStr) {
            return "<module '" + name() + "' from '" + f + "'>";
        }
        return "<module '" + name() + "' (built-in)>";
    }
}
