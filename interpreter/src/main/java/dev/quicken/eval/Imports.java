package dev.quicken.eval;

import dev.quicken.modules.ImportSystem;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;

/** The import opcodes; the import system itself is {@link ImportSystem}. */
public final class Imports {

    private Imports() {
    }

    static PyObject importName(Interpreter in, Frame f, String name, PyObject fromlist, PyObject level) {
        PyObject imp = in.builtins.getStr("__import__");
        if (imp != null && !(imp instanceof dev.quicken.runtime.PyBuiltinFunction)) {
            return Abstract.call(imp, new PyObject[] {new PyStr(name), f.globals, f.locals == null ? PyNone.NONE
                : f.locals, fromlist, level}, null);
        }
        return ImportSystem.importModuleLevel(in, name, f.globals, fromlist, (int) Abstract.indexClamped(level));
    }

    /** {@code __import__(name)}: the top package (or the module itself when {@code fromlist}). */
    public static PyObject importModule(Interpreter in, String name, boolean fromlist) {
        PyObject mod = ImportSystem.importModuleLevel(in, name, PyNone.NONE, PyNone.NONE, 0);
        return fromlist ? ImportSystem.findAndLoad(in, name) : mod;
    }

    static PyObject importFrom(Interpreter in, PyObject mod, String name) {
        PyObject v = Abstract.lookupAttr(mod, name);
        if (v != null) {
            return v;
        }
        String modName = mod instanceof PyModule ? ((PyModule) mod).name() : "?";
        PyObject sub = in.modules.getStr(modName + "." + name);
        if (sub != null) {
            return sub;
        }
        PyObject file = mod instanceof PyModule ? ((PyModule) mod).dict.getStr("__file__") : null;
        String where = file instanceof PyStr ? " (" + ((PyStr) file).value + ")" : " (unknown location)";
        PyBaseException e = Exc.make(Exc.ImportError, "cannot import name '" + name + "' from '" + modName + "'"
                + where);
        e.setMember("name", new PyStr(modName));
        throw e.raise();
    }

    static void importStar(Frame f, PyObject mod) {
        PyDict d = mod instanceof PyModule ? ((PyModule) mod).dict : Abstract.instanceDict(mod);
        PyObject all = d.getStr("__all__");
        PyObject[] names = all != null ? Abstract.toArray(all) : d.keysArray();
        for (PyObject n : names) {
            String s = Abstract.str(n);
            if (all == null && s.startsWith("_")) {
                continue;
            }
            PyObject v = Abstract.getAttr(mod, s);
            if (f.locals instanceof PyDict) {
                ((PyDict) f.locals).setStr(s, v);
            } else {
                Abstract.setItem(f.locals, n, v);
            }
        }
    }
}
