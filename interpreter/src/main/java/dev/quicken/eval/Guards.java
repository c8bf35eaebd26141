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

    /** The non-comment lines of {@code text}, a table of {@link MethTables}. */
    static java.util.List<String> lines(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
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
        return MethTables.builtinClass(name) == 1;
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
        // a builtins name is a class or a function in CPython, never both: the class table alone tells
        return (f.self == null || f.self instanceof PyModule) && MethTables.builtinClass(f.name) >= 0;
    }

    /**
     * CPython's {@code ml_flags} of a builtin function (or bound builtin method), or -1 when
     * unknown (a quicken-only builtin: treated as METH_FASTCALL | METH_KEYWORDS).
     */
    static int flags(PyBuiltinFunction f) {
        String owner = f.self == null || f.self instanceof PyModule ? "builtins" : f.self.type().name();
        int v = -1;
        if (f.self == null && f.owner != null) {
            v = MethTables.methFlags(f.owner + "." + f.name); // a function of a Java module (_sre.compile, ...)
        }
        if (v < 0) {
            v = MethTables.methFlags(owner + "." + f.name);
        }
        return v < 0 ? METH_FASTCALL | METH_KEYWORDS : v;
    }

    /** CPython's {@code ml_flags} of a method descriptor. */
    static int flags(PyMethodDescr d) {
        int v = MethTables.methFlags(d.owner.name() + "." + d.name);
        return v < 0 ? METH_FASTCALL | METH_KEYWORDS : v;
    }
}
