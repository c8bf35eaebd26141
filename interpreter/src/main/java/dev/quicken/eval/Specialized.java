package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.opcode.Op;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.IntOps;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;

/**
 * The specialized forms that are not inline in the loop (CPython 3.11: Python/ceval.c, the
 * TARGET bodies of the specialized instructions). {@link #execute} runs one with {@code f.ip}
 * at the first cache unit and {@code f.sp} current: on a hit it counts the hit, does the work,
 * moves {@code f.ip} past the caches and returns the new stack pointer; on a miss it changes
 * nothing and returns -1 (the loop then takes the {@code miss:} path). Guards come in CPython's
 * order, before any side effect.
 */
final class Specialized {

    private Specialized() {
    }

    /** {@link #floatSign} / {@link #strSign} result for a miss. */
    static final int MISS = 2;

    static int execute(Frame f, int op, int oparg, int instr) {
        switch (op) {
            case Op.BINARY_OP_ADD_UNICODE:
            case Op.BINARY_OP_INPLACE_ADD_UNICODE:
                return binaryOp(f, op, instr);
            case Op.LOAD_ATTR_MODULE:
            case Op.LOAD_ATTR_WITH_HINT:
                return loadAttr(f, op, oparg, instr);
            case Op.STORE_ATTR_WITH_HINT:
            case Op.STORE_ATTR_SLOT:
                return storeAttr(f, op, oparg, instr);
            case Op.LOAD_METHOD_WITH_DICT:
            case Op.LOAD_METHOD_MODULE:
            case Op.LOAD_METHOD_CLASS:
                return loadMethod(f, op, oparg, instr);
            case Op.BINARY_SUBSCR_DICT:
                return binarySubscrDict(f, op, instr);
            case Op.STORE_SUBSCR_DICT:
                return storeSubscrDict(f, instr);
            default:
                return SpecializedCall.precall(f, op, oparg, instr);
        }
    }

    // ---- inline helpers (called from the loop's hot cases; small so HotSpot inlines them)

    /** LOAD_ATTR_INSTANCE_VALUE: the value, or null on a miss. Caches at {@code code[ip..]}. */
    static PyObject instanceValue(PyObject owner, char[] code, int ip) {
        // type version, values, values[index]: small enough for the loop to inline
        return owner instanceof PyInstance ? ((PyInstance) owner).valueIfVersion(version(code, ip), code[ip + 3]) : null;
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_ATTR_SLOT)
    /** LOAD_ATTR_SLOT: the value, or null on a miss (a PyInstance's slot inline, {@code __class__} and others out of line). */
    static PyObject slotAttr(PyObject owner, char[] code, int ip) {
        int offset = code[ip + 3];
        if (owner instanceof PyInstance && offset != LoadAttrSpecializer.OB_TYPE_OFFSET) {
            return ((PyInstance) owner).slotIfVersion(version(code, ip), LoadAttrSpecializer.slotIndex(offset));
        }
        return otherSlotAttr(owner, code, ip);
    }

    /** LOAD_ATTR_SLOT on {@code __class__} or a non-PyInstance owner (out of line: inlining budget). */
    private static PyObject otherSlotAttr(PyObject owner, char[] code, int ip) {
        return owner.type().versionTagRaw() != version(code, ip) ? null : slotValue(owner, code[ip + 3]);
    }

    /** LOAD_GLOBAL_MODULE: the value, or null on a miss. */
    static PyObject globalModule(PyDict globals, char[] code, int ip) {
        if (!keysVersionIs(globals, code[ip + 2] | code[ip + 3] << 16)) {
            return null;
        }
        return globals.valueAt(code[ip + 1]);
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_GLOBAL_BUILTIN)
    /** LOAD_GLOBAL_BUILTIN: the value, or null on a miss. */
    static PyObject globalBuiltin(PyDict globals, PyDict builtins, char[] code, int ip) {
        if (!keysVersionIs(globals, code[ip + 2] | code[ip + 3] << 16) || !keysVersionIs(builtins, code[ip + 4])) {
            return null;
        }
        return builtins.valueAt(code[ip + 1]);
    }

    /** An exact dict whose keys version is {@code version}. */
    private static boolean keysVersionIs(PyDict d, int version) {
        return Guards.exactDict(d) && d.rawKeysVersion() == version;
    }

