package dev.quicken.modules.ast;

import dev.quicken.compiler.ast.*;
import dev.quicken.compiler.ast.Module;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyEllipsis;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyFrozenSet;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.util.List;

/**
 * The checks CPython makes of a tree that came from {@code _ast} objects before compiling it: contexts,
 * required sequences, positions, constants and patterns, with CPython's messages (ValueError, TypeError).
 */
// CPython 3.11: Python/ast.c _PyAST_Validate
public final class AstValidator {

    private final int limit;
    private int depth;

    private AstValidator(int limit) {
        this.limit = limit;
    }

    /** Validates {@code mod}; {@code recursionLimit} is {@code sys.getrecursionlimit()}. */
    public static void validate(ModNode mod, int recursionLimit) {
        AstValidator v = new AstValidator(recursionLimit * 3);
        if (mod instanceof Module m) {
            v.stmts(m.body);
        } else if (mod instanceof Interactive m) {
            v.stmts(m.body);
        } else if (mod instanceof Expression m) {
            v.expr(m.body, ExprContext.Load);
        } else if (mod instanceof FunctionType m) {
            v.exprs(m.argtypes, ExprContext.Load, false);
            v.expr(m.returns, ExprContext.Load);
        } else {
            throw Exc.raise(Exc.SystemError, "impossible module node");
        }
    }

    private static RuntimeException valueError(String msg) {
        return Exc.valueError(msg);
    }

    // CPython 3.11: Python/ast.c VALIDATE_POSITIONS
    private static void positions(Node n) {
        if (n.lineno > n.end_lineno) {
            throw valueError("AST node line range (" + n.lineno + ", " + n.end_lineno + ") is not valid");
        }
        if (n.lineno < 0 && n.end_lineno != n.lineno || n.col_offset < 0 && n.col_offset != n.end_col_offset) {
            throw valueError("AST node column range (" + n.col_offset + ", " + n.end_col_offset + ") for line range ("
                    + n.lineno + ", " + n.end_lineno + ") is not valid");
        }
        if (n.lineno == n.end_lineno && n.col_offset > n.end_col_offset) {
            throw valueError("line " + n.lineno + ", column " + n.col_offset + "-" + n.end_col_offset
                    + " is not a valid range");
        }
    }

