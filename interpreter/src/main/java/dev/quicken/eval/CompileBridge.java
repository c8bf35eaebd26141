package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.compiler.Compiler;
import dev.quicken.compiler.PySyntaxError;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBaseException;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import dev.quicken.runtime.PyType;

/** Compiling source at run time (the compiler slice), with syntax errors as Python exceptions. */
public final class CompileBridge {

    private CompileBridge() {
    }

    /** {@code compile(source, filename, mode)}; raises SyntaxError as a Python exception. */
    public static CodeObject compile(String source, String filename, String mode) {
        try {
            return Compiler.compile(source, filename, mode);
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        }
    }

    /** Compiles a source file's bytes (PEP 263 encoding); raises SyntaxError as a Python exception. */
    public static CodeObject compile(byte[] source, String filename) {
        try {
            return Compiler.compile(source, filename);
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        }
    }

    static PyException syntaxError(PySyntaxError e) {
        PyType t;
        switch (e.kind) {
            case IndentationError:
                t = Exc.IndentationError;
                break;
            case TabError:
                t = Exc.TabError;
                break;
            case MemoryError:
                t = Exc.MemoryError;
                break;
            default:
                t = Exc.SyntaxError;
        }
        PyBaseException x = Exc.make(t);
        PyObject text = e.text == null ? PyNone.NONE : new PyStr(e.text);
        PyObject details = new PyTuple(new PyObject[] {new PyStr(e.filename), PyInt.of(e.lineno), PyInt.of(e.offset),
            text, PyInt.of(e.endLineno), PyInt.of(e.endOffset)});
        x.args = new PyTuple(new PyObject[] {new PyStr(e.msg), details});
        x.setMember("msg", new PyStr(e.msg));
        x.setMember("filename", new PyStr(e.filename));
        x.setMember("lineno", PyInt.of(e.lineno));
        x.setMember("offset", PyInt.of(e.offset));
        x.setMember("text", text);
        x.setMember("end_lineno", PyInt.of(e.endLineno));
        x.setMember("end_offset", PyInt.of(e.endOffset));
        x.setMember("print_file_and_line", PyNone.NONE);
        return new PyException(x);
    }
}
