package dev.quicken.code;

import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;

/**
 * A CPython 3.11 code object: the sixteen fields {@code marshal} writes, in marshal order,
 * plus what CPython derives from them on load.
 *
 * <p>{@link #code} is {@code co_code} as the compiler wrote it (base opcodes, zeroed caches).
 * It is never modified: quickening works on a per-interpreter copy.
 */
public final class CodeObject extends PyObject {

    public static final PyType TYPE = new PyType("code");

    // CPython 3.11: Include/code.h CO_FAST_* (kinds in co_localspluskinds)
    public static final int CO_FAST_LOCAL = 0x20;
    public static final int CO_FAST_CELL = 0x40;
    public static final int CO_FAST_FREE = 0x80;

    // CPython 3.11: Include/code.h CO_* flags
    public static final int CO_OPTIMIZED = 0x0001;
    public static final int CO_NEWLOCALS = 0x0002;
    public static final int CO_VARARGS = 0x0004;
    public static final int CO_VARKEYWORDS = 0x0008;
    public static final int CO_NESTED = 0x0010;
    public static final int CO_GENERATOR = 0x0020;
    public static final int CO_COROUTINE = 0x0080;
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    public static final int CO_ASYNC_GENERATOR = 0x0200;

    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int stacksize;
    public final int flags;
    /** {@code co_code}: the unquickened bytecode, 2 bytes per code unit. */
    public final byte[] code;
    public final PyTuple consts;
    /** {@code co_names}: a tuple of str. */
    public final PyTuple names;
    /** {@code co_localsplusnames}: a tuple of str. */
    public final PyTuple localsplusnames;
    /** {@code co_localspluskinds}: one {@code CO_FAST_*} byte per locals-plus slot. */
    public final byte[] localspluskinds;
    public final PyStr filename;
    public final PyStr name;
    public final PyStr qualname;
    public final int firstlineno;
    public final byte[] linetable;
    public final byte[] exceptiontable;

    public CodeObject(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
            byte[] code, PyTuple consts, PyTuple names, PyTuple localsplusnames, byte[] localspluskinds,
            PyStr filename, PyStr name, PyStr qualname, int firstlineno, byte[] linetable,
            byte[] exceptiontable) {
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsplusnames = localsplusnames;
        this.localspluskinds = localspluskinds;
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.linetable = linetable;
        this.exceptiontable = exceptiontable;
    }

    /** Number of 16-bit code units. */
    public int codeUnits() {
        return code.length / 2;
    }

    /** {@code co_nlocalsplus}. */
    public int nlocalsplus() {
        return localspluskinds.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
