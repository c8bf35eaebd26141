package dev.quicken.modules;

import dev.quicken.code.CodeObject;
import dev.quicken.code.MarshalException;
import dev.quicken.code.Pyc;
import dev.quicken.compiler.PySyntaxError;
import dev.quicken.eval.Interpreter;
import dev.quicken.eval.Run;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * quicken's import system, a Java rendering of {@code importlib._bootstrap}'s path-based import:
 * Java-native modules first (CPython's {@code BuiltinImporter}), then each {@code sys.path} entry (or the
 * parent package's {@code __path__}) for a regular package ({@code NAME/__init__.py}), a source module
 * ({@code NAME.py}, using CPython's {@code __pycache__/NAME.cpython-311.pyc} when it is up to date, else
 * compiling the source), a sourceless module ({@code NAME.pyc}), and finally a namespace package
 * ({@code NAME/} without {@code __init__.py}). Relative imports, {@code fromlist} submodules and
 * {@code sys.modules} behave as in CPython 3.11.
 */
public final class ImportSystem {

    /** Set to {@code false} to compile every source module instead of using CPython's cached {@code .pyc}. */
    public static final String USE_PYC_PROPERTY = "quicken.import.pyc";

    private static final String PYC_TAG = ".cpython-311.pyc";

    private ImportSystem() {
    }

    // ---------------------------------------------------------------- sys.path

    /**
     * Fills {@code sys.path} (the CPython {@code Lib}, when one is found) and the import-related
     * attributes of {@code sys}; called when an interpreter is built.
     */
    public static void initSys(Interpreter in) {
        PyDict sys = in.sys.dict;
        PyList path = new PyList();
        Path lib = StdlibLocator.find();
        if (lib != null) {
            path.append(new PyStr(lib.toString()));
        }
        sys.setStr("path", path);
        sys.setStr("meta_path", new PyList());
        sys.setStr("path_hooks", new PyList());
        sys.setStr("path_importer_cache", new PyDict());
        String[] natives = NativeModules.names();
        List<String> names = new ArrayList<>(Arrays.asList(natives));
        names.add("builtins");
        names.add("sys");
        names.sort(null);
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = new PyStr(names.get(i));
        }
        sys.setStr("builtin_module_names", new PyTuple(items));
        Interpreter prev = in.enter();
        try {
            SysExtras.complete(in);
        } finally {
            Interpreter.exit(prev);
        }
        if (lib != null) {
            Path prefix = lib.getParent() != null && lib.getParent().getParent() != null
                    ? lib.getParent().getParent() : lib;
            for (String n : new String[] {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
                if (sys.getStr(n) == null) {
                    sys.setStr(n, new PyStr(prefix.toString()));
                }
            }
        }
    }

    /** The CPython {@code Lib} on {@code sys.path} of {@code in} (the entry holding {@code os.py}), or null. */
    public static Path stdlib(Interpreter in) {
        for (String e : pathEntries(in)) {
            Path p = Path.of(e.isEmpty() ? "." : e);
            if (StdlibLocator.isLib(p)) {
                return p;
            }
        }
        return null;
    }

    /** Replaces the CPython {@code Lib} entry of {@code sys.path} (or appends one): the embedding option. */
    public static void setStdlib(Interpreter in, Path lib) {
        PyList path = sysPath(in);
        String old = stdlib(in) == null ? null : stdlib(in).toString();
        PyStr entry = new PyStr(lib.toAbsolutePath().normalize().toString());
        for (int i = 0; i < path.size(); i++) {
            if (old != null && path.get(i) instanceof PyStr && ((PyStr) path.get(i)).value.equals(old)) {
                path.items[i] = entry;
                return;
            }
        }
        path.append(entry);
    }

    /** {@code sys.path[0]}: the directory of the script being run ({@code ""} for {@code -c} and the REPL). */
    public static void setScriptDir(Interpreter in, Path dir) {
        sysPath(in).insert(0, new PyStr(dir == null ? "" : dir.toString()));
    }

    private static PyList sysPath(Interpreter in) {
        PyObject p = in.sys.dict.getStr("path");
        if (!(p instanceof PyList)) {
            p = new PyList();
            in.sys.dict.setStr("path", p);
        }
        return (PyList) p;
    }

    private static List<String> pathEntries(Interpreter in) {
        PyObject p = in.sys.dict.getStr("path");
        List<String> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        for (PyObject o : Abstract.toArray(p)) {
            if (o instanceof PyStr) {
                out.add(((PyStr) o).value);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- __import__

    /**
     * {@code __import__(name, globals, locals, fromlist, level)}.
     */
    // CPython 3.11: Python/import.c PyImport_ImportModuleLevelObject
    public static PyObject importModuleLevel(Interpreter in, String name, PyObject globals, PyObject fromlist,
            int level) {
        if (level < 0) {
            throw Exc.valueError("level must be >= 0");
        }
        String absName;
        if (level > 0) {
            absName = resolveName(name, globals, level);
        } else {
            if (name.isEmpty()) {
                throw Exc.valueError("Empty module name");
            }
            absName = name;
        }
        PyObject mod = in.modules.getStr(absName);
        if (mod == null || mod == PyNone.NONE) {
            mod = findAndLoad(in, absName);
        }
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !name.isEmpty()) {
                int dot = name.indexOf('.');
                if (dot < 0) {
                    return level == 0 ? mod : mod;
                }
                if (level == 0) {
                    return importModuleLevel(in, name.substring(0, dot), PyNone.NONE, PyNone.NONE, 0);
                }
                int cutOff = name.length() - dot;
                String toReturn = absName.substring(0, absName.length() - cutOff);
                PyObject r = in.modules.getStr(toReturn);
                if (r == null) {
                    throw Exc.raise(Exc.KeyError, "'" + toReturn + "' not in sys.modules as expected");
                }
                return r;
            }
            return mod;
        }
        if (Abstract.lookupAttr(mod, "__path__") != null) {
            return handleFromlist(in, mod, fromlist, false);
        }
        return mod;
    }

    /** Relative-import base: {@code importlib._bootstrap._calc___package__} and {@code _resolve_name}. */
    // CPython 3.11: Python/import.c resolve_name
    private static String resolveName(String name, PyObject globals, int level) {
        if (!(globals instanceof PyDict)) {
            throw Exc.raise(Exc.KeyError, "'__name__' not in globals");
        }
        PyDict g = (PyDict) globals;
        PyObject pkg = g.getStr("__package__");
        PyObject spec = g.getStr("__spec__");
        String packageName;
        if (pkg != null && pkg != PyNone.NONE) {
            if (!(pkg instanceof PyStr)) {
                throw Exc.typeError("package must be a string");
            }
            packageName = ((PyStr) pkg).value;
        } else if (spec != null && spec != PyNone.NONE) {
            PyObject parent = Abstract.getAttr(spec, "parent");
            if (!(parent instanceof PyStr)) {
                throw Exc.typeError("__spec__.parent must be a string");
            }
            packageName = ((PyStr) parent).value;
        } else {
            PyObject n = g.getStr("__name__");
            if (n == null) {
                throw Exc.raise(Exc.KeyError, "'__name__' not in globals");
            }
            if (!(n instanceof PyStr)) {
                throw Exc.typeError("__name__ must be a string");
            }
            packageName = ((PyStr) n).value;
            if (g.getStr("__path__") == null) {
                int dot = packageName.lastIndexOf('.');
                packageName = dot < 0 ? "" : packageName.substring(0, dot);
            }
        }
        if (packageName.isEmpty()) {
            throw Exc.raise(Exc.ImportError, "attempted relative import with no known parent package");
        }
        String base = packageName;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Exc.raise(Exc.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _handle_fromlist
    private static PyObject handleFromlist(Interpreter in, PyObject module, PyObject fromlist, boolean recursive) {
        for (PyObject x : Abstract.toArray(fromlist)) {
            if (!(x instanceof PyStr)) {
                String where = recursive ? "``" + Abstract.str(Abstract.getAttr(module, "__name__")) + ".__all__``"
                        : "``from list''";
                throw Exc.typeError("Item in " + where + " must be str, not " + x.type().name());
            }
            String s = ((PyStr) x).value;
            if (s.equals("*")) {
                if (!recursive) {
                    PyObject all = Abstract.lookupAttr(module, "__all__");
                    if (all != null) {
                        handleFromlist(in, module, all, true);
                    }
                }
            } else if (Abstract.lookupAttr(module, s) == null) {
                String fromName = Abstract.str(Abstract.getAttr(module, "__name__")) + "." + s;
                try {
                    importModuleLevel(in, fromName, PyNone.NONE, PyNone.NONE, 0);
                } catch (PyException e) {
                    if (e.matches(Exc.ModuleNotFoundError)) {
                        PyObject n = e.value.member("name");
                        if (n instanceof PyStr && ((PyStr) n).value.equals(fromName)
                                && in.modules.getStr(fromName) == null) {
                            continue;
                        }
                    }
                    throw e;
                }
            }
        }
        return module;
    }

    // ---------------------------------------------------------------- finding and loading

    /** Imports {@code name} (absolute, dotted) and its parents; the module. */
    // CPython 3.11: Lib/importlib/_bootstrap.py _find_and_load_unlocked
    public static PyObject findAndLoad(Interpreter in, String name) {
        PyObject existing = in.modules.getStr(name);
        if (existing == PyNone.NONE) {
            throw notFound("import of " + name + " halted; None in sys.modules", name);
        }
        if (existing != null) {
            return existing;
        }
        int dot = name.lastIndexOf('.');
        List<String> searchIn;
        PyObject parentModule = null;
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            if (in.modules.getStr(parent) == null) {
                findAndLoad(in, parent);
            }
            existing = in.modules.getStr(name);
            if (existing != null && existing != PyNone.NONE) {
                return existing;
            }
            parentModule = in.modules.getStr(parent);
            PyObject path = parentModule == null ? null : Abstract.lookupAttr(parentModule, "__path__");
            if (path == null) {
                throw notFound("No module named '" + name + "'; '" + parent + "' is not a package", name);
            }
            searchIn = new ArrayList<>();
            for (PyObject o : Abstract.toArray(path)) {
                if (o instanceof PyStr) {
                    searchIn.add(((PyStr) o).value);
                }
            }
        } else {
            PyModule nat = NativeModules.create(in, name);
            if (nat != null) {
                in.modules.setStr(name, nat);
                ModuleSpecs.builtinSpec(in, nat);
                return nat;
            }
            searchIn = pathEntries(in);
        }
        String tail = name.substring(dot + 1);
        PyObject mod = loadFromPath(in, name, tail, searchIn);
        if (mod == null) {
            throw notFound("No module named '" + name + "'", name);
        }
        if (name.equals("importlib")) {
            installImportlib(in);
        }
        if (parentModule != null) {
            try {
                Abstract.setAttr(parentModule, tail, mod);
            } catch (PyException e) {
                // CPython 3.11 warns (ImportWarning) and goes on
            }
        }
        return mod;
    }

    /**
     * Once CPython's {@code importlib} package has run (its {@code _bootstrap._setup} gave the built-in
     * modules their specs), puts importlib's finders on {@code sys.meta_path} and {@code sys.path_hooks} as
     * CPython's start-up does ({@code _bootstrap._install} and {@code _bootstrap_external._install}), and
     * registers the two modules under their frozen names. The import statement stays quicken's; the finders
     * answer {@code importlib.util.find_spec}, {@code importlib.import_module}, {@code pkgutil} and the like.
     */
    // CPython 3.11: Python/pylifecycle.c init_importlib and init_importlib_external
    private static void installImportlib(Interpreter in) {
        PyObject bootstrap = in.modules.getStr("importlib._bootstrap");
        PyObject external = in.modules.getStr("importlib._bootstrap_external");
        if (bootstrap == null || external == null || in.modules.getStr("_frozen_importlib") != null) {
            return;
        }
        in.modules.setStr("_frozen_importlib", bootstrap);
        in.modules.setStr("_frozen_importlib_external", external);
        PyObject metaPath = in.sys.dict.getStr("meta_path");
        if (metaPath instanceof PyList) {
            ((PyList) metaPath).append(Abstract.getAttr(bootstrap, "BuiltinImporter"));
            ((PyList) metaPath).append(Abstract.getAttr(bootstrap, "FrozenImporter"));
        }
        Abstract.callMethod(external, "_install", bootstrap);
    }

    private static PyException notFound(String msg, String name) {
        PyBaseException e = Exc.make(Exc.ModuleNotFoundError, msg);
        e.setMember("name", new PyStr(name));
        e.setMember("path", PyNone.NONE);
        return e.raise();
    }

    // CPython 3.11: Lib/importlib/_bootstrap_external.py FileFinder.find_spec
    private static PyObject loadFromPath(Interpreter in, String name, String tail, List<String> entries) {
        List<String> namespace = new ArrayList<>();
        for (String entry : entries) {
            Path dir = Path.of(entry.isEmpty() ? "." : entry);
            Path pkg = dir.resolve(tail);
            boolean isDir = Files.isDirectory(pkg);
            if (isDir) {
                Path init = pkg.resolve("__init__.py");
                if (Files.isRegularFile(init)) {
                    return loadSource(in, name, init, pkg);
                }
                Path initc = pkg.resolve("__init__.pyc");
                if (Files.isRegularFile(initc)) {
                    return loadSourceless(in, name, initc, pkg);
                }
            }
            Path py = dir.resolve(tail + ".py");
            if (Files.isRegularFile(py)) {
                return loadSource(in, name, py, null);
            }
            Path pyc = dir.resolve(tail + ".pyc");
            if (Files.isRegularFile(pyc)) {
                return loadSourceless(in, name, pyc, null);
            }
            if (isDir) {
                namespace.add(entry.isEmpty() ? pkg.toString() : pkg.toString());
            }
        }
        if (!namespace.isEmpty()) {
            PyModule m = newModule(in, name, null, null, namespace, true);
            in.modules.setStr(name, m);
            return m;
        }
        return null;
    }

    private static PyObject loadSource(Interpreter in, String name, Path source, Path pkgDir) {
        byte[] src;
        try {
            src = Files.readAllBytes(source);
        } catch (IOException e) {
            throw Exc.raise(Exc.ImportError, "cannot read " + source + ": " + e.getMessage());
        }
        Path cached = (pkgDir != null ? pkgDir : source.getParent()).resolve("__pycache__")
                .resolve(stem(source) + PYC_TAG);
        CodeObject code = cachedCode(source, src, cached);
        if (code == null) {
            try {
                code = CodeCache.compile(src, source);
            } catch (PySyntaxError e) {
                throw syntaxError(e);
            }
        }
        List<String> path = pkgDir == null ? null : List.of(pkgDir.toString());
        PyModule m = newModule(in, name, source.toString(), Files.isRegularFile(cached) ? cached.toString() : null,
                path, false);
        return exec(in, name, m, code);
    }

    private static PyObject loadSourceless(Interpreter in, String name, Path pyc, Path pkgDir) {
        CodeObject code;
        try {
            code = Pyc.load(Files.readAllBytes(pyc));
        } catch (IOException | MarshalException e) {
            PyBaseException ex = Exc.make(Exc.ImportError, "bad magic number in '" + name + "': " + e.getMessage());
            ex.setMember("name", new PyStr(name));
            throw ex.raise();
        }
        List<String> path = pkgDir == null ? null : List.of(pkgDir.toString());
        // a sourceless module next to its .py names the .py in tracebacks (as quicken's corpus runner expects)
        String file = pyc.toString();
        Path py = pyc.resolveSibling(stem(pyc) + ".py");
        if (pkgDir == null && Files.isRegularFile(py)) {
            file = py.toString();
        }
        PyModule m = newModule(in, name, file, pyc.toString(), path, false);
        return exec(in, name, m, code);
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    /** CPython's own {@code __pycache__} entry when it matches the source (timestamp or hash), else null. */
    // CPython 3.11: Lib/importlib/_bootstrap_external.py SourceLoader.get_code
    private static CodeObject cachedCode(Path source, byte[] src, Path cached) {
        if ("false".equals(System.getProperty(USE_PYC_PROPERTY)) || !Files.isRegularFile(cached)) {
            return null;
        }
        try {
            byte[] data = Files.readAllBytes(cached);
            Pyc.PycFile f = Pyc.read(data);
            if ((f.flags() & Pyc.FLAG_HASH_BASED) != 0) {
                if ((f.flags() & Pyc.FLAG_CHECK_SOURCE) != 0
                        && !Arrays.equals(f.sourceHash(), Pyc.sourceHash(src))) {
                    return null;
                }
                return f.code();
            }
            BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            long mtime = a.lastModifiedTime().toMillis() / 1000 & 0xFFFFFFFFL;
            long size = src.length & 0xFFFFFFFFL;
            if (f.mtime() != mtime || f.sourceSize() != size) {
                return null;
            }
            return f.code();
        } catch (IOException | MarshalException | RuntimeException e) {
            return null;
        }
    }

    /** A module with CPython's dunder attributes, in CPython's dict order. */
    private static PyModule newModule(Interpreter in, String name, String file, String cached, List<String> path,
            boolean namespace) {
        PyModule m = new PyModule(name);
        boolean isPackage = path != null;
        int dot = name.lastIndexOf('.');
        String parent = isPackage ? name : dot < 0 ? "" : name.substring(0, dot);
        m.dict.setStr("__package__", new PyStr(parent));
        PyObject spec = ModuleSpecs.create(in, name, file, cached, path, namespace);
        PyObject loader = Abstract.lookupAttr(spec, "loader");
        m.dict.setStr("__loader__", loader == null ? PyNone.NONE : loader);
        m.dict.setStr("__spec__", spec);
        if (isPackage) {
            PyObject[] items = new PyObject[path.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = new PyStr(path.get(i));
            }
            m.dict.setStr("__path__", new PyList(items));
        }
        if (file != null) {
            m.dict.setStr("__file__", new PyStr(file));
            PyObject specCached = loader == PyNone.NONE || loader == null ? null : Abstract.lookupAttr(spec, "cached");
            m.dict.setStr("__cached__", specCached != null ? specCached
                    : cached == null ? PyNone.NONE : new PyStr(cached));
        }
        return m;
    }

    private static PyObject exec(Interpreter in, String name, PyModule m, CodeObject code) {
        in.modules.setStr(name, m);
        try {
            Run.execModule(in, code, m);
        } catch (RuntimeException e) {
            in.modules.delStr(name);
            throw e;
        }
        PyObject r = in.modules.getStr(name);
        if (r == null) {
            throw Exc.raise(Exc.KeyError, "'" + name + "'");
        }
        return r;
    }

    /** The Python {@code SyntaxError} (or subclass) for a compiler error. */
    public static PyException syntaxError(PySyntaxError e) {
        dev.quicken.runtime.PyType t;
        switch (e.kind) {
            case IndentationError:
                t = Exc.IndentationError;
                break;
            case TabError:
                t = Exc.TabError;
                break;
            case MemoryError:
                return Exc.make(Exc.MemoryError).raise();
            default:
                t = Exc.SyntaxError;
        }
        PyObject[] d = {e.filename == null ? PyNone.NONE : new PyStr(e.filename), PyInt.of(e.lineno),
            PyInt.of(e.offset), e.text == null ? PyNone.NONE : new PyStr(e.text.endsWith("\n") ? e.text : e.text + "\n"),
            PyInt.of(e.endLineno), PyInt.of(e.endOffset)};
        PyObject exc = Abstract.call(t, new PyObject[] {new PyStr(e.msg), new PyTuple(d)}, null);
        PyBaseException b = (PyBaseException) exc;
        // CPython 3.11: Objects/exceptions.c SyntaxError_init
        if (b.member("msg") == null) {
            b.setMember("msg", new PyStr(e.msg));
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            for (int i = 0; i < names.length; i++) {
                b.setMember(names[i], d[i]);
            }
            b.setMember("print_file_and_line", PyNone.NONE);
        }
        throw b.raise();
    }
}
