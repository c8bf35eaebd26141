package dev.quicken.runtime;

/** {@code builtin_function_or_method}: a Java function, possibly bound to {@code self}. */
public final class PyBuiltinFunction extends PyObject {

    public static final PyType TYPE = new PyType("builtin_function_or_method");
    /** {@code method-wrapper}: a slot wrapper bound to its object ({@code object().__str__}). */
    public static final PyType METHOD_WRAPPER = new PyType("method-wrapper");

    public final String name;
    public final JFunc impl;
    /** The bound receiver, or null for a module-level function. */
    public final PyObject self;
    /** {@code __module__}/owner qualifier for repr; may be null. */
    public final String owner;
    /** A bound slot wrapper ({@link #METHOD_WRAPPER}). */
    public final boolean wrapper;
    /**
     * {@code __module__} of a function defined by a Java module (set when the module is made); null for
     * the builtins module's functions and for bound methods.
     */
    public String module;

    public PyBuiltinFunction(String name, JFunc impl) {
        this(name, impl, null, null);
    }

    public PyBuiltinFunction(String name, JFunc impl, PyObject self, String owner) {
        this(name, impl, self, owner, false);
    }

    public PyBuiltinFunction(String name, JFunc impl, PyObject self, String owner, boolean wrapper) {
        this.name = name;
        this.impl = impl;
        this.self = self;
        this.owner = owner;
        this.wrapper = wrapper;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        if (self == null) {
            return impl.call(args, kwnames);
        }
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return impl.call(a, kwnames);
    }

    @Override
    public PyType type() {
        return wrapper ? METHOD_WRAPPER : TYPE;
    }

    @Override
    public String toString() {
        if (wrapper) {
            return "<method-wrapper '" + name + "' of " + Abstract.typeName(self) + " object at 0x"
                    + String.format("%012x", Abstract.id(self)) + ">";
        }
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + name + ">";
        }
        return "<built-in method " + name + " of " + Abstract.typeName(self) + " object>";
    }
}
