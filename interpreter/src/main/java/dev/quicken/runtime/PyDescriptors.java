package dev.quicken.runtime;

/** {@code classmethod}, {@code staticmethod} and {@code property}. */
public final class PyDescriptors {

    private PyDescriptors() {
    }

    public static final PyType CLASSMETHOD = new PyType("classmethod");
    public static final PyType STATICMETHOD = new PyType("staticmethod");
    public static final PyType PROPERTY = new PyType("property");
    /** {@code classmethod_descriptor}: a class method of a built-in type ({@code dict.fromkeys}). */
    public static final PyType CLASSMETHOD_DESCRIPTOR = new PyType("classmethod_descriptor");

    /** {@code classmethod(f)}. */
    public static final class ClassMethod extends PyInstance {
        public PyObject func;
        /** For a {@code classmethod_descriptor}: the built-in type that defines it. */
        public PyType owner;

        public ClassMethod(PyType cls, PyObject func) {
            super(cls);
            this.func = func;
        }
    }

    /** {@code staticmethod(f)}. */
    public static final class StaticMethod extends PyInstance {
        public PyObject func;

        public StaticMethod(PyType cls, PyObject func) {
            super(cls);
            this.func = func;
        }
    }

    /** {@code property(fget, fset, fdel, doc)}. */
    public static final class Property extends PyInstance {
        public PyObject fget = PyNone.NONE;
        public PyObject fset = PyNone.NONE;
        public PyObject fdel = PyNone.NONE;
        public PyObject doc = PyNone.NONE;
        /** The attribute name from __set_name__, for error messages. */
        public String name;

        public Property(PyType cls) {
            super(cls);
        }
    }

    /** A {@code __slots__} member descriptor. */
    public static final class Member extends PyObject {
        public static final PyType TYPE = new PyType("member_descriptor");
        public final PyType owner;
        public final String name;
        public final int index;

        public Member(PyType owner, String name, int index) {
            this.owner = owner;
            this.name = name;
            this.index = index;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String toString() {
            return "<member '" + name + "' of '" + owner.name() + "' objects>";
        }
    }

    /** A computed attribute of a built-in type ({@code getset_descriptor}), written in Java. */
    public static final class GetSet extends PyObject {
        public static final PyType TYPE = new PyType("getset_descriptor");
        public final PyType owner;
        public final String name;
        public final java.util.function.Function<PyObject, PyObject> getter;
        public final java.util.function.BiConsumer<PyObject, PyObject> setter;
        /** Shown as a {@code member_descriptor} (a C struct member in CPython, e.g. {@code function.__globals__}). */
        public final boolean member;

        public GetSet(PyType owner, String name, java.util.function.Function<PyObject, PyObject> getter,
                java.util.function.BiConsumer<PyObject, PyObject> setter) {
            this(owner, name, getter, setter, false);
        }

        public GetSet(PyType owner, String name, java.util.function.Function<PyObject, PyObject> getter,
                java.util.function.BiConsumer<PyObject, PyObject> setter, boolean member) {
            this.owner = owner;
            this.name = name;
            this.getter = getter;
            this.setter = setter;
            this.member = member;
        }

        @Override
        public PyType type() {
            return member ? Member.TYPE : TYPE;
        }

        @Override
        public String toString() {
            return (member ? "<member '" : "<attribute '") + name + "' of '" + owner.name() + "' objects>";
        }
    }
}
