package dev.quicken.code;

import dev.quicken.opcode.Op;
import dev.quicken.opcode.Opcode;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;

/**
 * A CPython 3.11 code object: the sixteen fields {@code marshal} writes, in marshal order,
 * plus what CPython derives from them on load.
 *
 * <p>{@link #code} is the code as it was constructed (the compiler writes base opcodes and zeroed
 * caches; a {@code .pyc} may in principle hold anything). It is never modified: quickening works on a
 * per-interpreter copy ({@link #adaptiveCopy()}). {@link #deoptimizedCode()} is Python's
 * {@code co_code}.
 *
 * <p>"offset" is a CPython byte offset, "index" a code-unit index (offset = 2 * index).
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

    // Derived on construction, as CPython's init_code does.
    /** {@code co_nlocals}: number of locals-plus slots with the LOCAL bit. */
    public final int nlocals;
    /** {@code co_nplaincellvars}: cells that are not also locals (parameters). */
    public final int nplaincellvars;
    /** {@code co_ncellvars}: slots with the CELL bit. */
    public final int ncellvars;
    /** {@code co_nfreevars}: slots with the FREE bit. */
    public final int nfreevars;
    /** {@code _co_firsttraceable}: index of the first RESUME unit (number of units if none). */
    public final int firsttraceable;

    private volatile byte[] deoptimized;
    private volatile int[] lineArray;

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
        // CPython 3.11: Objects/codeobject.c get_localsplus_counts
        int nl = 0;
        int nplain = 0;
        int ncell = 0;
        int nfree = 0;
        for (byte k : localspluskinds) {
            if ((k & CO_FAST_LOCAL) != 0) {
                nl++;
                if ((k & CO_FAST_CELL) != 0) {
                    ncell++;
                }
            } else if ((k & CO_FAST_CELL) != 0) {
                ncell++;
                nplain++;
            } else if ((k & CO_FAST_FREE) != 0) {
                nfree++;
            }
        }
        this.nlocals = nl;
        this.nplaincellvars = nplain;
        this.ncellvars = ncell;
        this.nfreevars = nfree;
        // CPython 3.11: Objects/codeobject.c init_code (entry_point)
        int entry = 0;
        int n = code.length / 2;
        while (entry < n && (code[2 * entry] & 0xFF) != Op.RESUME) {
            entry++;
        }
        this.firsttraceable = entry;
    }

    /**
     * Checks the constructor arguments as CPython does before building a code object.
     *
     * @return null when valid, else CPython's error message
     */
    // CPython 3.11: Objects/codeobject.c _PyCode_Validate
    public static String validate(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize,
            int flags, byte[] code, PyTuple localsplusnames, byte[] localspluskinds) {
        if (argcount < posonlyargcount || posonlyargcount < 0 || kwonlyargcount < 0 || stacksize < 0
                || flags < 0 || localsplusnames.size() != localspluskinds.length) {
            return "bad argument to internal function";
        }
        if (code.length % 2 != 0) {
            return "code: co_code is malformed";
        }
        int nl = 0;
        for (byte k : localspluskinds) {
            if ((k & CO_FAST_LOCAL) != 0) {
                nl++;
            }
        }
        long nplainlocals = (long) nl - argcount - kwonlyargcount - ((flags & CO_VARARGS) != 0 ? 1 : 0)
                - ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (nplainlocals < 0) {
            return "code: co_varnames is too small";
        }
        return null;
    }

    /** {@code co_varnames}: the names of slots with the LOCAL bit, in slot order. */
    public PyTuple varnames() {
        return localsplusNames(CO_FAST_LOCAL, nlocals);
    }

    /** {@code co_cellvars}: the names of slots with the CELL bit, in slot order. */
    public PyTuple cellvars() {
        return localsplusNames(CO_FAST_CELL, ncellvars);
    }

    /** {@code co_freevars}: the names of slots with the FREE bit, in slot order. */
    public PyTuple freevars() {
        return localsplusNames(CO_FAST_FREE, nfreevars);
    }

    // CPython 3.11: Objects/codeobject.c get_localsplus_names
    private PyTuple localsplusNames(int kind, int num) {
        if (num == 0) {
            return PyTuple.EMPTY;
        }
        PyObject[] names = new PyObject[num];
        int j = 0;
        for (int i = 0; i < localspluskinds.length; i++) {
            if ((localspluskinds[i] & kind) != 0) {
                names[j++] = localsplusnames.get(i);
            }
        }
        return new PyTuple(names);
    }

    /** {@code co._varname_from_oparg(oparg)}: the locals-plus name of a slot. */
    public PyStr varnameFromOparg(int oparg) {
        return (PyStr) localsplusnames.get(oparg);
    }

    /**
     * Python's {@code co_code}: every instruction's opcode replaced by its base (deopt) opcode and
     * its inline cache units zeroed. Equals {@link #code} for compiler output.
     */
    // CPython 3.11: Objects/codeobject.c deopt_code
    public byte[] deoptimizedCode() {
        byte[] d = deoptimized;
        if (d == null) {
            d = code.clone();
            int n = d.length / 2;
            for (int i = 0; i < n; i++) {
                int op = Opcode.deopt(d[2 * i] & 0xFF);
                d[2 * i] = (byte) op;
                int caches = Opcode.cacheUnits(op);
                while (caches-- > 0 && i + 1 < n) {
                    i++;
                    d[2 * i] = 0;
                    d[2 * i + 1] = 0;
                }
            }
            deoptimized = d;
        }
        return d.clone();
    }

    /**
     * A fresh adaptive copy of the code as 16-bit units in CPython's {@code _co_code_adaptive}
     * layout: unit = opcode | (oparg << 8), so {@code (char) u & 0xFF} is the opcode and
     * {@code u >> 8} the oparg (the layout in memory on a little-endian host).
     */
    public char[] adaptiveCopy() {
        char[] units = new char[code.length / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) ((code[2 * i] & 0xFF) | (code[2 * i + 1] & 0xFF) << 8);
        }
        return units;
    }

    /** {@code co_positions()}: one entry per code unit (fewer if the table is short). */
    public java.util.List<LineTable.Position> positions() {
        return LineTable.positions(linetable, firstlineno, code.length);
    }

    /** {@code co_lines()}: one (start offset, end offset, line or null) per table entry. */
    public java.util.List<LineTable.LineRange> lines() {
        return LineTable.lines(linetable, firstlineno);
    }

    /** {@code co_lnotab}: the pre-3.10 line table, computed (deprecated in 3.11). */
    public byte[] lnotab() {
        return LineTable.lnotab(linetable, firstlineno);
    }

    /** The exception table entries, as {@code dis._parse_exception_table} decodes them. */
    public java.util.List<ExceptionTable.Entry> exceptionEntries() {
        return ExceptionTable.parse(exceptiontable);
    }

    /** The line of the instruction at code-unit {@code index}, or -1 when it has none. */
    // CPython 3.11: Objects/codeobject.c _PyCode_CreateLineArray / _PyCode_LineNumberFromArray
    public int lineNumber(int index) {
        int[] lines = lineArray;
        if (lines == null) {
            lines = new int[codeUnits()];
            java.util.Arrays.fill(lines, -1);
            for (LineTable.LineRange r : lines()) {
                for (int i = r.start() / 2; i < r.end() / 2 && i < lines.length; i++) {
                    lines[i] = r.line() == null ? -1 : r.line();
                }
            }
            lineArray = lines;
        }
        return index >= 0 && index < lines.length ? lines[index] : -1;
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

    /**
     * CPython's {@code repr(code)}: {@code <code object NAME at 0x..., file "FILE", line N>}. The
     * address is a placeholder derived from the identity hash (see docs/DIFFERENCES.md).
     */
    // CPython 3.11: Objects/codeobject.c code_repr
    @Override
    public String toString() {
        String addr = String.format("0x%012x", 0x7f0000000000L | (System.identityHashCode(this) & 0xffffffffL) << 4);
        return "<code object " + name + " at " + addr + ", file \"" + filename + "\", line "
                + (firstlineno != 0 ? firstlineno : -1) + ">";
    }
}
