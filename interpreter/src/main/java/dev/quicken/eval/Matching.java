package dev.quicken.eval;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyRange;
import dev.quicken.runtime.PySet;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/** Support for {@code match} (CPython 3.11: Python/ceval.c match_keys / match_class). */
final class Matching {

    private Matching() {
    }

    static boolean isMapping(PyObject o) {
        if (o instanceof PyDict) {
            return true;
        }
        return flagFromAbc(o, "Mapping");
    }

    static boolean isSequence(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes || o instanceof PyDict) {
            return false;
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyRange) {
            return true;
        }
        return flagFromAbc(o, "Sequence");
    }

    private static boolean flagFromAbc(PyObject o, String abc) {
        PyObject flag = o.type().lookup("__quicken_" + abc.toLowerCase() + "__");
        return flag != null && Abstract.isTrue(flag);
    }

    static PyObject matchKeys(PyObject subject, PyObject keysObj) {
        PyObject[] keys = ((PyTuple) keysObj).items;
        if (keys.length == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = Abstract.getAttr(subject, "get");
        PyObject dummy = new dev.quicken.runtime.PyCell(null);
        List<PyObject> seen = new ArrayList<>();
        PyObject[] values = new PyObject[keys.length];
        for (int i = 0; i < keys.length; i++) {
            for (PyObject s : seen) {
                if (Abstract.eq(s, keys[i])) {
                    throw Exc.valueError("mapping pattern checks duplicate key (" + Abstract.repr(keys[i]) + ")");
                }
            }
            seen.add(keys[i]);
            PyObject v = Abstract.call(get, keys[i], dummy);
            if (v == dummy) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return new PyTuple(values);
    }

    static PyObject matchClass(PyObject subject, PyObject type, int nargs, PyTuple kwargs) {
        if (!(type instanceof PyType)) {
            throw Exc.typeError("called match pattern must be a type");
        }
        PyType t = (PyType) type;
        if (!Abstract.isInstance(subject, t)) {
            return null;
        }
        List<PyObject> attrs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        if (nargs > 0) {
            PyObject matchArgs = Abstract.lookupAttr(t, "__match_args__");
            boolean selfMatch = false;
            if (matchArgs == null) {
                selfMatch = t == PyBool.TYPE || t == PyBytes.TYPE || t == PyDict.TYPE || t == PyFloat.TYPE
                        || t == PyFrozenSet.TYPE || t == PyInt.TYPE || t == PyList.TYPE || t == PySet.TYPE
                        || t == PyStr.TYPE || t == PyTuple.TYPE;
                matchArgs = PyTuple.EMPTY;
            } else if (!(matchArgs instanceof PyTuple)) {
                throw Exc.typeError(t.name() + ".__match_args__ must be a tuple (got " + Abstract.typeName(matchArgs)
                        + ")");
            }
            int allowed = selfMatch ? 1 : ((PyTuple) matchArgs).size();
            if (allowed < nargs) {
                throw Exc.typeError(t.name() + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (selfMatch) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject n = ((PyTuple) matchArgs).get(i);
                    if (!(n instanceof PyStr)) {
                        throw Exc.typeError("__match_args__ elements must be strings (got " + Abstract.typeName(n)
                                + ")");
                    }
                    PyObject v = matchAttr(subject, t, ((PyStr) n).value, seen);
                    if (v == null) {
                        return null;
                    }
                    attrs.add(v);
                }
            }
        }
        for (PyObject n : kwargs.items) {
            PyObject v = matchAttr(subject, t, ((PyStr) n).value, seen);
            if (v == null) {
                return null;
            }
            attrs.add(v);
        }
        return new PyTuple(attrs.toArray(new PyObject[0]));
    }

    private static PyObject matchAttr(PyObject subject, PyType t, String name, List<String> seen) {
        if (seen.contains(name)) {
            throw Exc.typeError(t.name() + "() got multiple sub-patterns for attribute '" + name + "'");
        }
        seen.add(name);
        return Abstract.lookupAttr(subject, name);
    }
}
