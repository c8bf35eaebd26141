package dev.quicken.code;

import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.util.Arrays;

/** Test helper: structural comparison of loaded objects (same Java class, same values, recursively). */
public final class CodeCompare {

    private CodeCompare() {
    }

    /** Null when equal, else the path and what differs. */
    public static String diff(PyObject a, PyObject b, String path) {
        if (a.getClass() != b.getClass()) {
            return path + ": " + a.getClass().getSimpleName() + " != " + b.getClass().getSimpleName();
        }
        if (a instanceof PyInt) {
            return ((PyInt) a).toBigInteger().equals(((PyInt) b).toBigInteger()) ? null : path + ": " + a + " != " + b;
        }
        if (a instanceof PyFloat) {
            return Double.doubleToLongBits(((PyFloat) a).value) == Double.doubleToLongBits(((PyFloat) b).value) ? null
                    : path + ": float differs";
        }
        if (a instanceof PyComplex) {
            PyComplex x = (PyComplex) a;
            PyComplex y = (PyComplex) b;
            return Double.doubleToLongBits(x.real) == Double.doubleToLongBits(y.real)
                    && Double.doubleToLongBits(x.imag) == Double.doubleToLongBits(y.imag) ? null : path + ": complex differs";
        }
        if (a instanceof PyStr) {
            return ((PyStr) a).value.equals(((PyStr) b).value) ? null : path + ": str differs";
        }
        if (a instanceof PyBytes) {
            return Arrays.equals(((PyBytes) a).value, ((PyBytes) b).value) ? null : path + ": bytes differ";
        }
        if (a instanceof PyTuple) {
            return items(((PyTuple) a).items, ((PyTuple) b).items, path);
        }
        if (a instanceof PyFrozenSet) {
            return items(sorted(((PyFrozenSet) a).items()), sorted(((PyFrozenSet) b).items()), path);
        }
        if (a instanceof CodeObject) {
            CodeObject x = (CodeObject) a;
            CodeObject y = (CodeObject) b;
            String ints = x.argcount + "," + x.posonlyargcount + "," + x.kwonlyargcount + "," + x.stacksize + ","
                    + x.flags + "," + x.firstlineno;
            String ints2 = y.argcount + "," + y.posonlyargcount + "," + y.kwonlyargcount + "," + y.stacksize + ","
                    + y.flags + "," + y.firstlineno;
            if (!ints.equals(ints2)) {
                return path + ": counts/flags/firstlineno " + ints + " != " + ints2;
            }
            if (!Arrays.equals(x.code, y.code) || !Arrays.equals(x.localspluskinds, y.localspluskinds)
                    || !Arrays.equals(x.linetable, y.linetable) || !Arrays.equals(x.exceptiontable, y.exceptiontable)) {
                return path + ": byte fields differ";
            }
            String d;
            if ((d = diff(x.consts, y.consts, path + ".co_consts")) != null
                    || (d = diff(x.names, y.names, path + ".co_names")) != null
                    || (d = diff(x.localsplusnames, y.localsplusnames, path + ".co_localsplusnames")) != null
                    || (d = diff(x.filename, y.filename, path + ".co_filename")) != null
                    || (d = diff(x.name, y.name, path + ".co_name")) != null
                    || (d = diff(x.qualname, y.qualname, path + ".co_qualname")) != null) {
                return d;
            }
            return null;
        }
        return a == b ? null : path + ": " + a + " != " + b;
    }

    /** Set items in marshal order (the order does not matter for equality). */
    private static PyObject[] sorted(PyObject[] items) {
        PyObject[] s = items.clone();
        Arrays.sort(s, (x, y) -> Arrays.compareUnsigned(Marshal.dumps(x), Marshal.dumps(y)));
        return s;
    }

    private static String items(PyObject[] a, PyObject[] b, String path) {
        if (a.length != b.length) {
            return path + ": length " + a.length + " != " + b.length;
        }
        for (int i = 0; i < a.length; i++) {
            String d = diff(a[i], b[i], path + "[" + i + "]");
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
