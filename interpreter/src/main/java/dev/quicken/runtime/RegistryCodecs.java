package dev.quicken.runtime;

import dev.quicken.eval.Interpreter;
import dev.quicken.modules.ImportSystem;

/**
 * {@code str.encode} and {@code bytes.decode} for encodings quicken's {@link Codecs} do not implement: the
 * codec registry ({@code _codecs.lookup}, which searches the {@code encodings} package).
 */
final class RegistryCodecs {

    private RegistryCodecs() {
    }

    private static PyObject lookup(String encoding, String what) {
        Interpreter in = Interpreter.current();
        if (in == null) {
            throw Exc.raise(Exc.LookupError, "unknown encoding: " + encoding);
        }
        PyObject codecs = ImportSystem.importModuleLevel(in, "_codecs", PyNone.NONE, PyNone.NONE, 0);
        PyObject info = Abstract.call(Abstract.getAttr(codecs, "lookup"), new PyStr(encoding));
        PyObject text = Abstract.lookupAttr(info, "_is_text_encoding");
        if (text != null && !Abstract.isTrue(text)) {
            throw Exc.raise(Exc.LookupError, "'" + encoding + "' is not a text encoding; use codecs." + what
                    + "() to handle arbitrary codecs");
        }
        return info;
    }

    // CPython 3.11: Objects/unicodeobject.c PyUnicode_AsEncodedString (the registry path)
    static byte[] encode(String s, String encoding, String errors) {
        PyObject info = lookup(encoding, "encode");
        PyObject r = Abstract.call(Abstract.toArray(info)[0], new PyStr(s), new PyStr(errors));
        PyObject v = r instanceof PyTuple && ((PyTuple) r).size() == 2 ? ((PyTuple) r).get(0) : null;
        if (v == null) {
            throw Exc.typeError("encoder must return a tuple (object, integer)");
        }
        if (v instanceof PyByteArray) {
            return ((PyByteArray) v).toByteArray();
        }
        if (!(v instanceof PyBytes)) {
            throw Exc.typeError("'" + encoding + "' encoder returned '" + Abstract.typeName(v)
                    + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        }
        return ((PyBytes) v).value;
    }

    // CPython 3.11: Objects/unicodeobject.c PyUnicode_Decode (the registry path)
    static String decode(byte[] b, String encoding, String errors) {
        PyObject info = lookup(encoding, "decode");
        PyObject r = Abstract.call(Abstract.toArray(info)[1], new PyBytes(b), new PyStr(errors));
        PyObject v = r instanceof PyTuple && ((PyTuple) r).size() == 2 ? ((PyTuple) r).get(0) : null;
        if (v == null) {
            throw Exc.typeError("decoder must return a tuple (object, integer)");
        }
        if (!(v instanceof PyStr)) {
            throw Exc.typeError("'" + encoding + "' decoder returned '" + Abstract.typeName(v)
                    + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        }
        return ((PyStr) v).value;
    }
}
