package dev.quicken.builtins;

import dev.quicken.code.CodeObject;
import dev.quicken.compiler.Compiler;
import dev.quicken.compiler.PySyntaxError;
import dev.quicken.compiler.ast.ModNode;
import dev.quicken.eval.CompileBridge;
import dev.quicken.eval.EvalAccess;
import dev.quicken.eval.Interpreter;
import dev.quicken.modules.ImportSystem;
import dev.quicken.modules.ast.AstObjects;
import dev.quicken.modules.ast.AstValidator;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Codecs;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;

/** The builtins {@code compile}, {@code eval} and {@code exec} (source text through quicken's compiler). */
final class CompileBuiltins {

    private CompileBuiltins() {
    }

    static void install(PyDict d, Interpreter in) {
        BuiltinsModule.def(d, "compile", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return builtinCompile(in, a, kw);
            }
        });
        BuiltinsModule.def(d, "eval", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return run(in, a, kw, "eval");
            }
        });
        BuiltinsModule.def(d, "exec", new dev.quicken.runtime.JFunc() {
            @Override
            public PyObject call(PyObject[] a, String[] kw) {
                return run(in, a, kw, "exec");
            }
        });
    }

    /** CPython 3.11: Include/cpython/compile.h PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK. */
    private static final int KNOWN_FLAGS = 0x1FE0000 | 0x10 | 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000;
    private static final int PY_CF_ONLY_AST = 0x400;

    // CPython 3.11: Python/bltinmodule.c builtin_compile_impl
    private static PyObject builtinCompile(Interpreter in, PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse("compile", a, kw, 0, new String[] {"source", "filename", "mode", "flags",
            "dont_inherit", "optimize", "_feature_version"}, 3, 7);
        String filename = p[1] instanceof PyBytes ? Codecs.decode(((PyBytes) p[1]).value, "utf-8", "strict")
                : Args.str("compile", p[1], 2);
        String mode = Args.str("compile", p[2], 3);
        long flags = p[3] == null ? 0 : Abstract.index(p[3]).value;
        long optimize = p[5] == null ? -1 : Abstract.index(p[5]).value;
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw Exc.valueError("compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw Exc.valueError("compile(): invalid optimize value");
        }
        boolean onlyAst = (flags & PY_CF_ONLY_AST) != 0;
        if (mode.equals("func_type") && !onlyAst) {
            throw Exc.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            if (mode.equals("func_type")) {
                throw Exc.valueError("compile(): mode 'func_type' is not supported by quicken");
            }
            throw Exc.valueError(onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (!(p[0] instanceof PyStr) && !(p[0] instanceof PyBytes)) {
            AstObjects ast = AstObjects.of(in);
            if (ast.isAst(p[0])) {
                if (onlyAst) {
                    return p[0];
                }
                ModNode mod = ast.fromPy(p[0], mode);
                AstValidator.validate(mod, in.recursionLimit);
                try {
                    return Compiler.compile(mod, filename, mode);
                } catch (PySyntaxError e) {
                    throw ImportSystem.syntaxError(e);
                }
            }
        }
        if (onlyAst) {
            return AstObjects.of(in).toPy(parse(p[0], filename, mode), in.recursionLimit);
        }
        return compile(p[0], filename, mode, "compile");
    }

    /** The syntax tree of a str or bytes source (compile with PyCF_ONLY_AST). */
    private static ModNode parse(PyObject source, String filename, String mode) {
        try {
            if (source instanceof PyBytes && mode.equals("exec")) {
                return Compiler.parse(((PyBytes) source).value, filename);
            }
            String text = sourceText(source, "compile");
            return Compiler.parse(text, filename, mode);
        } catch (PySyntaxError e) {
            throw ImportSystem.syntaxError(e);
        }
    }

    private static String sourceText(PyObject source, String fname) {
        String text;
        if (source instanceof PyStr) {
            text = ((PyStr) source).value;
        } else if (source instanceof PyBytes) {
            text = Codecs.decode(((PyBytes) source).value, "utf-8", "strict");
        } else {
            throw Exc.typeError(fname + "() arg 1 must be a string, bytes or " + (fname.equals("compile") ? "AST"
                    : "code") + " object");
        }
        if (text.indexOf('\0') >= 0) {
            throw Exc.raise(Exc.SyntaxError, "source code string cannot contain null bytes");
        }
        return text;
    }

    static CodeObject compile(PyObject source, String filename, String mode, String fname) {
        String text = sourceText(source, fname);
        if (fname.equals("eval")) {
            // CPython 3.11: Python/bltinmodule.c builtin_eval_impl strips leading spaces and tabs
            int k = 0;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            text = text.substring(k);
        }
        return CompileBridge.compile(text, filename, mode);
    }

    // CPython 3.11: Python/bltinmodule.c builtin_eval_impl / builtin_exec_impl
    private static PyObject run(Interpreter in, PyObject[] a, String[] kw, String fname) {
        PyObject[] p = Args.parse(fname, a, kw, 0, new String[] {"source", "globals", "locals"}, 1, 3);
        PyObject g = p[1] == null ? PyNone.NONE : p[1];
        PyObject l = p[2] == null ? PyNone.NONE : p[2];
        if (g != PyNone.NONE && !(g instanceof PyDict)) {
            throw Exc.typeError(fname.equals("eval")
                    ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "exec() globals must be a dict, not " + Abstract.typeName(g));
        }
        if (l != PyNone.NONE && l.type().lookup("__getitem__") == null) {
            throw Exc.typeError(fname.equals("eval") ? "locals must be a mapping"
                    : "locals must be a mapping or None, not " + Abstract.typeName(l));
        }
        PyDict globals;
        PyObject locals;
        if (g == PyNone.NONE) {
            globals = EvalAccess.globals(in);
            locals = l == PyNone.NONE ? EvalAccess.locals(in) : l;
        } else {
            globals = (PyDict) g;
            locals = l == PyNone.NONE ? globals : l;
        }
        if (globals.getStr("__builtins__") == null) {
            globals.setStr("__builtins__", in.builtinsModule);
        }
        CodeObject code;
        if (p[0] instanceof CodeObject) {
            code = (CodeObject) p[0];
        } else {
            code = compile(p[0], "<string>", fname.equals("eval") ? "eval" : "exec", fname);
        }
        PyObject r = EvalAccess.exec(in, code, globals, locals);
        return fname.equals("eval") ? r : PyNone.NONE;
    }
}
