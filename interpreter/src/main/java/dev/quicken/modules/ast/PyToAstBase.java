package dev.quicken.modules.ast;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyList;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;

/** How the generated {@link PyToAst} reads a field of an object: CPython's obj2ast_* conventions and errors. */
abstract class PyToAstBase {

    /** {@code isinstance(obj, _ast.<cls>)} for one interpreter's {@code _ast} classes. */
    public interface ClassCheck {
        boolean isInstance(PyObject obj, String cls);
    }

    /** Converts one field value. */
    interface Conv<T> {
        T apply(PyObject value);
    }

    private final ClassCheck classes;

    PyToAstBase(ClassCheck classes) {
        this.classes = classes;
    }

    final boolean isInstance(PyObject obj, String cls) {
        return classes.isInstance(obj, cls);
    }

    /** A field that must be present (it may be None where the converter allows it). */
    final <T> T req(PyObject obj, String field, String owner, Conv<T> conv) {
        PyObject v = Abstract.lookupAttr(obj, field);
        if (v == null) {
            throw Exc.typeError("required field \"" + field + "\" missing from " + owner);
        }
        return convert(v, owner, conv);
    }

    /** An optional field ({@code ?}): absent or None is null. */
    final <T> T opt(PyObject obj, String field, String owner, Conv<T> conv) {
        PyObject v = Abstract.lookupAttr(obj, field);
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        return convert(v, owner, conv);
    }

    /** An optional int field ({@code int?}, the end positions): absent or None is {@code dflt}. */
    final int optInt(PyObject obj, String field, String owner, int dflt) {
        Integer v = opt(obj, field, owner, this::integer);
        return v == null ? dflt : v;
    }

    /** A sequence field ({@code *}): a list, converted element by element. */
    final <T> List<T> list(PyObject obj, String field, String owner, Conv<T> conv) {
        PyObject v = Abstract.lookupAttr(obj, field);
        if (v == null) {
            throw Exc.typeError("required field \"" + field + "\" missing from " + owner);
        }
        if (!(v instanceof PyList)) {
            throw Exc.typeError(owner + " field \"" + field + "\" must be a list, not a " + Abstract.typeName(v));
        }
        PyList l = (PyList) v;
        int len = l.size();
        List<T> out = new ArrayList<>(len);
        for (int i = 0; i < len; i++) {
            out.add(convert(l.get(i), owner, conv));
            if (len != l.size()) {
                throw Exc.raise(Exc.RuntimeError, owner + " field \"" + field + "\" changed size during iteration");
            }
        }
        return out;
    }

    private static <T> T convert(PyObject v, String owner, Conv<T> conv) {
        Interpreter in = Interpreter.enterRecursiveCall(" while traversing '" + owner + "' node");
        try {
            return conv.apply(v);
        } finally {
            Interpreter.leaveRecursiveCall(in);
        }
    }

    /** CPython's {@code _PyAST_<Node>} constructors: a required field may not come out None. */
    static void required(Object value, String field, String owner) {
        if (value == null) {
            throw Exc.valueError("field '" + field + "' is required for " + owner);
        }
    }

    static PyException expected(String kind, PyObject obj) {
        return Exc.typeError("expected some sort of " + kind + ", but got " + Abstract.repr(obj));
    }

    // CPython 3.11: Python/Python-ast.c obj2ast_identifier
    final String identifier(PyObject obj) {
        if (obj == PyNone.NONE) {
            return null;
        }
        if (obj.type() != PyStr.TYPE) {
            throw Exc.typeError("AST identifier must be of type str");
        }
        return ((PyStr) obj).value;
    }

    // CPython 3.11: Python/Python-ast.c obj2ast_string
    final String string(PyObject obj) {
        if (obj.type() == PyBytes.TYPE) {
            return new String(((PyBytes) obj).value, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        if (obj.type() != PyStr.TYPE) {
            throw Exc.typeError("AST string must be of type str");
        }
        return ((PyStr) obj).value;
    }

    // CPython 3.11: Python/Python-ast.c obj2ast_int
    final Integer integer(PyObject obj) {
        if (!(obj instanceof PyInt)) {
            throw Exc.valueError("invalid integer value: " + Abstract.repr(obj));
        }
        PyInt i = (PyInt) obj;
        if (i.big != null || i.value != (int) i.value) {
            throw Exc.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    // CPython 3.11: Python/Python-ast.c obj2ast_constant (validate_constant checks the type later)
    final PyObject constant(PyObject obj) {
        return obj;
    }
}