    // CPython 3.11: Python/ceval.c TARGET(STORE_ATTR_INSTANCE_VALUE)
    /** STORE_ATTR_INSTANCE_VALUE's guard: the values array to store at {@code code[ip + 3]}, or null on a miss. */
    static PyObject[] valuesForStore(PyObject owner, char[] code, int ip) {
        return owner instanceof PyInstance ? ((PyInstance) owner).valuesForStore(version(code, ip), code[ip + 3]) : null;
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_WITH_VALUES)
    /** LOAD_METHOD_WITH_VALUES's guard (the method is the site's side entry). */
    static boolean methodWithValues(PyObject owner, char[] code, int ip) {
        return owner instanceof PyInstance ? ((PyInstance) owner).valuesWithVersions(version(code, ip), keysVersion(code, ip))
                : Guards.builtinSubValues(owner, version(code, ip), keysVersion(code, ip));
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_NO_DICT)
    /** LOAD_METHOD_NO_DICT's guard (the method is the site's side entry). */
    static boolean methodNoDict(PyObject owner, char[] code, int ip) {
        return owner.type().versionTagRaw() == version(code, ip);
    }

    // Each form's hit path is a helper of at most 50 bytes of bytecode, so C2 inlines the whole hit
    // into EvalLoop.run under the launcher's FreqInlineSize=50 (SpecializerSizeTest checks the list).

    // The loop picks the helper of a shared case itself (op == X ? a(..) : b(..)): a dispatcher
    // helper holding both paths compiled standalone (C2, before the loop's compile) to just over
    // InlineSmallCode=500 bytes of machine code, and the loop then called it ("already compiled into a
    // big method": sequenceItem 512 bytes, floatArith, smallIntSign; LogCompilation of the micro tests).

    // CPython 3.11: Python/ceval.c TARGET(BINARY_OP_SUBTRACT_INT / BINARY_OP_MULTIPLY_INT)
    /** The result, or null on a miss. */
    static PyObject subtractInt(PyObject lhs, PyObject rhs) {
        if (lhs.getClass() != PyInt.class || rhs.getClass() != PyInt.class) {
            return null;
        }
        return IntOps.sub((PyInt) lhs, (PyInt) rhs);
    }

    static PyObject multiplyInt(PyObject lhs, PyObject rhs) {
        if (lhs.getClass() != PyInt.class || rhs.getClass() != PyInt.class) {
            return null;
        }
        return IntOps.mul((PyInt) lhs, (PyInt) rhs);
    }

    // CPython 3.11: Python/ceval.c TARGET(BINARY_OP_SUBTRACT_FLOAT / BINARY_OP_MULTIPLY_FLOAT)
    /** The result, or null on a miss (exact floats only). */
    static PyObject subtractFloat(PyObject lhs, PyObject rhs) {
        if (lhs.getClass() != PyFloat.class || rhs.getClass() != PyFloat.class) {
            return null;
        }
        return new PyFloat(((PyFloat) lhs).value - ((PyFloat) rhs).value);
    }

    static PyObject multiplyFloat(PyObject lhs, PyObject rhs) {
        if (lhs.getClass() != PyFloat.class || rhs.getClass() != PyFloat.class) {
            return null;
        }
        return new PyFloat(((PyFloat) lhs).value * ((PyFloat) rhs).value);
    }

    // CPython 3.11: Python/ceval.c TARGET(COMPARE_OP_FLOAT_JUMP)
    /** (l > r) - (l < r) for floats, or {@link #MISS}. */
    static int floatSign(PyObject a, PyObject b) {
        if (a.getClass() != PyFloat.class || b.getClass() != PyFloat.class) {
            return MISS;
        }
        return doubleSign(((PyFloat) a).value, ((PyFloat) b).value);
    }

    private static int doubleSign(double l, double r) {
        if (l != l || r != r) { // NaN
            return MISS;
        }
        return (l > r ? 1 : 0) - (l < r ? 1 : 0);
    }

    // CPython 3.11: Python/ceval.c TARGET(COMPARE_OP_STR_JUMP)
    /** 0 or 1 for str equality, or {@link #MISS}. */
    static int strSign(PyObject a, PyObject b) {
        if (a.getClass() != PyStr.class || b.getClass() != PyStr.class) {
            return MISS;
        }
        return ((PyStr) a).value.equals(((PyStr) b).value) ? 0 : 1;
    }

