package dev.quicken.runtime;

import dev.quicken.code.CodeObject;

/** A Python function. {@link #version} is CPython's {@code func_version} (spec §8.3). */
public final class PyFunction extends PyObject {

    public static final PyType TYPE = new PyType("function");

    public CodeObject code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    /** The str objects {@code __name__}/{@code __qualname__} last gave or were set to (so they are identical). */
    PyStr nameObj;
    PyStr qualnameObj;
    /** {@code __defaults__}, or null. */
    public PyTuple defaults;
    /** {@code __kwdefaults__}, or null. */
    public PyDict kwdefaults;
    /** The closure cells (for COPY_FREE_VARS), or null. */
    public PyTuple closure;
    public PyObject doc = PyNone.NONE;
    public PyObject annotations;
    public PyObject module;
    /** {@code __dict__}, created on demand. */
    public PyDict funcDict;
    /** CPython 3.11 func_version; 0 = unassigned. Reset by setting code/defaults/kwdefaults/annotations. */
    private int version;
    /** The interpreter's executable copy of {@link #code} (an {@code ExecCode}), cached by the eval loop. */
    public Object execCache;

    public PyFunction(CodeObject code, PyDict globals, PyDict builtins) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name.value;
        this.qualname = code.qualname.value;
        PyObject m = globals.getStr("__name__");
        this.module = m == null ? PyNone.NONE : m;
        if (code.consts.size() > 0 && code.consts.get(0) instanceof PyStr) {
            // CPython 3.11: the docstring is co_consts[0] when it is a str
            this.doc = code.consts.get(0);
        }
    }

    /** CPython 3.11: Objects/funcobject.c _PyFunction_GetVersionForCurrentState. */
    public int version() {
        if (version == 0) {
            version = Versions.nextFuncVersion();
        }
        return version;
    }

    /** {@code func_version} as it is, without assigning one (what CALL_PY_* guards read). */
    public int versionRaw() {
        return version;
    }

    /** Invalidates the version (setters of __code__, __defaults__, __kwdefaults__, __annotations__). */
    public void invalidateVersion() {
        version = 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<function " + qualname + " at 0x" + Long.toHexString(Abstract.id(this)) + ">";
    }
}
