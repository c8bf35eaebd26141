package dev.quicken.eval;

import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the builtins dict in the insertion order a normal {@code python3.11 prog.py} run has
 * (MethTables.BUILTINS_ORDER, from tools/gen_meth_flags.py), keeping an empty entry for each name quicken
 * lacks, so entry positions — which LOAD_GLOBAL_BUILTIN caches and dis shows as {@code index} —
 * agree with CPython's. Names CPython does not have follow at the end.
 */
final class BuiltinsOrder {

    private BuiltinsOrder() {
    }

    private static final List<String> ORDER = Guards.lines(MethTables.BUILTINS_ORDER);

    static void apply(PyDict builtins) {
        PyObject[] keys = builtins.keysArray();
        PyObject[] values = builtins.valuesArray();
        Map<String, PyObject> have = new LinkedHashMap<>();
        List<PyObject[]> other = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] instanceof PyStr) {
                have.put(((PyStr) keys[i]).value, values[i]);
            } else {
                other.add(new PyObject[] {keys[i], values[i]});
            }
        }
        builtins.clear();
        List<String> holes = new ArrayList<>();
        for (String name : ORDER) {
            PyObject v = have.remove(name);
            if (v == null) {
                holes.add(name);
                v = PyNone.NONE;
            }
            builtins.setStr(name, v);
        }
        for (Map.Entry<String, PyObject> e : have.entrySet()) {
            builtins.setStr(e.getKey(), e.getValue());
        }
        for (PyObject[] kv : other) {
            builtins.setItem(kv[0], kv[1]);
        }
        for (String name : holes) {
            builtins.delStr(name);
        }
    }
}
