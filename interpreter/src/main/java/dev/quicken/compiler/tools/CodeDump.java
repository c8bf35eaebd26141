package dev.quicken.compiler.tools;

import dev.quicken.code.CodeObject;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyEllipsis;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;

/** The field-by-field text dump of a code object, as tools/compile_oracle.py writes it. */
public final class CodeDump {
    private CodeDump() {
    }

    public static List<String> dump(CodeObject co) {
        List<String> out = new ArrayList<>();
        dump(co, out);
        return out;
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xFF));
        }
        return sb.toString();
    }

    private static String dbl(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    static String constRepr(PyObject v) {
        if (v instanceof CodeObject c) {
            return "code:" + Json.quote(c.qualname.value) + "@" + c.firstlineno;
        }
        if (v == PyNone.NONE) {
            return "None";
        }
        if (v == PyEllipsis.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof PyBool b) {
            return "bool:" + b;
        }
        if (v instanceof PyInt i) {
            return "int:" + i;
        }
        if (v instanceof PyFloat f) {
            return "float:" + dbl(f.value);
        }
        if (v instanceof PyComplex c) {
            return "complex:" + dbl(c.real) + "," + dbl(c.imag);
        }
        if (v instanceof PyStr s) {
            return "str:" + Json.quote(s.value);
        }
        if (v instanceof PyBytes b) {
            return "bytes:" + hex(b.value);
        }
        if (v instanceof PyTuple t) {
            List<String> l = new ArrayList<>();
            for (PyObject x : t.items) {
                l.add(constRepr(x));
            }
            return "tuple:(" + String.join(",", l) + ")";
        }
        if (v instanceof PyFrozenSet s) {
            List<String> l = new ArrayList<>();
            for (PyObject x : s.items()) {
                l.add(constRepr(x));
            }
            java.util.Collections.sort(l);
            return "frozenset:{" + String.join(",", l) + "}";
        }
        return "?" + v;
    }

    private static String join(PyTuple t, boolean quote) {
        List<String> l = new ArrayList<>();
        for (PyObject x : t.items) {
            l.add(quote ? Json.quote(((PyStr) x).value) : constRepr(x));
        }
        return String.join(" ", l);
    }

    private static void dump(CodeObject co, List<String> out) {
        out.add("code " + Json.quote(co.qualname.value) + " " + co.firstlineno);
        out.add(" argcount " + co.argcount);
        out.add(" posonlyargcount " + co.posonlyargcount);
        out.add(" kwonlyargcount " + co.kwonlyargcount);
        out.add(" stacksize " + co.stacksize);
        out.add(" flags " + co.flags);
        out.add(" name " + Json.quote(co.name.value));
        out.add(" qualname " + Json.quote(co.qualname.value));
        out.add(" firstlineno " + co.firstlineno);
        out.add(" code " + hex(co.code));
        out.add(" consts " + join(co.consts, false));
        out.add(" names " + join(co.names, true));
        out.add(" localsplusnames " + join(co.localsplusnames, true));
        out.add(" localspluskinds " + hex(co.localspluskinds));
        out.add(" linetable " + hex(co.linetable));
        out.add(" exceptiontable " + hex(co.exceptiontable));
        for (PyObject c : co.consts.items) {
            if (c instanceof CodeObject sub) {
                dump(sub, out);
            }
        }
    }
}
