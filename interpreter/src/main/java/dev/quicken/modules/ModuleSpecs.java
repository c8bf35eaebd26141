package dev.quicken.modules;

import dev.quicken.code.CodeObject;
import dev.quicken.compiler.Compiler;
import dev.quicken.eval.Interpreter;
import dev.quicken.eval.Run;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code module.__spec__}: instances of a small {@code ModuleSpec} class with the attributes of
 * {@code importlib.machinery.ModuleSpec} (written in Python, compiled once per interpreter).
 */
final class ModuleSpecs {

    private static final String SOURCE = String.join("\n",
            "class ModuleSpec:",
            "    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):",
            "        self.name = name",
            "        self.loader = loader",
            "        self.origin = origin",
            "        self.loader_state = loader_state",
            "        self.submodule_search_locations = [] if is_package else None",
            "        self._set_fileattr = False",
            "        self._cached = None",
            "    def __repr__(self):",
            "        args = [f'name={self.name!r}', f'loader={self.loader!r}']",
            "        if self.origin is not None:",
            "            args.append(f'origin={self.origin!r}')",
            "        if self.submodule_search_locations is not None:",
            "            args.append(f'submodule_search_locations={self.submodule_search_locations}')",
            "        return f'{self.__class__.__name__}({\", \".join(args)})'",
            "    def __eq__(self, other):",
            "        smsl = self.submodule_search_locations",
            "        try:",
            "            return (self.name == other.name and self.loader == other.loader and",
            "                    self.origin == other.origin and smsl == other.submodule_search_locations and",
            "                    self.cached == other.cached and self.has_location == other.has_location)",
            "        except AttributeError:",
            "            return NotImplemented",
            "    @property",
            "    def cached(self):",
            "        return self._cached",
            "    @cached.setter",
            "    def cached(self, cached):",
            "        self._cached = cached",
            "    @property",
            "    def parent(self):",
            "        if self.submodule_search_locations is None:",
            "            return self.name.rpartition('.')[0]",
            "        return self.name",
            "    @property",
            "    def has_location(self):",
            "        return self._set_fileattr",
            "    @has_location.setter",
            "    def has_location(self, value):",
            "        self._set_fileattr = bool(value)",
            "");

    private static final Map<Interpreter, PyObject> CLASSES = new WeakHashMap<>();
    private static CodeObject code;

    private ModuleSpecs() {
    }

    private static synchronized PyObject specClass(Interpreter in) {
        PyObject cls = CLASSES.get(in);
        if (cls == null) {
            if (code == null) {
                code = Compiler.compile(SOURCE, "<frozen importlib._bootstrap>", "exec");
            }
            PyModule m = new PyModule("importlib._bootstrap");
            Run.execModule(in, code, m);
            cls = m.dict.getStr("ModuleSpec");
            CLASSES.put(in, cls);
        }
        return cls;
    }

    /**
     * The spec of a module found on a path: importlib's own ({@code spec_from_file_location}, with its
     * {@code SourceFileLoader} or {@code SourcelessFileLoader}) once importlib is installed, else quicken's
     * small {@code ModuleSpec} without a loader.
     */
    static PyObject create(Interpreter in, String name, String origin, String cached, List<String> path,
            boolean namespace) {
        PyObject external = in.modules.getStr("_frozen_importlib_external");
        if (external != null && origin != null && !namespace) {
            PyObject[] args = {new PyStr(name), new PyStr(origin)};
            String[] kw = new String[0];
            if (path != null) {
                PyList locs = new PyList();
                for (String p : path) {
                    locs.append(new PyStr(p));
                }
                args = new PyObject[] {args[0], args[1], locs};
                kw = new String[] {"submodule_search_locations"};
            }
            PyObject spec = Abstract.call(Abstract.getAttr(external, "spec_from_file_location"), args, kw);
            if (spec != PyNone.NONE) {
                return spec;
            }
        }
        return createOwn(in, name, origin, cached, path, namespace);
    }

    /**
     * Gives a Java-native module loaded after importlib's installation the spec and loader
     * {@code BuiltinImporter} gives it ({@code _bootstrap._setup} does so for those loaded before).
     */
    // CPython 3.11: Lib/importlib/_bootstrap.py BuiltinImporter.find_spec, _init_module_attrs
    static void builtinSpec(Interpreter in, PyModule m) {
        PyObject bootstrap = in.modules.getStr("_frozen_importlib");
        if (bootstrap == null) {
            return;
        }
        PyObject importer = Abstract.getAttr(bootstrap, "BuiltinImporter");
        PyObject spec = Abstract.call(Abstract.getAttr(bootstrap, "ModuleSpec"), new PyObject[] {
            new PyStr(m.name()), importer, new PyStr("built-in")}, new String[] {"origin"});
        Abstract.callMethod(bootstrap, "_init_module_attrs", spec, m);
    }

    private static PyObject createOwn(Interpreter in, String name, String origin, String cached, List<String> path,
            boolean namespace) {
        PyObject spec = Abstract.call(specClass(in), new PyObject[] {new PyStr(name), PyNone.NONE,
            origin == null ? PyNone.NONE : new PyStr(origin), PyBool.of(path != null)},
                new String[] {"origin", "is_package"});
        if (path != null) {
            PyList locs = (PyList) Abstract.getAttr(spec, "submodule_search_locations");
            for (String p : path) {
                locs.append(new PyStr(p));
            }
        }
        if (origin != null) {
            Abstract.setAttr(spec, "has_location", PyBool.TRUE);
            if (cached != null) {
                Abstract.setAttr(spec, "cached", new PyStr(cached));
            }
        }
        return spec;
    }
}
