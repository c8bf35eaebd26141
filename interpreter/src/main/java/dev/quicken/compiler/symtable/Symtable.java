package dev.quicken.compiler.symtable;

import dev.quicken.compiler.CompileError;
import dev.quicken.compiler.ast.*;
import dev.quicken.compiler.ast.Module;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbol table: which names are local, global, free or cell in every block.
 * CPython 3.11: Python/symtable.c.
 */
public final class Symtable {
    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 2 << 1;
    public static final int DEF_NONLOCAL = 2 << 2;
    public static final int USE = 2 << 3;
    public static final int DEF_FREE = 2 << 4;
    public static final int DEF_FREE_CLASS = 2 << 5;
    public static final int DEF_IMPORT = 2 << 6;
    public static final int DEF_ANNOT = 2 << 7;
    public static final int DEF_COMP_ITER = 2 << 8;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    public static final int SCOPE_OFFSET = 11;
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;

    private final Map<Object, Scope> blocks = new IdentityHashMap<>();
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    public Scope top;
    private Map<String, Integer> global;
    private String privateName;
    private final boolean futureAnnotations;

    private Symtable(boolean futureAnnotations) {
        this.futureAnnotations = futureAnnotations;
    }

    /** CPython 3.11: _PySymtable_Build. */
    public static Symtable build(ModNode mod, boolean futureAnnotations) {
        Symtable st = new Symtable(futureAnnotations);
        st.enterBlock("top", Scope.Type.MODULE, mod, 0, 0, 0, 0);
        st.top = st.cur;
        if (mod instanceof Module m) {
            for (StmtNode s : m.body) {
                st.visitStmt(s);
            }
        } else if (mod instanceof Expression e) {
            st.visitExpr(e.body);
        } else if (mod instanceof Interactive i) {
            for (StmtNode s : i.body) {
                st.visitStmt(s);
            }
        } else {
            throw new IllegalArgumentException("this compiler does not handle FunctionTypes");
        }
        st.exitBlock();
        st.analyzeBlock(st.top, null, new HashSet<>(), new HashSet<>());
        return st;
    }

    public Scope lookup(Object key) {
        Scope s = blocks.get(key);
        if (s == null) {
            throw new IllegalStateException("unknown symbol table entry");
        }
        return s;
    }

    static CompileError error(String msg, int lineno, int col, int endLineno, int endCol) {
        return new CompileError(msg, lineno, col + 1, endLineno, endCol + 1);
    }

