package dev.quicken.compiler.codegen;

import dev.quicken.compiler.ast.*;
import dev.quicken.compiler.ast.Module;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.PyTuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Constant folding on the AST. CPython 3.11: Python/ast_opt.c. Where C rewrites a node in place,
 * this returns the replacement and the parent stores it.
 */
public final class AstOptimizer {

    private final int optimize;
    private final boolean futureAnnotations;

    private AstOptimizer(int optimize, int ffFeatures) {
        this.optimize = optimize;
        this.futureAnnotations = (ffFeatures & Codegen.CO_FUTURE_ANNOTATIONS) != 0;
    }

    public static void optimize(ModNode mod, int optimize, int ffFeatures) {
        AstOptimizer o = new AstOptimizer(optimize, ffFeatures);
        if (mod instanceof Module m) {
            o.body(m.body);
        } else if (mod instanceof Interactive i) {
            o.stmts(i.body);
        } else if (mod instanceof Expression e) {
            e.body = o.expr(e.body);
        }
    }

    /** A key with Python's hash/eq semantics for constants (1 == 1.0 == True). */
    static Object hashKey(PyObject o) {
        if (o instanceof PyInt i) {
            return i.toBigInteger();
        }
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (d == Math.rint(d) && !Double.isInfinite(d)) {
                return new java.math.BigDecimal(d).toBigInteger();
            }
            return d;
        }
        if (o instanceof PyComplex c) {
            if (c.imag == 0.0) {
                return hashKey(new PyFloat(c.real));
            }
            return List.of(c.real, c.imag);
        }
        if (o instanceof PyStr s) {
            return s.value;
        }
        if (o instanceof PyBytes b) {
            return List.of("b", Arrays.toString(b.value));
        }
        if (o instanceof PyTuple t) {
            List<Object> l = new ArrayList<>();
            l.add("t");
            for (PyObject x : t.items) {
                l.add(hashKey(x));
            }
            return l;
        }
        return o;
    }

    private static Constant makeConst(ExprNode node, PyObject val) {
        Constant c = new Constant(val, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
        return c;
    }

    private static boolean hasStarred(List<ExprNode> elts) {
        for (ExprNode e : elts) {
            if (e instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ traversal

    private void body(List<StmtNode> stmts) {
        boolean docstring = Codegen.getDocString(stmts) != null;
        stmts(stmts);
        if (!docstring && Codegen.getDocString(stmts) != null) {
            Expr st = (Expr) stmts.get(0);
            List<ExprNode> values = new ArrayList<>();
            values.add(st.value);
            st.value = new JoinedStr(values, st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
        }
    }

    private void stmts(List<StmtNode> stmts) {
        if (stmts != null) {
            for (StmtNode s : stmts) {
                stmt(s);
            }
        }
    }

    private void exprs(List<ExprNode> list) {
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                ExprNode e = list.get(i);
                if (e != null) {
                    list.set(i, expr(e));
                }
            }
        }
    }

    private ExprNode opt(ExprNode e) {
        return e == null ? null : expr(e);
    }

    private void arguments(Arguments a) {
        for (Arg x : a.posonlyargs) {
            arg(x);
        }
        for (Arg x : a.args) {
            arg(x);
        }
        if (a.vararg != null) {
            arg(a.vararg);
        }
        for (Arg x : a.kwonlyargs) {
            arg(x);
        }
        exprs(a.kw_defaults);
        if (a.kwarg != null) {
            arg(a.kwarg);
        }
        exprs(a.defaults);
    }

    private void arg(Arg a) {
        if (!futureAnnotations) {
            a.annotation = opt(a.annotation);
        }
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension c : gens) {
            c.target = expr(c.target);
            c.iter = expr(c.iter);
            exprs(c.ifs);
            c.iter = foldIter(c.iter);
        }
    }

    private void stmt(StmtNode s) {
        if (s instanceof FunctionDef f) {
            arguments(f.args);
            body(f.body);
            exprs(f.decorator_list);
            if (!futureAnnotations) {
                f.returns = opt(f.returns);
            }
        } else if (s instanceof AsyncFunctionDef f) {
            arguments(f.args);
            body(f.body);
            exprs(f.decorator_list);
            if (!futureAnnotations) {
                f.returns = opt(f.returns);
            }
        } else if (s instanceof ClassDef c) {
            exprs(c.bases);
            for (Keyword k : c.keywords) {
                k.value = expr(k.value);
            }
            body(c.body);
            exprs(c.decorator_list);
        } else if (s instanceof Return r) {
            r.value = opt(r.value);
        } else if (s instanceof Delete d) {
            exprs(d.targets);
        } else if (s instanceof Assign a) {
            exprs(a.targets);
            a.value = expr(a.value);
        } else if (s instanceof AugAssign a) {
            a.target = expr(a.target);
            a.value = expr(a.value);
        } else if (s instanceof AnnAssign a) {
            a.target = expr(a.target);
            if (!futureAnnotations) {
                a.annotation = expr(a.annotation);
            }
            a.value = opt(a.value);
        } else if (s instanceof For f) {
            f.target = expr(f.target);
            f.iter = expr(f.iter);
            stmts(f.body);
            stmts(f.orelse);
            f.iter = foldIter(f.iter);
        } else if (s instanceof AsyncFor f) {
            f.target = expr(f.target);
            f.iter = expr(f.iter);
            stmts(f.body);
            stmts(f.orelse);
        } else if (s instanceof While w) {
            w.test = expr(w.test);
            stmts(w.body);
            stmts(w.orelse);
        } else if (s instanceof If i) {
            i.test = expr(i.test);
            stmts(i.body);
            stmts(i.orelse);
        } else if (s instanceof With w) {
            withitems(w.items);
            stmts(w.body);
        } else if (s instanceof AsyncWith w) {
            withitems(w.items);
            stmts(w.body);
        } else if (s instanceof Raise r) {
            r.exc = opt(r.exc);
            r.cause = opt(r.cause);
        } else if (s instanceof Try t) {
            stmts(t.body);
            handlers(t.handlers);
            stmts(t.orelse);
            stmts(t.finalbody);
        } else if (s instanceof TryStar t) {
            stmts(t.body);
            handlers(t.handlers);
            stmts(t.orelse);
            stmts(t.finalbody);
        } else if (s instanceof Assert a) {
            a.test = expr(a.test);
            a.msg = opt(a.msg);
        } else if (s instanceof Expr e) {
            e.value = expr(e.value);
        } else if (s instanceof Match m) {
            m.subject = expr(m.subject);
            for (MatchCase mc : m.cases) {
                pattern(mc.pattern);
                mc.guard = opt(mc.guard);
                stmts(mc.body);
            }
        }
    }

    private void withitems(List<WithItem> items) {
        for (WithItem w : items) {
            w.context_expr = expr(w.context_expr);
            w.optional_vars = opt(w.optional_vars);
        }
    }

    private void handlers(List<ExceptHandlerNode> hs) {
        for (ExceptHandlerNode h : hs) {
            ExceptHandler eh = (ExceptHandler) h;
            eh.type = opt(eh.type);
            stmts(eh.body);
        }
    }

    private void pattern(PatternNode p) {
        if (p instanceof MatchValue v) {
            v.value = expr(v.value);
        } else if (p instanceof MatchSequence s) {
            for (PatternNode x : s.patterns) {
                pattern(x);
            }
        } else if (p instanceof MatchMapping m) {
            exprs(m.keys);
            for (PatternNode x : m.patterns) {
                pattern(x);
            }
        } else if (p instanceof MatchClass c) {
            c.cls = expr(c.cls);
            for (PatternNode x : c.patterns) {
                pattern(x);
            }
            for (PatternNode x : c.kwd_patterns) {
                pattern(x);
            }
        } else if (p instanceof MatchAs a) {
            if (a.pattern != null) {
                pattern(a.pattern);
            }
        } else if (p instanceof MatchOr o) {
            for (PatternNode x : o.patterns) {
                pattern(x);
            }
        }
    }

    private ExprNode expr(ExprNode e) {
        if (e instanceof BoolOp b) {
            exprs(b.values);
        } else if (e instanceof BinOp b) {
            b.left = expr(b.left);
            b.right = expr(b.right);
            return foldBinop(b);
        } else if (e instanceof UnaryOp u) {
            u.operand = expr(u.operand);
            return foldUnaryop(u);
        } else if (e instanceof Lambda l) {
            arguments(l.args);
            l.body = expr(l.body);
        } else if (e instanceof IfExp i) {
            i.test = expr(i.test);
            i.body = expr(i.body);
            i.orelse = expr(i.orelse);
        } else if (e instanceof Dict d) {
            exprs(d.keys);
            exprs(d.values);
        } else if (e instanceof dev.quicken.compiler.ast.Set s) {
            exprs(s.elts);
        } else if (e instanceof ListComp c) {
            c.elt = expr(c.elt);
            comprehensions(c.generators);
        } else if (e instanceof SetComp c) {
            c.elt = expr(c.elt);
            comprehensions(c.generators);
        } else if (e instanceof DictComp c) {
            c.key = expr(c.key);
            c.value = expr(c.value);
            comprehensions(c.generators);
        } else if (e instanceof GeneratorExp c) {
            c.elt = expr(c.elt);
            comprehensions(c.generators);
        } else if (e instanceof Await a) {
            a.value = expr(a.value);
        } else if (e instanceof Yield y) {
            y.value = opt(y.value);
        } else if (e instanceof YieldFrom y) {
            y.value = expr(y.value);
        } else if (e instanceof Compare c) {
            c.left = expr(c.left);
            exprs(c.comparators);
            int i = c.ops.size() - 1;
            CmpOpKind op = c.ops.get(i);
            if (op == CmpOpKind.In || op == CmpOpKind.NotIn) {
                c.comparators.set(i, foldIter(c.comparators.get(i)));
            }
        } else if (e instanceof Call c) {
            c.func = expr(c.func);
            exprs(c.args);
            for (Keyword k : c.keywords) {
                k.value = expr(k.value);
            }
        } else if (e instanceof FormattedValue f) {
            f.value = expr(f.value);
            f.format_spec = opt(f.format_spec);
        } else if (e instanceof JoinedStr j) {
            exprs(j.values);
        } else if (e instanceof Attribute a) {
            a.value = expr(a.value);
        } else if (e instanceof Subscript s) {
            s.value = expr(s.value);
            s.slice = expr(s.slice);
            return foldSubscr(s);
        } else if (e instanceof Starred s) {
            s.value = expr(s.value);
        } else if (e instanceof Slice s) {
            s.lower = opt(s.lower);
            s.upper = opt(s.upper);
            s.step = opt(s.step);
        } else if (e instanceof dev.quicken.compiler.ast.List l) {
            exprs(l.elts);
        } else if (e instanceof Tuple t) {
            exprs(t.elts);
            if (t.ctx == ExprContext.Load) {
                PyTuple v = makeConstTuple(t.elts);
                if (v != null) {
                    return makeConst(t, v);
                }
            }
        } else if (e instanceof Name n) {
            if (n.ctx == ExprContext.Load && n.id.equals("__debug__")) {
                return makeConst(n, PyBool.of(optimize == 0));
            }
        } else if (e instanceof NamedExpr n) {
            n.value = expr(n.value);
        }
        return e;
    }

    private static PyTuple makeConstTuple(List<ExprNode> elts) {
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            if (!(elts.get(i) instanceof Constant c)) {
                return null;
            }
            items[i] = c.value;
        }
        return new PyTuple(items);
    }

    // CPython 3.11: ast_opt.c fold_iter
    private ExprNode foldIter(ExprNode arg) {
        if (arg instanceof dev.quicken.compiler.ast.List l) {
            if (hasStarred(l.elts)) {
                return arg;
            }
            Tuple t = new Tuple(l.elts, l.ctx, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
            PyTuple v = makeConstTuple(l.elts);
            return v != null ? makeConst(t, v) : t;
        } else if (arg instanceof dev.quicken.compiler.ast.Set s) {
            PyTuple v = makeConstTuple(s.elts);
            if (v != null) {
                return makeConst(s, Codegen.frozenset(v.items));
            }
        }
        return arg;
    }

    private ExprNode foldUnaryop(UnaryOp node) {
        ExprNode arg = node.operand;
        if (!(arg instanceof Constant c)) {
            if (node.op == UnaryOpKind.Not && arg instanceof Compare cmp && cmp.ops.size() == 1) {
                CmpOpKind op = cmp.ops.get(0);
                CmpOpKind n;
                switch (op) {
                    case Is: n = CmpOpKind.IsNot; break;
                    case IsNot: n = CmpOpKind.Is; break;
                    case In: n = CmpOpKind.NotIn; break;
                    case NotIn: n = CmpOpKind.In; break;
                    default: n = null;
                }
                if (n != null) {
                    cmp.ops.set(0, n);
                    // COPY_NODE: the Compare (with its own position) takes the UnaryOp's place
                    return cmp;
                }
            }
            return node;
        }
        PyObject v = c.value;
        PyObject r = null;
        switch (node.op) {
            case Not:
                r = PyBool.of(!Flow.isTrue(v));
                break;
            case Invert:
                if (v instanceof PyInt i) {
                    r = PyInt.of(i.toBigInteger().not());
                }
                break;
            case UAdd:
                if (v instanceof PyBool b) {
                    r = PyInt.of(b.value);
                } else if (v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex) {
                    r = v;
                }
                break;
            case USub:
                if (v instanceof PyInt i) {
                    r = PyInt.of(i.toBigInteger().negate());
                } else if (v instanceof PyFloat f) {
                    r = new PyFloat(-f.value);
                } else if (v instanceof PyComplex x) {
                    r = new PyComplex(-x.real, -x.imag);
                }
                break;
            default:
                break;
        }
        return r == null ? node : makeConst(node, r);
    }

    private ExprNode foldSubscr(Subscript node) {
        if (node.ctx != ExprContext.Load || !(node.value instanceof Constant a)
                || !(node.slice instanceof Constant i)) {
            return node;
        }
        PyObject r = null;
        if (i.value instanceof PyInt idx && !(i.value instanceof PyBool) && idx.isSmall()) {
            long k = idx.value;
            if (a.value instanceof PyTuple t) {
                long n = t.size();
                long j = k < 0 ? k + n : k;
                if (j >= 0 && j < n) {
                    r = t.items[(int) j];
                }
            } else if (a.value instanceof PyStr s) {
                int n = s.value.codePointCount(0, s.value.length());
                long j = k < 0 ? k + n : k;
                if (j >= 0 && j < n) {
                    int off = s.value.offsetByCodePoints(0, (int) j);
                    r = new PyStr(new String(Character.toChars(s.value.codePointAt(off))));
                }
            } else if (a.value instanceof PyBytes b) {
                long n = b.value.length;
                long j = k < 0 ? k + n : k;
                if (j >= 0 && j < n) {
                    r = PyInt.of(b.value[(int) j] & 0xFF);
                }
            }
        }
        return r == null ? node : makeConst(node, r);
    }

    // ------------------------------------------------------------------ binary folding

    private ExprNode foldBinop(BinOp node) {
        ExprNode lhs = node.left;
        ExprNode rhs = node.right;
        if (!(lhs instanceof Constant lc)) {
            return node;
        }
        PyObject lv = lc.value;
        if (node.op == OperatorKind.Mod && rhs instanceof Tuple t && lv instanceof PyStr fmt
                && !hasStarred(t.elts)) {
            return optimizeFormat(node, fmt.value, t.elts);
        }
        if (!(rhs instanceof Constant rc)) {
            return node;
        }
        PyObject rv = rc.value;
        PyObject r;
        try {
            r = Arith.binop(node.op, lv, rv);
        } catch (ArithmeticException ex) {
            r = null;
        }
        return r == null ? node : makeConst(node, r);
    }

    // CPython 3.11: ast_opt.c optimize_format
    private ExprNode optimizeFormat(BinOp node, String fmt, List<ExprNode> elts) {
        int[] pos = {0};
        int cnt = 0;
        List<ExprNode> seq = new ArrayList<>();
        int[] cps = fmt.codePoints().toArray();
        while (true) {
            ExprNode lit = parseLiteral(cps, pos);
            if (lit != null) {
                seq.add(lit);
            }
            if (pos[0] >= cps.length) {
                break;
            }
            if (cnt >= elts.size()) {
                return node;
            }
            pos[0]++;
            ExprNode expr = parseFormat(cps, pos, elts.get(cnt));
            cnt++;
            if (expr == null) {
                return node;
            }
            seq.add(expr);
        }
        if (cnt < elts.size()) {
            return node;
        }
        return new JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
    }

    private static ExprNode parseLiteral(int[] fmt, int[] ppos) {
        int size = fmt.length;
        int start = ppos[0];
        int pos = start;
        boolean hasPercents = false;
        while (pos < size) {
            if (fmt[pos] != '%') {
                pos++;
            } else if (pos + 1 < size && fmt[pos + 1] == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) {
            return null;
        }
        String str = new String(fmt, start, pos - start);
        if (hasPercents) {
            str = str.replace("%%", "%");
        }
        return new Constant(new PyStr(str), null, -1, -1, -1, -1);
    }

    private static ExprNode parseFormat(int[] fmt, int[] ppos, ExprNode arg) {
        int pos = ppos[0];
        int len = fmt.length;
        int flags = 0;
        int width = -1;
        int prec = -1;
        int ch;
        while (true) {
            if (pos >= len) {
                return null;
            }
            ch = fmt[pos++];
            if (ch == '-') {
                flags |= 1;
                continue;
            }
            if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') {
                flags |= 2;
                continue;
            }
            break;
        }
        if ('0' <= ch && ch <= '9') {
            width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= len) {
                    return null;
                }
                ch = fmt[pos++];
                if (++digits >= 3) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= len) {
                return null;
            }
            ch = fmt[pos++];
            prec = 0;
            if ('0' <= ch && ch <= '9') {
                int digits = 0;
                while ('0' <= ch && ch <= '9') {
                    prec = prec * 10 + (ch - '0');
                    if (pos >= len) {
                        return null;
                    }
                    ch = fmt[pos++];
                    if (++digits >= 3) {
                        return null;
                    }
                }
            }
        }
        int spec = ch;
        ppos[0] = pos;
        if (spec == 's' || spec == 'r' || spec == 'a') {
            StringBuilder buf = new StringBuilder();
            if ((flags & 1) == 0 && width > 0) {
                buf.append('>');
            }
            if (width >= 0) {
                buf.append(width);
            }
            if (prec >= 0) {
                buf.append('.').append(prec);
            }
            ExprNode formatSpec = null;
            if (buf.length() > 0) {
                formatSpec = new Constant(new PyStr(buf.toString()), null, -1, -1, -1, -1);
            }
            return new FormattedValue(arg, spec, formatSpec, arg.lineno, arg.col_offset, arg.end_lineno,
                    arg.end_col_offset);
        }
        return null;
    }

}