    // CPython 3.11: Python/ceval.c TARGET(BINARY_OP_*)
    private static int binaryOp(Frame f, int op, int instr) {
        PyObject[] s = f.s;
        int sp = f.sp;
        PyObject lhs = s[sp - 2];
        PyObject rhs = s[sp - 1];
        PyObject r;
        switch (op) {
            case Op.BINARY_OP_ADD_UNICODE:
                if (lhs.getClass() != PyStr.class || rhs.getClass() != PyStr.class) {
                    return -1;
                }
                SpecEvents.hit(f.ec, instr, op);
                r = Abstract.binaryOp(lhs, rhs, Abstract.NB_ADD);
                break;
            default: {
                // BINARY_OP_INPLACE_ADD_UNICODE: ... lhs rhs -> ... (the result goes straight into the
                // local of the following STORE_FAST, which is skipped)
                if (lhs.getClass() != PyStr.class || rhs.getClass() != PyStr.class) {
                    return -1;
                }
                int store = f.ec.units[f.ip + 1];
                if (s[store >>> 8] != lhs) {
                    return -1;
                }
                SpecEvents.hit(f.ec, instr, op);
                s[store >>> 8] = Abstract.binaryOp(lhs, rhs, Abstract.NB_ADD);
                s[sp - 1] = null;
                s[sp - 2] = null;
                f.ip += 2;
                return sp - 2;
            }
        }
        s[sp - 2] = r;
        s[sp - 1] = null;
        f.ip += 1;
        return sp - 1;
    }

    static int version(char[] u, int ip) {
        return u[ip + 1] | u[ip + 2] << 16;
    }

    /** LOAD_METHOD's cached keys version. */
    private static int keysVersion(char[] u, int ip) {
        return u[ip + 4] | u[ip + 5] << 16;
    }

    /** LOAD_ATTR_MODULE / LOAD_METHOD_MODULE guard and value, or null. */
    static PyObject moduleAttr(PyObject owner, char[] u, int ip) {
        if (!Guards.exactModule(owner)) {
            return null;
        }
        PyDict d = ((PyModule) owner).dict;
        int index = u[ip + 3];
        if (d.rawKeysVersion() != version(u, ip) || index >= d.entryLimit()) {
            return null;
        }
        return d.valueAt(index);
    }

    /** WITH_HINT forms: the entry position of {@code name} in the instance dict, or -1 on a miss. */
    static int hint(PyObject owner, char[] u, int ip, String name) {
        if (owner.type().versionTagRaw() != version(u, ip) || !(owner instanceof PyInstance)) {
            return -1;
        }
        PyDict d = ((PyInstance) owner).dict;
        int index = u[ip + 3];
        if (d == null || index >= d.entryLimit()) {
            return -1;
        }
        PyObject key = d.keyAt(index);
        if (!(key instanceof PyStr) || !((PyStr) key).value.equals(name) || d.valueAt(index) == null) {
            return -1;
        }
        return index;
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_ATTR_MODULE / WITH_HINT)
    private static int loadAttr(Frame f, int op, int oparg, int instr) {
        PyObject[] s = f.s;
        int sp = f.sp;
        char[] u = f.ec.units;
        int ip = f.ip;
        PyObject owner = s[sp - 1];
        PyObject v;
        if (op == Op.LOAD_ATTR_MODULE) {
            v = moduleAttr(owner, u, ip);
        } else {
            v = hintValue(owner, u, ip, f.ec.names[oparg]);
        }
        if (v == null) {
            return -1;
        }
        return loadedAttr(f, instr, op, v);
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_ATTR_WITH_HINT)
    /** LOAD_ATTR_WITH_HINT's guard and value, or null on a miss. */
    static PyObject hintValue(PyObject owner, char[] u, int ip, String name) {
        int e = hint(owner, u, ip, name);
        return e < 0 ? null : ((PyInstance) owner).dict.valueAt(e);
    }

    // CPython 3.11: Python/ceval.c TARGET(STORE_ATTR_SLOT)
    /** STORE_ATTR_SLOT's guard: the slots to store at {@code slotIndex(code[ip + 3])}, or null on a miss. */
    static PyObject[] slotsForStore(PyObject owner, char[] u, int ip) {
        if (owner.type().versionTagRaw() != version(u, ip) || !(owner instanceof PyInstance)) {
            return null;
        }
        return ((PyInstance) owner).slots;
    }

