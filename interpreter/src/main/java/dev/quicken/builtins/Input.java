package dev.quicken.builtins;

import dev.quicken.eval.Interpreter;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;

/**
 * {@code input([prompt])} (CPython 3.11: Python/bltinmodule.c builtin_input_impl, the
 * non-interactive path): the prompt goes to {@code sys.stdout} (flushed), a line is read with
 * {@code sys.stdin.readline()} and its newline removed; EOFError at end of input.
 */
final class Input {

    private Input() {
    }

    static PyObject input(Interpreter in, PyObject[] a, String[] kw) {
        Args.noKw("input", kw);
        if (a.length > 1) {
            throw Exc.typeError("input expected at most 1 argument, got " + a.length);
        }
        PyObject fin = SysModule.stdin(in);
        PyObject fout = in.sys.dict.getStr("stdout");
        PyObject ferr = in.sys.dict.getStr("stderr");
        if (fin == null || fin == PyNone.NONE) {
            throw Exc.runtimeError("input(): lost sys.stdin");
        }
        if (fout == null || fout == PyNone.NONE) {
            throw Exc.runtimeError("input(): lost sys.stdout");
        }
        if (ferr != null && ferr != PyNone.NONE) {
            flush(ferr);
        }
        if (a.length == 1) {
            Abstract.callMethod(fout, "write", Abstract.strObj(a[0]));
        }
        flush(fout);
        PyObject r = Abstract.callMethod(fin, "readline");
        if (!(r instanceof PyStr)) {
            throw Exc.typeError("object.readline() returned non-string");
        }
        String line = ((PyStr) r).value;
        if (line.isEmpty()) {
            throw Exc.raise(Exc.EOFError, "EOF when reading a line");
        }
        if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
        }
        return new PyStr(line);
    }

    private static void flush(PyObject f) {
        PyObject fl = Abstract.lookupAttr(f, "flush");
        if (fl != null) {
            Abstract.call(fl);
        }
    }

}
