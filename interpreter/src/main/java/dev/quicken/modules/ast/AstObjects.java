package dev.quicken.modules.ast;

import dev.quicken.compiler.ast.ModNode;
import dev.quicken.eval.Interpreter;
import dev.quicken.modules.ImportSystem;
import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyInstance;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyType;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The bridge between quicken's syntax trees and the {@code _ast} module's objects of one interpreter
 * (CPython's {@code struct ast_state}): {@code compile(..., PyCF_ONLY_AST)} and {@code compile(tree, ...)}.
 */
public final class AstObjects implements AstToPy.Factory, PyToAstBase.ClassCheck {

    private static final Map<Interpreter, AstObjects> STATES = new WeakHashMap<>();

    /** The {@code _ast} classes as the module defined them (later rebinding of the names does not count). */
    private final Map<String, PyType> classes = new HashMap<>();
    private final Map<String, PyObject> singletons = new HashMap<>();
    private final PyType astType;

    private AstObjects(PyDict ns) {
        for (PyObject k : ns.keysArray()) {
            PyObject v = ns.getItem(k);
            if (v instanceof PyType) {
                classes.put(Abstract.str(k), (PyType) v);
            }
        }
        astType = classes.get("AST");
    }

    /** The state of {@code in} ({@code _ast} is imported on first use). */
    public static AstObjects of(Interpreter in) {
        synchronized (STATES) {
            AstObjects s = STATES.get(in);
            if (s != null) {
                return s;
            }
        }
        PyObject m = ImportSystem.importModuleLevel(in, "_ast", PyNone.NONE, PyNone.NONE, 0);
        AstObjects s = new AstObjects(((PyModule) m).dict);
        synchronized (STATES) {
            STATES.put(in, s);
        }
        return s;
    }

    /** {@code isinstance(obj, _ast.AST)}, as CPython's PyAST_Check. */
    public boolean isAst(PyObject obj) {
        return Abstract.isInstance(obj, astType);
    }

    /** The {@code _ast} objects for a tree. */
    // CPython 3.11: Python/Python-ast.c PyAST_mod2obj
    public PyObject toPy(ModNode mod, int recursionLimit) {
        return new AstToPy(this, recursionLimit * 3).node(mod);
    }

    /** The tree of {@code _ast} objects {@code obj} for compile mode "exec", "eval" or "single". */
    // CPython 3.11: Python/Python-ast.c PyAST_obj2mod
    public ModNode fromPy(PyObject obj, String mode) {
        String required = mode.equals("exec") ? "Module" : mode.equals("eval") ? "Expression" : "Interactive";
        if (!isInstance(obj, required)) {
            throw Exc.typeError("expected " + required + " node, got " + Abstract.typeName(obj));
        }
        return new PyToAst(this).mod(obj);
    }

    @Override
    public boolean isInstance(PyObject obj, String cls) {
        return Abstract.isInstance(obj, type(cls));
    }

    private PyType type(String cls) {
        PyType t = classes.get(cls);
        if (t == null) {
            throw Exc.raise(Exc.SystemError, "_ast has no class " + cls);
        }
        return t;
    }

    @Override
    public PyObject make(String cls, String[] names, PyObject[] values) {
        PyObject o = type(cls).allocate();
        if (o instanceof PyInstance inst) {
            for (int i = 0; i < names.length; i++) {
                if (!inst.setInstanceAttr(names[i], values[i])) {
                    Abstract.setAttr(o, names[i], values[i]);
                }
            }
        } else {
            for (int i = 0; i < names.length; i++) {
                Abstract.setAttr(o, names[i], values[i]);
            }
        }
        return o;
    }

    @Override
    public PyObject singleton(String cls) {
        PyObject s = singletons.get(cls);
        if (s == null) {
            s = type(cls).allocate();
            singletons.put(cls, s);
        }
        return s;
    }
}
