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
        for (Builtin m : Builtin.values()) {
            register(m.name(), m);
        }
    }

    /**
     * The native modules by name, each made by its case: one class with a switch instead of a lambda class per
     * module linked at start-up. The modules written in Python ({@link PythonModules}) share the last case.
     */
    private enum Builtin implements Function<Interpreter, PyModule> {
        math, errno, _opcode, _quicken_floats, _thread, _contextvars, _struct, _quicken_posix, posix, _quicken_hash,
        _quicken_binascii, _quicken_zlib, marshal, _hashlib, _blake2, binascii, zlib, _signal, _imp, _warnings, _ast,
        itertools, _io, _quicken_time, time, _sre, _json, _string, _locale, _codecs, _socket, select,
        _posixsubprocess, unicodedata, _weakref, gc, atexit, _collections, _abc, _random, _sha512, _functools,
        _operator, _heapq, _bisect, array, cmath, _csv;

        @Override
        public PyModule apply(Interpreter in) {
            switch (this) {
            case math:
                return MathModule.create();
            case errno:
                return ErrnoModule.create(in);
            case _opcode:
                return OpcodeModule.create(in);
            case _quicken_floats:
                return FloatsModule.create();
            case _quicken_posix:
                return PosixModule.create(in);
            case _quicken_hash:
                return HashModule.create(in);
            case _quicken_binascii:
                return BinasciiModule.create(in);
            case _quicken_zlib:
                return ZlibModule.create(in);
            case marshal:
                return MarshalModule.create(in);
            case _warnings:
                return dev.quicken.builtins.WarningsModule.create(in);
            case itertools:
                return dev.quicken.builtins.ItertoolsModule.create();
            case _io:
                return dev.quicken.modules.io.IoModule.create(in);
            case _quicken_time:
                return TimeModule.create(in);
            case _sre:
                return dev.quicken.modules.sre.SreModule.create(in);
            case _json:
                return JsonModule.create(in);
            case _string:
                return StringModule.create(in);
            case _locale:
                return LocaleModule.create(in);
            case _codecs:
                return CodecsModule.create(in);
            case _socket:
                return SocketModule.create(in);
            case select:
                return SelectModule.create(in);
            case _posixsubprocess:
                return PosixSubprocessModule.create(in);
            case unicodedata:
                return dev.quicken.modules.unicodedata.UnicodeDataModule.create(in);
            case _weakref:
                return dev.quicken.builtins.WeakrefModule.create();
            case gc:
                return dev.quicken.builtins.GcAtexitModules.gc();
            case atexit:
                return dev.quicken.builtins.GcAtexitModules.atexit();
            case _collections:
                return dev.quicken.builtins.CollectionsNative.create();
            case _abc:
                return dev.quicken.builtins.AbcModule.create();
            case _random:
                return dev.quicken.builtins.RandomNative.random();
            case _sha512:
                return dev.quicken.builtins.RandomNative.sha512();
            case _functools:
                return dev.quicken.builtins.FunctoolsNative.create();
            case _operator:
                return dev.quicken.builtins.OperatorNative.create();
            case _heapq:
                return dev.quicken.builtins.HeapqBisectNative.heapq();
            case _bisect:
                return dev.quicken.builtins.HeapqBisectNative.bisect();
            case array:
                return dev.quicken.builtins.ArrayModule.create();
            case cmath:
                return CmathModule.create(in);
            case _csv:
                return CsvModule.create(in);
            case _thread:
            case _contextvars:
            case _struct:
            case posix:
            case _hashlib:
            case _blake2:
            case binascii:
            case zlib:
            case _signal:
            case _imp:
            case _ast:
            case time:
                return PythonModules.create(in, name());
            default:
                throw new AssertionError(this);
            }
        }
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
        // a loop, not a stream: this runs at every start, and a stream pipeline loads ~40 classes
        java.util.List<String> out = new java.util.ArrayList<>(FACTORIES.size());
        for (String n : FACTORIES.keySet()) {
            if (!STAND_INS.contains(n)) {
                out.add(n);
            }
        }
        return out.toArray(new String[0]);
    }
}
