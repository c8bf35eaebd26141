package dev.quicken.builtins;

import dev.quicken.eval.Frame;
import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
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
import dev.quicken.runtime.PyType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code _warnings}: the C core of {@code warnings} (CPython 3.11 Python/_warnings.c): the filter
 * list, the once-registry, {@code warn} and {@code warn_explicit}. Showing a warning goes through
 * {@code warnings._showwarnmsg} when {@code warnings} is imported, else straight to {@code sys.stderr}.
 */
public final class WarningsModule {

    private WarningsModule() {
    }

    static final PyObject NONE = PyNone.NONE;

    /** Per-interpreter state: the module (filters, _onceregistry, _defaultaction) and the filters version. */
    static final class State {
        PyModule module;
        long filtersVersion;
    }

    private static final Map<Interpreter, State> STATES = new WeakHashMap<>();

    static synchronized State state(Interpreter in) {
        return STATES.computeIfAbsent(in, new java.util.function.Function<Interpreter, State>() {
            @Override
            public State apply(Interpreter k) {
                return new State();
            }
        });
    }

    static PyObject warningsAttr(Interpreter in, String name) {
        PyObject w = in.modules.getStr("warnings");
        if (w == null || w == NONE) {
            return null;
        }
        return Abstract.lookupAttr(w, name);
    }

    static PyObject stateAttr(Interpreter in, String warningsName, String ownName) {
        PyObject v = warningsAttr(in, warningsName);
        if (v != null) {
            return v;
        }
        PyModule m = state(in).module;
        return m == null ? null : m.dict.getStr(ownName);
    }

    // CPython 3.11: Python/_warnings.c check_matched
    static boolean checkMatched(PyObject obj, PyObject arg) {
        if (obj == NONE) {
            return true;
        }
        if (obj.getClass() == PyStr.class) {
            return Abstract.eq(obj, arg);
        }
        return Abstract.isTrue(Abstract.callMethod(obj, "match", arg));
    }

    // CPython 3.11: Python/_warnings.c get_filter
    static String getFilter(Interpreter in, PyObject category, PyObject text, long lineno, PyObject module,
            PyObject[] item) {
        PyObject filters = stateAttr(in, "filters", "filters");
        if (!(filters instanceof PyList)) {
            throw Exc.valueError("_warnings.filters must be a list");
        }
        for (PyObject tmp : ((PyList) filters).toArray()) {
            if (!(tmp instanceof PyTuple) || ((PyTuple) tmp).items.length != 5) {
                throw Exc.valueError("_warnings.filters item isn't a 5-tuple");
            }
            PyObject[] f = ((PyTuple) tmp).items;
            if (!(f[0] instanceof PyStr)) {
                throw Exc.typeError("action must be a string, not '" + Abstract.typeName(f[0]) + "'");
            }
            long ln = Args.integer(f[4]);
            if (checkMatched(f[1], text) && Abstract.isSubclass(category, f[2]) && checkMatched(f[3], module)
                    && (ln == 0 || lineno == ln)) {
                item[0] = tmp;
                return ((PyStr) f[0]).value;
            }
        }
        PyObject action = stateAttr(in, "defaultaction", "_defaultaction");
        if (action instanceof PyStr) {
            item[0] = NONE;
            return ((PyStr) action).value;
        }
        throw Exc.valueError("warnings.defaultaction not found");
    }

    // CPython 3.11: Python/_warnings.c already_warned
    static boolean alreadyWarned(Interpreter in, PyObject registry, PyObject key, boolean shouldSet) {
        if (!(registry instanceof PyDict)) {
            return false;
        }
        PyDict reg = (PyDict) registry;
        long version = state(in).filtersVersion;
        PyObject v = reg.getStr("version");
        if (!(v instanceof PyInt) || ((PyInt) v).value != version) {
            reg.clear();
            reg.setStr("version", PyInt.of(version));
        } else {
            PyObject already = reg.getItem(key);
            if (already != null && Abstract.isTrue(already)) {
                return true;
            }
        }
        if (shouldSet) {
            reg.setItem(key, dev.quicken.runtime.PyBool.TRUE);
        }
        return false;
    }

