package dev.quicken.eval;

import static dev.quicken.eval.Specialize.SPEC_FAIL_NO_DICT;
import static dev.quicken.eval.Specialize.SPEC_FAIL_OUT_OF_VERSIONS;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.SharedKeys;
import dev.quicken.runtime.Versions;

/** CPython 3.11: Python/specialize.c _Py_Specialize_LoadMethod (spec §5.4). */
final class LoadMethodSpecializer {

    private LoadMethodSpecializer() {
    }

    static final int SPEC_FAIL_LOAD_METHOD_OVERRIDING_DESCRIPTOR = 8;
    static final int SPEC_FAIL_LOAD_METHOD_NON_OVERRIDING_DESCRIPTOR = 9;
    static final int SPEC_FAIL_LOAD_METHOD_NOT_DESCRIPTOR = 10;
    static final int SPEC_FAIL_LOAD_METHOD_MUTABLE_CLASS = 12;
    static final int SPEC_FAIL_LOAD_METHOD_PROPERTY = 13;
    static final int SPEC_FAIL_LOAD_METHOD_NON_OBJECT_SLOT = 14;
    static final int SPEC_FAIL_LOAD_METHOD_IS_ATTR = 15;
    static final int SPEC_FAIL_LOAD_METHOD_BUILTIN_CLASS_METHOD = 17;
    static final int SPEC_FAIL_LOAD_METHOD_CLASS_METHOD_OBJ = 18;
    static final int SPEC_FAIL_LOAD_METHOD_OBJECT_SLOT = 19;
    static final int SPEC_FAIL_LOAD_METHOD_INSTANCE_ATTRIBUTE = 22;
    static final int SPEC_FAIL_LOAD_METHOD_METACLASS_ATTRIBUTE = 23;

    /** CPython 3.11 MANAGED_DICT_OFFSET (-3 words) as the int16 cache unit dis shows (65512). */
    static final int MANAGED_DICT_OFFSET = -24;

    // CPython 3.11: Python/specialize.c _Py_Specialize_LoadMethod
    static void specialize(ExecCode ec, PyObject owner, int instr, String name) {
        int kind = tryLoadMethod(ec, owner, instr, name);
        if (kind != Integer.MIN_VALUE) {
            Specialize.fail(ec, instr, Op.LOAD_METHOD, kind, owner, null);
        }
    }

    private static int tryLoadMethod(ExecCode ec, PyObject owner, int instr, String name) {
        char[] u = ec.units;
        if (Guards.exactModule(owner)) {
            int kind = LoadAttrSpecializer.specializeModule(ec, (PyModule) owner, instr, name);
            if (kind == Integer.MIN_VALUE) {
                Specialize.success(ec, instr, Op.LOAD_METHOD, Op.LOAD_METHOD_MODULE, owner, null);
            }
            return kind;
        }
        PyType ownerCls = owner.type();
        PyObject[] descr = new PyObject[1];
        if (owner instanceof PyType) {
            // CPython 3.11: Python/specialize.c specialize_class_load_method
            PyType cls = (PyType) owner;
            if (ownerCls != PyType.TYPE || ownerCls.lookup(name) != null) {
                return SPEC_FAIL_LOAD_METHOD_METACLASS_ATTRIBUTE;
            }
            DescriptorKind kind = DescriptorKind.analyze(cls, name, false, descr);
            switch (kind) {
                case METHOD:
                case NON_DESCRIPTOR:
                    Specialize.writeU32(u, instr + 2, cls.versionTagRaw());
                    writeDescr(ec, instr, descr[0]);
                    Specialize.success(ec, instr, Op.LOAD_METHOD, Op.LOAD_METHOD_CLASS, owner, null);
                    return Integer.MIN_VALUE;
                default:
                    return failKind(kind);
            }
        }
        DescriptorKind kind = DescriptorKind.analyze(ownerCls, name, false, descr);
        if (kind != DescriptorKind.METHOD) {
            return failKind(kind);
        }
        int form;
        SharedKeys keys = null;
        if (Guards.managedDict(owner)) {
            keys = ownerCls.sharedKeys();
            if (((PyInstance) owner).values != null) {
                form = Op.LOAD_METHOD_WITH_VALUES;
            } else {
                form = Op.LOAD_METHOD_WITH_DICT;
                u[instr + 4] = (char) MANAGED_DICT_OFFSET;
            }
        } else if (Guards.managedBuiltinSub(owner) && ownerCls.sharedKeys() != null) {
            if (Guards.builtinSubDict(owner) != null) {
                // CPython: LOAD_METHOD_WITH_DICT on the managed dict; quicken keeps this dict outside
                // the values CPython's form reads (docs/DIFFERENCES.md)
                return SPEC_FAIL_NO_DICT;
            }
            keys = ownerCls.sharedKeys();
            form = Op.LOAD_METHOD_WITH_VALUES;
        } else if (mayHaveDict(owner)) {
            // quicken keeps such dicts (functions, exceptions, builtin subclasses) outside the
            // object layout CPython's OFFSET_DICT form reads.
            return SPEC_FAIL_NO_DICT;
        } else {
            form = Op.LOAD_METHOD_NO_DICT;
        }
        if (keys != null) {
            if (keys.indexOf(name) >= 0) {
                return SPEC_FAIL_LOAD_METHOD_IS_ATTR;
            }
            int version = Versions.keysVersion(keys);
            if (version == 0) {
                return SPEC_FAIL_OUT_OF_VERSIONS;
            }
            Specialize.writeU32(u, instr + 5, version);
        }
        Specialize.writeU32(u, instr + 2, ownerCls.versionTagRaw());
        writeDescr(ec, instr, descr[0]);
        Specialize.success(ec, instr, Op.LOAD_METHOD, form, owner, null);
        return Integer.MIN_VALUE;
    }

