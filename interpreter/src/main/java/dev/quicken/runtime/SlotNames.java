package dev.quicken.runtime;

import java.util.Set;

/**
 * The special-method names CPython implements as type slots (Objects/typeobject.c slotdefs): a
 * built-in type's method under one of these names is a {@code wrapper_descriptor}, not a
 * {@code method_descriptor}, except where the type also lists it as a plain method.
 */
final class SlotNames {

    private SlotNames() {
    }

    private static final Set<String> SLOTS = Set.of("__abs__", "__add__", "__and__", "__bool__", "__call__",
            "__contains__", "__del__", "__delattr__", "__delete__", "__delitem__", "__divmod__", "__eq__", "__float__",
            "__floordiv__", "__ge__", "__get__", "__getattribute__", "__getitem__", "__gt__", "__hash__", "__iadd__",
            "__iand__", "__imul__", "__index__", "__init__", "__int__", "__invert__", "__ior__", "__isub__", "__iter__",
            "__ixor__", "__le__", "__len__", "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__",
            "__next__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__repr__",
            "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__rpow__", "__rrshift__",
            "__rshift__", "__rsub__", "__rtruediv__", "__rxor__", "__set__", "__setattr__", "__setitem__", "__str__",
            "__sub__", "__truediv__", "__xor__", "__matmul__", "__rmatmul__", "__imatmul__", "__itruediv__",
            "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__await__", "__aiter__",
            "__anext__");

    /** Methods under slot names that CPython's types define as plain methods (METH_COEXIST). */
    private static final Set<String> PLAIN = Set.of("dict.__getitem__", "list.__getitem__", "dict.__contains__",
            "set.__contains__", "frozenset.__contains__");

    static boolean isSlotWrapper(PyType owner, String name) {
        return SLOTS.contains(name) && !PLAIN.contains(owner.name() + "." + name);
    }
}
