package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyCell;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyFunction;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;

/** Binding call arguments to a new frame (CPython 3.11: Python/ceval.c initialize_locals). */
final class Calls {

    private Calls() {
    }

    /** A new frame for {@code func} with arguments bound; generators come back with {@code gen} set. */
    static Frame makeFrame(Interpreter in, PyFunction func, PyObject[] args, String[] kwnames) {
        Frame f = newFrame(in, func);
        bind(f, func, args, 0, args.length, kwnames);
        if ((func.code.flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE
                | CodeObject.CO_ASYNC_GENERATOR)) != 0) {
            startGenerator(in, f);
        }
        return f;
    }

    /** Runs a generator function's new frame up to RETURN_GENERATOR now, as the CALL would; its generator. */
    static PyGenerator startGenerator(Interpreter in, Frame f) {
        f.entry = true;
        PyGenerator g = EvalSupport.startGenerator(in, f);
        if (g == null) {
            g = (PyGenerator) EvalLoop.run(in, f);
            f.gen = g;
        }
        return g;
    }

    static Frame newFrame(Interpreter in, PyFunction func) {
        ExecCode ec = execCode(in, func);
        return new Frame(ec, func, new PyObject[ec.frameSize], func.globals, func.builtins);
    }

    /** {@code in}'s executable copy of the function's current code (cached on the function). */
    static ExecCode execCode(Interpreter in, PyFunction func) {
        Object c = func.execCache;
        if (c instanceof ExecCode && ((ExecCode) c).code == func.code && ((ExecCode) c).interp == in) {
            return (ExecCode) c;
        }
        return cacheExecCode(in, func);
    }

    private static ExecCode cacheExecCode(Interpreter in, PyFunction func) {
        ExecCode ec = in.execCode(func.code);
        func.execCache = ec;
        return ec;
    }

    /**
     * Binds {@code args[from, from+n)} (positional then keyword values named by {@code kwnames})
     * into {@code f}'s locals.
     */
    static void bind(Frame f, PyFunction func, PyObject[] args, int from, int n, String[] kwnames) {
        CodeObject co = func.code;
        PyObject[] l = f.s;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw;
        int argcount = co.argcount;
        int total = argcount + co.kwonlyargcount;
        boolean varargs = (co.flags & CodeObject.CO_VARARGS) != 0;
        boolean varkw = (co.flags & CodeObject.CO_VARKEYWORDS) != 0;
        // fast path: exact positional call
        if (nkw == 0 && npos == argcount && !varargs && !varkw && co.kwonlyargcount == 0) {
            System.arraycopy(args, from, l, 0, npos);
            return;
        }
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            l[total + (varargs ? 1 : 0)] = kwdict;
        }
        int ncopy = Math.min(npos, argcount);
        System.arraycopy(args, from, l, 0, ncopy);
        if (varargs) {
            PyObject[] rest = new PyObject[Math.max(0, npos - argcount)];
            if (rest.length > 0) {
                System.arraycopy(args, from + argcount, rest, 0, rest.length);
            }
            l[total] = rest.length == 0 ? PyTuple.EMPTY : new PyTuple(rest);
        } else if (npos > argcount) {
            throw tooManyPositional(func, npos, nkw, args, from, kwnames);
        }
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject v = args[from + npos + k];
            int idx = -1;
            for (int j = co.posonlyargcount; j < total; j++) {
                if (((PyStr) co.localsplusnames.get(j)).value.equals(name)) {
                    idx = j;
                    break;
                }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.setStr(name, v);
                    continue;
                }
                positionalOnlyPassedAsKeyword(func, co, kwnames);
                throw Exc.typeError(func.qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (l[idx] != null) {
                throw Exc.typeError(func.qualname + "() got multiple values for argument '" + name + "'");
            }
            l[idx] = v;
        }
        // defaults for positional parameters
        if (npos < argcount) {
            PyObject[] defs = func.defaults == null ? new PyObject[0] : func.defaults.items;
            int firstDefault = argcount - defs.length;
            List<String> missing = new ArrayList<>();
            for (int j = npos; j < argcount; j++) {
                if (l[j] == null) {
                    if (j >= firstDefault) {
                        l[j] = defs[j - firstDefault];
                    } else {
                        missing.add(((PyStr) co.localsplusnames.get(j)).value);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missingArgs(func, missing, "positional");
            }
        }
        if (co.kwonlyargcount > 0) {
            List<String> missing = new ArrayList<>();
            for (int j = argcount; j < total; j++) {
                if (l[j] == null) {
                    String name = ((PyStr) co.localsplusnames.get(j)).value;
                    PyObject d = func.kwdefaults == null ? null : func.kwdefaults.getStr(name);
                    if (d != null) {
                        l[j] = d;
                    } else {
                        missing.add(name);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missingArgs(func, missing, "keyword-only");
            }
        }
    }

    // CPython 3.11: Python/ceval.c missing_arguments
    private static RuntimeException missingArgs(PyFunction func, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            String q = "'" + names.get(i) + "'";
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append(q);
        }
        return Exc.typeError(func.qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + sb);
    }

    // CPython 3.11: Python/ceval.c too_many_positional
    /** CPython 3.11: Python/ceval.c positional_only_passed_as_keyword (raises if any keyword names one). */
    private static void positionalOnlyPassedAsKeyword(PyFunction func, CodeObject co, String[] kwnames) {
        List<String> posonly = new ArrayList<>();
        for (String name : kwnames) {
            for (int j = 0; j < co.posonlyargcount; j++) {
                if (((PyStr) co.localsplusnames.get(j)).value.equals(name)) {
                    posonly.add(name);
                    break;
                }
            }
        }
        if (!posonly.isEmpty()) {
            throw Exc.typeError(func.qualname + "() got some positional-only arguments passed as keyword"
                    + " arguments: '" + String.join(", ", posonly) + "'");
        }
    }

    private static RuntimeException tooManyPositional(PyFunction func, int given, int nkw, PyObject[] args, int from,
            String[] kwnames) {
        CodeObject co = func.code;
        int defcount = func.defaults == null ? 0 : func.defaults.size();
        int kwonlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
            for (int j = co.argcount; j < co.argcount + co.kwonlyargcount; j++) {
                if (((PyStr) co.localsplusnames.get(j)).value.equals(kwnames[k])) {
                    kwonlyGiven++;
                }
            }
        }
        String sig;
        if (defcount > 0) {
            sig = "from " + (co.argcount - defcount) + " to " + co.argcount;
        } else {
            sig = String.valueOf(co.argcount);
        }
        boolean plural = defcount > 0 || co.argcount != 1;
        String kwMsg = "";
        if (kwonlyGiven > 0) {
            kwMsg = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven != 1 ? "s" : "") + ")";
            return Exc.typeError(func.qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                    + " but " + given + kwMsg + " were given");
        }
        return Exc.typeError(func.qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but "
                + given + (given == 1 ? " was" : " were") + " given");
    }

    /** Fills cells for COPY_FREE_VARS. */
    static void copyFreeVars(Frame f, int n) {
        PyTuple closure = f.func.closure;
        int offset = f.ec.nlocalsplus - n;
        for (int i = 0; i < n; i++) {
            f.s[offset + i] = closure.items[i];
        }
    }

    static PyCell cell(PyObject v) {
        return new PyCell(v);
    }
}
