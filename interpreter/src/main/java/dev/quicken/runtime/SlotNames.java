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

    /** The docstrings of the slot wrappers (CPython 3.11: Objects/typeobject.c slotdefs). */
    private static final java.util.Map<String, String> DOCS = new java.util.HashMap<>();

    static {
        DOCS.put("__abs__", "abs(self)");
        DOCS.put("__add__", "Return self+value.");
        DOCS.put("__aiter__", "Return an awaitable, that resolves in asynchronous iterator.");
        DOCS.put("__and__", "Return self&value.");
        DOCS.put("__anext__", "Return a value or raise StopAsyncIteration.");
        DOCS.put("__await__", "Return an iterator to be used in await expression.");
        DOCS.put("__bool__", "True if self else False");
        DOCS.put("__call__", "Call self as a function.");
        DOCS.put("__contains__", "Return key in self.");
        DOCS.put("__delattr__", "Implement delattr(self, name).");
        DOCS.put("__delete__", "Delete an attribute of instance.");
        DOCS.put("__delitem__", "Delete self[key].");
        DOCS.put("__divmod__", "Return divmod(self, value).");
        DOCS.put("__eq__", "Return self==value.");
        DOCS.put("__float__", "float(self)");
        DOCS.put("__floordiv__", "Return self//value.");
        DOCS.put("__ge__", "Return self>=value.");
        DOCS.put("__get__", "Return an attribute of instance, which is of type owner.");
        DOCS.put("__getattribute__", "Return getattr(self, name).");
        DOCS.put("__getitem__", "Return self[key].");
        DOCS.put("__gt__", "Return self>value.");
        DOCS.put("__hash__", "Return hash(self).");
        DOCS.put("__iadd__", "Implement self+=value.");
        DOCS.put("__iand__", "Return self&=value.");
        DOCS.put("__imul__", "Implement self*=value.");
        DOCS.put("__index__", "Return self converted to an integer, if self is suitable for use as an index into a list.");
        DOCS.put("__init__", "Initialize self.  See help(type(self)) for accurate signature.");
        DOCS.put("__int__", "int(self)");
        DOCS.put("__invert__", "~self");
        DOCS.put("__ior__", "Return self|=value.");
        DOCS.put("__isub__", "Return self-=value.");
        DOCS.put("__iter__", "Implement iter(self).");
        DOCS.put("__ixor__", "Return self^=value.");
        DOCS.put("__le__", "Return self<=value.");
        DOCS.put("__len__", "Return len(self).");
        DOCS.put("__lshift__", "Return self<<value.");
        DOCS.put("__lt__", "Return self<value.");
        DOCS.put("__mod__", "Return self%value.");
        DOCS.put("__mul__", "Return self*value.");
        DOCS.put("__ne__", "Return self!=value.");
        DOCS.put("__neg__", "-self");
        DOCS.put("__next__", "Implement next(self).");
        DOCS.put("__or__", "Return self|value.");
        DOCS.put("__pos__", "+self");
        DOCS.put("__pow__", "Return pow(self, value, mod).");
        DOCS.put("__radd__", "Return value+self.");
        DOCS.put("__rand__", "Return value&self.");
        DOCS.put("__rdivmod__", "Return divmod(value, self).");
        DOCS.put("__repr__", "Return repr(self).");
        DOCS.put("__rfloordiv__", "Return value//self.");
        DOCS.put("__rlshift__", "Return value<<self.");
        DOCS.put("__rmod__", "Return value%self.");
        DOCS.put("__rmul__", "Return value*self.");
        DOCS.put("__ror__", "Return value|self.");
        DOCS.put("__rpow__", "Return pow(value, self, mod).");
        DOCS.put("__rrshift__", "Return value>>self.");
        DOCS.put("__rshift__", "Return self>>value.");
        DOCS.put("__rsub__", "Return value-self.");
        DOCS.put("__rtruediv__", "Return value/self.");
        DOCS.put("__rxor__", "Return value^self.");
        DOCS.put("__set__", "Set an attribute of instance to value.");
        DOCS.put("__setattr__", "Implement setattr(self, name, value).");
        DOCS.put("__setitem__", "Set self[key] to value.");
        DOCS.put("__str__", "Return str(self).");
        DOCS.put("__sub__", "Return self-value.");
        DOCS.put("__truediv__", "Return self/value.");
        DOCS.put("__xor__", "Return self^value.");
    }

    /** The docstring of the slot wrapper {@code name}, or null. */
    static String doc(String name) {
        return DOCS.get(name);
    }
}
