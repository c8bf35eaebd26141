package dev.quicken.modules;

import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a native module's dict in the insertion order CPython 3.11's module has: specialized
 * {@code LOAD_ATTR_MODULE} / {@code LOAD_GLOBAL_MODULE} caches record a key's index, which {@code dis} shows.
 */
public final class DictOrder {

    private DictOrder() {
    }

    /**
     * Reorders {@code m}'s dict: {@code __name__}, {@code __doc__}, {@code __package__}, {@code __loader__},
     * {@code __spec__} (the import system fills the last three in place), then {@code names}, then the rest.
     */
    public static void apply(PyModule m, String... names) {
        PyDict d = m.dict;
        PyObject[] keys = d.keysArray();
        PyObject[] values = d.valuesArray();
        d.clear();
        List<String> order = new ArrayList<>(List.of("__name__", "__doc__", "__package__", "__loader__", "__spec__"));
        order.addAll(List.of(names));
        for (String n : order) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] instanceof PyStr && ((PyStr) keys[i]).value.equals(n)) {
                    d.setItem(keys[i], values[i]);
                }
            }
            if (d.getStr(n) == null && n.startsWith("__")) {
                d.setStr(n, n.equals("__package__") ? new PyStr("") : PyNone.NONE);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (d.getItem(keys[i]) == null) {
                d.setItem(keys[i], values[i]);
            }
        }
    }
}
