package dev.quicken.eval;

import dev.quicken.code.CodeObject;
import dev.quicken.runtime.PyDict;
import dev.quicken.runtime.PyModule;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.TypeSetup;

/** Running module code. */
public final class Run {

    private Run() {
    }

    /** Executes module-level {@code code} in {@code mod}'s dict (which is also its locals). */
    public static PyObject execModule(Interpreter in, CodeObject code, PyModule mod) {
        PyDict g = mod.dict;
        if (g.getStr("__builtins__") == null) {
            g.setStr("__builtins__", in.builtinsModule);
        }
        return exec(in, code, g, g);
    }

    /** {@code exec(code, globals, locals)}. */
    public static PyObject exec(Interpreter in, CodeObject code, PyDict globals, PyObject locals) {
        Frame f = new Frame(in.execCode(code), null, globals, in.builtins, locals);
        f.entry = true;
        PyObject prevName = TypeSetup.CURRENT_MODULE_NAME.get();
        PyObject name = globals.getStr("__name__");
        TypeSetup.CURRENT_MODULE_NAME.set(name instanceof PyStr ? name : null);
        Interpreter prev = in.enter();
        try {
            return EvalLoop.run(in, f);
        } finally {
            Interpreter.exit(prev);
            TypeSetup.CURRENT_MODULE_NAME.set(prevName);
        }
    }
}
