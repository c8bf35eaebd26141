package dev.quicken.runtime;

import dev.quicken.code.CodeObject;
import java.util.Arrays;
import java.util.List;

/** {@code code.replace(**changes)} (CPython 3.11: Objects/clinic/codeobject.c.h code_replace). */
final class CodeReplace {

    private CodeReplace() {
    }

    private static final List<String> NAMES = List.of("co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
            "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names",
            "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
            "co_exceptiontable");

    /** The locals-plus layout keywords: accepted when they describe the code's own layout. */
    private static final List<String> LAYOUT = List.of("co_nlocals", "co_varnames", "co_freevars", "co_cellvars");

    static PyObject replace(PyObject[] a, String[] kw) {
        CodeObject co = (CodeObject) a[0];
        int npos = Args.npos(a, kw);
        if (npos > 1) {
            throw Exc.typeError("replace() takes no positional arguments");
        }
        PyObject[] v = new PyObject[NAMES.size()];
        for (int k = 0; kw != null && k < kw.length; k++) {
            int i = NAMES.indexOf(kw[k]);
            if (i < 0) {
                throw Exc.typeError("'" + kw[k] + "' is an invalid keyword argument for replace()");
            }
            v[i] = a[npos + k];
        }
        for (String name : LAYOUT) {
            PyObject given = v[NAMES.indexOf(name)];
            if (given != null && !Abstract.eq(given, Abstract.getAttr(co, name))) {
                throw Exc.valueError("code.replace(" + name + "=...) with a different layout is not supported");
            }
        }
        return new CodeObject(integer(v[0], co.argcount), integer(v[1], co.posonlyargcount),
                integer(v[2], co.kwonlyargcount), integer(v[4], co.stacksize), integer(v[5], co.flags),
                bytes(v[7], co.code), tuple(v[8], co.consts), tuple(v[9], co.names), co.localsplusnames,
                co.localspluskinds, str(v[13], co.filename), str(v[14], co.name), str(v[15], co.qualname),
                integer(v[6], co.firstlineno), bytes(v[16], co.linetable), bytes(v[17], co.exceptiontable));
    }

    private static int integer(PyObject o, int dflt) {
        return o == null ? dflt : (int) Abstract.indexClamped(o);
    }

    private static byte[] bytes(PyObject o, byte[] dflt) {
        if (o == null) {
            return dflt;
        }
        if (!(o instanceof PyBytes)) {
            throw Exc.typeError("replace() argument must be bytes, not " + Abstract.typeName(o));
        }
        return Arrays.copyOf(((PyBytes) o).value, ((PyBytes) o).value.length);
    }

    private static PyTuple tuple(PyObject o, PyTuple dflt) {
        if (o == null) {
            return dflt;
        }
        if (!(o instanceof PyTuple)) {
            throw Exc.typeError("replace() argument must be tuple, not " + Abstract.typeName(o));
        }
        return (PyTuple) o;
    }

    private static PyStr str(PyObject o, PyStr dflt) {
        if (o == null) {
            return dflt;
        }
        if (!(o instanceof PyStr)) {
            throw Exc.typeError("replace() argument must be str, not " + Abstract.typeName(o));
        }
        return (PyStr) o;
    }
}
