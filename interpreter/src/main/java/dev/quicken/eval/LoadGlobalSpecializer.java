package dev.quicken.eval;

import dev.quicken.opcode.Op;
import dev.quicken.runtime.PyDict;

/** CPython 3.11: Python/specialize.c _Py_Specialize_LoadGlobal (spec §5.3). */
final class LoadGlobalSpecializer {

    private LoadGlobalSpecializer() {
    }

    // CPython 3.11: Python/specialize.c _Py_Specialize_LoadGlobal
    static void specialize(ExecCode ec, PyDict globals, PyDict builtins, int instr, String name) {
        char[] u = ec.units;
        if (!Guards.exactDict(globals)) {
            Specialize.fail(ec, instr, Op.LOAD_GLOBAL, Specialize.NO_KIND, null, null);
            return;
        }
        int index = globals.entryOfStr(name);
        if (index >= 0) {
            int version = index > 0xFFFF ? 0 : globals.keysVersion();
            if (version == 0) {
                Specialize.fail(ec, instr, Op.LOAD_GLOBAL, Specialize.NO_KIND, null, null);
                return;
            }
            u[instr + 2] = (char) index;
            Specialize.writeU32(u, instr + 3, version);
            Specialize.success(ec, instr, Op.LOAD_GLOBAL, Op.LOAD_GLOBAL_MODULE, null, null);
            return;
        }
        if (!Guards.exactDict(builtins)) {
            Specialize.fail(ec, instr, Op.LOAD_GLOBAL, Specialize.NO_KIND, null, null);
            return;
        }
        index = builtins.entryOfStr(name);
        if (index < 0 || index > 0xFFFF) {
            Specialize.fail(ec, instr, Op.LOAD_GLOBAL, Specialize.NO_KIND, null, null);
            return;
        }
        int globalsVersion = globals.keysVersion();
        if (globalsVersion == 0) {
            Specialize.fail(ec, instr, Op.LOAD_GLOBAL, Specialize.SPEC_FAIL_OUT_OF_VERSIONS, null, null);
            return;
        }
        int builtinsVersion = builtins.keysVersion();
        if (builtinsVersion == 0) {
            Specialize.fail(ec, instr, Op.LOAD_GLOBAL, Specialize.SPEC_FAIL_OUT_OF_VERSIONS, null, null);
            return;
        }
        if (builtinsVersion > 0xFFFF) {
            Specialize.fail(ec, instr, Op.LOAD_GLOBAL, Specialize.SPEC_FAIL_OUT_OF_RANGE, null, null);
            return;
        }
        u[instr + 2] = (char) index;
        Specialize.writeU32(u, instr + 3, globalsVersion);
        u[instr + 5] = (char) builtinsVersion;
        Specialize.success(ec, instr, Op.LOAD_GLOBAL, Op.LOAD_GLOBAL_BUILTIN, null, null);
    }
}
