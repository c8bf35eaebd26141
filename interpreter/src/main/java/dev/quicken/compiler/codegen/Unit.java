package dev.quicken.compiler.codegen;

import dev.quicken.runtime.PyObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The per-code-object compiler state the flow graph and assembler work on.
 * CPython 3.11: Python/compile.c struct compiler_unit (the parts that outlive code generation).
 */
public class Unit {
    public String name;
    public String qualname;
    /** Constant key to index (u_consts), and the values in index order. */
    public final LinkedHashMap<Object, Integer> consts = new LinkedHashMap<>();
    public final List<PyObject> constValues = new ArrayList<>();
    public final LinkedHashMap<String, Integer> names = new LinkedHashMap<>();
    public LinkedHashMap<String, Integer> varnames = new LinkedHashMap<>();
    public LinkedHashMap<String, Integer> cellvars = new LinkedHashMap<>();
    public LinkedHashMap<String, Integer> freevars = new LinkedHashMap<>();
    public int argcount;
    public int posonlyargcount;
    public int kwonlyargcount;
    /** Most recently allocated block; earlier ones follow through {@link Block#list}. */
    public Block blocks;
    public Block curblock;
    public int firstlineno;
    public int lineno;
    public int colOffset;
    public int endLineno;
    public int endColOffset;
    public boolean needNewImplicitBlock;

    public Block newBlock() {
        Block b = new Block();
        b.list = blocks;
        blocks = b;
        return b;
    }

    /** CPython 3.11: compile.c compiler_add_o. */
    public static int addO(LinkedHashMap<String, Integer> dict, String o) {
        Integer v = dict.get(o);
        if (v == null) {
            v = dict.size();
            dict.put(o, v);
        }
        return v;
    }

    /** CPython 3.11: compile.c compiler_add_const (the key decides identity). */
    public int addConst(PyObject o) {
        Object key = ConstKey.of(o);
        Integer v = consts.get(key);
        if (v == null) {
            v = consts.size();
            consts.put(key, v);
            constValues.add(o);
        }
        return v;
    }
}
