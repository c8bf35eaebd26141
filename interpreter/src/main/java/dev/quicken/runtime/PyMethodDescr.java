package dev.quicken.runtime;

/**
 * {@code method_descriptor}: a method of a built-in type, written in Java. Called with
 * {@code self} as the first argument; {@code obj.name} binds it ({@link PyBuiltinFunction}).
 */
public final class PyMethodDescr extends PyObject {

    public static final PyType TYPE = new PyType("method_descriptor");
    /** {@code wrapper_descriptor}: the kind CPython makes for a type slot ({@code object.__init__}). */
    public static final PyType WRAPPER = new PyType("wrapper_descriptor");

    public final PyType owner;
    public final String name;
    public final JFunc impl;
    /** A slot wrapper ({@link #WRAPPER}), bound as a {@code method-wrapper}. */
    public final boolean wrapper;

    public PyMethodDescr(PyType owner, String name, JFunc impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
        this.wrapper = SlotNames.isSlotWrapper(owner, name);
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw Exc.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        if (wrapper && !args[0].type().isSubtypeOf(owner)) {
            // CPython 3.11: Objects/descrobject.c wrapperdescr_call
            throw Exc.typeError("descriptor '" + name + "' requires a '" + owner.name() + "' object but received a '"
                    + Abstract.typeName(args[0]) + "'");
        }
        check(args[0]);
        return impl.call(args, kwnames);
    }

    /**
     * {@link #call} for a specialized form whose guard found {@code args[0]} of exactly the owner
     * type: the self check (a virtual {@code type()} call, megamorphic at such sites) is not made again.
     */
    public PyObject callOnOwner(PyObject[] args, String[] kwnames) {
        if (args.length - (kwnames == null ? 0 : kwnames.length) < 1) {
            return call(args, kwnames); // self was a keyword argument's value: call's error
        }
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
        return new PyBuiltinFunction(name, impl, self, owner.name(), wrapper);
    }

    @Override
    public PyType type() {
        return wrapper ? WRAPPER : TYPE;
    }

    @Override
    public String toString() {
        return (wrapper ? "<slot wrapper '" : "<method '") + name + "' of '" + owner.name() + "' objects>";
    }
}
