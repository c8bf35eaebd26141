package dev.quicken.eval;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.PyDescriptors;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyMethodDescr;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyType;

/** CPython 3.11: Python/specialize.c DescriptorClassification and analyze_descriptor (spec §5.0.2). */
enum DescriptorKind {
    OVERRIDING, METHOD, PROPERTY, OBJECT_SLOT, OTHER_SLOT, NON_OVERRIDING, BUILTIN_CLASSMETHOD,
    PYTHON_CLASSMETHOD, NON_DESCRIPTOR, MUTABLE, ABSENT, GETSET_OVERRIDDEN, DUNDER_CLASS;

    // CPython 3.11: Python/specialize.c analyze_descriptor
    static DescriptorKind analyze(PyType type, String name, boolean store, PyObject[] descrOut) {
        descrOut[0] = null;
        if (store) {
            if (Guards.customSetattr(type)) {
                return GETSET_OVERRIDDEN;
            }
        } else if (type.hasCustomGetattribute() || Guards.hasGetattr(type) || type.isSubtypeOf(PyType.TYPE)
                || type == PyModule.TYPE) {
            return GETSET_OVERRIDDEN;
        }
        type.versionTag(); // _PyType_Lookup assigns the version tag on a cache miss (spec §8.1)
        PyObject descr = type.lookup(name);
        descrOut[0] = descr;
        if (descr == null) {
            return ABSENT;
        }
        PyType desctype = descr.type();
        if (desctype.isHeapType()) {
            return MUTABLE;
        }
        if (Abstract.isDataDescr(descr)) {
            if (descr instanceof PyDescriptors.Member) {
                return OBJECT_SLOT; // a __slots__ member: T_OBJECT_EX
            }
            if (descr instanceof PyDescriptors.GetSet && ((PyDescriptors.GetSet) descr).member) {
                return OTHER_SLOT; // a built-in type's C member (T_OBJECT and others: function.__globals__, StopIteration.value)
            }
            if (descr instanceof PyDescriptors.Property) {
                return PROPERTY;
            }
            if (name.equals("__class__") && descr instanceof PyDescriptors.GetSet
                    && ((PyDescriptors.GetSet) descr).owner == Guards.OBJECT) {
                return DUNDER_CLASS;
            }
            return OVERRIDING;
        }
        if (Abstract.hasGet(descr)) {
            if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
                return METHOD;
            }
            if (descr instanceof PyDescriptors.ClassMethod) {
                return desctype == PyDescriptors.CLASSMETHOD_DESCRIPTOR ? BUILTIN_CLASSMETHOD : PYTHON_CLASSMETHOD;
            }
            return NON_OVERRIDING;
        }
        return NON_DESCRIPTOR;
    }
}