    private void enter() {
        if (++depth > limit) {
            throw Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }

    private static void name(String id) {
        for (String forbidden : new String[] {"None", "True", "False"}) {
            if (forbidden.equals(id)) {
                throw valueError("identifier field can't represent '" + forbidden + "' constant");
            }
        }
    }

    private void comprehension(List<Comprehension> gens) {
        if (gens.isEmpty()) {
            throw valueError("comprehension with no generators");
        }
        for (Comprehension c : gens) {
            expr(c.target, ExprContext.Store);
            expr(c.iter, ExprContext.Load);
            exprs(c.ifs, ExprContext.Load, false);
        }
    }

    private void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            expr(k.value, ExprContext.Load);
        }
    }

    private void args(List<Arg> args) {
        for (Arg a : args) {
            positions(a);
            if (a.annotation != null) {
                expr(a.annotation, ExprContext.Load);
            }
        }
    }

    private void arguments(Arguments a) {
        args(a.posonlyargs);
        args(a.args);
        if (a.vararg != null && a.vararg.annotation != null) {
            expr(a.vararg.annotation, ExprContext.Load);
        }
        args(a.kwonlyargs);
        if (a.kwarg != null && a.kwarg.annotation != null) {
            expr(a.kwarg.annotation, ExprContext.Load);
        }
        if (a.defaults.size() > a.posonlyargs.size() + a.args.size()) {
            throw valueError("more positional defaults than args on arguments");
        }
        if (a.kw_defaults.size() != a.kwonlyargs.size()) {
            throw valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults, ExprContext.Load, false);
        exprs(a.kw_defaults, ExprContext.Load, true);
    }

    // CPython 3.11: Python/ast.c validate_constant
    private void constant(PyObject value) {
        if (value == PyNone.NONE || value == PyEllipsis.ELLIPSIS) {
            return;
        }
        PyObject t = value.type();
        if (t == PyInt.TYPE || t == PyFloat.TYPE || t == PyComplex.TYPE || value instanceof PyBool
                || t == PyStr.TYPE || t == PyBytes.TYPE) {
            return;
        }
        if (t == PyTuple.TYPE || t == PyFrozenSet.TYPE) {
            enter();
            for (PyObject item : dev.quicken.runtime.Abstract.toArray(value)) {
                constant(item);
            }
            depth--;
            return;
        }
        throw Exc.typeError("got an invalid type in Constant: " + value.type().name());
    }

    private static ExprContext ctxOf(ExprNode e) {
        if (e instanceof Attribute a) {
            return a.ctx;
        } else if (e instanceof Subscript s) {
            return s.ctx;
        } else if (e instanceof Starred s) {
            return s.ctx;
        } else if (e instanceof Name n) {
            name(n.id);
            return n.ctx;
        } else if (e instanceof dev.quicken.compiler.ast.List l) {
            return l.ctx;
        } else if (e instanceof Tuple t) {
            return t.ctx;
        }
        return null;
    }

    // CPython 3.11: Python/ast.c validate_expr
    private void expr(ExprNode e, ExprContext ctx) {
        positions(e);
        enter();
        ExprContext actual = ctxOf(e);
        if (actual == null && ctx != ExprContext.Load) {
            throw valueError("expression which can't be assigned to in " + ctx.name() + " context");
        }
        if (actual != null && actual != ctx) {
            throw valueError("expression must have " + ctx.name() + " context but has " + actual.name() + " instead");
        }
        ExprContext load = ExprContext.Load;
        if (e instanceof BoolOp b) {
            if (b.values.size() < 2) {
                throw valueError("BoolOp with less than 2 values");
            }
            exprs(b.values, load, false);
        } else if (e instanceof BinOp b) {
            expr(b.left, load);
            expr(b.right, load);
        } else if (e instanceof UnaryOp u) {
            expr(u.operand, load);
        } else if (e instanceof Lambda l) {
            arguments(l.args);
            expr(l.body, load);
        } else if (e instanceof IfExp i) {
            expr(i.test, load);
            expr(i.body, load);
            expr(i.orelse, load);
        } else if (e instanceof Dict d) {
            if (d.keys.size() != d.values.size()) {
                throw valueError("Dict doesn't have the same number of keys as values");
            }
            exprs(d.keys, load, true);
            exprs(d.values, load, false);
        } else if (e instanceof dev.quicken.compiler.ast.Set s) {
            exprs(s.elts, load, false);
        } else if (e instanceof ListComp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof SetComp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof GeneratorExp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof DictComp c) {
            comprehension(c.generators);
            expr(c.key, load);
            expr(c.value, load);
        } else if (e instanceof Yield y) {
            if (y.value != null) {
                expr(y.value, load);
            }
        } else if (e instanceof YieldFrom y) {
            expr(y.value, load);
        } else if (e instanceof Await a) {
            expr(a.value, load);
        } else if (e instanceof Compare c) {
            if (c.comparators.isEmpty()) {
                throw valueError("Compare with no comparators");
            }
            if (c.comparators.size() != c.ops.size()) {
                throw valueError("Compare has a different number of comparators and operands");
            }
            exprs(c.comparators, load, false);
            expr(c.left, load);
        } else if (e instanceof Call c) {
            expr(c.func, load);
            exprs(c.args, load, false);
            keywords(c.keywords);
        } else if (e instanceof Constant c) {
            constant(c.value);
        } else if (e instanceof JoinedStr j) {
            exprs(j.values, load, false);
        } else if (e instanceof FormattedValue f) {
            expr(f.value, load);
            if (f.format_spec != null) {
                expr(f.format_spec, load);
            }
        } else if (e instanceof Attribute a) {
            expr(a.value, load);
        } else if (e instanceof Subscript s) {
            expr(s.slice, load);
            expr(s.value, load);
        } else if (e instanceof Starred s) {
            expr(s.value, ctx);
        } else if (e instanceof Slice s) {
            optExpr(s.lower);
            optExpr(s.upper);
            optExpr(s.step);
        } else if (e instanceof dev.quicken.compiler.ast.List l) {
            exprs(l.elts, ctx, false);
        } else if (e instanceof Tuple t) {
            exprs(t.elts, ctx, false);
        } else if (e instanceof NamedExpr n) {
            if (!(n.target instanceof Name)) {
                throw Exc.typeError("NamedExpr target must be a Name");
            }
            expr(n.value, load);
        } else if (!(e instanceof Name)) {
            throw Exc.raise(Exc.SystemError, "unexpected expression");
        }
        depth--;
    }

    private void optExpr(ExprNode e) {
        if (e != null) {
            expr(e, ExprContext.Load);
        }
    }

    private static boolean literalNumber(ExprNode e, boolean real, boolean imaginary) {
        PyObject v = ((Constant) e).value;
        PyObject t = v.type();
        return real && (t == PyFloat.TYPE || t == PyInt.TYPE) || imaginary && t == PyComplex.TYPE;
    }

    private static boolean literalNegative(ExprNode e, boolean real, boolean imaginary) {
        UnaryOp u = (UnaryOp) e;
        return u.op == UnaryOpKind.USub && u.operand instanceof Constant && literalNumber(u.operand, real, imaginary);
    }

    private static boolean literalComplex(BinOp b) {
        if (b.op != OperatorKind.Add && b.op != OperatorKind.Sub) {
            return false;
        }
        if (b.left instanceof Constant) {
            if (!literalNumber(b.left, true, false)) {
                return false;
            }
        } else if (b.left instanceof UnaryOp) {
            if (!literalNegative(b.left, true, false)) {
                return false;
            }
        } else {
            return false;
        }
        return b.right instanceof Constant && literalNumber(b.right, false, true);
    }

    // CPython 3.11: Python/ast.c validate_pattern_match_value
    private void matchValue(ExprNode e) {
        expr(e, ExprContext.Load);
        if (e instanceof Constant c) {
            PyObject t = c.value.type();
            if (t == PyInt.TYPE || t == PyFloat.TYPE || t == PyBytes.TYPE || t == PyComplex.TYPE || t == PyStr.TYPE) {
                return;
            }
            throw valueError("unexpected constant inside of a literal pattern");
        }
        if (e instanceof Attribute || e instanceof JoinedStr) {
            return;
        }
        if (e instanceof UnaryOp && literalNegative(e, true, true) || e instanceof BinOp b && literalComplex(b)) {
            return;
        }
        throw valueError("patterns may only match literals and attribute lookups");
    }

    private static void capture(String name) {
        if (name.equals("_")) {
            throw valueError("can't capture name '_' in patterns");
        }
        name(name);
    }

    // CPython 3.11: Python/ast.c validate_pattern
    private void pattern(PatternNode p, boolean starOk) {
        positions(p);
        enter();
        if (p instanceof MatchValue m) {
            matchValue(m.value);
        } else if (p instanceof MatchSingleton m) {
            if (m.value != PyNone.NONE && !(m.value instanceof PyBool)) {
                throw valueError("MatchSingleton can only contain True, False and None");
            }
        } else if (p instanceof MatchSequence m) {
            patterns(m.patterns, true);
        } else if (p instanceof MatchMapping m) {
            if (m.keys.size() != m.patterns.size()) {
                throw valueError("MatchMapping doesn't have the same number of keys as patterns");
            }
            if (m.rest != null) {
                capture(m.rest);
            }
            for (ExprNode key : m.keys) {
                if (key instanceof Constant c && (c.value == PyNone.NONE || c.value instanceof PyBool)) {
                    continue;
                }
                matchValue(key);
            }
            patterns(m.patterns, false);
        } else if (p instanceof MatchClass m) {
            if (m.kwd_attrs.size() != m.kwd_patterns.size()) {
                throw valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
            }
            expr(m.cls, ExprContext.Load);
            ExprNode cls = m.cls;
            while (!(cls instanceof Name)) {
                if (!(cls instanceof Attribute)) {
                    throw valueError("MatchClass cls field can only contain Name or Attribute nodes.");
                }
                cls = ((Attribute) cls).value;
            }
            for (String attr : m.kwd_attrs) {
                name(attr);
            }
            patterns(m.patterns, false);
            patterns(m.kwd_patterns, false);
        } else if (p instanceof MatchStar m) {
            if (!starOk) {
                throw valueError("can't use MatchStar here");
            }
            if (m.name != null) {
                capture(m.name);
            }
        } else if (p instanceof MatchAs m) {
            if (m.name != null) {
                capture(m.name);
            }
            if (m.pattern != null) {
                if (m.name == null) {
                    throw valueError("MatchAs must specify a target name if a pattern is given");
                }
                pattern(m.pattern, false);
            }
        } else if (p instanceof MatchOr m) {
            if (m.patterns.size() < 2) {
                throw valueError("MatchOr requires at least 2 patterns");
            }
            patterns(m.patterns, false);
        } else {
            throw Exc.raise(Exc.SystemError, "unexpected pattern");
        }
        depth--;
    }

    private static void nonEmpty(List<?> seq, String what, String owner) {
        if (seq.isEmpty()) {
            throw valueError("empty " + what + " on " + owner);
        }
    }

    private void assignList(List<ExprNode> targets, ExprContext ctx) {
        nonEmpty(targets, "targets", ctx == ExprContext.Del ? "Delete" : "Assign");
        exprs(targets, ctx, false);
    }

    private void body(List<StmtNode> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private void withItems(List<WithItem> items, String owner) {
        nonEmpty(items, "items", owner);
        for (WithItem item : items) {
            expr(item.context_expr, ExprContext.Load);
            if (item.optional_vars != null) {
                expr(item.optional_vars, ExprContext.Store);
            }
        }
    }

    private void handlers(List<ExceptHandlerNode> handlers, boolean positions) {
        for (ExceptHandlerNode h : handlers) {
            if (positions) {
                positions(h);
            }
            ExceptHandler eh = (ExceptHandler) h;
            if (eh.type != null) {
                expr(eh.type, ExprContext.Load);
            }
            body(eh.body, "ExceptHandler");
        }
    }

    private void tryParts(String owner, List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse,
            List<StmtNode> finalbody) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw valueError(owner + " has neither except handlers nor finalbody");
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw valueError(owner + " has orelse but no except handlers");
        }
        handlers(handlers, owner.equals("Try"));
        stmts(finalbody);
        stmts(orelse);
    }

    // CPython 3.11: Python/ast.c validate_stmt
    private void stmt(StmtNode s) {
        positions(s);
        enter();
        ExprContext load = ExprContext.Load;
        if (s instanceof FunctionDef f) {
            body(f.body, "FunctionDef");
            arguments(f.args);
            exprs(f.decorator_list, load, false);
            optExpr(f.returns);
        } else if (s instanceof AsyncFunctionDef f) {
            body(f.body, "AsyncFunctionDef");
            arguments(f.args);
            exprs(f.decorator_list, load, false);
            optExpr(f.returns);
        } else if (s instanceof ClassDef c) {
            body(c.body, "ClassDef");
            exprs(c.bases, load, false);
            keywords(c.keywords);
            exprs(c.decorator_list, load, false);
        } else if (s instanceof Return r) {
            optExpr(r.value);
        } else if (s instanceof Delete d) {
            assignList(d.targets, ExprContext.Del);
        } else if (s instanceof Assign a) {
            assignList(a.targets, ExprContext.Store);
            expr(a.value, load);
        } else if (s instanceof AugAssign a) {
            expr(a.target, ExprContext.Store);
            expr(a.value, load);
        } else if (s instanceof AnnAssign a) {
            if (!(a.target instanceof Name) && a.simple != 0) {
                throw Exc.typeError("AnnAssign with simple non-Name target");
            }
            expr(a.target, ExprContext.Store);
            optExpr(a.value);
            expr(a.annotation, load);
        } else if (s instanceof For f) {
            expr(f.target, ExprContext.Store);
            expr(f.iter, load);
            body(f.body, "For");
            stmts(f.orelse);
        } else if (s instanceof AsyncFor f) {
            expr(f.target, ExprContext.Store);
            expr(f.iter, load);
            body(f.body, "AsyncFor");
            stmts(f.orelse);
        } else if (s instanceof While w) {
            expr(w.test, load);
            body(w.body, "While");
            stmts(w.orelse);
        } else if (s instanceof If i) {
            expr(i.test, load);
            body(i.body, "If");
            stmts(i.orelse);
        } else if (s instanceof With w) {
            withItems(w.items, "With");
            body(w.body, "With");
        } else if (s instanceof AsyncWith w) {
            withItems(w.items, "AsyncWith");
            body(w.body, "AsyncWith");
        } else if (s instanceof Match m) {
            expr(m.subject, load);
            nonEmpty(m.cases, "cases", "Match");
            for (MatchCase c : m.cases) {
                pattern(c.pattern, false);
                optExpr(c.guard);
                body(c.body, "match_case");
            }
        } else if (s instanceof Raise r) {
            if (r.exc != null) {
                expr(r.exc, load);
                optExpr(r.cause);
            } else if (r.cause != null) {
                throw valueError("Raise with cause but no exception");
            }
        } else if (s instanceof Try t) {
            tryParts("Try", t.body, t.handlers, t.orelse, t.finalbody);
        } else if (s instanceof TryStar t) {
            tryParts("TryStar", t.body, t.handlers, t.orelse, t.finalbody);
        } else if (s instanceof Assert a) {
            expr(a.test, load);
            optExpr(a.msg);
        } else if (s instanceof Import i) {
            nonEmpty(i.names, "names", "Import");
        } else if (s instanceof ImportFrom i) {
            if (i.level < 0) {
                throw valueError("Negative ImportFrom level");
            }
            nonEmpty(i.names, "names", "ImportFrom");
        } else if (s instanceof Global g) {
            nonEmpty(g.names, "names", "Global");
        } else if (s instanceof Nonlocal n) {
            nonEmpty(n.names, "names", "Nonlocal");
        } else if (s instanceof Expr x) {
            expr(x.value, load);
        } else if (!(s instanceof Pass || s instanceof Break || s instanceof Continue)) {
            throw Exc.raise(Exc.SystemError, "unexpected statement");
        }
        depth--;
    }

    private void stmts(List<StmtNode> seq) {
        for (StmtNode s : seq) {
            if (s == null) {
                throw valueError("None disallowed in statement list");
            }
            stmt(s);
        }
    }

    private void exprs(List<ExprNode> seq, ExprContext ctx, boolean nullOk) {
        for (ExprNode e : seq) {
            if (e != null) {
                expr(e, ctx);
            } else if (!nullOk) {
                throw valueError("None disallowed in expression list");
            }
        }
    }

    private void patterns(List<PatternNode> seq, boolean starOk) {
        for (PatternNode p : seq) {
            pattern(p, starOk);
        }
    }
}