    /**
     * The borrowed {@code descr} pointer: the object goes to the side table; the 4 cache units get a
     * stand-in address (identity hash × 16), as dis shows a pointer there.
     */
    static void writeDescr(ExecCode ec, int instr, PyObject descr) {
        ec.side[instr] = descr;
        long address = (System.identityHashCode(descr) & 0xffffffffL) << 4;
        char[] u = ec.units;
        for (int i = 0; i < 4; i++) {
            u[instr + 7 + i] = (char) (address >>> (16 * i));
        }
    }

    static boolean mayHaveDict(PyObject o) {
        if (o instanceof PyInstance) {
            return ((PyInstance) o).hasDict();
        }
        return o instanceof PyFunction || o.type().isHeapType();
    }

    // CPython 3.11: Python/specialize.c load_method_fail_kind
    static int failKind(DescriptorKind kind) {
        switch (kind) {
            case OVERRIDING:
                return SPEC_FAIL_LOAD_METHOD_OVERRIDING_DESCRIPTOR;
            case METHOD:
                return LoadAttrSpecializer.SPEC_FAIL_ATTR_METHOD;
            case PROPERTY:
                return SPEC_FAIL_LOAD_METHOD_PROPERTY;
            case OBJECT_SLOT:
                return SPEC_FAIL_LOAD_METHOD_OBJECT_SLOT;
            case OTHER_SLOT:
                return SPEC_FAIL_LOAD_METHOD_NON_OBJECT_SLOT;
            case DUNDER_CLASS:
                return Specialize.SPEC_FAIL_OTHER;
            case MUTABLE:
                return SPEC_FAIL_LOAD_METHOD_MUTABLE_CLASS;
            case GETSET_OVERRIDDEN:
                return Specialize.SPEC_FAIL_OVERRIDDEN;
            case BUILTIN_CLASSMETHOD:
                return SPEC_FAIL_LOAD_METHOD_BUILTIN_CLASS_METHOD;
            case PYTHON_CLASSMETHOD:
                return SPEC_FAIL_LOAD_METHOD_CLASS_METHOD_OBJ;
            case NON_OVERRIDING:
                return SPEC_FAIL_LOAD_METHOD_NON_OVERRIDING_DESCRIPTOR;
            case NON_DESCRIPTOR:
                return SPEC_FAIL_LOAD_METHOD_NOT_DESCRIPTOR;
            case ABSENT:
                return SPEC_FAIL_LOAD_METHOD_INSTANCE_ATTRIBUTE;
            default:
                return Specialize.SPEC_FAIL_OTHER;
        }
    }
}