    private static CompileError error(String msg, Node n) {
        return error(msg, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
    }

    /** CPython 3.11: compile.c _Py_Mangle. */
    public static String mangle(String privateobj, String ident) {
        if (privateobj == null || ident.length() < 2 || ident.charAt(0) != '_' || ident.charAt(1) != '_') {
            return ident;
        }
        int nlen = ident.length();
        if ((ident.charAt(nlen - 1) == '_' && ident.charAt(nlen - 2) == '_') || ident.indexOf('.') >= 0) {
            return ident;
        }
        int ipriv = 0;
        while (ipriv < privateobj.length() && privateobj.charAt(ipriv) == '_') {
            ipriv++;
        }
        if (ipriv == privateobj.length()) {
            return ident;
        }
        return "_" + privateobj.substring(ipriv) + ident;
    }

    // ------------------------------------------------------------------ analysis

    private RuntimeException errorAtDirective(Scope ste, String name, String msg) {
        for (Object[] d : ste.directives) {
            if (d[0].equals(name)) {
                return error(msg, (int) d[1], (int) d[2], (int) d[3], (int) d[4]);
            }
        }
        return new IllegalStateException("BUG: internal directive bookkeeping broken");
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
            Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) {
                continue;
            }
            if (!free.contains(e.getKey())) {
                continue;
            }
            e.setValue(CELL);
            free.remove(e.getKey());
        }
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
            Set<String> free, boolean classflag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int scope = scopes.get(e.getKey());
            e.setValue(e.getValue() | (scope << SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                if (classflag && (v & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    // CPython 3.11: symtable.c analyze_block
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new LinkedHashMap<>();
        Set<String> newglobal = new HashSet<>();
        Set<String> newfree = new HashSet<>();
        Set<String> newbound = new HashSet<>();
        if (ste.type == Scope.Type.CLASS) {
            newglobal.addAll(global);
            if (bound != null) {
                newbound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.type != Scope.Type.CLASS) {
            if (ste.type == Scope.Type.FUNCTION) {
                newbound.addAll(local);
            }
            if (bound != null) {
                newbound.addAll(bound);
            }
            newglobal.addAll(global);
        } else {
            newbound.add("__class__");
        }
        Set<String> allfree = new HashSet<>();
        for (Scope entry : ste.children) {
            Set<String> tempBound = new HashSet<>(newbound);
            Set<String> tempFree = new HashSet<>(newfree);
            Set<String> tempGlobal = new HashSet<>(newglobal);
            analyzeBlock(entry, tempBound, tempFree, tempGlobal);
            allfree.addAll(tempFree);
            if (entry.free || entry.childFree) {
                ste.childFree = true;
            }
        }
        newfree.addAll(allfree);
        if (ste.type == Scope.Type.FUNCTION) {
            analyzeCells(scopes, newfree);
        } else if (ste.type == Scope.Type.CLASS) {
            if (newfree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        updateSymbols(ste.symbols, scopes, bound, newfree, ste.type == Scope.Type.CLASS);
        free.addAll(newfree);
    }

    // ------------------------------------------------------------------ first pass

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private void enterBlock(String name, Scope.Type type, Object key, int lineno, int col, int endLineno,
            int endCol) {
        Scope ste = new Scope(name, type, lineno, col, endLineno, endCol);
        if (cur != null && (cur.nested || cur.type == Scope.Type.FUNCTION)) {
            ste.nested = true;
        }
        blocks.put(key, ste);
        stack.add(ste);
        Scope prev = cur;
        if (prev != null) {
            ste.compIterExpr = prev.compIterExpr;
        }
        cur = ste;
        if (type == Scope.Type.ANNOTATION) {
            return;
        }
        if (type == Scope.Type.MODULE) {
            global = ste.symbols;
        }
        if (prev != null) {
            prev.children.add(ste);
        }
    }

    private int lookupSym(String name) {
        return cur.getSymbol(mangle(privateName, name));
    }

    private void addDef(String name, int flag, int lineno, int col, int endLineno, int endCol) {
        addDefHelper(name, flag, cur, lineno, col, endLineno, endCol);
    }

    private void addDef(String name, int flag, Node n) {
        addDefHelper(name, flag, cur, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
    }

    private void addDefHelper(String name, int flag, Scope ste, int lineno, int col, int endLineno, int endCol) {
        String mangled = mangle(privateName, name);
        Map<String, Integer> dict = ste.symbols;
        Integer o = dict.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", lineno, col, endLineno,
                        endCol);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                        lineno, col, endLineno, endCol);
            }
            val |= DEF_COMP_ITER;
        }
        dict.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            int g = flag;
            Integer prev = global.get(mangled);
            if (prev != null) {
                g |= prev;
            }
            global.put(mangled, g);
        }
    }

    private void recordDirective(String name, int lineno, int col, int endLineno, int endCol) {
        cur.directives.add(new Object[] {mangle(privateName, name), lineno, col, endLineno, endCol});
    }

    private void visitStmts(List<StmtNode> seq) {
        if (seq != null) {
            for (StmtNode s : seq) {
                visitStmt(s);
            }
        }
    }

    private void visitExprs(List<? extends ExprNode> seq) {
        if (seq != null) {
            for (ExprNode e : seq) {
                if (e != null) {
                    visitExpr(e);
                }
            }
        }
    }

    private void visitFunction(StmtNode s, String name, Arguments args, List<StmtNode> body,
            List<ExprNode> decorators, ExprNode returns, boolean async) {
        addDef(name, DEF_LOCAL, s);
        visitExprs(args.defaults);
        visitExprs(args.kw_defaults);
        visitAnnotations(s, args, returns);
        visitExprs(decorators);
        enterBlock(name, Scope.Type.FUNCTION, s, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
        if (async) {
            cur.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
    }

    // CPython 3.11: symtable.c symtable_visit_stmt
    private void visitStmt(StmtNode s) {
        if (s instanceof FunctionDef f) {
            visitFunction(s, f.name, f.args, f.body, f.decorator_list, f.returns, false);
        } else if (s instanceof AsyncFunctionDef f) {
            visitFunction(s, f.name, f.args, f.body, f.decorator_list, f.returns, true);
        } else if (s instanceof ClassDef c) {
            addDef(c.name, DEF_LOCAL, s);
            visitExprs(c.bases);
            for (Keyword k : c.keywords) {
                visitExpr(k.value);
            }
            visitExprs(c.decorator_list);
            enterBlock(c.name, Scope.Type.CLASS, s, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            String tmp = privateName;
            privateName = c.name;
            visitStmts(c.body);
            privateName = tmp;
            exitBlock();
        } else if (s instanceof Return r) {
            if (r.value != null) {
                visitExpr(r.value);
                cur.returnsValue = true;
            }
        } else if (s instanceof Delete d) {
            visitExprs(d.targets);
        } else if (s instanceof Assign a) {
            visitExprs(a.targets);
            visitExpr(a.value);
        } else if (s instanceof AnnAssign a) {
            if (a.target instanceof Name n) {
                int curv = lookupSym(n.id);
                if ((curv & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols != global && a.simple != 0) {
                    throw error(((curv & DEF_GLOBAL) != 0 ? "annotated name '" + n.id + "' can't be global"
                            : "annotated name '" + n.id + "' can't be nonlocal"), s);
                }
                if (a.simple != 0) {
                    addDef(n.id, DEF_ANNOT | DEF_LOCAL, n);
                } else if (a.value != null) {
                    addDef(n.id, DEF_LOCAL, n);
                }
            } else {
                visitExpr(a.target);
            }
            visitAnnotation(a.annotation);
            if (a.value != null) {
                visitExpr(a.value);
            }
        } else if (s instanceof AugAssign a) {
            visitExpr(a.target);
            visitExpr(a.value);
        } else if (s instanceof For f) {
            visitExpr(f.target);
            visitExpr(f.iter);
            visitStmts(f.body);
            visitStmts(f.orelse);
        } else if (s instanceof AsyncFor f) {
            visitExpr(f.target);
            visitExpr(f.iter);
            visitStmts(f.body);
            visitStmts(f.orelse);
        } else if (s instanceof While w) {
            visitExpr(w.test);
            visitStmts(w.body);
            visitStmts(w.orelse);
        } else if (s instanceof If i) {
            visitExpr(i.test);
            visitStmts(i.body);
            visitStmts(i.orelse);
        } else if (s instanceof Match m) {
            visitExpr(m.subject);
            for (MatchCase mc : m.cases) {
                visitPattern(mc.pattern);
                if (mc.guard != null) {
                    visitExpr(mc.guard);
                }
                visitStmts(mc.body);
            }
        } else if (s instanceof Raise r) {
            if (r.exc != null) {
                visitExpr(r.exc);
                if (r.cause != null) {
                    visitExpr(r.cause);
                }
            }
        } else if (s instanceof Try t) {
            visitStmts(t.body);
            visitStmts(t.orelse);
            visitHandlers(t.handlers);
            visitStmts(t.finalbody);
        } else if (s instanceof TryStar t) {
            visitStmts(t.body);
            visitStmts(t.orelse);
            visitHandlers(t.handlers);
            visitStmts(t.finalbody);
        } else if (s instanceof Assert a) {
            visitExpr(a.test);
            if (a.msg != null) {
                visitExpr(a.msg);
            }
        } else if (s instanceof Import i) {
            for (Alias a : i.names) {
                visitAlias(a);
            }
        } else if (s instanceof ImportFrom i) {
            for (Alias a : i.names) {
                visitAlias(a);
            }
        } else if (s instanceof Global g) {
            for (String name : g.names) {
                directive(s, name, true);
            }
        } else if (s instanceof Nonlocal g) {
            for (String name : g.names) {
                directive(s, name, false);
            }
        } else if (s instanceof Expr e) {
            visitExpr(e.value);
        } else if (s instanceof With w) {
            for (WithItem it : w.items) {
                visitExpr(it.context_expr);
                if (it.optional_vars != null) {
                    visitExpr(it.optional_vars);
                }
            }
            visitStmts(w.body);
        } else if (s instanceof AsyncWith w) {
            for (WithItem it : w.items) {
                visitExpr(it.context_expr);
                if (it.optional_vars != null) {
                    visitExpr(it.optional_vars);
                }
            }
            visitStmts(w.body);
        }
        // Pass, Break, Continue: nothing to do
    }

    private void directive(StmtNode s, String name, boolean isGlobal) {
        int curv = lookupSym(name);
        if ((curv & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
            String kw = isGlobal ? "global" : "nonlocal";
            String msg;
            if ((curv & DEF_PARAM) != 0) {
                msg = "name '" + name + "' is parameter and " + kw;
            } else if ((curv & USE) != 0) {
                msg = "name '" + name + "' is used prior to " + kw + " declaration";
            } else if ((curv & DEF_ANNOT) != 0) {
                msg = "annotated name '" + name + "' can't be " + kw;
            } else {
                msg = "name '" + name + "' is assigned to before " + kw + " declaration";
            }
            throw error(msg, s);
        }
        addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
        recordDirective(name, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
    }

    private void visitHandlers(List<ExceptHandlerNode> handlers) {
        for (ExceptHandlerNode h : handlers) {
            ExceptHandler eh = (ExceptHandler) h;
            if (eh.type != null) {
                visitExpr(eh.type);
            }
            if (eh.name != null) {
                addDef(eh.name, DEF_LOCAL, eh);
            }
            visitStmts(eh.body);
        }
    }

    private void extendNamedexprScope(Name e) {
        String targetName = e.id;
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            if (ste.comprehension != Scope.NO_COMPREHENSION) {
                int targetInScope = ste.getSymbol(targetName);
                if ((targetInScope & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + targetName + "'", e);
                }
                continue;
            }
            if (ste.type == Scope.Type.FUNCTION) {
                int targetInScope = ste.getSymbol(targetName);
                if ((targetInScope & DEF_GLOBAL) != 0) {
                    addDef(targetName, DEF_GLOBAL, e);
                } else {
                    addDef(targetName, DEF_NONLOCAL, e);
                }
                recordDirective(targetName, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
                addDefHelper(targetName, DEF_LOCAL, ste, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
                return;
            }
            if (ste.type == Scope.Type.MODULE) {
                addDef(targetName, DEF_GLOBAL, e);
                recordDirective(targetName, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
                addDefHelper(targetName, DEF_GLOBAL, ste, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
                return;
            }
            if (ste.type == Scope.Type.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", e);
            }
        }
        throw new IllegalStateException("named expression scope not found");
    }

    private void raiseIfAnnotationBlock(String name, ExprNode e) {
        if (cur.type == Scope.Type.ANNOTATION) {
            throw error("'" + name + "' can not be used within an annotation", e);
        }
    }

    private void raiseIfComprehensionBlock(ExprNode e) {
        int type = cur.comprehension;
        throw error(type == Scope.LIST_COMPREHENSION ? "'yield' inside list comprehension"
                : type == Scope.SET_COMPREHENSION ? "'yield' inside set comprehension"
                : type == Scope.DICT_COMPREHENSION ? "'yield' inside dict comprehension"
                : "'yield' inside generator expression", e);
    }

    // CPython 3.11: symtable.c symtable_visit_expr
    private void visitExpr(ExprNode e) {
        if (e instanceof NamedExpr n) {
            raiseIfAnnotationBlock("named expression", e);
            if (cur.compIterExpr > 0) {
                throw error("assignment expression cannot be used in a comprehension iterable expression", e);
            }
            if (cur.comprehension != Scope.NO_COMPREHENSION) {
                extendNamedexprScope((Name) n.target);
            }
            visitExpr(n.value);
            visitExpr(n.target);
        } else if (e instanceof BoolOp b) {
            visitExprs(b.values);
        } else if (e instanceof BinOp b) {
            visitExpr(b.left);
            visitExpr(b.right);
        } else if (e instanceof UnaryOp u) {
            visitExpr(u.operand);
        } else if (e instanceof Lambda l) {
            visitExprs(l.args.defaults);
            visitExprs(l.args.kw_defaults);
            enterBlock("lambda", Scope.Type.FUNCTION, e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
            visitArguments(l.args);
            visitExpr(l.body);
            exitBlock();
        } else if (e instanceof IfExp i) {
            visitExpr(i.test);
            visitExpr(i.body);
            visitExpr(i.orelse);
        } else if (e instanceof Dict d) {
            visitExprs(d.keys);
            visitExprs(d.values);
        } else if (e instanceof dev.quicken.compiler.ast.Set s) {
            visitExprs(s.elts);
        } else if (e instanceof GeneratorExp g) {
            handleComprehension(e, "genexpr", g.generators, g.elt, null);
        } else if (e instanceof ListComp g) {
            handleComprehension(e, "listcomp", g.generators, g.elt, null);
        } else if (e instanceof SetComp g) {
            handleComprehension(e, "setcomp", g.generators, g.elt, null);
        } else if (e instanceof DictComp g) {
            handleComprehension(e, "dictcomp", g.generators, g.key, g.value);
        } else if (e instanceof Yield y) {
            raiseIfAnnotationBlock("yield expression", e);
            if (y.value != null) {
                visitExpr(y.value);
            }
            cur.generator = true;
            if (cur.comprehension != Scope.NO_COMPREHENSION) {
                raiseIfComprehensionBlock(e);
            }
        } else if (e instanceof YieldFrom y) {
            raiseIfAnnotationBlock("yield expression", e);
            visitExpr(y.value);
            cur.generator = true;
            if (cur.comprehension != Scope.NO_COMPREHENSION) {
                raiseIfComprehensionBlock(e);
            }
        } else if (e instanceof Await a) {
            raiseIfAnnotationBlock("await expression", e);
            visitExpr(a.value);
            cur.coroutine = true;
        } else if (e instanceof Compare c) {
            visitExpr(c.left);
            visitExprs(c.comparators);
        } else if (e instanceof Call c) {
            visitExpr(c.func);
            visitExprs(c.args);
            for (Keyword k : c.keywords) {
                if (k != null) {
                    visitExpr(k.value);
                }
            }
        } else if (e instanceof FormattedValue f) {
            visitExpr(f.value);
            if (f.format_spec != null) {
                visitExpr(f.format_spec);
            }
        } else if (e instanceof JoinedStr j) {
            visitExprs(j.values);
        } else if (e instanceof Attribute a) {
            visitExpr(a.value);
        } else if (e instanceof Subscript s) {
            visitExpr(s.value);
            visitExpr(s.slice);
        } else if (e instanceof Starred s) {
            visitExpr(s.value);
        } else if (e instanceof Slice s) {
            if (s.lower != null) {
                visitExpr(s.lower);
            }
            if (s.upper != null) {
                visitExpr(s.upper);
            }
            if (s.step != null) {
                visitExpr(s.step);
            }
        } else if (e instanceof Name n) {
            addDef(n.id, n.ctx == ExprContext.Load ? USE : DEF_LOCAL, e);
            if (n.ctx == ExprContext.Load && cur.type == Scope.Type.FUNCTION && n.id.equals("super")) {
                addDef("__class__", USE, e);
            }
        } else if (e instanceof dev.quicken.compiler.ast.List l) {
            visitExprs(l.elts);
        } else if (e instanceof Tuple t) {
            visitExprs(t.elts);
        }
        // Constant: nothing to do
    }

    private void visitPattern(PatternNode p) {
        if (p instanceof MatchValue v) {
            visitExpr(v.value);
        } else if (p instanceof MatchSequence s) {
            for (PatternNode x : s.patterns) {
                visitPattern(x);
            }
        } else if (p instanceof MatchStar s) {
            if (s.name != null) {
                addDef(s.name, DEF_LOCAL, p);
            }
        } else if (p instanceof MatchMapping m) {
            visitExprs(m.keys);
            for (PatternNode x : m.patterns) {
                visitPattern(x);
            }
            if (m.rest != null) {
                addDef(m.rest, DEF_LOCAL, p);
            }
        } else if (p instanceof MatchClass c) {
            visitExpr(c.cls);
            for (PatternNode x : c.patterns) {
                visitPattern(x);
            }
            for (PatternNode x : c.kwd_patterns) {
                visitPattern(x);
            }
        } else if (p instanceof MatchAs a) {
            if (a.pattern != null) {
                visitPattern(a.pattern);
            }
            if (a.name != null) {
                addDef(a.name, DEF_LOCAL, p);
            }
        } else if (p instanceof MatchOr o) {
            for (PatternNode x : o.patterns) {
                visitPattern(x);
            }
        }
    }

    private void visitParams(List<Arg> args) {
        for (Arg a : args) {
            addDef(a.arg, DEF_PARAM, a);
        }
    }

    private void visitAnnotation(ExprNode annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", Scope.Type.ANNOTATION, annotation, annotation.lineno, annotation.col_offset,
                    annotation.end_lineno, annotation.end_col_offset);
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg a : args) {
            if (a.annotation != null) {
                visitExpr(a.annotation);
            }
        }
    }

    private void visitAnnotations(StmtNode o, Arguments a, ExprNode returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", Scope.Type.ANNOTATION, a, o.lineno, o.col_offset, o.end_lineno,
                    o.end_col_offset);
        }
        visitArgAnnotations(a.posonlyargs);
        visitArgAnnotations(a.args);
        if (a.vararg != null && a.vararg.annotation != null) {
            visitExpr(a.vararg.annotation);
        }
        if (a.kwarg != null && a.kwarg.annotation != null) {
            visitExpr(a.kwarg.annotation);
        }
        visitArgAnnotations(a.kwonlyargs);
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs);
        visitParams(a.args);
        visitParams(a.kwonlyargs);
        if (a.vararg != null) {
            addDef(a.vararg.arg, DEF_PARAM, a.vararg);
            cur.varargs = true;
        }
        if (a.kwarg != null) {
            addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
            cur.varkeywords = true;
        }
    }

    private void visitAlias(Alias a) {
        String name = a.asname == null ? a.name : a.asname;
        int dot = name.indexOf('.');
        String storeName = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            addDef(storeName, DEF_IMPORT, a);
        } else if (cur.type != Scope.Type.MODULE) {
            throw error("import * only allowed at module level", a);
        }
    }

    private void visitComprehension(Comprehension lc) {
        cur.compIterTarget = true;
        visitExpr(lc.target);
        cur.compIterTarget = false;
        cur.compIterExpr++;
        visitExpr(lc.iter);
        cur.compIterExpr--;
        visitExprs(lc.ifs);
        if (lc.is_async != 0) {
            cur.coroutine = true;
        }
    }

    // CPython 3.11: symtable.c symtable_handle_comprehension
    private void handleComprehension(ExprNode e, String scopeName, List<Comprehension> generators, ExprNode elt,
            ExprNode value) {
        boolean isGenerator = e instanceof GeneratorExp;
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        visitExpr(outermost.iter);
        cur.compIterExpr--;
        enterBlock(scopeName, Scope.Type.FUNCTION, e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
        if (e instanceof ListComp) {
            cur.comprehension = Scope.LIST_COMPREHENSION;
        } else if (e instanceof SetComp) {
            cur.comprehension = Scope.SET_COMPREHENSION;
        } else if (e instanceof DictComp) {
            cur.comprehension = Scope.DICT_COMPREHENSION;
        } else {
            cur.comprehension = Scope.GENERATOR_EXPRESSION;
        }
        if (outermost.is_async != 0) {
            cur.coroutine = true;
        }
        addDef(".0", DEF_PARAM, cur.lineno, cur.colOffset, cur.endLineno, cur.endColOffset);
        cur.compIterTarget = true;
        visitExpr(outermost.target);
        cur.compIterTarget = false;
        visitExprs(outermost.ifs);
        for (int i = 1; i < generators.size(); i++) {
            visitComprehension(generators.get(i));
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }
}
