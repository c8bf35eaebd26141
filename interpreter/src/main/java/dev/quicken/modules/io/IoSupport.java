package dev.quicken.modules.io;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.JFunc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PySlice;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyType;
import dev.quicken.runtime.TypeSetup;

/** Helpers shared by the {@code _io} types: argument conversion, the errors CPython raises, type building. */
final class IoSupport {

    static final PyObject NONE = PyNone.NONE;
    static final int DEFAULT_BUFFER_SIZE = 8192;

    private IoSupport() {
    }

    /** {@code io.UnsupportedOperation}: a class deriving from both OSError and ValueError. */
    static final PyType UNSUPPORTED_OPERATION;

    static {
        TypeSetup.init();
        PyDict ns = new PyDict();
        ns.setStr("__module__", new PyStr("io"));
        UNSUPPORTED_OPERATION = TypeSetup.newHeapType(PyType.TYPE, "UnsupportedOperation",
                new PyType[] {Exc.OSError, Exc.ValueError}, ns, new PyDict());
    }

    /** A built-in type of module {@code _io} with the given bases; instances made by {@code f} when not null. */
    static PyType type(String name, PyType.Factory f, PyType... bases) {
        PyType t = new PyType(name);
        TypeSetup.registerExtra(t);
        if (bases.length > 0) {
            t.setBasesForModule(bases);
        }
        if (f != null) {
            t.setNativeLayout(f);
        }
        t.dict().setStr("__module__", new PyStr("_io"));
        return t;
    }

    static void def(PyType t, String name, JFunc f) {
        TypeSetup.def(t, name, f);
    }

    /** Registers a switch-dispatch table's constant under its name. */
    static <E extends Enum<E> & JFunc> void def(PyType t, E f) {
        TypeSetup.def(t, f.name(), f);
    }

    static PyException unsupported(String msg) {
        return Exc.raise(UNSUPPORTED_OPERATION, msg);
    }

    static PyException closedFile(String msg) {
        return Exc.valueError(msg);
    }

    /** An {@code OSError} subclass instance for {@code errno}, as {@code OSError(errno, strerror, filename)} makes. */
    static PyException osError(int errno, String strerror, PyObject filename) {
        PyObject[] args = filename == null
                ? new PyObject[] {PyInt.of(errno), new PyStr(strerror)}
                : new PyObject[] {PyInt.of(errno), new PyStr(strerror), filename};
        PyObject e = Abstract.call(Exc.OSError, args, null);
        return new PyException((PyBaseException) e);
    }

    /** CPython 3.11: Modules/_io/_iomodule.c _PyIO_ConvertSsize_t: an index or None (as -1). */
    static long sizeArg(PyObject o) {
        if (o == null || o == NONE) {
            return -1;
        }
        if (o instanceof PyFloat || o.type().lookup("__index__") == null && !(o instanceof PyInt)) {
            throw Exc.typeError("argument should be integer or None, not '" + Abstract.typeName(o) + "'");
        }
        return Abstract.indexClamped(o);
    }

    /** The bytes of a bytes-like object (bytes, bytearray, memoryview, ...). */
    static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes) {
            return ((PyBytes) o).value;
        }
        if (o instanceof PyStr) {
            throw Exc.typeError("a bytes-like object is required, not 'str'");
        }
        PyObject b;
        try {
            b = Abstract.call(PyBytes.TYPE, o);
        } catch (PyException e) {
            throw Exc.typeError("a bytes-like object is required, not '" + Abstract.typeName(o) + "'");
        }
        return ((PyBytes) b).value;
    }

    /** Copies {@code data} into the start of the writable buffer {@code b} ({@code b[:n] = data}). */
    static void storeInto(PyObject b, byte[] data, int n) {
        byte[] d = n == data.length ? data : java.util.Arrays.copyOf(data, n);
        Abstract.setItem(b, new PySlice(PyInt.of(0), PyInt.of(n), NONE), new PyBytes(d));
    }

    /** A new {@code bytearray(n)} (from the builtins of the running interpreter). */
    static PyObject newByteArray(long n) {
        Interpreter in = Interpreter.current();
        PyObject ba = in == null ? null : in.builtins.getStr("bytearray");
        if (ba == null) {
            throw Exc.raise(Exc.NotImplementedError, "bytearray is not available");
        }
        return Abstract.call(ba, PyInt.of(n));
    }

    static boolean isTrue(PyObject o) {
        return Abstract.isTrue(o);
    }

    static PyObject call(PyObject self, String name, PyObject... args) {
        return Abstract.callMethod(self, name, args);
    }

    static String strArg(String fname, String argName, PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value;
        }
        throw Exc.typeError(fname + "() argument '" + argName + "' must be str or None, not " + Abstract.typeName(o));
    }

    static PyBytes bytes(byte[] b, int off, int len) {
        return new PyBytes(java.util.Arrays.copyOfRange(b, off, off + len));
    }
}
