package dev.quicken.modules;

import dev.quicken.eval.Interpreter;
import dev.quicken.eval.PyGenerator;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.nio.file.Path;

/**
 * The parts of {@code sys} that the standard library reads at import time ({@code implementation},
 * {@code flags}, {@code float_info}, ...), with CPython 3.11.7's values on 64-bit Linux. Only attributes
 * that {@code SysModule} does not set already are added.
 */
final class SysExtras {

    private SysExtras() {
    }

    static void complete(Interpreter in) {
        PyDict sys = in.sys.dict;
        PyModule helpers = PythonModules.create(in, "_quicken_sys");
        PyObject ns = helpers.dict.getStr("SimpleNamespace");
        PyObject structseq = helpers.dict.getStr("structseq");
        PyObject versionInfo = sys.getStr("version_info");
        PyObject vi = seq(structseq, "version_info", new String[] {"major", "minor", "micro", "releaselevel",
            "serial"}, versionInfo instanceof PyTuple ? ((PyTuple) versionInfo).items : new PyObject[] {
                PyInt.of(3), PyInt.of(11), PyInt.of(7), new PyStr("final"), PyInt.of(0)});
        sys.setStr("version_info", vi);
        setIfAbsent(sys, "implementation", Abstract.call(ns, new PyObject[] {new PyStr("cpython"),
            new PyStr("cpython-311"), vi, PyInt.of(0x030b07f0), new PyStr("x86_64-linux-gnu")},
                new String[] {"name", "cache_tag", "version", "hexversion", "_multiarch"}));
        setIfAbsent(sys, "flags", seq(structseq, "flags", new String[] {"debug", "inspect", "interactive",
            "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
            "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
            "warn_default_encoding", "safe_path", "int_max_str_digits"}, ints(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
                -2, 0, 0, -3, -1)));
        PyTuple flags = (PyTuple) sys.getStr("flags");
        flags.items[13] = PyBool.FALSE;
        flags.items[16] = PyBool.FALSE;
        setIfAbsent(sys, "float_info", seq(structseq, "float_info", new String[] {"max", "max_exp", "max_10_exp",
            "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, new PyObject[] {
                new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308), new PyFloat(Double.MIN_NORMAL),
                PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53), new PyFloat(Math.ulp(1.0)), PyInt.of(2),
                PyInt.of(1)}));
        setIfAbsent(sys, "int_info", seq(structseq, "int_info", new String[] {"bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold"}, ints(30, 4, 4300, 640)));
        setIfAbsent(sys, "hash_info", seq(structseq, "hash_info", new String[] {"width", "modulus", "inf", "nan",
            "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, new PyObject[] {PyInt.of(64),
                PyInt.of(2305843009213693951L), PyInt.of(314159), PyInt.of(0), PyInt.of(1000003),
                new PyStr("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.of(0)}));
        setIfAbsent(sys, "thread_info", seq(structseq, "thread_info", new String[] {"name", "lock", "version"},
                new PyObject[] {new PyStr("pthread"), new PyStr("semaphore"), PyNone.NONE}));
        setIfAbsent(sys, "warnoptions", new PyList());
        setIfAbsent(sys, "_xoptions", new PyDict());
        setIfAbsent(sys, "maxunicode", PyInt.of(0x10FFFF));
        setIfAbsent(sys, "float_repr_style", new PyStr("short"));
        setIfAbsent(sys, "api_version", PyInt.of(1013));
        setIfAbsent(sys, "dont_write_bytecode", PyBool.TRUE);
        setIfAbsent(sys, "pycache_prefix", PyNone.NONE);
        setIfAbsent(sys, "abiflags", new PyStr(""));
        setIfAbsent(sys, "copyright", new PyStr("quicken: CPython 3.11 bytecode on the JVM (see README.md)"));
        setIfAbsent(sys, "platlibdir", new PyStr("lib"));
        setIfAbsent(sys, "orig_argv", sys.getStr("argv"));
        Path exe = StdlibLocator.onPath("python3.11");
        setIfAbsent(sys, "executable", new PyStr(exe == null ? "" : exe.toString()));
        setIfAbsent(sys, "_base_executable", sys.getStr("executable"));
        if (sys.getStr("unraisablehook") == null) {
            PyObject hook = new PyBuiltinFunction("unraisablehook", new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] x0, String[] x1) {
                    return dev.quicken.builtins.Unraisable.defaultHook(x0, x1);
                }
            }, null, "sys");
            sys.setStr("unraisablehook", hook);
            sys.setStr("__unraisablehook__", hook);
            dev.quicken.builtins.Unraisable.argsType = (Abstract.call(structseq, new PyObject[] {
                new PyStr("UnraisableHookArgs"), new PyStr("sys"), new PyTuple(new PyObject[] {new PyStr("exc_type"),
                    new PyStr("exc_value"), new PyStr("exc_traceback"), new PyStr("err_msg"), new PyStr("object")})},
                    null));
        }
        asyncgenHooks(sys, structseq, in.builtins.getStr("callable"));
        fn(sys, "getdefaultencoding", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyStr("utf-8");
            }
        });
        fn(sys, "getfilesystemencoding", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyStr("utf-8");
            }
        });
        fn(sys, "getfilesystemencodeerrors", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return new PyStr("surrogateescape");
            }
        });
        fn(sys, "is_finalizing", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyBool.FALSE;
            }
        });
        fn(sys, "audit", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyNone.NONE;
            }
        });
        fn(sys, "getrefcount", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(2);
            }
        });
        // tracing and profiling functions are recorded but never called (docs/DIFFERENCES.md)
        PyObject[] hooks = {PyNone.NONE, PyNone.NONE};
        fn(sys, "gettrace", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return hooks[0];
            }
        });
        fn(sys, "getprofile", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return hooks[1];
            }
        });
        fn(sys, "settrace", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Args.count("settrace", a, null, 0, 1, 1);
                hooks[0] = a[0];
                return PyNone.NONE;
            }
        });
        fn(sys, "setprofile", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Args.count("setprofile", a, null, 0, 1, 1);
                hooks[1] = a[0];
                return PyNone.NONE;
            }
        });
        fn(sys, "_clear_type_cache", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyNone.NONE;
            }
        });
        PyObject[] interval = {new PyFloat(0.005)};
        fn(sys, "getswitchinterval", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return interval[0];
            }
        });
        // CPython 3.11: Python/sysmodule.c sys_setswitchinterval_impl
        fn(sys, "setswitchinterval", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Args.count("setswitchinterval", a, null, 0, 1, 1);
                double d = Abstract.asDouble(a[0]);
                if (d <= 0.0) {
                    throw Exc.valueError("switch interval must be strictly positive");
                }
                interval[0] = new PyFloat(d);
                return PyNone.NONE;
            }
        });
    }

    // CPython 3.11: Python/sysmodule.c sys_set_asyncgen_hooks, sys_get_asyncgen_hooks
    private static void asyncgenHooks(PyDict sys, PyObject structseq, PyObject callable) {
        PyObject cls = Abstract.call(structseq, new PyObject[] {new PyStr("asyncgen_hooks"), new PyStr("sys"),
            new PyTuple(new PyObject[] {new PyStr("firstiter"), new PyStr("finalizer")})}, null);
        sys.setStr("get_asyncgen_hooks", new PyBuiltinFunction("get_asyncgen_hooks", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("get_asyncgen_hooks", a, kw, 0, 0, 0);
                PyObject[] h = PyGenerator.asyncGenHooks();
                return Abstract.call(cls, new PyObject[] {new PyTuple(new PyObject[] {
                    h[0] == null ? PyNone.NONE : h[0], h[1] == null ? PyNone.NONE : h[1]})}, null);
            }
        }, null, "sys"));
        sys.setStr("set_asyncgen_hooks", new PyBuiltinFunction("set_asyncgen_hooks", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("set_asyncgen_hooks", a, kw, 0, new String[] {"firstiter", "finalizer"}, 0, 2);
                PyObject firstiter = p[0];
                PyObject finalizer = p[1];
                if (finalizer != null && finalizer != PyNone.NONE && !Abstract.isTrue(Abstract.call(callable, finalizer))) {
                    throw Exc.typeError("callable finalizer expected, got " + finalizer.type().name());
                }
                if (firstiter != null && firstiter != PyNone.NONE && !Abstract.isTrue(Abstract.call(callable, firstiter))) {
                    throw Exc.typeError("callable firstiter expected, got " + firstiter.type().name());
                }
                PyObject[] h = PyGenerator.asyncGenHooks();
                if (finalizer != null) {
                    h[1] = finalizer == PyNone.NONE ? null : finalizer;
                }
                if (firstiter != null) {
                    h[0] = firstiter == PyNone.NONE ? null : firstiter;
                }
                return PyNone.NONE;
            }
        }, null, "sys"));
    }

    private static PyObject[] ints(long... v) {
        PyObject[] out = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = PyInt.of(v[i]);
        }
        return out;
    }

    private static PyObject seq(PyObject structseq, String name, String[] fields, PyObject[] values) {
        PyObject[] names = new PyObject[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = new PyStr(fields[i]);
        }
        PyObject cls = Abstract.call(structseq, new PyObject[] {new PyStr(name), new PyStr("sys"),
            new PyTuple(names)}, null);
        return Abstract.call(cls, new PyObject[] {new PyTuple(values)}, null);
    }

    private static void setIfAbsent(PyDict d, String name, PyObject v) {
        if (d.getStr(name) == null) {
            d.setStr(name, v);
        }
    }

    interface F {
        PyObject apply(PyObject[] a);
    }

    private static void fn(PyDict sys, String name, F f) {
        if (sys.getStr(name) == null) {
            sys.setStr(name, new PyBuiltinFunction(name, new dev.quicken.runtime.JFunc() {
                @Override
                public PyObject call(PyObject[] a, String[] kw) {
                    return f.apply(a);
                }
            }, null, "sys"));
        }
    }
}