    /** The slot at CPython byte {@code offset} in the cache (that of ob_type: {@code __class__}), or null when unset. */
    private static PyObject slotValue(PyObject owner, int offset) {
        if (offset == LoadAttrSpecializer.OB_TYPE_OFFSET) {
            return owner.type();
        }
        PyObject[] slots = owner instanceof PyInstance ? ((PyInstance) owner).slots : null;
        return slots == null ? null : slots[LoadAttrSpecializer.slotIndex(offset)];
    }

    /** After a LOAD_ATTR_* hit: counts it, replaces the owner by the value, skips the caches. */
    private static int loadedAttr(Frame f, int instr, int op, PyObject v) {
        SpecEvents.hit(f.ec, instr, op);
        int sp = f.sp;
        f.s[sp - 1] = v;
        f.ip += 4;
        return sp;
    }

    /** After a STORE_ATTR_* hit: counts it, pops value and owner, skips the caches. */
    private static int storedAttr(Frame f, int instr, int op, int sp) {
        SpecEvents.hit(f.ec, instr, op);
        PyObject[] s = f.s;
        s[sp - 1] = null;
        s[sp - 2] = null;
        f.ip += 4;
        return sp - 2;
    }

    // CPython 3.11: Python/ceval.c TARGET(STORE_ATTR_WITH_HINT / STORE_ATTR_SLOT)
    private static int storeAttr(Frame f, int op, int oparg, int instr) {
        // ... value owner -> ...
        PyObject[] s = f.s;
        int sp = f.sp;
        char[] u = f.ec.units;
        int ip = f.ip;
        PyObject owner = s[sp - 1];
        PyObject value = s[sp - 2];
        if (op == Op.STORE_ATTR_WITH_HINT) {
            int e = hint(owner, u, ip, f.ec.names[oparg]);
            if (e < 0) {
                return -1;
            }
            ((PyInstance) owner).dict.setValueAt(e, value);
        } else {
            // STORE_ATTR_SLOT
            PyObject[] slots = slotsForStore(owner, u, ip);
            if (slots == null) {
                return -1;
            }
            slots[LoadAttrSpecializer.slotIndex(u[ip + 3])] = value;
        }
        return storedAttr(f, instr, op, sp);
    }

    // The forms execute() runs are split into methods of at most 50 bytes of bytecode (inlining
    // budget: FreqInlineSize=50) so C2 inlines a hit into execute's compile instead of a second real
    // call; execute itself stays a real call from the loop.

    /** After a LOAD_METHOD_* hit: counts it, replaces the owner by {@code first second}, skips the caches. */
    private static int loadedMethod(Frame f, int instr, int op, PyObject first, PyObject second) {
        SpecEvents.hit(f.ec, instr, op);
        return pushMethod(f, first, second);
    }

    /** {@code ... owner -> ... first second}, skips the caches. */
    private static int pushMethod(Frame f, PyObject first, PyObject second) {
        PyObject[] s = f.s;
        int sp = f.sp;
        s[sp - 1] = first;
        s[sp] = second;
        f.ip += 10;
        return sp + 1;
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_MODULE / CLASS / WITH_DICT)
    private static int loadMethod(Frame f, int op, int oparg, int instr) {
        // ... owner -> ... meth self | ... NULL attr
        PyObject[] s = f.s;
        int sp = f.sp;
        char[] u = f.ec.units;
        int ip = f.ip;
        PyObject owner = s[sp - 1];
        PyObject first;
        PyObject second;
        switch (op) {
            case Op.LOAD_METHOD_MODULE:
                first = null;
                second = moduleAttr(owner, u, ip);
                if (second == null) {
                    return -1;
                }
                break;
            case Op.LOAD_METHOD_CLASS:
                if (!methodClass(owner, u, ip)) {
                    return -1;
                }
                first = null;
                second = (PyObject) f.ec.side[instr];
                break;
            default: {
                if (!methodWithDict(owner, u, ip, f.ec.names[oparg])) {
                    return -1;
                }
                first = (PyObject) f.ec.side[instr];
                second = owner;
                break;
            }
        }
        return loadedMethod(f, instr, op, first, second);
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_CLASS)
    /** LOAD_METHOD_CLASS's guard (the attribute is the site's side entry). */
    static boolean methodClass(PyObject owner, char[] u, int ip) {
        return owner instanceof PyType && ((PyType) owner).versionTagRaw() == version(u, ip);
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_WITH_DICT)
    /** LOAD_METHOD_WITH_DICT's guard (the method is the site's side entry). */
    static boolean methodWithDict(PyObject owner, char[] u, int ip, String name) {
        PyType t = owner.type();
        if (t.versionTagRaw() != version(u, ip) || !(owner instanceof PyInstance)) {
            return false;
        }
        PyInstance o = (PyInstance) owner;
        if (t.sharedKeys() == null || t.sharedKeys().version != keysVersion(u, ip)) {
            return false;
        }
        // the instance dict does not shadow the method
        return o.dict != null && o.dict.entryOfStr(name) < 0;
    }

