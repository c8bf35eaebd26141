package dev.quicken.modules;

import dev.quicken.builtins.MathModule;
import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.PyModule;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The registry of Java-native modules: the modules CPython 3.11 writes in C ({@code sys.builtin_module_names}).
 * The import system asks it before searching {@code sys.path}, as CPython's {@code BuiltinImporter} comes first.
 */
public final class NativeModules {

    private static final Map<String, Function<Interpreter, PyModule>> FACTORIES = new TreeMap<>();
    private static final java.util.Set<String> STAND_INS = new java.util.TreeSet<>();

    static {
        register("math", in -> MathModule.create());
        register("errno", ErrnoModule::create);
        register("_opcode", OpcodeModule::create);
        register("_quicken_floats", in -> FloatsModule.create());
        for (String py : new String[] {"_thread", "_contextvars", "_struct"}) {
            register(py, in -> PythonModules.create(in, py));
        }
        register("_quicken_posix", PosixModule::create);
        register("posix", in -> PythonModules.create(in, "posix"));
        register("_quicken_hash", HashModule::create);
        register("_quicken_binascii", BinasciiModule::create);
        register("_quicken_zlib", ZlibModule::create);
        register("marshal", MarshalModule::create);
        for (String py : new String[] {"_hashlib", "_blake2", "binascii", "zlib", "_signal", "_imp", "_warnings", "_ast"}) {
            register(py, in -> PythonModules.create(in, py));
        }
        register("itertools", in -> dev.quicken.builtins.ItertoolsModule.create());
        register("_io", dev.quicken.modules.io.IoModule::create);
        register("_quicken_time", TimeModule::create);
        register("time", in -> PythonModules.create(in, "time"));
        register("_sre", dev.quicken.modules.sre.SreModule::create);
        register("_json", JsonModule::create);
        register("_string", StringModule::create);
        register("_locale", LocaleModule::create);
        register("_codecs", CodecsModule::create);
        register("_socket", SocketModule::create);
        register("select", SelectModule::create);
        register("_posixsubprocess", PosixSubprocessModule::create);
        register("unicodedata", dev.quicken.modules.unicodedata.UnicodeDataModule::create);
        register("_weakref", in -> dev.quicken.builtins.WeakrefModule.create());
        register("gc", in -> dev.quicken.builtins.GcAtexitModules.gc());
        register("atexit", in -> dev.quicken.builtins.GcAtexitModules.atexit());
        register("_collections", in -> dev.quicken.builtins.CollectionsNative.create());
        register("_abc", in -> dev.quicken.builtins.AbcModule.create());
        register("_random", in -> dev.quicken.builtins.RandomNative.random());
        register("_sha512", in -> dev.quicken.builtins.RandomNative.sha512());
        register("_functools", in -> dev.quicken.builtins.FunctoolsNative.create());
        register("_warnings", dev.quicken.builtins.WarningsModule::create);
        register("_operator", in -> dev.quicken.builtins.OperatorNative.create());
        register("_heapq", in -> dev.quicken.builtins.HeapqBisectNative.heapq());
        register("_bisect", in -> dev.quicken.builtins.HeapqBisectNative.bisect());
        register("array", in -> dev.quicken.builtins.ArrayModule.create());
        register("cmath", CmathModule::create);
        register("_csv", CsvModule::create);
    }

    /**
     * Registers a Java stand-in for a module that CPython writes in Python: it shadows the {@code Lib} module
     * until quicken runs the real one, and is not listed in {@code sys.builtin_module_names}.
     */
    public static synchronized void standIn(String name, Function<Interpreter, PyModule> factory) {
        FACTORIES.put(name, factory);
        STAND_INS.add(name);
    }

    private NativeModules() {
    }

    /** Registers a Java-native module (call from a static initializer). */
    public static synchronized void register(String name, Function<Interpreter, PyModule> factory) {
        FACTORIES.put(name, factory);
    }

    /** A new instance of the native module {@code name} for {@code in}, or null when there is none. */
    public static PyModule create(Interpreter in, String name) {
        Function<Interpreter, PyModule> f;
        synchronized (NativeModules.class) {
            f = FACTORIES.get(name);
        }
        if (f == null) {
            return null;
        }
        PyModule m = f.apply(in);
        // CPython 3.11: Objects/moduleobject.c PyModule_AddFunctions (a function's m_module is its module)
        for (dev.quicken.runtime.PyObject v : m.dict.valuesArray()) {
            if (v instanceof dev.quicken.runtime.PyBuiltinFunction bf && bf.self == null && bf.module == null) {
                bf.module = name;
            }
        }
        return m;
    }

    /** The names of the native modules, sorted ({@code sys.builtin_module_names} also lists builtins and sys). */
    public static synchronized String[] names() {
        return FACTORIES.keySet().stream().filter(n -> !STAND_INS.contains(n)).toArray(String[]::new);
    }
}