    // CPython 3.11: Python/_warnings.c normalize_module
    static PyObject normalizeModule(PyObject filename) {
        String s = Abstract.str(filename);
        if (s.isEmpty()) {
            return new PyStr("<unknown>");
        }
        return new PyStr(s.endsWith(".py") ? s.substring(0, s.length() - 3) : s);
    }

    // CPython 3.11: Python/_warnings.c warn_explicit
    static PyObject warnExplicit(Interpreter in, PyObject category, PyObject message, PyObject filename, long lineno,
            PyObject module, PyObject registry, PyObject sourceline, PyObject source) {
        if (registry != null && registry != NONE && !(registry instanceof PyDict)) {
            throw Exc.typeError("'registry' must be a dict or None");
        }
        if (module == null || module == NONE) {
            module = normalizeModule(filename);
        }
        PyObject text;
        if (Abstract.isInstance(message, Exc.Warning)) {
            text = Abstract.strObj(message);
            category = message.type();
        } else {
            text = message;
            message = Abstract.call(category, message);
        }
        PyObject key = new PyTuple(new PyObject[] {text, category, PyInt.of(lineno)});
        if (registry != null && registry != NONE && alreadyWarned(in, registry, key, false)) {
            return NONE;
        }
        PyObject[] item = {NONE};
        String action = getFilter(in, category, text, lineno, module, item);
        if (action.equals("error")) {
            if (message instanceof PyBaseException) {
                throw new PyException((PyBaseException) message);
            }
            throw Exc.typeError("exceptions must derive from BaseException");
        }
        if (action.equals("ignore")) {
            return NONE;
        }
        if (!action.equals("always")) {
            if (registry != null && registry != NONE) {
                ((PyDict) registry).setItem(key, dev.quicken.runtime.PyBool.TRUE);
            }
            if (action.equals("once")) {
                PyObject once = stateAttr(in, "onceregistry", "_onceregistry");
                if (!(once instanceof PyDict)) {
                    throw Exc.typeError("warnings.onceregistry must be a dict, not '"
                            + (once == null ? "NoneType" : Abstract.typeName(once)) + "'");
                }
                if (alreadyWarned(in, once, new PyTuple(new PyObject[] {text, category}), true)) {
                    return NONE;
                }
            } else if (action.equals("module")) {
                if (registry != null && registry != NONE && alreadyWarned(in, registry,
                        new PyTuple(new PyObject[] {text, category, PyInt.of(0)}), true)) {
                    return NONE;
                }
            } else if (!action.equals("default")) {
                throw Exc.runtimeError("Unrecognized action (" + Abstract.repr(new PyStr(action))
                        + ") in warnings.filters:\n " + Abstract.repr(item[0]));
            }
        }
        showWarning(in, filename, lineno, text, category, message, sourceline, source);
        return NONE;
    }

    // CPython 3.11: Python/_warnings.c call_show_warning
    static void showWarning(Interpreter in, PyObject filename, long lineno, PyObject text, PyObject category,
            PyObject message, PyObject sourceline, PyObject source) {
        PyObject show = warningsAttr(in, "_showwarnmsg");
        PyObject wm = warningsAttr(in, "WarningMessage");
        if (show != null && wm != null) {
            PyObject msg = Abstract.call(wm, new PyObject[] {message, category, filename, PyInt.of(lineno), NONE, NONE,
                source == null ? NONE : source}, null);
            Abstract.call(show, msg);
            return;
        }
        // CPython 3.11: Python/_warnings.c show_warning
        StringBuilder sb = new StringBuilder();
        sb.append(Abstract.str(filename)).append(':').append(lineno).append(": ")
                .append(((PyType) category).name()).append(": ").append(Abstract.str(text)).append('\n');
        String line = sourceline != null && sourceline != NONE ? Abstract.str(sourceline)
                : readLine(Abstract.str(filename), lineno);
        if (line != null) {
            sb.append("  ").append(line.strip()).append('\n');
        }
        PyObject err = in.sys.dict.getStr("stderr");
        if (err != null && err != NONE) {
            Abstract.callMethod(err, "write", new PyStr(sb.toString()));
        }
    }

