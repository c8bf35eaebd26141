package dev.quicken.eval;

import static dev.quicken.eval.Specialize.SPEC_FAIL_EXPECTED_ERROR;
import static dev.quicken.eval.Specialize.SPEC_FAIL_NO_DICT;
import static dev.quicken.eval.Specialize.SPEC_FAIL_OUT_OF_RANGE;
import static dev.quicken.eval.Specialize.SPEC_FAIL_OUT_OF_VERSIONS;
import static dev.quicken.eval.Specialize.SPEC_FAIL_OVERRIDDEN;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.PyDescriptors;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyType;

/** CPython 3.11: Python/specialize.c _Py_Specialize_LoadAttr (spec §5.1). */
final class LoadAttrSpecializer {

    private LoadAttrSpecializer() {
    }

    static final int SPEC_FAIL_ATTR_OVERRIDING_DESCRIPTOR = 8;
    static final int SPEC_FAIL_ATTR_METHOD = 11;
    static final int SPEC_FAIL_ATTR_MUTABLE_CLASS = 12;
    static final int SPEC_FAIL_ATTR_PROPERTY = 13;
    static final int SPEC_FAIL_ATTR_NON_OBJECT_SLOT = 14;
    static final int SPEC_FAIL_ATTR_READ_ONLY = 15;
    static final int SPEC_FAIL_ATTR_NOT_MANAGED_DICT = 17;
    static final int SPEC_FAIL_ATTR_NON_STRING_OR_SPLIT = 18;
    static final int SPEC_FAIL_ATTR_MODULE_ATTR_NOT_FOUND = 19;

    /** Byte offset CPython gives {@code __slots__} member {@code i} of an object-based class. */
    static int slotOffset(int i) {
        return 16 + 8 * i;
    }

    /** The slot index of a {@link #slotOffset} (what LOAD_ATTR_SLOT / STORE_ATTR_SLOT read from their cache). */
    static int slotIndex(int offset) {
        return (offset - 16) >> 3;
    }

    /** The side-table marker of LOAD_ATTR_SLOT for {@code obj.__class__} (offset of ob_type). */
    static final Object DUNDER_CLASS = new Object();
    static final int OB_TYPE_OFFSET = 8;

    // CPython 3.11: Python/specialize.c _Py_Specialize_LoadAttr
    static void specialize(ExecCode ec, PyObject owner, int instr, String name) {
        int kind = tryLoadAttr(ec, owner, instr, name);
        if (kind != Integer.MIN_VALUE) {
            Specialize.fail(ec, instr, Op.LOAD_ATTR, kind, owner, null);
        }
    }

    /** Returns MIN_VALUE on success (the unit is rewritten), else the fail kind. */
    private static int tryLoadAttr(ExecCode ec, PyObject owner, int instr, String name) {
        char[] u = ec.units;
        if (Guards.exactModule(owner)) {
            int kind = specializeModule(ec, (PyModule) owner, instr, name);
            if (kind == Integer.MIN_VALUE) {
                Specialize.success(ec, instr, Op.LOAD_ATTR, Op.LOAD_ATTR_MODULE, owner, null);
            }
            return kind;
        }
        PyType type = owner.type();
        PyObject[] descr = new PyObject[1];
        DescriptorKind kind = DescriptorKind.analyze(type, name, false, descr);
        switch (kind) {
            case OVERRIDING:
                return SPEC_FAIL_ATTR_OVERRIDING_DESCRIPTOR;
            case METHOD:
                return SPEC_FAIL_ATTR_METHOD;
            case PROPERTY:
                return SPEC_FAIL_ATTR_PROPERTY;
            case OBJECT_SLOT: {
                PyDescriptors.Member m = (PyDescriptors.Member) descr[0];
                if (!type.isSubtypeOf(m.owner) || !(owner instanceof PyInstance)) {
                    return SPEC_FAIL_EXPECTED_ERROR;
                }
                Specialize.writeU32(u, instr + 2, type.versionTag());
                u[instr + 4] = (char) slotOffset(m.index);
                ec.side[instr] = m;
                Specialize.success(ec, instr, Op.LOAD_ATTR, Op.LOAD_ATTR_SLOT, owner, null);
                return Integer.MIN_VALUE;
            }
            case DUNDER_CLASS:
                Specialize.writeU32(u, instr + 2, type.versionTag());
                u[instr + 4] = (char) OB_TYPE_OFFSET;
                ec.side[instr] = DUNDER_CLASS;
                Specialize.success(ec, instr, Op.LOAD_ATTR, Op.LOAD_ATTR_SLOT, owner, null);
                return Integer.MIN_VALUE;
            case OTHER_SLOT:
                return SPEC_FAIL_ATTR_NON_OBJECT_SLOT;
            case MUTABLE:
                return SPEC_FAIL_ATTR_MUTABLE_CLASS;
            case GETSET_OVERRIDDEN:
                return SPEC_FAIL_OVERRIDDEN;
            default:
                return dictAccess(ec, owner, type, instr, name, Op.LOAD_ATTR, Op.LOAD_ATTR_INSTANCE_VALUE,
                        Op.LOAD_ATTR_WITH_HINT);
        }
    }

    // CPython 3.11: Python/specialize.c specialize_dict_access
    static int dictAccess(ExecCode ec, PyObject owner, PyType type, int instr, String name, int base,
            int valuesOp, int hintOp) {
        if (!Guards.managedDict(owner)) {
            return SPEC_FAIL_ATTR_NOT_MANAGED_DICT;
        }
        PyInstance o = (PyInstance) owner;
        char[] u = ec.units;
        int index;
        int form;
        if (o.values != null) {
            index = type.sharedKeys().indexOf(name);
            form = valuesOp;
        } else {
            PyDict d = o.dict;
            if (d == null || !Guards.exactDict(d)) {
                return SPEC_FAIL_NO_DICT;
            }
            index = d.entryOfStr(name);
            form = hintOp;
        }
        if (index < 0 || index > 0xFFFF) {
            return SPEC_FAIL_OUT_OF_RANGE;
        }
        Specialize.writeU32(u, instr + 2, type.versionTag());
        u[instr + 4] = (char) index;
        Specialize.success(ec, instr, base, form, owner, null);
        return Integer.MIN_VALUE;
    }

    // CPython 3.11: Python/specialize.c specialize_module_load_attr
    /** Writes the LOAD_ATTR-layout module cache; MIN_VALUE on success, else the fail kind. */
    static int specializeModule(ExecCode ec, PyModule owner, int instr, String name) {
        PyDict d = owner.dict;
        if (d == null) {
            return SPEC_FAIL_NO_DICT;
        }
        if (d.entryOfStr("__getattr__") >= 0) {
            return SPEC_FAIL_ATTR_MODULE_ATTR_NOT_FOUND;
        }
        int index = d.entryOfStr(name);
        if (index < 0 || index > 0xFFFF) {
            return SPEC_FAIL_OUT_OF_RANGE;
        }
        int version = d.keysVersion();
        if (version == 0) {
            return SPEC_FAIL_OUT_OF_VERSIONS;
        }
        Specialize.writeU32(ec.units, instr + 2, version);
        ec.units[instr + 4] = (char) index;
        return Integer.MIN_VALUE;
    }
}
