package dev.quicken.eval;

import static dev.quicken.eval.LoadAttrSpecializer.SPEC_FAIL_ATTR_METHOD;
import static dev.quicken.eval.LoadAttrSpecializer.SPEC_FAIL_ATTR_MUTABLE_CLASS;
import static dev.quicken.eval.LoadAttrSpecializer.SPEC_FAIL_ATTR_NON_OBJECT_SLOT;
import static dev.quicken.eval.LoadAttrSpecializer.SPEC_FAIL_ATTR_OVERRIDING_DESCRIPTOR;
import static dev.quicken.eval.LoadAttrSpecializer.SPEC_FAIL_ATTR_PROPERTY;
import static dev.quicken.eval.Specialize.SPEC_FAIL_EXPECTED_ERROR;
import static dev.quicken.eval.Specialize.SPEC_FAIL_OVERRIDDEN;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.PyDescriptors;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyType;

/** CPython 3.11: Python/specialize.c _Py_Specialize_StoreAttr (spec §5.2). */
final class StoreAttrSpecializer {

    private StoreAttrSpecializer() {
    }

    // CPython 3.11: Python/specialize.c _Py_Specialize_StoreAttr
    static void specialize(ExecCode ec, PyObject owner, int instr, String name) {
        int kind = tryStoreAttr(ec, owner, instr, name);
        if (kind != Integer.MIN_VALUE) {
            Specialize.fail(ec, instr, Op.STORE_ATTR, kind, owner, null);
        }
    }

    private static int tryStoreAttr(ExecCode ec, PyObject owner, int instr, String name) {
        if (Guards.exactModule(owner)) {
            return SPEC_FAIL_OVERRIDDEN;
        }
        PyType type = owner.type();
        PyObject[] descr = new PyObject[1];
        DescriptorKind kind = DescriptorKind.analyze(type, name, true, descr);
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
                Specialize.writeU32(ec.units, instr + 2, type.versionTag());
                ec.units[instr + 4] = (char) LoadAttrSpecializer.slotOffset(m.index);
                ec.side[instr] = m;
                Specialize.success(ec, instr, Op.STORE_ATTR, Op.STORE_ATTR_SLOT, owner, null);
                return Integer.MIN_VALUE;
            }
            case DUNDER_CLASS:
            case OTHER_SLOT:
                return SPEC_FAIL_ATTR_NON_OBJECT_SLOT;
            case MUTABLE:
                return SPEC_FAIL_ATTR_MUTABLE_CLASS;
            case GETSET_OVERRIDDEN:
                return SPEC_FAIL_OVERRIDDEN;
            default:
                return LoadAttrSpecializer.dictAccess(ec, owner, type, instr, name, Op.STORE_ATTR,
                        Op.STORE_ATTR_INSTANCE_VALUE, Op.STORE_ATTR_WITH_HINT);
        }
    }
}