    static String readLine(String file, long lineno) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            return lineno >= 1 && lineno <= lines.size() ? lines.get((int) lineno - 1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static boolean isInternalFrame(Frame f) {
        String fn = f.code.filename.value;
        return fn.contains("importlib") && fn.contains("_bootstrap");
    }

    // CPython 3.11: Python/_warnings.c do_warn / setup_context / get_category
    static PyObject warn(Interpreter in, PyObject message, PyObject category, long stacklevel, PyObject source) {
        if (Abstract.isInstance(message, Exc.Warning)) {
            category = message.type();
        } else if (category == null || category == NONE) {
            category = Exc.UserWarning;
        }
        if (!(category instanceof PyType) || !((PyType) category).isSubtypeOf(Exc.Warning)) {
            throw Exc.typeError("category must be a Warning subclass, not '" + Abstract.typeName(category) + "'");
        }
        Frame f = in.currentFrame();
        if (stacklevel <= 0 || f != null && isInternalFrame(f)) {
            while (--stacklevel > 0 && f != null) {
                f = f.back;
            }
        } else {
            while (--stacklevel > 0 && f != null) {
                f = f.back;
                while (f != null && isInternalFrame(f)) {
                    f = f.back;
                }
            }
        }
        PyDict globals;
        PyObject filename;
        long lineno;
        if (f == null) {
            globals = in.sys.dict;
            filename = new PyStr("sys");
            lineno = 1;
        } else {
            globals = f.globals;
            filename = f.code.filename;
            lineno = f.lineNumber();
        }
        PyObject registry = globals.getStr("__warningregistry__");
        if (registry == null) {
            registry = new PyDict();
            globals.setStr("__warningregistry__", registry);
        }
        PyObject module = globals.getStr("__name__");
        if (!(module instanceof PyStr)) {
            module = new PyStr("<string>");
        }
        return warnExplicit(in, category, message, filename, lineno, module, registry, null, source);
    }

    /** {@code PyErr_WarnEx(category, message, stacklevel)} for Java code: warns on the current Python frame. */
    public static void warnEx(PyType category, String message, int stacklevel) {
        warn(Interpreter.current(), new PyStr(message), category, stacklevel, NONE);
    }

    static PyTuple filter(String action, PyType category, PyObject module) {
        return new PyTuple(new PyObject[] {new PyStr(action), NONE, category, module, PyInt.of(0)});
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("_warnings");
        state(in).module = m;
        // CPython 3.11: Python/_warnings.c init_filters (a release build)
        PyList filters = new PyList();
        filters.append(filter("default", Exc.DeprecationWarning, new PyStr("__main__")));
        filters.append(filter("ignore", Exc.DeprecationWarning, NONE));
        filters.append(filter("ignore", Exc.PendingDeprecationWarning, NONE));
        filters.append(filter("ignore", Exc.ImportWarning, NONE));
        filters.append(filter("ignore", Exc.ResourceWarning, NONE));
        m.dict.setStr("filters", filters);
        m.dict.setStr("_onceregistry", new PyDict());
        m.dict.setStr("_defaultaction", new PyStr("default"));
        NativeTypes.def(m, "_filters_mutated", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                state(Interpreter.current()).filtersVersion++;
                return NONE;
            }
        });
        NativeTypes.def(m, "warn", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("warn", a, kw, 0, new String[] {"message", "category", "stacklevel", "source"},
                        1, 4);
                long level = p[2] == null ? 1 : Args.integer(p[2]);
                return warn(Interpreter.current(), p[0], p[1], level, p[3]);
            }
        });
        NativeTypes.def(m, "warn_explicit", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                PyObject[] p = Args.parse("warn_explicit", a, kw, 0, new String[] {"message", "category", "filename",
                    "lineno", "module", "registry", "module_globals", "source"}, 4, 8);
                return warnExplicit(Interpreter.current(), p[1], p[0], p[2], Args.integer(p[3]), p[4], p[5], null, p[7]);
            }
        });
        return m;
    }
}
