package dev.quicken.runtime;

/**
 * {@code method_descriptor}: a method of a built-in type, written in Java. Called with
 * {@code self} as the first argument; {@code obj.name} binds it ({@link PyBuiltinFunction}).
 */
public final class PyMethodDescr extends PyObject {

    public static final PyType TYPE = new PyType("method_descriptor");

    public final PyType owner;
    public final String name;
    public final JFunc impl;

    public PyMethodDescr(PyType owner, String name, JFunc impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw Exc.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        check(args[0]);
        return impl.call(args, kwnames);
    }

    void check(PyObject self) {
        if (!self.type().isSubtypeOf(owner)) {
            throw Exc.typeError("descriptor '" + name + "' for '" + owner.name()
                    + "' objects doesn't apply to a '" + Abstract.typeName(self) + "' object");
        }
    }

    public PyObject bind(PyObject self) {
        check(self);
        return new PyBuiltinFunction(name, impl, self, owner.name());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<method '" + name + "' of '" + owner.name() + "' objects>";
    }
}
