package dev.quicken.builtins;

import dev.quicken.eval.EvalAccess;
import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.io.OutputStream;

/** The {@code sys} module (a subset). */
public final class SysModule {

    private SysModule() {
    }

    public static PyModule create(Interpreter in, OutputStream out, OutputStream err, String[] argv) {
        PyModule m = new PyModule("sys");
        PyObject[] av = new PyObject[argv.length];
        for (int i = 0; i < argv.length; i++) {
            av[i] = new PyStr(argv[i]);
        }
        m.dict.setStr("argv", new PyList(av));
        m.dict.setStr("modules", in.modules);
        m.dict.setStr("path", new PyList());
        TextOut so = new TextOut(out, false, 1, stdioErrors());
        TextOut se = new TextOut(err, true, 2, "backslashreplace");
        m.dict.setStr("stdout", so);
        m.dict.setStr("stderr", se);
        m.dict.setStr("__stdout__", so);
        m.dict.setStr("__stderr__", se);
        m.lazy = new LazyStdin(in, m);
        m.dict.setStr("maxsize", PyInt.of(Long.MAX_VALUE));
        m.dict.setStr("byteorder", new PyStr("little"));
        m.dict.setStr("platform", new PyStr("linux"));
        m.dict.setStr("version", new PyStr("3.11.7 (quicken)"));
        m.dict.setStr("version_info", new PyTuple(new PyObject[] {PyInt.of(3), PyInt.of(11), PyInt.of(7),
            new PyStr("final"), PyInt.of(0)}));
        m.dict.setStr("hexversion", PyInt.of(0x030b07f0));
        def(m, "getrecursionlimit", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(in.recursionLimit);
            }
        });
        def(m, "setrecursionlimit", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Args.count("setrecursionlimit", a, null, 0, 1, 1);
                long n = Args.integer(a[0]);
                if (n < 1) {
                    throw Exc.valueError("recursion limit must be greater or equal than 1");
                }
                // CPython 3.11: Python/sysmodule.c sys_setrecursionlimit_impl (reject a limit below the depth)
                if (in.depth() >= n) {
                    throw new PyException(Exc.make(Exc.RecursionError, "cannot set the recursion limit to " + n
                            + " at the recursion depth " + in.depth() + ": the limit is too low"));
                }
                in.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
                return PyNone.NONE;
            }
        });
        // CPython 3.11: Python/sysmodule.c sys_set_int_max_str_digits_impl
        def(m, "get_int_max_str_digits", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(dev.quicken.runtime.IntText.maxStrDigits);
            }
        });
        def(m, "set_int_max_str_digits", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Args.count("set_int_max_str_digits", a, null, 0, 1, 1);
                long n = Args.integer(a[0]);
                if (n != 0 && n < dev.quicken.runtime.IntText.MAX_STR_DIGITS_THRESHOLD) {
                    throw Exc.valueError("maxdigits must be 0 or larger than 640");
                }
                dev.quicken.runtime.IntText.maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
                return PyNone.NONE;
            }
        });
        def(m, "exit", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                PyBaseException e = Exc.make(Exc.SystemExit);
                e.args = a.length == 0 ? PyTuple.EMPTY : new PyTuple(new PyObject[] {a[0]});
                e.setMember("code", a.length == 0 ? PyNone.NONE : a[0]);
                throw new PyException(e);
            }
        });
        def(m, "exc_info", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                PyBaseException h = in.handledException();
                if (h == null) {
                    return new PyTuple(new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE});
                }
                return new PyTuple(new PyObject[] {h.type(), h, h.traceback == null ? PyNone.NONE : h.traceback});
            }
        });
        def(m, "exception", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                PyBaseException h = in.handledException();
                return h == null ? PyNone.NONE : h;
            }
        });
        def(m, "_getframe", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return EvalAccess.getFrame(in, a.length == 0 ? 0 : (int) Args.integer(a[0]));
            }
        });
        // CPython 3.11: Python/sysmodule.c sys_intern_impl (one str object per value)
        java.util.Map<String, PyStr> interned = new java.util.HashMap<>();
        def(m, "intern", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Args.count("intern", a, null, 0, 1, 1);
                if (!(a[0] instanceof PyStr)) {
                    throw Exc.typeError("intern() argument must be str, not " + Abstract.typeName(a[0]));
                }
                if (a[0].getClass() != PyStr.class) {
                    throw Exc.typeError("can't intern " + Abstract.typeName(a[0]));
                }
                return interned.computeIfAbsent(((PyStr) a[0]).value, new java.util.function.Function<String, PyStr>() {
                    @Override
                    public PyStr apply(String k) {
                        return (PyStr) a[0];
                    }
                });
            }
        });
        def(m, "getsizeof", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                return PyInt.of(64);
            }
        });
        // CPython 3.11: Python/sysmodule.c sys_excepthook_impl (PyErr_Display to sys.stderr)
        def(m, "excepthook", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                if (a.length != 3) {
                    throw Exc.typeError("excepthook expected 3 arguments, got " + a.length);
                }
                String text;
                if (a[1] instanceof dev.quicken.runtime.PyBaseException) {
                    dev.quicken.runtime.PyBaseException e = (dev.quicken.runtime.PyBaseException) a[1];
                    if (e.traceback == null && a[2] != PyNone.NONE) {
                        e.traceback = a[2];
                    }
                    text = dev.quicken.eval.Tracebacks.format(e, in.searchPath);
                } else {
                    text = "TypeError: print_exception(): Exception expected for value, " + Abstract.typeName(a[1])
                            + " found\n";
                }
                Abstract.callMethod(Abstract.getAttr(m, "stderr"), "write", new dev.quicken.runtime.PyStr(text));
                return PyNone.NONE;
            }
        });
        m.dict.setStr("__excepthook__", m.dict.getStr("excepthook"));
        // CPython 3.11: Python/sysmodule.c sys_displayhook
        def(m, "displayhook", new F() {
            @Override
            public PyObject apply(PyObject[] a) {
                Args.count("displayhook", a, null, 0, 1, 1);
                if (a[0] != PyNone.NONE) {
                    in.builtins.setStr("_", PyNone.NONE);
                    PyObject o = m.dict.getStr("stdout");
                    if (o == null || o == PyNone.NONE) {
                        throw Exc.runtimeError("lost sys.stdout");
                    }
                    Abstract.callMethod(o, "write", new PyStr(Abstract.repr(a[0])));
                    Abstract.callMethod(o, "write", new PyStr("\n"));
                    in.builtins.setStr("_", a[0]);
                }
                return PyNone.NONE;
            }
        });
        m.dict.setStr("__displayhook__", m.dict.getStr("displayhook"));
        return m;
    }

    interface F {
        PyObject apply(PyObject[] a);
    }

    static void def(PyModule m, String name, F f) {
        m.dict.setStr(name, new PyBuiltinFunction(name, new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.noKw(name, kw);
                return f.apply(a);
            }
        }, null, "sys"));
    }

    /**
     * {@code sys.stdin} and {@code sys.__stdin__}, made on first access (most programs never read
     * standard input, and making it would import {@code _io} at every start-up) as CPython's
     * create_stdio makes them: {@code TextIOWrapper(open(0, 'rb', closefd=False), 'utf-8',
     * 'strict', newline='\n')} whose raw file is named {@code <stdin>}.
     */
    static final class LazyStdin implements java.util.function.Function<String, PyObject> {
        private final Interpreter in;
        private final PyModule sys;
        private boolean made;

        LazyStdin(Interpreter in, PyModule sys) {
            this.in = in;
            this.sys = sys;
        }

        @Override
        public PyObject apply(String name) {
            if (made || !(name.equals("stdin") || name.equals("__stdin__"))) {
                return null;
            }
            made = true;
            // CPython 3.11: Python/pylifecycle.c create_stdio
            PyObject io = dev.quicken.eval.Imports.importModule(in, "_io", false);
            PyObject buf = Abstract.call(Abstract.getAttr(io, "open"),
                    new PyObject[] {PyInt.of(0), new PyStr("rb"), PyInt.of(-1), PyNone.NONE, PyNone.NONE,
                        PyNone.NONE, dev.quicken.runtime.PyBool.FALSE}, null);
            Abstract.setAttr(Abstract.getAttr(buf, "raw"), "name", new PyStr("<stdin>"));
            PyObject stream = Abstract.call(Abstract.getAttr(io, "TextIOWrapper"),
                    new PyObject[] {buf, new PyStr("utf-8"), new PyStr(stdioErrors()), new PyStr("\n"),
                        dev.quicken.runtime.PyBool.FALSE, dev.quicken.runtime.PyBool.FALSE}, null);
            Abstract.setAttr(stream, "mode", new PyStr("r"));
            for (String n : new String[] {"stdin", "__stdin__"}) {
                if (sys.dict.getStr(n) == null) {
                    sys.dict.setStr(n, stream);
                }
            }
            return sys.dict.getStr(name);
        }
    }

    /**
     * The error handler of {@code sys.stdin} and {@code sys.stdout}: {@code surrogateescape} in the C/POSIX
     * locale and its UTF-8 coercion targets, else {@code strict}.
     */
    // CPython 3.11: Python/initconfig.c config_get_stdio_errors
    static String stdioErrors() {
        String loc = null;
        for (String v : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            loc = System.getenv(v);
            if (loc != null && !loc.isEmpty()) {
                break;
            }
        }
        if (loc == null || loc.isEmpty() || loc.equals("C") || loc.equals("POSIX") || loc.equals("C.UTF-8")
                || loc.equals("C.utf8") || loc.equals("UTF-8")) {
            return "surrogateescape";
        }
        return "strict";
    }

    /** {@code sys.stdin}, made now if it has not been (null if the program deleted it). */
    public static PyObject stdin(Interpreter in) {
        PyObject s = in.sys.dict.getStr("stdin");
        if (s == null && in.sys.lazy != null) {
            s = in.sys.lazy.apply("stdin");
        }
        return s;
    }
}
