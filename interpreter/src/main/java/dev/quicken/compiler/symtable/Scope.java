package dev.quicken.compiler.symtable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** One block of the symbol table. CPython 3.11: Include/internal/pycore_symtable.h PySTEntryObject. */
public final class Scope {
    public enum Type { FUNCTION, CLASS, MODULE, ANNOTATION }

    public static final int NO_COMPREHENSION = 0;
    public static final int LIST_COMPREHENSION = 1;
    public static final int DICT_COMPREHENSION = 2;
    public static final int SET_COMPREHENSION = 3;
    public static final int GENERATOR_EXPRESSION = 4;

    public final String name;
    public final Type type;
    public final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    public final List<String> varnames = new ArrayList<>();
    public final List<Scope> children = new ArrayList<>();
    /** (name, lineno, col, end_lineno, end_col) of global/nonlocal statements. */
    final List<Object[]> directives = new ArrayList<>();
    public boolean nested;
    public boolean free;
    public boolean childFree;
    public boolean generator;
    public boolean coroutine;
    public int comprehension;
    public boolean varargs;
    public boolean varkeywords;
    public boolean returnsValue;
    public boolean needsClassClosure;
    boolean compIterTarget;
    int compIterExpr;
    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;

    Scope(String name, Type type, int lineno, int colOffset, int endLineno, int endColOffset) {
        this.name = name;
        this.type = type;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    /** CPython 3.11: _PyST_GetSymbol. */
    public int getSymbol(String name) {
        Integer v = symbols.get(name);
        return v == null ? 0 : v;
    }

    /** CPython 3.11: _PyST_GetScope (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL or 0). */
    public int getScope(String name) {
        return (getSymbol(name) >> Symtable.SCOPE_OFFSET) & Symtable.SCOPE_MASK;
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + ", line " + lineno + ">";
    }
}
