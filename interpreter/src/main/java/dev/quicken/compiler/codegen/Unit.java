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

    /** The compiler-wide constant cache (c_const_cache), shared by every unit of one compilation. */
    public java.util.Map<Object, PyObject> constCache = new java.util.HashMap<>();

    /** CPython 3.11: compile.c compiler_add_const (the key decides identity). */
    public int addConst(PyObject o) {
        o = mergeConstsRecursive(o);
        Object key = ConstKey.of(o);
        Integer v = consts.get(key);
        if (v == null) {
            v = consts.size();
            consts.put(key, v);
            constValues.add(o);
        }
        return v;
    }

    /**
     * CPython 3.11: compile.c merge_consts_recursive: the first equal constant seen in this
     * compilation wins (which fixes, e.g., the iteration order of equal frozensets).
     */
    PyObject mergeConstsRecursive(PyObject o) {
        if (o == dev.quicken.runtime.PyNone.NONE || o == dev.quicken.runtime.PyEllipsis.ELLIPSIS) {
            return o;
        }
        Object key = ConstKey.of(o);
        PyObject t = constCache.get(key);
        if (t != null) {
            return t;
        }
        if (o instanceof dev.quicken.runtime.PyTuple tup) {
            PyObject[] items = tup.items.clone();
            boolean changed = false;
            for (int i = 0; i < items.length; i++) {
                PyObject m = mergeConstsRecursive(items[i]);
                if (m != items[i]) {
                    items[i] = m;
                    changed = true;
                }
            }
            if (changed) {
                o = new dev.quicken.runtime.PyTuple(items);
            }
        } else if (o instanceof dev.quicken.runtime.PyFrozenSet fs && fs.size() > 0) {
            java.util.List<PyObject> items = new java.util.ArrayList<>();
            for (PyObject x : fs.items()) {
                items.add(mergeConstsRecursive(x));
            }
            o = dev.quicken.runtime.PyFrozenSet.of(items);
        }
        constCache.put(key, o);
        return o;
    }
}
