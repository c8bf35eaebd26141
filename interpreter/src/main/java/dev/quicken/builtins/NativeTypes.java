package dev.quicken.builtins;

import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/** Helpers for the Java-native standard-library modules: module functions and module-owned built-in types. */
final class NativeTypes {

    private NativeTypes() {
    }

    /** Defines the function {@code name} of module {@code m}. */
    static void def(PyModule m, String name, JFunc f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, f, null, m.name()));
    }

    /** Defines a switch-dispatch table's constant as the function of its name. */
    static <E extends Enum<E> & JFunc> void def(PyModule m, E f) {
        def(m, f.name(), f);
    }

    /** A built-in type owned by a module (process-wide, immutable after setup): {@code module.name}. */
    static PyType type(String name, String module) {
        PyType t = new PyType(name);
        TypeSetup.registerExtra(t);
        t.dict().setStr("__module__", new PyStr(module));
        return t;
    }

    /** {@code 0x...}: the fake address {@code id()} gives, for reprs. */
    static String addr(dev.quicken.runtime.PyObject o) {
        return "0x" + Long.toHexString(dev.quicken.runtime.Abstract.id(o));
    }

    /** {@code callable(o)}. */
    static boolean callable(dev.quicken.runtime.PyObject o) {
        return o instanceof dev.quicken.runtime.PyFunction || o instanceof PyBuiltinFunction
                || o instanceof dev.quicken.runtime.PyMethodDescr || o instanceof dev.quicken.runtime.PyMethod
                || o instanceof PyType || o.type().lookup("__call__") != null;
    }

    private static final ThreadLocal<java.util.IdentityHashMap<Object, Boolean>> REPR_ACTIVE =
            ThreadLocal.withInitial(new java.util.function.Supplier<java.util.IdentityHashMap<Object, Boolean>>() {
                @Override
                public java.util.IdentityHashMap<Object, Boolean> get() {
                    return new java.util.IdentityHashMap();
                }
            });

    /** CPython's {@code Py_ReprEnter}: false when {@code o}'s repr is already running on this thread. */
    static boolean reprEnter(Object o) {
        return REPR_ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    /** CPython's {@code Py_ReprLeave}. */
    static void reprLeave(Object o) {
        REPR_ACTIVE.get().remove(o);
    }

    /** The builtin {@code name} of the current interpreter. */
    static dev.quicken.runtime.PyObject builtin(String name) {
        return dev.quicken.eval.Interpreter.current().builtins.getStr(name);
    }

    /** Gives instances of built-in type {@code t} (a {@link dev.quicken.runtime.PyInstance}) a {@code __dict__}. */
    static void withDict(PyType t) {
        t.enableInstanceDict();
        TypeSetup.getset(t, "__dict__", new java.util.function.Function<dev.quicken.runtime.PyObject, dev.quicken.runtime.PyObject>() {
            @Override
            public dev.quicken.runtime.PyObject apply(dev.quicken.runtime.PyObject o) {
                return dev.quicken.runtime.Abstract.instanceDict(o);
            }
        }, new java.util.function.BiConsumer<dev.quicken.runtime.PyObject, dev.quicken.runtime.PyObject>() {
            @Override
            public void accept(dev.quicken.runtime.PyObject o, dev.quicken.runtime.PyObject v) {
                if (!(v instanceof dev.quicken.runtime.PyDict)) {
                    throw dev.quicken.runtime.Exc.typeError("__dict__ must be set to a dictionary, not a '"
                            + (v == null ? "NoneType" : v.type().name()) + "'");
                }
                dev.quicken.runtime.PyInstance i = (dev.quicken.runtime.PyInstance) o;
                i.values = null;
                i.dict = (dev.quicken.runtime.PyDict) v;
            }
        });
    }
}
