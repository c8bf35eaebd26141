package dev.quicken.eval;

import dev.quicken.runtime.BuiltinSubclasses;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyMethodDescr;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;
import java.util.HashMap;
import java.util.Map;

/** Exact-type tests and object facts the specializers and specialized forms share. */
public final class Guards {

    private Guards() {
    }

    static final PyType OBJECT = TypeSetup.OBJECT;

    static boolean exactList(PyObject o) {
        return o.getClass() == PyList.class && ((PyList) o).cls == PyList.TYPE;
    }

    // CPython 3.11: Objects/longobject.c _PyLong_IsPositiveSingleDigit
    /** An exact int of at most one non-negative 30-bit digit (Py_SIZE 0 or 1): a list or tuple index the specialized subscripts take. */
    static boolean positiveSingleDigit(PyObject o) {
        return o.getClass() == PyInt.class && ((PyInt) o).value >>> 30 == 0 && ((PyInt) o).big == null;
    }

    static boolean exactDict(PyObject o) {
        return o.getClass() == PyDict.class && ((PyDict) o).cls == PyDict.TYPE;
    }

    static boolean exactModule(PyObject o) {
        return o.getClass() == PyModule.class;
    }

    /** A heap type whose instances keep attributes in shared-keys values (CPython's MANAGED_DICT). */
    static boolean managedDict(PyObject o) {
        return o.getClass() == PyInstance.class && ((PyInstance) o).cls.sharedKeys() != null;
    }

    /**
     * An instance of a Python subclass of list, dict, str, float or complex. CPython 3.11 gives such a
     * type a managed dict (Py_TPFLAGS_MANAGED_DICT: its base's tp_itemsize is 0) and cached keys;
     * quicken keeps the instance dict in a field of the built-in object, null until it is needed.
     */
    static boolean managedBuiltinSub(PyObject o) {
        if (o instanceof PyList) {
            return ((PyList) o).cls != PyList.TYPE;
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).cls != PyDict.TYPE;
        }
        return o instanceof BuiltinSubclasses.StrSub || o instanceof BuiltinSubclasses.FloatSub
                || o instanceof BuiltinSubclasses.ComplexSub;
    }

    /** The instance dict of a {@link #managedBuiltinSub}, or null while it has none (CPython: values, no dict). */
    static PyDict builtinSubDict(PyObject o) {
        if (o instanceof PyList) {
            return ((PyList) o).instDict;
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).instDict;
        }
        return ((BuiltinSubclasses.HasDict) o).instanceDict(false);
    }

    // CPython 3.11: Python/ceval.c TARGET(LOAD_METHOD_WITH_VALUES), on a managedBuiltinSub
    /** LOAD_METHOD_WITH_VALUES's guard for a {@link #managedBuiltinSub} owner. */
    static boolean builtinSubValues(PyObject owner, int typeVersion, int keysVersion) {
        PyType t = owner.type();
        return t.versionTagRaw() == typeVersion && managedBuiltinSub(owner) && builtinSubDict(owner) == null
                && t.sharedKeys() != null && t.sharedKeys().version == keysVersion;
    }

    static boolean hasGetattr(PyType t) {
        return t.lookup("__getattr__") != null;
    }

    /** The type's {@code __setattr__} is not object's generic one. */
    static boolean customSetattr(PyType t) {
        PyObject sa = t.lookup("__setattr__");
        return sa != null && sa != OBJECT.dict().getStr("__setattr__");
    }

    // ---- C calling conventions of CPython's builtins (tools/gen_meth_flags.py)

    static final int METH_VARARGS = 0x0001;
    static final int METH_KEYWORDS = 0x0002;
    static final int METH_NOARGS = 0x0004;
    static final int METH_O = 0x0008;
    static final int METH_FASTCALL = 0x0080;
    static final int METH_METHOD = 0x0200;

    private static final Map<String, Integer> FLAGS = loadFlags();
    /** CPython 3.11's builtin classes: name to whether it has {@code tp_vectorcall}. */
    private static final Map<String, Boolean> BUILTIN_CLASSES = loadClasses();

    private static Map<String, Boolean> loadClasses() {
        Map<String, Boolean> m = new HashMap<>();
        for (String line : lines("builtin_classes.txt")) {
            int sp = line.indexOf(' ');
            m.put(line.substring(0, sp), line.endsWith("vectorcall"));
        }
        return m;
    }

    /** The non-comment lines of a table of {@link MethTables} (Java constants, not a resource: read at every start). */
    static java.util.List<String> lines(String table) {
        java.util.List<String> out = new java.util.ArrayList<>();
        String text = MethTables.text(table);
        if (text == null) {
            return out;
        }
        for (int at = 0; at < text.length();) {
            int nl = text.indexOf('\n', at);
            String line = text.substring(at, nl < 0 ? text.length() : nl);
            at = nl < 0 ? text.length() : nl + 1;
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    /** Whether the builtin class named {@code name} has a vectorcall entry in CPython 3.11. */
    public static boolean vectorcallClass(String name) {
        return BUILTIN_CLASSES.getOrDefault(name, false);
    }

    /**
     * A module-level builtin function that stands in for one of CPython's builtin classes
     * ({@code enumerate}, {@code zip}, ...); the PRECALL specializer treats it as that class.
     */
    public static boolean classStandIn(PyObject o) {
        if (!(o instanceof PyBuiltinFunction)) {
            return false;
        }
        PyBuiltinFunction f = (PyBuiltinFunction) o;
        return (f.self == null || f.self instanceof PyModule) && BUILTIN_CLASSES.containsKey(f.name)
                && !FLAGS.containsKey("builtins." + f.name);
    }

    private static Map<String, Integer> loadFlags() {
        Map<String, Integer> m = new HashMap<>();
        for (String line : lines("meth_flags.txt")) {
            int sp = line.indexOf(' ');
            m.put(line.substring(0, sp), Integer.parseInt(line.substring(sp + 1).trim()));
        }
        return m;
    }

    /**
     * CPython's {@code ml_flags} of a builtin function (or bound builtin method), or -1 when
     * unknown (a quicken-only builtin: treated as METH_FASTCALL | METH_KEYWORDS).
     */
    static int flags(PyBuiltinFunction f) {
        String owner = f.self == null || f.self instanceof PyModule ? "builtins" : f.self.type().name();
        Integer v = null;
        if (f.self == null && f.owner != null) {
            v = FLAGS.get(f.owner + "." + f.name); // a function of a Java module (_sre.compile, ...)
        }
        if (v == null) {
            v = FLAGS.get(owner + "." + f.name);
        }
        return v == null ? METH_FASTCALL | METH_KEYWORDS : v;
    }

    /** CPython's {@code ml_flags} of a method descriptor. */
    static int flags(PyMethodDescr d) {
        Integer v = FLAGS.get(d.owner.name() + "." + d.name);
        return v == null ? METH_FASTCALL | METH_KEYWORDS : v;
    }
}
