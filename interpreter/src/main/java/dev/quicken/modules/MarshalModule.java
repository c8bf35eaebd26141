package dev.quicken.modules;

import dev.quicken.code.Marshal;
import dev.quicken.code.MarshalException;
import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Buffers;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBuiltinFunction;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;

/**
 * The {@code marshal} module over {@link Marshal}: {@code dumps}/{@code loads}/{@code dump}/{@code load} of
 * every marshallable type with CPython 3.11's error types and messages.
 */
final class MarshalModule {

    private MarshalModule() {
    }

    static byte[] dumps(PyObject value, int version) {
        try {
            return Marshal.dumps(value, version);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            throw Exc.valueError(m.startsWith("unmarshallable") ? "unmarshallable object" : m);
        }
    }

    // CPython 3.11: Python/marshal.c r_object error messages
    static PyException loadError(MarshalException e) {
        String p = e.problem;
        if (p.startsWith("EOF read where object expected")) {
            return Exc.raise(Exc.EOFError, "EOF read where object expected");
        }
        if (p.contains("too short")) {
            return Exc.raise(Exc.EOFError, "marshal data too short");
        }
        if (p.contains("unknown type code")) {
            return Exc.valueError("bad marshal data (unknown type code)");
        }
        if (p.startsWith("NULL object")) {
            return Exc.typeError(p.replace(" for object", ""));
        }
        if (p.contains("invalid reference")) {
            return Exc.valueError("bad marshal data (invalid reference)");
        }
        return Exc.valueError("bad marshal data");
    }

    static Object[] load(byte[] data) {
        try {
            return Marshal.loadsCounting(data);
        } catch (MarshalException e) {
            throw loadError(e);
        }
    }

    private static int version(PyObject[] p, int i) {
        return p.length > i && p[i] != null ? (int) Args.integer(p[i]) : Marshal.VERSION;
    }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("marshal");
        m.dict.setStr("version", PyInt.of(Marshal.VERSION));
        m.dict.setStr("dumps", new PyBuiltinFunction("dumps", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("dumps", a, kw, 0, 1, 2);
                return new PyBytes(dumps(a[0], version(a, 1)));
            }
        }, null, "marshal"));
        m.dict.setStr("loads", new PyBuiltinFunction("loads", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("loads", a, kw, 0, 1, 1);
                return (PyObject) load(Buffers.require(a[0]))[0];
            }
        }, null, "marshal"));
        m.dict.setStr("dump", new PyBuiltinFunction("dump", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("dump", a, kw, 0, 2, 3);
                Abstract.callMethod(a[1], "write", new PyBytes(dumps(a[0], version(a, 2))));
                return PyNone.NONE;
            }
        }, null, "marshal"));
        m.dict.setStr("load", new PyBuiltinFunction("load", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                Args.count("load", a, kw, 0, 1, 1);
                PyObject file = a[0];
                PyObject tell = Abstract.lookupAttr(file, "tell");
                long start = tell == null ? -1 : Args.integer(Abstract.call(tell));
                PyObject data = Abstract.callMethod(file, "read");
                if (!Buffers.check(data)) {
                    throw Exc.typeError("file.read() returned not bytes but " + Abstract.typeName(data));
                }
                Object[] r = load(Buffers.of(data));
                if (start >= 0) {
                    Abstract.callMethod(file, "seek", PyInt.of(start + (Integer) r[1]));
                }
                return (PyObject) r[0];
            }
        }, null, "marshal"));
        return m;
    }
}
