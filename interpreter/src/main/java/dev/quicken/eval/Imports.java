package dev.quicken.eval;

import dev.quicken.builtins.MathModule;
import dev.quicken.code.CodeObject;
import dev.quicken.code.MarshalException;
import dev.quicken.code.Pyc;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code import} basics: built-in modules, and modules from {@code .pyc} files on the search path. */
public final class Imports {

    private Imports() {
    }

    static PyObject importName(Interpreter in, Frame f, String name, PyObject fromlist, PyObject level) {
        PyObject imp = in.builtins.getStr("__import__");
        if (imp != null && !(imp instanceof dev.quicken.runtime.PyBuiltinFunction)) {
            return Abstract.call(imp, new PyObject[] {new PyStr(name), f.globals, f.locals == null ? PyNone.NONE
                : f.locals, fromlist, level}, null);
        }
        return importModule(in, name, fromlist != PyNone.NONE && Abstract.isTrue(fromlist));
    }

    /** {@code __import__(name)}: the top package (or the module itself when {@code fromlist}). */
    public static PyObject importModule(Interpreter in, String name, boolean fromlist) {
        String[] parts = name.split("\\.");
        PyObject top = null;
        PyObject mod = null;
        StringBuilder sofar = new StringBuilder();
        for (String p : parts) {
            if (sofar.length() > 0) {
                sofar.append('.');
            }
            sofar.append(p);
            mod = load(in, sofar.toString());
            if (top == null) {
                top = mod;
            }
        }
        return fromlist ? mod : top;
    }

    static PyObject load(Interpreter in, String name) {
        PyObject m = in.modules.getStr(name);
        if (m != null) {
            return m;
        }
        PyModule native1 = nativeModule(in, name);
        if (native1 != null) {
            in.modules.setStr(name, native1);
            return native1;
        }
        for (Path dir : in.searchPath) {
            Path pyc = dir.resolve(name + ".pyc");
            Path cached = dir.resolve("__pycache__").resolve(name + ".cpython-311.pyc");
            for (Path p : new Path[] {pyc, cached}) {
                if (Files.isRegularFile(p)) {
                    try {
                        CodeObject code = Pyc.load(Files.readAllBytes(p));
                        PyModule mod = new PyModule(name);
                        mod.dict.setStr("__file__", new PyStr(dir.resolve(name + ".py").toString()));
                        in.modules.setStr(name, mod);
                        try {
                            Run.execModule(in, code, mod);
                        } catch (RuntimeException e) {
                            in.modules.delStr(name);
                            throw e;
                        }
                        return in.modules.getStr(name);
                    } catch (IOException | MarshalException e) {
                        throw Exc.raise(Exc.ImportError, "cannot load " + p + ": " + e.getMessage());
                    }
                }
            }
        }
        PyBaseException e = Exc.make(Exc.ModuleNotFoundError, "No module named '" + name + "'");
        e.setInstanceAttr("name", new PyStr(name));
        throw e.raise();
    }

    static PyModule nativeModule(Interpreter in, String name) {
        switch (name) {
            case "math":
                return MathModule.create();
            case "functools":
                return dev.quicken.builtins.FunctoolsModules.functools();
            case "operator":
                return dev.quicken.builtins.FunctoolsModules.operator();
            case "itertools":
                return dev.quicken.builtins.ItertoolsModule.create();
            case "collections":
                return dev.quicken.builtins.CollectionsModule.create();
            case "typing":
                return dev.quicken.builtins.SmallModules.typing();
            case "dataclasses":
                return dev.quicken.builtins.SmallModules.dataclasses();
            case "string":
                return dev.quicken.builtins.SmallModules.string();
            case "time":
                return dev.quicken.builtins.SmallModules.time();
            case "random":
                return dev.quicken.builtins.RandomModule.create();
            case "abc":
                return dev.quicken.builtins.SmallModules.abc();
            default:
                return null;
        }
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
        e.setInstanceAttr("name", new PyStr(modName));
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
