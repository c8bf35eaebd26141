package dev.quicken.runtime;

import java.util.List;

/**
 * Built-in types of the object model that live outside {@code builtins}: {@code types.UnionType},
 * {@code types.GenericAlias}, and the types named by {@code types} ({@code mappingproxy},
 * the descriptor kinds). Wired by {@link TypeSetup#init()}.
 */
final class CoreTypes {

    private CoreTypes() {
    }

    /** The types this class sets up (their dicts are filled by {@link #setup()}). */
    static List<PyType> types() {
        return List.of(PyUnion.TYPE, PyGenericAlias.TYPE);
    }

    static void setup() {
        PyUnion.setup();
        PyGenericAlias.setup();
        for (PyType t : new PyType[] {PyTuple.TYPE, PySet.TYPE, PyFrozenSet.TYPE}) {
            if (t.dict.getStr("__class_getitem__") == null) {
                TypeSetup.defClassMethod(t, "__class_getitem__", (a, kw) -> PyGenericAlias.of(a[0], a[1]));
            }
        }
    }

    /** After {@code __module__ = 'builtins'} was set on every built-in type: the real modules. */
    static void setModules() {
        for (PyType t : new PyType[] {PyUnion.TYPE, PyGenericAlias.TYPE}) {
            t.dict.setStr("__module__", new PyStr("types"));
        }
    }
}
