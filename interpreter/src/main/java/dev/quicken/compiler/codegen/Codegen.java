package dev.quicken.compiler.codegen;

import static dev.quicken.compiler.codegen.Opcodes.*;
import static dev.quicken.opcode.Op.*;
import static dev.quicken.compiler.symtable.Symtable.CELL;
import static dev.quicken.compiler.symtable.Symtable.DEF_FREE_CLASS;
import static dev.quicken.compiler.symtable.Symtable.DEF_IMPORT;
import static dev.quicken.compiler.symtable.Symtable.FREE;
import static dev.quicken.compiler.symtable.Symtable.GLOBAL_EXPLICIT;
import static dev.quicken.compiler.symtable.Symtable.GLOBAL_IMPLICIT;
import static dev.quicken.compiler.symtable.Symtable.LOCAL;
import static dev.quicken.compiler.symtable.Symtable.SCOPE_MASK;
import static dev.quicken.compiler.symtable.Symtable.SCOPE_OFFSET;

import dev.quicken.code.CodeObject;
import dev.quicken.compiler.CompileError;
import dev.quicken.compiler.ast.*;
import dev.quicken.compiler.ast.Module;
import dev.quicken.compiler.codegen.CUnit.FBlock;
import dev.quicken.compiler.codegen.CUnit.FBlockType;
import dev.quicken.compiler.symtable.Scope;
import dev.quicken.compiler.symtable.Symtable;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Code generation: AST to flow graph, then {@link Flow} to code objects.
 * CPython 3.11: Python/compile.c, the compiler_* functions.
 */
public final class Codegen {
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;
    private static final int PYCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000
            | 0x1000000;
    private static final int STACK_USE_GUIDELINE = 30;

    private static final int COMP_GENEXP = 0;
    private static final int COMP_LISTCOMP = 1;
    private static final int COMP_SETCOMP = 2;
    private static final int COMP_DICTCOMP = 3;

    private final String filename;
    private Symtable st;
    private int futureFeatures;
    private int futureLineno = -1;
    private final int optimize;
    private boolean interactive;
    private int nestlevel;
    private CUnit u;
    private final Deque<CUnit> stack = new ArrayDeque<>();
    /** c_const_cache: every constant of this compilation, by constant key. */
    private final Map<Object, PyObject> constCache = new java.util.HashMap<>();

    private Codegen(String filename, int optimize) {
        this.filename = filename;
        this.optimize = optimize;
    }

    /** CPython 3.11: compile.c _PyAST_Compile (after parsing). The AST is optimized in place. */
    public static CodeObject compile(ModNode mod, String filename, int optimize) {
        Codegen c = new Codegen(filename, optimize);
        c.future(mod);
        AstOptimizer.optimize(mod, optimize, c.futureFeatures);
        c.st = Symtable.build(mod, (c.futureFeatures & CO_FUTURE_ANNOTATIONS) != 0);
        return c.compilerMod(mod);
    }

    // ------------------------------------------------------------------ future

    // CPython 3.11: Python/future.c future_parse
    private void future(ModNode mod) {
        List<StmtNode> body;
        if (mod instanceof Module m) {
            body = m.body;
        } else if (mod instanceof Interactive i) {
            body = i.body;
        } else {
            return;
        }
        boolean done = false;
        int prevLine = 0;
        int i = getDocString(body) != null ? 1 : 0;
        for (; i < body.size(); i++) {
            StmtNode s = body.get(i);
            if (done && s.lineno > prevLine) {
                return;
            }
            prevLine = s.lineno;
            if (s instanceof ImportFrom f && "__future__".equals(f.module)) {
                if (done) {
                    throw new CompileError("from __future__ imports must occur at the beginning of the file",
                            s.lineno, s.col_offset, s.lineno, 0);
                }
                for (Alias a : f.names) {
                    switch (a.name) {
                        case "nested_scopes": case "generators": case "division": case "absolute_import":
                        case "with_statement": case "print_function": case "unicode_literals":
                        case "generator_stop":
                            break;
                        case "barry_as_FLUFL":
                            futureFeatures |= CO_FUTURE_BARRY_AS_BDFL;
                            break;
                        case "annotations":
                            futureFeatures |= CO_FUTURE_ANNOTATIONS;
                            break;
                        case "braces":
                            throw new CompileError("not a chance", s.lineno, s.col_offset + 1, s.lineno, 0);
                        default:
                            throw new CompileError("future feature " + a.name + " is not defined", s.lineno,
                                    s.col_offset + 1, s.lineno, 0);
                    }
                }
                futureLineno = s.lineno;
            } else {
                done = true;
            }
        }
    }