    /** BINARY_SUBSCR_DICT's item, or KeyError. */
    static PyObject dictItem(PyDict d, PyObject sub) {
        PyObject r = d.getItem(sub);
        if (r == null) {
            throw dev.quicken.runtime.Exc.keyError(sub);
        }
        return r;
    }

    // CPython 3.11: Python/ceval.c TARGET(BINARY_SUBSCR_DICT)
    private static int binarySubscrDict(Frame f, int op, int instr) {
        PyObject[] s = f.s;
        int sp = f.sp;
        PyObject container = s[sp - 2];
        PyObject sub = s[sp - 1];
        if (!Guards.exactDict(container)) {
            return -1;
        }
        SpecEvents.hit(f.ec, instr, op);
        s[sp - 2] = dictItem((PyDict) container, sub);
        s[sp - 1] = null;
        f.ip += 4;
        return sp - 1;
    }

    // CPython 3.11: Python/ceval.c TARGET(STORE_SUBSCR_DICT)
    private static int storeSubscrDict(Frame f, int instr) {
        // ... value container sub -> ...
        PyObject[] s = f.s;
        int sp = f.sp;
        PyObject container = s[sp - 2];
        if (!Guards.exactDict(container)) {
            return -1;
        }
        SpecEvents.hit(f.ec, instr, Op.STORE_SUBSCR_DICT); // before the store: __eq__/__hash__ may raise
        ((PyDict) container).setItem(s[sp - 1], s[sp - 3]);
        return storedSubscr(f, sp);
    }

    /** After a STORE_SUBSCR_* hit: pops value, container and sub, skips the cache. */
    private static int storedSubscr(Frame f, int sp) {
        PyObject[] s = f.s;
        s[sp - 1] = null;
        s[sp - 2] = null;
        s[sp - 3] = null;
        f.ip += 1;
        return sp - 3;
    }

    /** The ip after a fused compare-and-branch with outcome {@code sign}; {@code ip} is the first cache unit. */
    static int jumpAfterCompare(char[] u, int ip, int sign) {
        int jump = (9 << (sign + 1)) & u[ip + 1];
        int next = u[ip + 2] >>> 8;
        ip += 3;
        if (jump == 0) {
            return ip;
        }
        return jump >= 8 ? ip - next : ip + next;
    }

    // CPython 3.11: Python/ceval.c TARGET(UNPACK_SEQUENCE_TWO_TUPLE / UNPACK_SEQUENCE_TUPLE / UNPACK_SEQUENCE_LIST)
    /** UNPACK_SEQUENCE_TWO_TUPLE (n is 2) / TUPLE: the items to push (last first), or null on a miss. */
    static PyObject[] tupleItems(PyObject seq, int n) {
        if (seq.getClass() != PyTuple.class) {
            return null;
        }
        PyObject[] items = ((PyTuple) seq).items;
        return items.length == n ? items : null;
    }

    /** UNPACK_SEQUENCE_LIST: the items to push (the first {@code n}, last first), or null on a miss. */
    static PyObject[] listItems(PyObject seq, int n) {
        return Guards.exactList(seq) && ((PyList) seq).size == n ? ((PyList) seq).items : null;
    }

    /** Whether the code runs as a generator/coroutine (such calls are not inlined as frames). */
    static boolean isGeneratorCode(CodeObject code) {
        return (code.flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE
                | CodeObject.CO_ASYNC_GENERATOR)) != 0;
    }
}