    static PyStr getDocString(List<StmtNode> body) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        if (body.get(0) instanceof Expr e && e.value instanceof Constant k && k.value instanceof PyStr s) {
            return s;
        }
        return null;
    }

    // ------------------------------------------------------------------ errors and locations

    private CompileError error(String msg) {
        return new CompileError(msg, u.lineno, u.colOffset + 1, u.endLineno, u.endColOffset + 1);
    }

    private void setLoc(Node x) {
        u.lineno = x.lineno;
        u.colOffset = x.col_offset;
        u.endLineno = x.end_lineno;
        u.endColOffset = x.end_col_offset;
    }

    private void unsetLoc() {
        u.lineno = -1;
        u.colOffset = -1;
        u.endLineno = -1;
        u.endColOffset = -1;
    }

    private int[] saveLoc() {
        return new int[] {u.lineno, u.endLineno, u.colOffset, u.endColOffset};
    }

    private void restoreLoc(int[] l) {
        u.lineno = l[0];
        u.endLineno = l[1];
        u.colOffset = l[2];
        u.endColOffset = l[3];
    }

    // ------------------------------------------------------------------ emitting

    private Block newBlock() {
        return u.newBlock();
    }

    private void useNextBlock(Block block) {
        u.curblock.next = block;
        u.curblock = block;
        u.needNewImplicitBlock = false;
    }

    private Instr addInstr(int opcode, int oparg, int lineno, int endLineno, int col, int endCol) {
        if (u.needNewImplicitBlock) {
            Block b = newBlock();
            useNextBlock(b);
        }
        Block b = u.curblock;
        Instr i = new Instr(opcode, oparg, lineno, endLineno, col, endCol);
        b.add(i);
        if (opcode == RETURN_VALUE) {
            b.ret = true;
        }
        if (Flow.isEndOfBasicBlock(i)) {
            u.needNewImplicitBlock = true;
        }
        return i;
    }

    private void addop(int opcode) {
        addInstr(opcode, 0, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
    }

    private void addopNoline(int opcode) {
        addInstr(opcode, 0, -1, 0, 0, 0);
    }

    private void addopI(int opcode, int oparg) {
        addInstr(opcode, oparg, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
    }

    private void addopINoline(int opcode, int oparg) {
        addInstr(opcode, oparg, -1, 0, 0, 0);
    }

    private void addopJ(int opcode, Block target) {
        Instr i = addInstrJ(opcode, u.lineno, u.endLineno, u.colOffset, u.endColOffset, target);
    }

    private void addopJNoline(int opcode, Block target) {
        addInstrJ(opcode, -1, 0, 0, 0, target);
    }

    private Instr addInstrJ(int opcode, int lineno, int endLineno, int col, int endCol, Block target) {
        if (u.needNewImplicitBlock) {
            Block b = newBlock();
            useNextBlock(b);
        }
        Instr i = new Instr(opcode, 0, lineno, endLineno, col, endCol);
        i.target = target;
        u.curblock.add(i);
        if (Flow.isEndOfBasicBlock(i)) {
            u.needNewImplicitBlock = true;
        }
        return i;
    }

    private void loadConst(PyObject o) {
        addopI(LOAD_CONST, u.addConst(o));
    }

    private void addopName(int opcode, LinkedHashMap<String, Integer> dict, String name) {
        String mangled = Symtable.mangle(u.privateName, name);
        addopI(opcode, Unit.addO(dict, mangled));
    }

    private void addopN(int opcode, LinkedHashMap<String, Integer> dict, String name) {
        addopI(opcode, Unit.addO(dict, name));
    }

    private static PyStr str(String s) {
        return new PyStr(s);
    }

    // ------------------------------------------------------------------ scopes

    private static LinkedHashMap<String, Integer> dictbytype(Map<String, Integer> src, int scopeType, int flag,
            int offset) {
        LinkedHashMap<String, Integer> dest = new LinkedHashMap<>();
        TreeMap<String, Integer> sorted = new TreeMap<>(Codegen::compareCodePoints);
        sorted.putAll(src);
        int i = offset;
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            int vi = e.getValue();
            int scope = (vi >> SCOPE_OFFSET) & SCOPE_MASK;
            if (scope == scopeType || (vi & flag) != 0) {
                dest.put(e.getKey(), i++);
            }
        }
        return dest;
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    // CPython 3.11: compile.c compiler_enter_scope
    private void enterScope(String name, int scopeType, Object key, int lineno) {
        CUnit nu = new CUnit();
        nu.constCache = constCache;
        nu.scopeType = scopeType;
        nu.ste = st.lookup(key);
        nu.name = name;
        int idx = 0;
        for (String v : nu.ste.varnames) {
            nu.varnames.putIfAbsent(v, idx++);
        }
        nu.cellvars = dictbytype(nu.ste.symbols, CELL, 0, 0);
        if (nu.ste.needsClassClosure) {
            nu.cellvars.put("__class__", 0);
        }
        nu.freevars = dictbytype(nu.ste.symbols, FREE, DEF_FREE_CLASS, nu.cellvars.size());
        nu.firstlineno = lineno;
        nu.lineno = lineno;
        nu.colOffset = 0;
        nu.endLineno = lineno;
        nu.endColOffset = 0;
        if (u != null) {
            stack.push(u);
            nu.privateName = u.privateName;
        }
        u = nu;
        nestlevel++;
        Block block = newBlock();
        u.curblock = block;
        if (scopeType == CUnit.SCOPE_MODULE) {
            u.lineno = 0;
        } else {
            setQualname();
        }
        addopI(RESUME, 0);
        if (scopeType == CUnit.SCOPE_MODULE) {
            u.lineno = -1;
        }
    }

    private void exitScope() {
        nestlevel--;
        u = stack.isEmpty() ? null : stack.pop();
    }

    // CPython 3.11: compile.c compiler_set_qualname
    private void setQualname() {
        String base = null;
        if (!stack.isEmpty()) {
            boolean forceGlobal = false;
            CUnit parent = stack.peek();
            if (u.scopeType == CUnit.SCOPE_FUNCTION || u.scopeType == CUnit.SCOPE_ASYNC_FUNCTION
                    || u.scopeType == CUnit.SCOPE_CLASS) {
                String mangled = Symtable.mangle(parent.privateName, u.name);
                int scope = parent.ste.getScope(mangled);
                if (scope == GLOBAL_EXPLICIT) {
                    forceGlobal = true;
                }
            }
            if (!forceGlobal) {
                if (parent.scopeType == CUnit.SCOPE_FUNCTION || parent.scopeType == CUnit.SCOPE_ASYNC_FUNCTION
                        || parent.scopeType == CUnit.SCOPE_LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else {
                    base = parent.qualname;
                }
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    private int computeCodeFlags() {
        Scope ste = u.ste;
        int flags = 0;
        if (ste.type == Scope.Type.FUNCTION) {
            flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
            if (ste.nested) {
                flags |= CodeObject.CO_NESTED;
            }
            if (ste.generator && !ste.coroutine) {
                flags |= CodeObject.CO_GENERATOR;
            }
            if (!ste.generator && ste.coroutine) {
                flags |= CodeObject.CO_COROUTINE;
            }
            if (ste.generator && ste.coroutine) {
                flags |= CodeObject.CO_ASYNC_GENERATOR;
            }
            if (ste.varargs) {
                flags |= CodeObject.CO_VARARGS;
            }
            if (ste.varkeywords) {
                flags |= CodeObject.CO_VARKEYWORDS;
            }
        }
        flags |= futureFeatures & PYCF_MASK;
        return flags;
    }

    private CodeObject assemble(boolean addNone) {
        return Flow.assemble(u, addNone, computeCodeFlags(), u.ste.generator || u.ste.coroutine, filename);
    }

    // ------------------------------------------------------------------ module and body

    private static boolean findAnn(List<StmtNode> stmts) {
        if (stmts == null) {
            return false;
        }
        for (StmtNode st : stmts) {
            boolean res = false;
            if (st instanceof AnnAssign) {
                return true;
            } else if (st instanceof For f) {
                res = findAnn(f.body) || findAnn(f.orelse);
            } else if (st instanceof AsyncFor f) {
                res = findAnn(f.body) || findAnn(f.orelse);
            } else if (st instanceof While w) {
                res = findAnn(w.body) || findAnn(w.orelse);
            } else if (st instanceof If i) {
                res = findAnn(i.body) || findAnn(i.orelse);
            } else if (st instanceof With w) {
                res = findAnn(w.body);
            } else if (st instanceof AsyncWith w) {
                res = findAnn(w.body);
            } else if (st instanceof Try t) {
                for (ExceptHandlerNode h : t.handlers) {
                    if (findAnn(((ExceptHandler) h).body)) {
                        return true;
                    }
                }
                res = findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse);
            } else if (st instanceof TryStar t) {
                for (ExceptHandlerNode h : t.handlers) {
                    if (findAnn(((ExceptHandler) h).body)) {
                        return true;
                    }
                }
                res = findAnn(t.body) || findAnn(t.finalbody) || findAnn(t.orelse);
            } else if (st instanceof Match m) {
                for (MatchCase mc : m.cases) {
                    if (findAnn(mc.body)) {
                        return true;
                    }
                }
            }
            if (res) {
                return true;
            }
        }
        return false;
    }

    // CPython 3.11: compile.c compiler_body
    private void body(List<StmtNode> stmts) {
        int i = 0;
        if (u.scopeType == CUnit.SCOPE_MODULE && !stmts.isEmpty()) {
            setLoc(stmts.get(0));
        }
        if (findAnn(stmts)) {
            addop(SETUP_ANNOTATIONS);
        }
        if (stmts.isEmpty()) {
            return;
        }
        if (optimize < 2) {
            PyStr docstring = getDocString(stmts);
            if (docstring != null) {
                i = 1;
                Expr st0 = (Expr) stmts.get(0);
                visitExpr(st0.value);
                unsetLoc();
                nameop("__doc__", ExprContext.Store);
            }
        }
        for (; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    private CodeObject compilerMod(ModNode mod) {
        boolean addNone = true;
        enterScope("<module>", CUnit.SCOPE_MODULE, mod, 1);
        u.lineno = 1;
        if (mod instanceof Module m) {
            body(m.body);
        } else if (mod instanceof Interactive i) {
            if (findAnn(i.body)) {
                addop(SETUP_ANNOTATIONS);
            }
            interactive = true;
            for (StmtNode s : i.body) {
                visitStmt(s);
            }
        } else if (mod instanceof Expression e) {
            visitExpr(e.body);
            addNone = false;
        } else {
            throw new IllegalArgumentException("module kind should not be possible");
        }
        CodeObject co = assemble(addNone);
        exitScope();
        return co;
    }

    // ------------------------------------------------------------------ names

    private int getRefType(String name) {
        if (u.scopeType == CUnit.SCOPE_CLASS && name.equals("__class__")) {
            return CELL;
        }
        int scope = u.ste.getScope(name);
        if (scope == 0) {
            throw new IllegalStateException("_PyST_GetScope(name=" + name + ") failed: unknown scope in unit "
                    + u.name);
        }
        return scope;
    }

    private boolean forbiddenName(String name, ExprContext ctx) {
        if (ctx == ExprContext.Store && name.equals("__debug__")) {
            throw error("cannot assign to __debug__");
        }
        if (ctx == ExprContext.Del && name.equals("__debug__")) {
            throw error("cannot delete __debug__");
        }
        return false;
    }

    // CPython 3.11: compile.c compiler_nameop
    private void nameop(String name, ExprContext ctx) {
        forbiddenName(name, ctx);
        String mangled = Symtable.mangle(u.privateName, name);
        LinkedHashMap<String, Integer> dict = u.names;
        final int opFast = 0;
        final int opGlobal = 1;
        final int opDeref = 2;
        final int opName = 3;
        int optype = opName;
        int scope = u.ste.getScope(mangled);
        switch (scope) {
            case FREE:
                dict = u.freevars;
                optype = opDeref;
                break;
            case CELL:
                dict = u.cellvars;
                optype = opDeref;
                break;
            case LOCAL:
                if (u.ste.type == Scope.Type.FUNCTION) {
                    optype = opFast;
                }
                break;
            case GLOBAL_IMPLICIT:
                if (u.ste.type == Scope.Type.FUNCTION) {
                    optype = opGlobal;
                }
                break;
            case GLOBAL_EXPLICIT:
                optype = opGlobal;
                break;
            default:
                break;
        }
        int op;
        switch (optype) {
            case opDeref:
                op = ctx == ExprContext.Load ? (u.ste.type == Scope.Type.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF)
                        : ctx == ExprContext.Store ? STORE_DEREF : DELETE_DEREF;
                break;
            case opFast:
                op = ctx == ExprContext.Load ? LOAD_FAST : ctx == ExprContext.Store ? STORE_FAST : DELETE_FAST;
                addopN(op, u.varnames, mangled);
                return;
            case opGlobal:
                op = ctx == ExprContext.Load ? LOAD_GLOBAL : ctx == ExprContext.Store ? STORE_GLOBAL
                        : DELETE_GLOBAL;
                break;
            default:
                op = ctx == ExprContext.Load ? LOAD_NAME : ctx == ExprContext.Store ? STORE_NAME : DELETE_NAME;
                break;
        }
        int arg = Unit.addO(dict, mangled);
        if (op == LOAD_GLOBAL) {
            arg <<= 1;
        }
        addopI(op, arg);
    }

    // ------------------------------------------------------------------ frame blocks

    private void pushFblock(FBlockType t, Block b, Block exit, Object datum) {
        if (u.nfblocks >= 20) {
            throw error("too many statically nested blocks");
        }
        u.fblocks[u.nfblocks++] = new FBlock(t, b, exit, datum);
    }

    private void popFblock() {
        u.nfblocks--;
    }

    private void callExitWithNones() {
        loadConst(PyNone.NONE);
        loadConst(PyNone.NONE);
        loadConst(PyNone.NONE);
        addopI(PRECALL, 2);
        addopI(CALL, 2);
    }

    private void addYieldFrom(boolean await) {
        Block start = newBlock();
        Block resume = newBlock();
        Block exit = newBlock();
        useNextBlock(start);
        addopJ(SEND, exit);
        useNextBlock(resume);
        addop(YIELD_VALUE);
        addopI(RESUME, await ? 3 : 2);
        addopJ(JUMP_NO_INTERRUPT, start);
        useNextBlock(exit);
    }

    private void popExceptAndReraise() {
        addopI(COPY, 3);
        addop(POP_EXCEPT);
        addopI(RERAISE, 1);
    }

    // CPython 3.11: compile.c compiler_unwind_fblock
    @SuppressWarnings("unchecked")
    private void unwindFblock(FBlock info, boolean preserveTos) {
        switch (info.type) {
            case WHILE_LOOP:
            case EXCEPTION_HANDLER:
            case EXCEPTION_GROUP_HANDLER:
            case ASYNC_COMPREHENSION_GENERATOR:
                return;
            case FOR_LOOP:
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                addop(POP_TOP);
                return;
            case TRY_EXCEPT:
                addop(POP_BLOCK);
                return;
            case FINALLY_TRY:
                addop(POP_BLOCK);
                if (preserveTos) {
                    pushFblock(FBlockType.POP_VALUE, null, null, null);
                }
                visitStmts((List<StmtNode>) info.datum);
                if (preserveTos) {
                    popFblock();
                }
                unsetLoc();
                return;
            case FINALLY_END:
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                addop(POP_TOP);
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                return;
            case WITH:
            case ASYNC_WITH:
                setLoc((StmtNode) info.datum);
                addop(POP_BLOCK);
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                callExitWithNones();
                if (info.type == FBlockType.ASYNC_WITH) {
                    addopI(GET_AWAITABLE, 2);
                    loadConst(PyNone.NONE);
                    addYieldFrom(true);
                }
                addop(POP_TOP);
                unsetLoc();
                return;
            case HANDLER_CLEANUP:
                if (info.datum != null) {
                    addop(POP_BLOCK);
                }
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                if (info.datum != null) {
                    loadConst(PyNone.NONE);
                    nameop((String) info.datum, ExprContext.Store);
                    nameop((String) info.datum, ExprContext.Del);
                }
                return;
            case POP_VALUE:
                if (preserveTos) {
                    addopI(SWAP, 2);
                }
                addop(POP_TOP);
                return;
            default:
                throw new IllegalStateException();
        }
    }

    /** Returns the loop block found when {@code wantLoop}, else null. */
    private FBlock unwindFblockStack(boolean preserveTos, boolean wantLoop) {
        if (u.nfblocks == 0) {
            return null;
        }
        FBlock top = u.fblocks[u.nfblocks - 1];
        if (top.type == FBlockType.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (wantLoop && (top.type == FBlockType.WHILE_LOOP || top.type == FBlockType.FOR_LOOP)) {
            return top;
        }
        u.nfblocks--;
        unwindFblock(top, preserveTos);
        FBlock loop = unwindFblockStack(preserveTos, wantLoop);
        u.fblocks[u.nfblocks] = top;
        u.nfblocks++;
        return loop;
    }

    // ------------------------------------------------------------------ functions and classes

    private void makeClosure(CodeObject co, int flags, String qualname) {
        int nfree = 0;
        for (byte k : co.localspluskinds) {
            if ((k & CodeObject.CO_FAST_FREE) != 0) {
                nfree++;
            }
        }
        if (nfree > 0) {
            for (int i = 0; i < co.localspluskinds.length; i++) {
                if ((co.localspluskinds[i] & CodeObject.CO_FAST_FREE) == 0) {
                    continue;
                }
                String name = ((PyStr) co.localsplusnames.items[i]).value;
                int reftype = getRefType(name);
                Integer arg = reftype == CELL ? u.cellvars.get(name) : u.freevars.get(name);
                if (arg == null) {
                    throw new IllegalStateException("compiler_lookup_arg(name=" + name + ") with reftype="
                            + reftype + " failed in " + u.name);
                }
                addopI(LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            addopI(BUILD_TUPLE, nfree);
        }
        loadConst(co);
        addopI(MAKE_FUNCTION, flags);
    }

    private void applyDecorators(List<ExprNode> decos) {
        if (decos == null) {
            return;
        }
        int[] old = saveLoc();
        for (int i = decos.size() - 1; i > -1; i--) {
            setLoc(decos.get(i));
            addopI(PRECALL, 0);
            addopI(CALL, 0);
        }
        restoreLoc(old);
    }

    private boolean visitKwonlydefaults(List<Arg> kwonlyargs, List<ExprNode> kwDefaults) {
        List<PyObject> keys = null;
        for (int i = 0; i < kwonlyargs.size(); i++) {
            Arg arg = kwonlyargs.get(i);
            ExprNode def = kwDefaults.get(i);
            if (def != null) {
                String mangled = Symtable.mangle(u.privateName, arg.arg);
                if (keys == null) {
                    keys = new ArrayList<>();
                }
                keys.add(str(mangled));
                visitExpr(def);
            }
        }
        if (keys != null) {
            loadConst(new PyTuple(keys.toArray(new PyObject[0])));
            addopI(BUILD_CONST_KEY_MAP, keys.size());
            return true;
        }
        return false;
    }

    private int visitArgannotation(String id, ExprNode annotation, int len) {
        if (annotation == null) {
            return len;
        }
        loadConst(str(Symtable.mangle(u.privateName, id)));
        if ((futureFeatures & CO_FUTURE_ANNOTATIONS) != 0) {
            loadConst(str(Unparse.unparse(annotation)));
        } else if (annotation instanceof Starred s) {
            visitExpr(s.value);
            addopI(UNPACK_SEQUENCE, 1);
        } else {
            visitExpr(annotation);
        }
        return len + 2;
    }

    private boolean visitAnnotations(Arguments args, ExprNode returns) {
        int len = 0;
        for (Arg a : args.args) {
            len = visitArgannotation(a.arg, a.annotation, len);
        }
        for (Arg a : args.posonlyargs) {
            len = visitArgannotation(a.arg, a.annotation, len);
        }
        if (args.vararg != null && args.vararg.annotation != null) {
            len = visitArgannotation(args.vararg.arg, args.vararg.annotation, len);
        }
        for (Arg a : args.kwonlyargs) {
            len = visitArgannotation(a.arg, a.annotation, len);
        }
        if (args.kwarg != null && args.kwarg.annotation != null) {
            len = visitArgannotation(args.kwarg.arg, args.kwarg.annotation, len);
        }
        len = visitArgannotation("return", returns, len);
        if (len > 0) {
            addopI(BUILD_TUPLE, len);
            return true;
        }
        return false;
    }

    private int defaultArguments(Arguments args) {
        int funcflags = 0;
        if (args.defaults != null && !args.defaults.isEmpty()) {
            visitExprs(args.defaults);
            addopI(BUILD_TUPLE, args.defaults.size());
            funcflags |= 0x01;
        }
        if (args.kwonlyargs != null) {
            if (visitKwonlydefaults(args.kwonlyargs, args.kw_defaults)) {
                funcflags |= 0x02;
            }
        }
        return funcflags;
    }

    private void checkDebugArgs(Arguments args) {
        for (Arg a : args.posonlyargs) {
            forbiddenName(a.arg, ExprContext.Store);
        }
        for (Arg a : args.args) {
            forbiddenName(a.arg, ExprContext.Store);
        }
        if (args.vararg != null) {
            forbiddenName(args.vararg.arg, ExprContext.Store);
        }
        for (Arg a : args.kwonlyargs) {
            forbiddenName(a.arg, ExprContext.Store);
        }
        if (args.kwarg != null) {
            forbiddenName(args.kwarg.arg, ExprContext.Store);
        }
    }

    // CPython 3.11: compile.c compiler_function
    private void function(StmtNode s, boolean isAsync) {
        Arguments args;
        ExprNode returns;
        List<ExprNode> decos;
        String name;
        List<StmtNode> body;
        if (isAsync) {
            AsyncFunctionDef f = (AsyncFunctionDef) s;
            args = f.args;
            returns = f.returns;
            decos = f.decorator_list;
            name = f.name;
            body = f.body;
        } else {
            FunctionDef f = (FunctionDef) s;
            args = f.args;
            returns = f.returns;
            decos = f.decorator_list;
            name = f.name;
            body = f.body;
        }
        int scopeType = isAsync ? CUnit.SCOPE_ASYNC_FUNCTION : CUnit.SCOPE_FUNCTION;
        checkDebugArgs(args);
        visitExprs(decos);
        int firstlineno = s.lineno;
        if (!decos.isEmpty()) {
            firstlineno = decos.get(0).lineno;
        }
        int funcflags = defaultArguments(args);
        if (visitAnnotations(args, returns)) {
            funcflags |= 0x04;
        }
        enterScope(name, scopeType, s, firstlineno);
        PyStr docstring = null;
        if (optimize < 2) {
            docstring = getDocString(body);
        }
        u.addConst(docstring != null ? docstring : PyNone.NONE);
        u.argcount = args.args.size();
        u.posonlyargcount = args.posonlyargs.size();
        u.kwonlyargcount = args.kwonlyargs.size();
        for (int i = docstring != null ? 1 : 0; i < body.size(); i++) {
            visitStmt(body.get(i));
        }
        CodeObject co = assemble(true);
        String qualname = u.qualname;
        exitScope();
        makeClosure(co, funcflags, qualname);
        applyDecorators(decos);
        nameop(name, ExprContext.Store);
    }

    // CPython 3.11: compile.c compiler_class
    private void classDef(ClassDef s) {
        List<ExprNode> decos = s.decorator_list;
        visitExprs(decos);
        int firstlineno = s.lineno;
        if (!decos.isEmpty()) {
            firstlineno = decos.get(0).lineno;
        }
        enterScope(s.name, CUnit.SCOPE_CLASS, s, firstlineno);
        u.privateName = s.name;
        nameop("__name__", ExprContext.Load);
        nameop("__module__", ExprContext.Store);
        loadConst(str(u.qualname));
        nameop("__qualname__", ExprContext.Store);
        body(s.body);
        unsetLoc();
        if (u.ste.needsClassClosure) {
            int i = u.cellvars.get("__class__");
            addopI(LOAD_CLOSURE, i);
            addopI(COPY, 1);
            nameop("__classcell__", ExprContext.Store);
        } else {
            loadConst(PyNone.NONE);
        }
        addop(RETURN_VALUE);
        CodeObject co = assemble(true);
        exitScope();
        addop(PUSH_NULL);
        addop(LOAD_BUILD_CLASS);
        makeClosure(co, 0, null);
        loadConst(str(s.name));
        callHelper(2, s.bases, s.keywords);
        applyDecorators(decos);
        nameop(s.name, ExprContext.Store);
    }

    private void addcompare(CmpOpKind op) {
        switch (op) {
            case Eq: addopI(COMPARE_OP, 2); return;
            case NotEq: addopI(COMPARE_OP, 3); return;
            case Lt: addopI(COMPARE_OP, 0); return;
            case LtE: addopI(COMPARE_OP, 1); return;
            case Gt: addopI(COMPARE_OP, 4); return;
            case GtE: addopI(COMPARE_OP, 5); return;
            case Is: addopI(IS_OP, 0); return;
            case IsNot: addopI(IS_OP, 1); return;
            case In: addopI(CONTAINS_OP, 0); return;
            case NotIn: addopI(CONTAINS_OP, 1); return;
            default: throw new IllegalStateException();
        }
    }

    // CPython 3.11: compile.c compiler_jump_if
    private void jumpIf(ExprNode e, Block next, boolean cond) {
        if (e instanceof UnaryOp uo && uo.op == UnaryOpKind.Not) {
            jumpIf(uo.operand, next, !cond);
            return;
        }
        if (e instanceof BoolOp b) {
            List<ExprNode> s = b.values;
            int n = s.size() - 1;
            boolean cond2 = b.op == BoolOpKind.Or;
            Block next2 = next;
            if (cond2 != cond) {
                next2 = newBlock();
            }
            for (int i = 0; i < n; ++i) {
                jumpIf(s.get(i), next2, cond2);
            }
            jumpIf(s.get(n), next, cond);
            if (next2 != next) {
                useNextBlock(next2);
            }
            return;
        }
        if (e instanceof IfExp ie) {
            Block end = newBlock();
            Block next2 = newBlock();
            jumpIf(ie.test, next2, false);
            jumpIf(ie.body, next, cond);
            addopJNoline(JUMP, end);
            useNextBlock(next2);
            jumpIf(ie.orelse, next, cond);
            useNextBlock(end);
            return;
        }
        if (e instanceof Compare cmp) {
            setLoc(e);
            int n = cmp.ops.size() - 1;
            if (n > 0) {
                Block cleanup = newBlock();
                visitExpr(cmp.left);
                for (int i = 0; i < n; i++) {
                    visitExpr(cmp.comparators.get(i));
                    addopI(SWAP, 2);
                    addopI(COPY, 2);
                    addcompare(cmp.ops.get(i));
                    addopJ(POP_JUMP_IF_FALSE, cleanup);
                }
                visitExpr(cmp.comparators.get(n));
                addcompare(cmp.ops.get(n));
                addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
                Block end = newBlock();
                addopJNoline(JUMP, end);
                useNextBlock(cleanup);
                addop(POP_TOP);
                if (!cond) {
                    addopJNoline(JUMP, next);
                }
                useNextBlock(end);
                return;
            }
        }
        visitExpr(e);
        addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
    }

    private void ifexp(IfExp e) {
        Block end = newBlock();
        Block next = newBlock();
        jumpIf(e.test, next, false);
        visitExpr(e.body);
        addopJNoline(JUMP, end);
        useNextBlock(next);
        visitExpr(e.orelse);
        useNextBlock(end);
    }

    private void lambda(Lambda e) {
        Arguments args = e.args;
        checkDebugArgs(args);
        int funcflags = defaultArguments(args);
        enterScope("<lambda>", CUnit.SCOPE_LAMBDA, e, e.lineno);
        u.addConst(PyNone.NONE);
        u.argcount = args.args.size();
        u.posonlyargcount = args.posonlyargs.size();
        u.kwonlyargcount = args.kwonlyargs.size();
        visitExpr(e.body);
        CodeObject co;
        if (u.ste.generator) {
            co = assemble(false);
        } else {
            addop(RETURN_VALUE);
            co = assemble(true);
        }
        String qualname = u.qualname;
        exitScope();
        makeClosure(co, funcflags, qualname);
    }

    // ------------------------------------------------------------------ statements

    private void visitStmts(List<StmtNode> stmts) {
        if (stmts != null) {
            for (StmtNode s : stmts) {
                visitStmt(s);
            }
        }
    }

    private void visitExprs(List<ExprNode> exprs) {
        if (exprs != null) {
            for (ExprNode e : exprs) {
                visitExpr(e);
            }
        }
    }

    private void ifStmt(If s) {
        Block end = newBlock();
        Block next;
        if (!s.orelse.isEmpty()) {
            next = newBlock();
        } else {
            next = end;
        }
        jumpIf(s.test, next, false);
        visitStmts(s.body);
        if (!s.orelse.isEmpty()) {
            addopJNoline(JUMP, end);
            useNextBlock(next);
            visitStmts(s.orelse);
        }
        useNextBlock(end);
    }

    private void forStmt(For s) {
        Block start = newBlock();
        Block body = newBlock();
        Block cleanup = newBlock();
        Block end = newBlock();
        pushFblock(FBlockType.FOR_LOOP, start, end, null);
        visitExpr(s.iter);
        addop(GET_ITER);
        useNextBlock(start);
        addopJ(FOR_ITER, cleanup);
        useNextBlock(body);
        visitExpr(s.target);
        visitStmts(s.body);
        unsetLoc();
        addopJ(JUMP, start);
        useNextBlock(cleanup);
        popFblock();
        visitStmts(s.orelse);
        useNextBlock(end);
    }

    private boolean isTopLevelAwait() {
        return false;
    }

    private void asyncFor(AsyncFor s) {
        if (isTopLevelAwait()) {
            u.ste.coroutine = true;
        } else if (u.scopeType != CUnit.SCOPE_ASYNC_FUNCTION) {
            throw error("'async for' outside async function");
        }
        Block start = newBlock();
        Block except = newBlock();
        Block end = newBlock();
        visitExpr(s.iter);
        addop(GET_AITER);
        useNextBlock(start);
        pushFblock(FBlockType.FOR_LOOP, start, end, null);
        addopJ(SETUP_FINALLY, except);
        addop(GET_ANEXT);
        loadConst(PyNone.NONE);
        addYieldFrom(true);
        addop(POP_BLOCK);
        visitExpr(s.target);
        visitStmts(s.body);
        unsetLoc();
        addopJ(JUMP, start);
        popFblock();
        useNextBlock(except);
        setLoc(s.iter);
        addop(END_ASYNC_FOR);
        visitStmts(s.orelse);
        useNextBlock(end);
    }

    private void whileStmt(While s) {
        Block loop = newBlock();
        Block body = newBlock();
        Block anchor = newBlock();
        Block end = newBlock();
        useNextBlock(loop);
        pushFblock(FBlockType.WHILE_LOOP, loop, end, null);
        jumpIf(s.test, anchor, false);
        useNextBlock(body);
        visitStmts(s.body);
        setLoc(s);
        jumpIf(s.test, body, true);
        popFblock();
        useNextBlock(anchor);
        visitStmts(s.orelse);
        useNextBlock(end);
    }

    private void returnStmt(Return s) {
        boolean preserveTos = s.value != null && !(s.value instanceof Constant);
        if (u.ste.type != Scope.Type.FUNCTION) {
            throw error("'return' outside function");
        }
        if (s.value != null && u.ste.coroutine && u.ste.generator) {
            throw error("'return' with value in async generator");
        }
        if (preserveTos) {
            visitExpr(s.value);
        } else {
            if (s.value != null) {
                setLoc(s.value);
                addop(NOP);
            }
        }
        if (s.value == null || s.value.lineno != s.lineno) {
            setLoc(s);
            addop(NOP);
        }
        unwindFblockStack(preserveTos, false);
        if (s.value == null) {
            loadConst(PyNone.NONE);
        } else if (!preserveTos) {
            loadConst(((Constant) s.value).value);
        }
        addop(RETURN_VALUE);
    }

    private void breakStmt() {
        int[] loc = saveLoc();
        addop(NOP);
        FBlock loop = unwindFblockStack(false, true);
        if (loop == null) {
            restoreLoc(loc);
            throw error("'break' outside loop");
        }
        unwindFblock(loop, false);
        addopJ(JUMP, loop.exit);
    }

    private void continueStmt() {
        int[] loc = saveLoc();
        addop(NOP);
        FBlock loop = unwindFblockStack(false, true);
        if (loop == null) {
            restoreLoc(loc);
            throw error("'continue' not properly in loop");
        }
        addopJ(JUMP, loop.block);
    }

    private void tryFinally(List<StmtNode> bodyStmts, List<ExceptHandlerNode> handlers, List<StmtNode> orelse,
            List<StmtNode> finalbody, boolean star) {
        Block body = newBlock();
        Block end = newBlock();
        Block exit = newBlock();
        Block cleanup = newBlock();
        addopJ(SETUP_FINALLY, end);
        useNextBlock(body);
        pushFblock(FBlockType.FINALLY_TRY, body, end, finalbody);
        if (handlers != null && !handlers.isEmpty()) {
            if (star) {
                tryStarExcept(bodyStmts, handlers, orelse);
            } else {
                tryExcept(bodyStmts, handlers, orelse);
            }
        } else {
            visitStmts(bodyStmts);
        }
        addopNoline(POP_BLOCK);
        popFblock();
        visitStmts(finalbody);
        addopJNoline(JUMP, exit);
        useNextBlock(end);
        unsetLoc();
        addopJ(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        pushFblock(FBlockType.FINALLY_END, end, null, null);
        visitStmts(finalbody);
        popFblock();
        addopI(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
    }

    // CPython 3.11: compile.c compiler_try_except
    private void tryExcept(List<StmtNode> bodyStmts, List<ExceptHandlerNode> handlers, List<StmtNode> orelse) {
        Block body = newBlock();
        Block except = newBlock();
        Block end = newBlock();
        Block cleanup = newBlock();
        addopJ(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFblock(FBlockType.TRY_EXCEPT, body, null, null);
        visitStmts(bodyStmts);
        popFblock();
        addopNoline(POP_BLOCK);
        if (orelse != null && !orelse.isEmpty()) {
            visitStmts(orelse);
        }
        addopJNoline(JUMP, end);
        int n = handlers.size();
        useNextBlock(except);
        unsetLoc();
        addopJ(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        pushFblock(FBlockType.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = (ExceptHandler) handlers.get(i);
            setLoc(handler);
            if (handler.type == null && i < n - 1) {
                throw error("default 'except:' must be last");
            }
            except = newBlock();
            if (handler.type != null) {
                visitExpr(handler.type);
                addop(CHECK_EXC_MATCH);
                addopJ(POP_JUMP_IF_FALSE, except);
            }
            if (handler.name != null) {
                Block cleanupEnd = newBlock();
                Block cleanupBody = newBlock();
                nameop(handler.name, ExprContext.Store);
                addopJ(SETUP_CLEANUP, cleanupEnd);
                useNextBlock(cleanupBody);
                pushFblock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name);
                visitStmts(handler.body);
                popFblock();
                unsetLoc();
                addop(POP_BLOCK);
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                loadConst(PyNone.NONE);
                nameop(handler.name, ExprContext.Store);
                nameop(handler.name, ExprContext.Del);
                addopJ(JUMP, end);
                useNextBlock(cleanupEnd);
                unsetLoc();
                loadConst(PyNone.NONE);
                nameop(handler.name, ExprContext.Store);
                nameop(handler.name, ExprContext.Del);
                addopI(RERAISE, 1);
            } else {
                Block cleanupBody = newBlock();
                addop(POP_TOP);
                useNextBlock(cleanupBody);
                pushFblock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
                visitStmts(handler.body);
                popFblock();
                unsetLoc();
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                addopJ(JUMP, end);
            }
            useNextBlock(except);
        }
        unsetLoc();
        popFblock();
        addopI(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(end);
    }

    // CPython 3.11: compile.c compiler_try_star_except
    private void tryStarExcept(List<StmtNode> bodyStmts, List<ExceptHandlerNode> handlers, List<StmtNode> orelseS) {
        Block body = newBlock();
        Block except = newBlock();
        Block orelse = newBlock();
        Block end = newBlock();
        Block cleanup = newBlock();
        Block reraiseStar = newBlock();
        addopJ(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFblock(FBlockType.TRY_EXCEPT, body, null, null);
        visitStmts(bodyStmts);
        popFblock();
        addopNoline(POP_BLOCK);
        addopJNoline(JUMP, orelse);
        int n = handlers.size();
        useNextBlock(except);
        unsetLoc();
        addopJ(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        pushFblock(FBlockType.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = (ExceptHandler) handlers.get(i);
            setLoc(handler);
            except = newBlock();
            Block exceptWithError = newBlock();
            Block noMatch = newBlock();
            if (i == 0) {
                addopI(COPY, 1);
                addopI(BUILD_LIST, 0);
                addopI(SWAP, 2);
            }
            if (handler.type != null) {
                visitExpr(handler.type);
                addop(CHECK_EG_MATCH);
                addopI(COPY, 1);
                addopJ(POP_JUMP_IF_NONE, noMatch);
            }
            Block cleanupEnd = newBlock();
            Block cleanupBody = newBlock();
            if (handler.name != null) {
                nameop(handler.name, ExprContext.Store);
            } else {
                addop(POP_TOP);
            }
            addopJ(SETUP_CLEANUP, cleanupEnd);
            useNextBlock(cleanupBody);
            pushFblock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name);
            visitStmts(handler.body);
            popFblock();
            unsetLoc();
            addop(POP_BLOCK);
            if (handler.name != null) {
                loadConst(PyNone.NONE);
                nameop(handler.name, ExprContext.Store);
                nameop(handler.name, ExprContext.Del);
            }
            addopJ(JUMP, except);
            useNextBlock(cleanupEnd);
            unsetLoc();
            if (handler.name != null) {
                loadConst(PyNone.NONE);
                nameop(handler.name, ExprContext.Store);
                nameop(handler.name, ExprContext.Del);
            }
            addopI(LIST_APPEND, 3);
            addop(POP_TOP);
            addopJ(JUMP, exceptWithError);
            useNextBlock(except);
            addop(NOP);
            addopJ(JUMP, exceptWithError);
            useNextBlock(noMatch);
            addop(POP_TOP);
            useNextBlock(exceptWithError);
            if (i == n - 1) {
                addopI(LIST_APPEND, 1);
                addopJ(JUMP, reraiseStar);
            }
        }
        unsetLoc();
        popFblock();
        Block reraise = newBlock();
        useNextBlock(reraiseStar);
        addop(PREP_RERAISE_STAR);
        addopI(COPY, 1);
        addopJ(POP_JUMP_IF_NOT_NONE, reraise);
        addop(POP_TOP);
        addop(POP_BLOCK);
        addop(POP_EXCEPT);
        addopJ(JUMP, end);
        useNextBlock(reraise);
        addop(POP_BLOCK);
        addopI(SWAP, 2);
        addop(POP_EXCEPT);
        addopI(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(orelse);
        visitStmts(orelseS);
        useNextBlock(end);
    }

    private void importAs(String name, String asname) {
        int dot = name.indexOf('.');
        if (dot != -1) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot != -1 ? dot : name.length());
                addopN(IMPORT_FROM, u.names, attr);
                if (dot == -1) {
                    break;
                }
                addopI(SWAP, 2);
                addop(POP_TOP);
            }
            nameop(asname, ExprContext.Store);
            addop(POP_TOP);
            return;
        }
        nameop(asname, ExprContext.Store);
    }

    private void importStmt(Import s) {
        for (Alias alias : s.names) {
            loadConst(PyInt.of(0));
            loadConst(PyNone.NONE);
            addopName(IMPORT_NAME, u.names, alias.name);
            if (alias.asname != null) {
                importAs(alias.name, alias.asname);
            } else {
                String tmp = alias.name;
                int dot = tmp.indexOf('.');
                if (dot != -1) {
                    tmp = tmp.substring(0, dot);
                }
                nameop(tmp, ExprContext.Store);
            }
        }
    }

    private void fromImport(ImportFrom s) {
        int n = s.names.size();
        loadConst(PyInt.of(s.level));
        PyObject[] names = new PyObject[n];
        for (int i = 0; i < n; i++) {
            names[i] = str(s.names.get(i).name);
        }
        if (s.lineno > futureLineno && "__future__".equals(s.module)) {
            throw error("from __future__ imports must occur at the beginning of the file");
        }
        loadConst(new PyTuple(names));
        addopName(IMPORT_NAME, u.names, s.module != null ? s.module : "");
        for (int i = 0; i < n; i++) {
            Alias alias = s.names.get(i);
            if (i == 0 && alias.name.charAt(0) == '*') {
                addop(IMPORT_STAR);
                return;
            }
            addopName(IMPORT_FROM, u.names, alias.name);
            nameop(alias.asname != null ? alias.asname : alias.name, ExprContext.Store);
        }
        addop(POP_TOP);
    }

    private void assertStmt(Assert s) {
        if (optimize != 0) {
            return;
        }
        Block end = newBlock();
        jumpIf(s.test, end, true);
        addop(LOAD_ASSERTION_ERROR);
        if (s.msg != null) {
            visitExpr(s.msg);
            addopI(PRECALL, 0);
            addopI(CALL, 0);
        }
        addopI(RAISE_VARARGS, 1);
        useNextBlock(end);
    }

    private void stmtExpr(ExprNode value) {
        if (interactive && nestlevel <= 1) {
            visitExpr(value);
            addop(PRINT_EXPR);
            return;
        }
        if (value instanceof Constant) {
            addop(NOP);
            return;
        }
        visitExpr(value);
        unsetLoc();
        addop(POP_TOP);
    }

    // CPython 3.11: compile.c compiler_visit_stmt
    private void visitStmt(StmtNode s) {
        setLoc(s);
        if (s instanceof FunctionDef) {
            function(s, false);
        } else if (s instanceof ClassDef c) {
            classDef(c);
        } else if (s instanceof Return r) {
            returnStmt(r);
        } else if (s instanceof Delete d) {
            visitExprs(d.targets);
        } else if (s instanceof Assign a) {
            int n = a.targets.size();
            visitExpr(a.value);
            for (int i = 0; i < n; i++) {
                if (i < n - 1) {
                    addopI(COPY, 1);
                }
                visitExpr(a.targets.get(i));
            }
        } else if (s instanceof AugAssign a) {
            augassign(a);
        } else if (s instanceof AnnAssign a) {
            annassign(a);
        } else if (s instanceof For f) {
            forStmt(f);
        } else if (s instanceof While w) {
            whileStmt(w);
        } else if (s instanceof If i) {
            ifStmt(i);
        } else if (s instanceof Match m) {
            match(m);
        } else if (s instanceof Raise r) {
            int n = 0;
            if (r.exc != null) {
                visitExpr(r.exc);
                n++;
                if (r.cause != null) {
                    visitExpr(r.cause);
                    n++;
                }
            }
            addopI(RAISE_VARARGS, n);
        } else if (s instanceof Try t) {
            if (t.finalbody != null && !t.finalbody.isEmpty()) {
                tryFinally(t.body, t.handlers, t.orelse, t.finalbody, false);
            } else {
                tryExcept(t.body, t.handlers, t.orelse);
            }
        } else if (s instanceof TryStar t) {
            if (t.finalbody != null && !t.finalbody.isEmpty()) {
                tryFinally(t.body, t.handlers, t.orelse, t.finalbody, true);
            } else {
                tryStarExcept(t.body, t.handlers, t.orelse);
            }
        } else if (s instanceof Assert a) {
            assertStmt(a);
        } else if (s instanceof Import i) {
            importStmt(i);
        } else if (s instanceof ImportFrom i) {
            fromImport(i);
        } else if (s instanceof Global || s instanceof Nonlocal) {
            // nothing
        } else if (s instanceof Expr e) {
            stmtExpr(e.value);
        } else if (s instanceof Pass) {
            addop(NOP);
        } else if (s instanceof Break) {
            breakStmt();
        } else if (s instanceof Continue) {
            continueStmt();
        } else if (s instanceof With w) {
            with(w, 0);
        } else if (s instanceof AsyncFunctionDef) {
            function(s, true);
        } else if (s instanceof AsyncWith w) {
            asyncWith(w, 0);
        } else if (s instanceof AsyncFor f) {
            asyncFor(f);
        }
    }

    private static int binop(OperatorKind op, boolean inplace) {
        int base;
        switch (op) {
            case Add: base = 0; break;
            case BitAnd: base = 1; break;
            case FloorDiv: base = 2; break;
            case LShift: base = 3; break;
            case MatMult: base = 4; break;
            case Mult: base = 5; break;
            case Mod: base = 6; break;
            case BitOr: base = 7; break;
            case Pow: base = 8; break;
            case RShift: base = 9; break;
            case Sub: base = 10; break;
            case Div: base = 11; break;
            case BitXor: base = 12; break;
            default: throw new IllegalStateException();
        }
        return inplace ? base + 13 : base;
    }

    private void addopYield() {
        if (u.ste.generator && u.ste.coroutine) {
            addop(ASYNC_GEN_WRAP);
        }
        addop(YIELD_VALUE);
        addopI(RESUME, 1);
    }

    private void boolop(BoolOp e) {
        int jumpi = e.op == BoolOpKind.And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        Block end = newBlock();
        List<ExprNode> s = e.values;
        int n = s.size() - 1;
        for (int i = 0; i < n; ++i) {
            visitExpr(s.get(i));
            addopJ(jumpi, end);
            Block next = newBlock();
            useNextBlock(next);
        }
        visitExpr(s.get(n));
        useNextBlock(end);
    }

    private static boolean areAllItemsConst(List<ExprNode> seq, int begin, int end) {
        for (int i = begin; i < end; i++) {
            ExprNode key = seq.get(i);
            if (!(key instanceof Constant)) {
                return false;
            }
        }
        return true;
    }

    // CPython 3.11: compile.c starunpack_helper
    private void starunpackHelper(List<ExprNode> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && areAllItemsConst(elts, 0, n)) {
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                items[i] = ((Constant) elts.get(i)).value;
            }
            PyObject folded = new PyTuple(items);
            if (tuple && pushed == 0) {
                loadConst(folded);
            } else {
                if (add == SET_ADD) {
                    folded = frozenset(items);
                }
                addopI(build, pushed);
                loadConst(folded);
                addopI(extend, 1);
                if (tuple) {
                    addop(LIST_TO_TUPLE);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (ExprNode elt : elts) {
            if (elt instanceof Starred) {
                seenStar = true;
            }
        }
        if (!seenStar && !big) {
            for (ExprNode elt : elts) {
                visitExpr(elt);
            }
            addopI(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean sequenceBuilt = false;
        if (big) {
            addopI(build, pushed);
            sequenceBuilt = true;
        }
        for (int i = 0; i < n; i++) {
            ExprNode elt = elts.get(i);
            if (elt instanceof Starred st) {
                if (!sequenceBuilt) {
                    addopI(build, i + pushed);
                    sequenceBuilt = true;
                }
                visitExpr(st.value);
                addopI(extend, 1);
            } else {
                visitExpr(elt);
                if (sequenceBuilt) {
                    addopI(add, 1);
                }
            }
        }
        if (tuple) {
            addop(LIST_TO_TUPLE);
        }
    }

    /** CPython 3.11: PyFrozenSet_New(tuple): items inserted in order, so iteration order is CPython's. */
    static PyFrozenSet frozenset(PyObject[] items) {
        return PyFrozenSet.of(java.util.Arrays.asList(items));
    }

    private void unpackHelper(List<ExprNode> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            ExprNode elt = elts.get(i);
            if (elt instanceof Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment");
                }
                addopI(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (elt instanceof Starred) {
                throw error("multiple starred expressions in assignment");
            }
        }
        if (!seenStar) {
            addopI(UNPACK_SEQUENCE, n);
        }
    }

    private void assignmentHelper(List<ExprNode> elts) {
        unpackHelper(elts);
        for (ExprNode elt : elts) {
            visitExpr(elt instanceof Starred s ? s.value : elt);
        }
    }

    private void subdict(Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && areAllItemsConst(e.keys, begin, end)) {
            for (int i = begin; i < end; i++) {
                visitExpr(e.values.get(i));
            }
            PyObject[] keys = new PyObject[n];
            for (int i = begin; i < end; i++) {
                keys[i - begin] = ((Constant) e.keys.get(i)).value;
            }
            loadConst(new PyTuple(keys));
            addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            addopI(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            visitExpr(e.keys.get(i));
            visitExpr(e.values.get(i));
            if (big) {
                addopI(MAP_ADD, 1);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n);
        }
    }

    private void dict(Dict e) {
        int n = e.values.size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean isUnpacking = e.keys.get(i) == null;
            if (isUnpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) {
                        addopI(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addopI(BUILD_MAP, 0);
                    haveDict = true;
                }
                visitExpr(e.values.get(i));
                addopI(DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(e, i - elements, i + 1);
                    if (haveDict) {
                        addopI(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) {
                addopI(DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            addopI(BUILD_MAP, 0);
        }
    }

    private void compare(Compare e) {
        visitExpr(e.left);
        int n = e.ops.size() - 1;
        if (n == 0) {
            visitExpr(e.comparators.get(0));
            addcompare(e.ops.get(0));
        } else {
            Block cleanup = newBlock();
            for (int i = 0; i < n; i++) {
                visitExpr(e.comparators.get(i));
                addopI(SWAP, 2);
                addopI(COPY, 2);
                addcompare(e.ops.get(i));
                addopJ(JUMP_IF_FALSE_OR_POP, cleanup);
            }
            visitExpr(e.comparators.get(n));
            addcompare(e.ops.get(n));
            Block end = newBlock();
            addopJNoline(JUMP, end);
            useNextBlock(cleanup);
            addopI(SWAP, 2);
            addop(POP_TOP);
            useNextBlock(end);
        }
    }

    private boolean isImportOriginated(ExprNode e) {
        if (!(e instanceof Name n)) {
            return false;
        }
        return (st.top.getSymbol(n.id) & DEF_IMPORT) != 0;
    }

    private void updateStartLocationToMatchAttr(Attribute attr) {
        if (u.lineno != attr.end_lineno) {
            u.lineno = attr.end_lineno;
            int len = attr.attr.codePointCount(0, attr.attr.length());
            if (len <= attr.end_col_offset) {
                u.colOffset = attr.end_col_offset - len;
            } else {
                u.colOffset = -1;
                u.endColOffset = -1;
            }
            u.endLineno = Math.max(u.lineno, u.endLineno);
            if (u.lineno == u.endLineno) {
                u.endColOffset = Math.max(u.colOffset, u.endColOffset);
            }
        }
    }

    private boolean maybeOptimizeMethodCall(Call e) {
        ExprNode methE = e.func;
        List<ExprNode> args = e.args;
        List<Keyword> kwds = e.keywords;
        if (!(methE instanceof Attribute meth) || meth.ctx != ExprContext.Load) {
            return false;
        }
        if (isImportOriginated(meth.value)) {
            return false;
        }
        int argsl = args.size();
        int kwdsl = kwds.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (ExprNode elt : args) {
            if (elt instanceof Starred) {
                return false;
            }
        }
        for (Keyword kw : kwds) {
            if (kw.arg == null) {
                return false;
            }
        }
        visitExpr(meth.value);
        setLoc(meth);
        updateStartLocationToMatchAttr(meth);
        addopName(LOAD_METHOD, u.names, meth.attr);
        visitExprs(e.args);
        if (kwdsl > 0) {
            for (Keyword k : kwds) {
                visitExpr(k.value);
            }
            callSimpleKwHelper(kwds, kwdsl);
        }
        setLoc(e);
        updateStartLocationToMatchAttr(meth);
        addopI(PRECALL, argsl + kwdsl);
        addopI(CALL, argsl + kwdsl);
        return true;
    }

    private void validateKeywords(List<Keyword> keywords) {
        int n = keywords.size();
        for (int i = 0; i < n; i++) {
            Keyword key = keywords.get(i);
            if (key.arg == null) {
                continue;
            }
            forbiddenName(key.arg, ExprContext.Store);
            for (int j = i + 1; j < n; j++) {
                Keyword other = keywords.get(j);
                if (other.arg != null && other.arg.equals(key.arg)) {
                    setLoc(other);
                    throw error("keyword argument repeated: " + key.arg);
                }
            }
        }
    }

    private void call(Call e) {
        validateKeywords(e.keywords);
        if (maybeOptimizeMethodCall(e)) {
            return;
        }
        setLoc(e.func);
        addop(PUSH_NULL);
        setLoc(e);
        visitExpr(e.func);
        callHelper(0, e.args, e.keywords);
    }

    private void joinedStr(JoinedStr e) {
        int valueCount = e.values.size();
        if (valueCount > STACK_USE_GUIDELINE) {
            loadConst(str(""));
            addopN(LOAD_METHOD, u.names, "join");
            addopI(BUILD_LIST, 0);
            for (ExprNode v : e.values) {
                visitExpr(v);
                addopI(LIST_APPEND, 1);
            }
            addopI(PRECALL, 1);
            addopI(CALL, 1);
        } else {
            visitExprs(e.values);
            if (e.values.size() != 1) {
                addopI(BUILD_STRING, e.values.size());
            }
        }
    }

    private void formattedValue(FormattedValue e) {
        int conversion = e.conversion;
        visitExpr(e.value);
        int oparg;
        switch (conversion) {
            case 's': oparg = 1; break;
            case 'r': oparg = 2; break;
            case 'a': oparg = 3; break;
            case -1: oparg = 0; break;
            default: throw new IllegalStateException("Unrecognized conversion character " + conversion);
        }
        if (e.format_spec != null) {
            visitExpr(e.format_spec);
            oparg |= 0x04;
        }
        addopI(FORMAT_VALUE, oparg);
    }

    private void subkwargs(List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) {
                visitExpr(keywords.get(i).value);
            }
            PyObject[] keys = new PyObject[n];
            for (int i = begin; i < end; i++) {
                keys[i - begin] = str(keywords.get(i).arg);
            }
            loadConst(new PyTuple(keys));
            addopI(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            addopINoline(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            Keyword kw = keywords.get(i);
            loadConst(str(kw.arg));
            visitExpr(kw.value);
            if (big) {
                addopINoline(MAP_ADD, 1);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n);
        }
    }

    private void callSimpleKwHelper(List<Keyword> keywords, int nkwelts) {
        PyObject[] names = new PyObject[nkwelts];
        for (int i = 0; i < nkwelts; i++) {
            names[i] = str(keywords.get(i).arg);
        }
        int arg = u.addConst(new PyTuple(names));
        addopI(KW_NAMES, arg);
    }

    // CPython 3.11: compile.c compiler_call_helper
    private void callHelper(int n, List<ExprNode> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (ExprNode elt : args) {
            if (elt instanceof Starred) {
                exCall = true;
            }
        }
        for (Keyword kw : keywords) {
            if (kw.arg == null) {
                exCall = true;
            }
        }
        if (!exCall) {
            for (ExprNode elt : args) {
                visitExpr(elt);
            }
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    visitExpr(k.value);
                }
                callSimpleKwHelper(keywords, nkwelts);
            }
            addopI(PRECALL, n + nelts + nkwelts);
            addopI(CALL, n + nelts + nkwelts);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Starred s) {
            visitExpr(s.value);
        } else {
            starunpackHelper(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            addopI(DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        addopI(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visitExpr(kw.value);
                    addopI(DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    addopI(DICT_MERGE, 1);
                }
            }
        }
        addopI(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    // ------------------------------------------------------------------ comprehensions

    private void comprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, ExprNode elt,
            ExprNode val, int type) {
        Comprehension gen = generators.get(genIndex);
        if (gen.is_async != 0) {
            asyncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
        } else {
            syncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
        }
    }

    private void comprehensionElement(ExprNode elt, ExprNode val, int type, int depth) {
        switch (type) {
            case COMP_GENEXP:
                visitExpr(elt);
                addopYield();
                addop(POP_TOP);
                break;
            case COMP_LISTCOMP:
                visitExpr(elt);
                addopI(LIST_APPEND, depth + 1);
                break;
            case COMP_SETCOMP:
                visitExpr(elt);
                addopI(SET_ADD, depth + 1);
                break;
            case COMP_DICTCOMP:
                visitExpr(elt);
                visitExpr(val);
                addopI(MAP_ADD, depth + 1);
                break;
            default:
                throw new IllegalStateException();
        }
    }

    private void syncComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, ExprNode elt,
            ExprNode val, int type) {
        Block start = newBlock();
        Block ifCleanup = newBlock();
        Block anchor = newBlock();
        Comprehension gen = generators.get(genIndex);
        if (genIndex == 0) {
            u.argcount = 1;
            addopI(LOAD_FAST, 0);
        } else {
            List<ExprNode> elts = null;
            if (gen.iter instanceof dev.quicken.compiler.ast.List l) {
                elts = l.elts;
            } else if (gen.iter instanceof Tuple t) {
                elts = t.elts;
            }
            if (elts != null && elts.size() == 1) {
                ExprNode e1 = elts.get(0);
                if (!(e1 instanceof Starred)) {
                    visitExpr(e1);
                    start = null;
                }
            }
            if (start != null) {
                visitExpr(gen.iter);
                addop(GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            useNextBlock(start);
            addopJ(FOR_ITER, anchor);
        }
        visitExpr(gen.target);
        for (ExprNode e : gen.ifs) {
            jumpIf(e, ifCleanup, false);
        }
        if (++genIndex < generators.size()) {
            comprehensionGenerator(generators, genIndex, depth, elt, val, type);
        }
        if (genIndex >= generators.size()) {
            comprehensionElement(elt, val, type, depth);
        }
        useNextBlock(ifCleanup);
        if (start != null) {
            addopJ(JUMP, start);
            useNextBlock(anchor);
        }
    }

    private void asyncComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, ExprNode elt,
            ExprNode val, int type) {
        Block start = newBlock();
        Block except = newBlock();
        Block ifCleanup = newBlock();
        Comprehension gen = generators.get(genIndex);
        if (genIndex == 0) {
            u.argcount = 1;
            addopI(LOAD_FAST, 0);
        } else {
            visitExpr(gen.iter);
            addop(GET_AITER);
        }
        useNextBlock(start);
        pushFblock(FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        addopJ(SETUP_FINALLY, except);
        addop(GET_ANEXT);
        loadConst(PyNone.NONE);
        addYieldFrom(true);
        addop(POP_BLOCK);
        visitExpr(gen.target);
        for (ExprNode e : gen.ifs) {
            jumpIf(e, ifCleanup, false);
        }
        depth++;
        if (++genIndex < generators.size()) {
            comprehensionGenerator(generators, genIndex, depth, elt, val, type);
        }
        if (genIndex >= generators.size()) {
            comprehensionElement(elt, val, type, depth);
        }
        useNextBlock(ifCleanup);
        addopJ(JUMP, start);
        popFblock();
        useNextBlock(except);
        addop(END_ASYNC_FOR);
    }

    // CPython 3.11: compile.c compiler_comprehension
    private void comprehension(ExprNode e, int type, String name, List<Comprehension> generators, ExprNode elt,
            ExprNode val) {
        int scopeType = u.scopeType;
        boolean isTopLevelAwait = isTopLevelAwait();
        Comprehension outermost = generators.get(0);
        enterScope(name, CUnit.SCOPE_COMPREHENSION, e, e.lineno);
        setLoc(e);
        boolean isAsyncGenerator = u.ste.coroutine;
        if (isAsyncGenerator && type != COMP_GENEXP && scopeType != CUnit.SCOPE_ASYNC_FUNCTION
                && scopeType != CUnit.SCOPE_COMPREHENSION && !isTopLevelAwait) {
            throw error("asynchronous comprehension outside of an asynchronous function");
        }
        if (type != COMP_GENEXP) {
            int op = type == COMP_LISTCOMP ? BUILD_LIST : type == COMP_SETCOMP ? BUILD_SET : BUILD_MAP;
            addopI(op, 0);
        }
        comprehensionGenerator(generators, 0, 0, elt, val, type);
        if (type != COMP_GENEXP) {
            addop(RETURN_VALUE);
        }
        CodeObject co = assemble(true);
        String qualname = u.qualname;
        exitScope();
        makeClosure(co, 0, qualname);
        visitExpr(outermost.iter);
        if (outermost.is_async != 0) {
            addop(GET_AITER);
        } else {
            addop(GET_ITER);
        }
        addopI(PRECALL, 0);
        addopI(CALL, 0);
        if (isAsyncGenerator && type != COMP_GENEXP) {
            addopI(GET_AWAITABLE, 0);
            loadConst(PyNone.NONE);
            addYieldFrom(true);
        }
    }

    // ------------------------------------------------------------------ with

    private void withExceptFinish(Block cleanup) {
        unsetLoc();
        Block exit = newBlock();
        addopJ(POP_JUMP_IF_TRUE, exit);
        addopI(RERAISE, 2);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
        addop(POP_TOP);
        addop(POP_BLOCK);
        addop(POP_EXCEPT);
        addop(POP_TOP);
        addop(POP_TOP);
    }

    private void asyncWith(AsyncWith s, int pos) {
        WithItem item = s.items.get(pos);
        if (isTopLevelAwait()) {
            u.ste.coroutine = true;
        } else if (u.scopeType != CUnit.SCOPE_ASYNC_FUNCTION) {
            throw error("'async with' outside async function");
        }
        Block block = newBlock();
        Block fin = newBlock();
        Block exit = newBlock();
        Block cleanup = newBlock();
        visitExpr(item.context_expr);
        addop(BEFORE_ASYNC_WITH);
        addopI(GET_AWAITABLE, 1);
        loadConst(PyNone.NONE);
        addYieldFrom(true);
        addopJ(SETUP_WITH, fin);
        useNextBlock(block);
        pushFblock(FBlockType.ASYNC_WITH, block, fin, s);
        if (item.optional_vars != null) {
            visitExpr(item.optional_vars);
        } else {
            addop(POP_TOP);
        }
        pos++;
        if (pos == s.items.size()) {
            visitStmts(s.body);
        } else {
            asyncWith(s, pos);
        }
        popFblock();
        addop(POP_BLOCK);
        setLoc(s);
        callExitWithNones();
        addopI(GET_AWAITABLE, 2);
        loadConst(PyNone.NONE);
        addYieldFrom(true);
        addop(POP_TOP);
        addopJ(JUMP, exit);
        useNextBlock(fin);
        addopJ(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        addop(WITH_EXCEPT_START);
        addopI(GET_AWAITABLE, 2);
        loadConst(PyNone.NONE);
        addYieldFrom(true);
        withExceptFinish(cleanup);
        useNextBlock(exit);
    }

    private void with(With s, int pos) {
        WithItem item = s.items.get(pos);
        Block block = newBlock();
        Block fin = newBlock();
        Block exit = newBlock();
        Block cleanup = newBlock();
        visitExpr(item.context_expr);
        addop(BEFORE_WITH);
        addopJ(SETUP_WITH, fin);
        useNextBlock(block);
        pushFblock(FBlockType.WITH, block, fin, s);
        if (item.optional_vars != null) {
            visitExpr(item.optional_vars);
        } else {
            addop(POP_TOP);
        }
        pos++;
        if (pos == s.items.size()) {
            visitStmts(s.body);
        } else {
            with(s, pos);
        }
        unsetLoc();
        addop(POP_BLOCK);
        popFblock();
        setLoc(s);
        callExitWithNones();
        addop(POP_TOP);
        addopJ(JUMP, exit);
        useNextBlock(fin);
        addopJ(SETUP_CLEANUP, cleanup);
        addop(PUSH_EXC_INFO);
        addop(WITH_EXCEPT_START);
        withExceptFinish(cleanup);
        useNextBlock(exit);
    }

    // ------------------------------------------------------------------ expressions

    private void visitExpr(ExprNode e) {
        int[] old = saveLoc();
        setLoc(e);
        visitExpr1(e);
        restoreLoc(old);
    }

    // CPython 3.11: compile.c compiler_visit_expr1
    private void visitExpr1(ExprNode e) {
        if (e instanceof NamedExpr n) {
            visitExpr(n.value);
            addopI(COPY, 1);
            visitExpr(n.target);
        } else if (e instanceof BoolOp b) {
            boolop(b);
        } else if (e instanceof BinOp b) {
            visitExpr(b.left);
            visitExpr(b.right);
            addopI(BINARY_OP, binop(b.op, false));
        } else if (e instanceof UnaryOp uo) {
            visitExpr(uo.operand);
            switch (uo.op) {
                case Invert: addop(UNARY_INVERT); break;
                case Not: addop(UNARY_NOT); break;
                case UAdd: addop(UNARY_POSITIVE); break;
                default: addop(UNARY_NEGATIVE); break;
            }
        } else if (e instanceof Lambda l) {
            lambda(l);
        } else if (e instanceof IfExp i) {
            ifexp(i);
        } else if (e instanceof Dict d) {
            dict(d);
        } else if (e instanceof dev.quicken.compiler.ast.Set s) {
            starunpackHelper(s.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
        } else if (e instanceof GeneratorExp g) {
            comprehension(e, COMP_GENEXP, "<genexpr>", g.generators, g.elt, null);
        } else if (e instanceof ListComp g) {
            comprehension(e, COMP_LISTCOMP, "<listcomp>", g.generators, g.elt, null);
        } else if (e instanceof SetComp g) {
            comprehension(e, COMP_SETCOMP, "<setcomp>", g.generators, g.elt, null);
        } else if (e instanceof DictComp g) {
            comprehension(e, COMP_DICTCOMP, "<dictcomp>", g.generators, g.key, g.value);
        } else if (e instanceof Yield y) {
            if (u.ste.type != Scope.Type.FUNCTION) {
                throw error("'yield' outside function");
            }
            if (y.value != null) {
                visitExpr(y.value);
            } else {
                loadConst(PyNone.NONE);
            }
            addopYield();
        } else if (e instanceof YieldFrom y) {
            if (u.ste.type != Scope.Type.FUNCTION) {
                throw error("'yield' outside function");
            }
            if (u.scopeType == CUnit.SCOPE_ASYNC_FUNCTION) {
                throw error("'yield from' inside async function");
            }
            visitExpr(y.value);
            addop(GET_YIELD_FROM_ITER);
            loadConst(PyNone.NONE);
            addYieldFrom(false);
        } else if (e instanceof Await a) {
            if (!isTopLevelAwait()) {
                if (u.ste.type != Scope.Type.FUNCTION) {
                    throw error("'await' outside function");
                }
                if (u.scopeType != CUnit.SCOPE_ASYNC_FUNCTION && u.scopeType != CUnit.SCOPE_COMPREHENSION) {
                    throw error("'await' outside async function");
                }
            }
            visitExpr(a.value);
            addopI(GET_AWAITABLE, 0);
            loadConst(PyNone.NONE);
            addYieldFrom(true);
        } else if (e instanceof Compare c) {
            compare(c);
        } else if (e instanceof Call c) {
            call(c);
        } else if (e instanceof Constant k) {
            loadConst(k.value);
        } else if (e instanceof JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Attribute a) {
            visitExpr(a.value);
            updateStartLocationToMatchAttr(a);
            switch (a.ctx) {
                case Load:
                    addopName(LOAD_ATTR, u.names, a.attr);
                    break;
                case Store:
                    forbiddenName(a.attr, a.ctx);
                    addopName(STORE_ATTR, u.names, a.attr);
                    break;
                default:
                    addopName(DELETE_ATTR, u.names, a.attr);
                    break;
            }
        } else if (e instanceof Subscript s) {
            int op = s.ctx == ExprContext.Load ? BINARY_SUBSCR : s.ctx == ExprContext.Store ? STORE_SUBSCR
                    : DELETE_SUBSCR;
            visitExpr(s.value);
            visitExpr(s.slice);
            addop(op);
        } else if (e instanceof Starred s) {
            if (s.ctx == ExprContext.Store) {
                throw error("starred assignment target must be in a list or tuple");
            }
            throw error("can't use starred expression here");
        } else if (e instanceof Slice s) {
            int n = 2;
            if (s.lower != null) {
                visitExpr(s.lower);
            } else {
                loadConst(PyNone.NONE);
            }
            if (s.upper != null) {
                visitExpr(s.upper);
            } else {
                loadConst(PyNone.NONE);
            }
            if (s.step != null) {
                n++;
                visitExpr(s.step);
            }
            addopI(BUILD_SLICE, n);
        } else if (e instanceof Name n) {
            nameop(n.id, n.ctx);
        } else if (e instanceof dev.quicken.compiler.ast.List l) {
            if (l.ctx == ExprContext.Store) {
                assignmentHelper(l.elts);
            } else if (l.ctx == ExprContext.Load) {
                starunpackHelper(l.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
            } else {
                visitExprs(l.elts);
            }
        } else if (e instanceof Tuple t) {
            if (t.ctx == ExprContext.Store) {
                assignmentHelper(t.elts);
            } else if (t.ctx == ExprContext.Load) {
                starunpackHelper(t.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
            } else {
                visitExprs(t.elts);
            }
        }
    }

    private void augassign(AugAssign s) {
        ExprNode e = s.target;
        int[] old = saveLoc();
        setLoc(e);
        if (e instanceof Attribute a) {
            visitExpr(a.value);
            addopI(COPY, 1);
            updateStartLocationToMatchAttr(a);
            addopName(LOAD_ATTR, u.names, a.attr);
        } else if (e instanceof Subscript sub) {
            visitExpr(sub.value);
            visitExpr(sub.slice);
            addopI(COPY, 2);
            addopI(COPY, 2);
            addop(BINARY_SUBSCR);
        } else if (e instanceof Name n) {
            nameop(n.id, ExprContext.Load);
        } else {
            throw new IllegalStateException("invalid node type for augmented assignment");
        }
        restoreLoc(old);
        visitExpr(s.value);
        addopI(BINARY_OP, binop(s.op, true));
        setLoc(e);
        if (e instanceof Attribute a) {
            updateStartLocationToMatchAttr(a);
            addopI(SWAP, 2);
            addopName(STORE_ATTR, u.names, a.attr);
        } else if (e instanceof Subscript) {
            addopI(SWAP, 3);
            addopI(SWAP, 2);
            addop(STORE_SUBSCR);
        } else {
            nameop(((Name) e).id, ExprContext.Store);
        }
    }

    private void checkAnnExpr(ExprNode e) {
        visitExpr(e);
        addop(POP_TOP);
    }

    private void checkAnnSubscr(ExprNode e) {
        if (e instanceof Slice s) {
            if (s.lower != null) {
                checkAnnExpr(s.lower);
            }
            if (s.upper != null) {
                checkAnnExpr(s.upper);
            }
            if (s.step != null) {
                checkAnnExpr(s.step);
            }
        } else if (e instanceof Tuple t) {
            for (ExprNode x : t.elts) {
                checkAnnSubscr(x);
            }
        } else {
            checkAnnExpr(e);
        }
    }

    private void annassign(AnnAssign s) {
        ExprNode targ = s.target;
        if (s.value != null) {
            visitExpr(s.value);
            visitExpr(targ);
        }
        if (targ instanceof Name n) {
            forbiddenName(n.id, ExprContext.Store);
            if (s.simple != 0 && (u.scopeType == CUnit.SCOPE_MODULE || u.scopeType == CUnit.SCOPE_CLASS)) {
                if ((futureFeatures & CO_FUTURE_ANNOTATIONS) != 0) {
                    loadConst(str(Unparse.unparse(s.annotation)));
                } else {
                    visitExpr(s.annotation);
                }
                addopName(LOAD_NAME, u.names, "__annotations__");
                loadConst(str(Symtable.mangle(u.privateName, n.id)));
                addop(STORE_SUBSCR);
            }
        } else if (targ instanceof Attribute a) {
            forbiddenName(a.attr, ExprContext.Store);
            if (s.value == null) {
                checkAnnExpr(a.value);
            }
        } else if (targ instanceof Subscript sub) {
            if (s.value == null) {
                checkAnnExpr(sub.value);
                checkAnnSubscr(sub.slice);
            }
        }
        if (s.simple == 0) {
            if ((futureFeatures & CO_FUTURE_ANNOTATIONS) == 0
                    && (u.scopeType == CUnit.SCOPE_MODULE || u.scopeType == CUnit.SCOPE_CLASS)) {
                checkAnnExpr(s.annotation);
            }
        }
    }

    // ------------------------------------------------------------------ pattern matching

    /** pattern_context. */
    private static final class PatternContext {
        List<String> stores;
        boolean allowIrrefutable;
        List<Block> failPop;
        int onTop;
    }

    private static boolean wildcardCheck(PatternNode n) {
        return n instanceof MatchAs a && a.name == null;
    }

    private static boolean wildcardStarCheck(PatternNode n) {
        return n instanceof MatchStar s && s.name == null;
    }

    private void ensureFailPop(PatternContext pc, int n) {
        int size = n + 1;
        if (pc.failPop == null) {
            pc.failPop = new ArrayList<>();
        }
        while (pc.failPop.size() < size) {
            pc.failPop.add(newBlock());
        }
    }

    private void jumpToFailPop(PatternContext pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        addopJ(op, pc.failPop.get(pops));
    }

    private void emitAndResetFailPop(PatternContext pc) {
        if (pc.failPop == null || pc.failPop.isEmpty()) {
            pc.failPop = null;
            return;
        }
        int size = pc.failPop.size();
        while (--size > 0) {
            useNextBlock(pc.failPop.get(size));
            addop(POP_TOP);
        }
        useNextBlock(pc.failPop.get(0));
        pc.failPop = null;
    }

    private void patternHelperRotate(int count) {
        while (1 < count) {
            addopI(SWAP, count--);
        }
    }

    private void patternHelperStoreName(String n, PatternContext pc) {
        if (n == null) {
            addop(POP_TOP);
            return;
        }
        forbiddenName(n, ExprContext.Store);
        if (pc.stores.contains(n)) {
            throw error("multiple assignments to name '" + n + "' in pattern");
        }
        int rotations = pc.onTop + pc.stores.size() + 1;
        patternHelperRotate(rotations);
        pc.stores.add(n);
    }

    private void patternUnpackHelper(List<PatternNode> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            PatternNode elt = elts.get(i);
            if (elt instanceof MatchStar && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking sequence pattern");
                }
                addopI(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (elt instanceof MatchStar) {
                throw error("multiple starred expressions in sequence pattern");
            }
        }
        if (!seenStar) {
            addopI(UNPACK_SEQUENCE, n);
        }
    }

    private void patternHelperSequenceUnpack(List<PatternNode> patterns, PatternContext pc) {
        patternUnpackHelper(patterns);
        int size = patterns.size();
        pc.onTop += size;
        for (int i = 0; i < size; i++) {
            pc.onTop--;
            patternSubpattern(patterns.get(i), pc);
        }
    }

    private void patternHelperSequenceSubscr(List<PatternNode> patterns, int star, PatternContext pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            PatternNode pattern = patterns.get(i);
            if (wildcardCheck(pattern)) {
                continue;
            }
            if (i == star) {
                continue;
            }
            addopI(COPY, 1);
            if (i < star) {
                loadConst(PyInt.of(i));
            } else {
                addop(GET_LEN);
                loadConst(PyInt.of(size - i));
                addopI(BINARY_OP, binop(OperatorKind.Sub, false));
            }
            addop(BINARY_SUBSCR);
            patternSubpattern(pattern, pc);
        }
        pc.onTop--;
        addop(POP_TOP);
    }

    private void patternSubpattern(PatternNode p, PatternContext pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void patternAs(MatchAs p, PatternContext pc) {
        if (p.pattern == null) {
            if (!pc.allowIrrefutable) {
                if (p.name != null) {
                    throw error("name capture '" + p.name + "' makes remaining patterns unreachable");
                }
                throw error("wildcard makes remaining patterns unreachable");
            }
            patternHelperStoreName(p.name, pc);
            return;
        }
        pc.onTop++;
        addopI(COPY, 1);
        pattern(p.pattern, pc);
        pc.onTop--;
        patternHelperStoreName(p.name, pc);
    }

    private void patternClass(MatchClass p, PatternContext pc) {
        List<PatternNode> patterns = p.patterns;
        List<String> kwdAttrs = p.kwd_attrs;
        List<PatternNode> kwdPatterns = p.kwd_patterns;
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        if (nattrs != kwdPatterns.size()) {
            throw error("kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size()
                    + ") length mismatch in class pattern");
        }
        if (nattrs > 0) {
            for (int i = 0; i < nattrs; i++) {
                String attr = kwdAttrs.get(i);
                setLoc(kwdPatterns.get(i));
                forbiddenName(attr, ExprContext.Store);
                for (int j = i + 1; j < nattrs; j++) {
                    if (attr.equals(kwdAttrs.get(j))) {
                        setLoc(kwdPatterns.get(j));
                        throw error("attribute name repeated in class pattern: " + attr);
                    }
                }
            }
            setLoc(p);
        }
        visitExpr(p.cls);
        PyObject[] names = new PyObject[nattrs];
        for (int i = 0; i < nattrs; i++) {
            names[i] = str(kwdAttrs.get(i));
        }
        loadConst(new PyTuple(names));
        addopI(MATCH_CLASS, nargs);
        addopI(COPY, 1);
        loadConst(PyNone.NONE);
        addopI(IS_OP, 1);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        addopI(UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            PatternNode pattern = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (wildcardCheck(pattern)) {
                addop(POP_TOP);
                continue;
            }
            patternSubpattern(pattern, pc);
        }
    }

    private void patternMapping(MatchMapping p, PatternContext pc) {
        List<ExprNode> keys = p.keys;
        List<PatternNode> patterns = p.patterns;
        int size = keys.size();
        if (size != patterns.size()) {
            throw error("keys (" + size + ") / patterns (" + patterns.size() + ") length mismatch in mapping pattern");
        }
        String starTarget = p.rest;
        pc.onTop++;
        addop(MATCH_MAPPING);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            pc.onTop--;
            addop(POP_TOP);
            return;
        }
        if (size > 0) {
            addop(GET_LEN);
            loadConst(PyInt.of(size));
            addcompare(CmpOpKind.GtE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        java.util.Set<Object> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            ExprNode key = keys.get(i);
            if (key == null) {
                setLoc(patterns.get(i));
                throw error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            }
            if (key instanceof Constant k) {
                if (!seen.add(AstOptimizer.hashKey(k.value))) {
                    throw error("mapping pattern checks duplicate key (" + Unparse.constantRepr(k.value) + ")");
                }
            } else if (!(key instanceof Attribute)) {
                throw error("mapping pattern keys may only match literals and attribute lookups");
            }
            visitExpr(key);
        }
        addopI(BUILD_TUPLE, size);
        addop(MATCH_KEYS);
        pc.onTop += 2;
        addopI(COPY, 1);
        loadConst(PyNone.NONE);
        addopI(IS_OP, 1);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        addopI(UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (int i = 0; i < size; i++) {
            pc.onTop--;
            patternSubpattern(patterns.get(i), pc);
        }
        pc.onTop -= 2;
        if (starTarget != null) {
            addopI(BUILD_MAP, 0);
            addopI(SWAP, 3);
            addopI(DICT_UPDATE, 2);
            addopI(UNPACK_SEQUENCE, size);
            while (size > 0) {
                addopI(COPY, 1 + size--);
                addopI(SWAP, 2);
                addop(DELETE_SUBSCR);
            }
            patternHelperStoreName(starTarget, pc);
        } else {
            addop(POP_TOP);
            addop(POP_TOP);
        }
    }

    // CPython 3.11: compile.c compiler_pattern_or
    private void patternOr(MatchOr p, PatternContext pc) {
        Block end = newBlock();
        int size = p.patterns.size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Block> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            PatternNode alt = p.patterns.get(i);
            setLoc(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = (i == size - 1) && oldAllow;
            pc.failPop = null;
            pc.onTop = 0;
            addopI(COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw error("alternative patterns bind different names");
            } else if (nstores > 0) {
                int icontrol = nstores;
                while (icontrol-- > 0) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw error("alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            patternHelperRotate(icontrol + 1);
                        }
                    }
                }
            }
            addopJ(JUMP, end);
            emitAndResetFailPop(pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        addop(POP_TOP);
        jumpToFailPop(pc, JUMP);
        useNextBlock(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            patternHelperRotate(nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw error("multiple assignments to name '" + name + "' in pattern");
            }
            pc.stores.add(name);
        }
        addop(POP_TOP);
    }

    private void patternSequence(MatchSequence p, PatternContext pc) {
        List<PatternNode> patterns = p.patterns;
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            PatternNode pattern = patterns.get(i);
            if (pattern instanceof MatchStar) {
                if (star >= 0) {
                    throw error("multiple starred names in sequence pattern");
                }
                starWildcard = wildcardStarCheck(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= wildcardCheck(pattern);
        }
        pc.onTop++;
        addop(MATCH_SEQUENCE);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            addop(GET_LEN);
            loadConst(PyInt.of(size));
            addcompare(CmpOpKind.Eq);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            addop(GET_LEN);
            loadConst(PyInt.of(size - 1));
            addcompare(CmpOpKind.GtE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            addop(POP_TOP);
        } else if (starWildcard) {
            patternHelperSequenceSubscr(patterns, star, pc);
        } else {
            patternHelperSequenceUnpack(patterns, pc);
        }
    }

    private void pattern(PatternNode p, PatternContext pc) {
        setLoc(p);
        if (p instanceof MatchValue v) {
            if (!(v.value instanceof Constant || v.value instanceof Attribute)) {
                throw error("patterns may only match literals and attribute lookups");
            }
            visitExpr(v.value);
            addcompare(CmpOpKind.Eq);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (p instanceof MatchSingleton s) {
            loadConst(s.value);
            addcompare(CmpOpKind.Is);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (p instanceof MatchSequence s) {
            patternSequence(s, pc);
        } else if (p instanceof MatchMapping m) {
            patternMapping(m, pc);
        } else if (p instanceof MatchClass c) {
            patternClass(c, pc);
        } else if (p instanceof MatchStar s) {
            patternHelperStoreName(s.name, pc);
        } else if (p instanceof MatchAs a) {
            patternAs(a, pc);
        } else if (p instanceof MatchOr o) {
            patternOr(o, pc);
        } else {
            throw error("invalid match pattern node in AST");
        }
    }

    // CPython 3.11: compile.c compiler_match_inner
    private void match(Match s) {
        PatternContext pc = new PatternContext();
        visitExpr(s.subject);
        Block end = newBlock();
        int cases = s.cases.size();
        MatchCase m = s.cases.get(cases - 1);
        int hasDefault = wildcardCheck(m.pattern) && 1 < cases ? 1 : 0;
        for (int i = 0; i < cases - hasDefault; i++) {
            m = s.cases.get(i);
            setLoc(m.pattern);
            if (i != cases - hasDefault - 1) {
                addopI(COPY, 1);
            }
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard != null || i == cases - 1;
            pc.failPop = null;
            pc.onTop = 0;
            pattern(m.pattern, pc);
            for (String name : pc.stores) {
                nameop(name, ExprContext.Store);
            }
            if (m.guard != null) {
                ensureFailPop(pc, 0);
                jumpIf(m.guard, pc.failPop.get(0), false);
            }
            if (i != cases - hasDefault - 1) {
                addop(POP_TOP);
            }
            visitStmts(m.body);
            unsetLoc();
            addopJ(JUMP, end);
            setLoc(m.pattern);
            emitAndResetFailPop(pc);
        }
        if (hasDefault != 0) {
            m = s.cases.get(cases - 1);
            setLoc(m.pattern);
            if (cases == 1) {
                addop(POP_TOP);
            } else {
                addop(NOP);
            }
            if (m.guard != null) {
                jumpIf(m.guard, end, false);
            }
            visitStmts(m.body);
            unsetLoc();
        }
        useNextBlock(end);
    }

}
