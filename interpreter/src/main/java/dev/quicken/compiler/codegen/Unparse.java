package dev.quicken.compiler.codegen;

import dev.quicken.compiler.ast.*;
import dev.quicken.runtime.PyComplex;
import dev.quicken.runtime.PyEllipsis;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;
import dev.quicken.runtime.Repr;
import java.util.List;

/**
 * Expression to source text, for {@code from __future__ import annotations}.
 * CPython 3.11: Python/ast_unparse.c (the common expression forms).
 */
final class Unparse {
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_BOR = 7;
    private static final int PR_BXOR = 8;
    private static final int PR_BAND = 9;
    private static final int PR_SHIFT = 10;
    private static final int PR_ARITH = 11;
    private static final int PR_TERM = 12;
    private static final int PR_FACTOR = 13;
    private static final int PR_POWER = 14;
    private static final int PR_ATOM = 16;

    private Unparse() {
    }

    static String unparse(ExprNode e) {
        StringBuilder sb = new StringBuilder();
        expr(sb, e, PR_TEST);
        return sb.toString();
    }

    /** CPython 3.11: ast_unparse.c append_repr: repr(), with inf spelled 1e309 in floats and complexes. */
    static String constantRepr(PyObject v) {
        String r = Repr.repr(v);
        if ((v instanceof PyFloat f && Double.isInfinite(f.value)) || v instanceof PyComplex) {
            r = r.replace("inf", "1e309");
        }
        return r;
    }

    static String strRepr(String s) {
        return Repr.str(s);
    }

    private static void seq(StringBuilder sb, List<ExprNode> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expr(sb, elts.get(i), PR_TEST);
        }
    }

    private static int binPrec(OperatorKind op) {
        switch (op) {
            case BitOr: return PR_BOR;
            case BitXor: return PR_BXOR;
            case BitAnd: return PR_BAND;
            case LShift: case RShift: return PR_SHIFT;
            case Add: case Sub: return PR_ARITH;
            case Pow: return PR_POWER;
            default: return PR_TERM;
        }
    }

    private static String binStr(OperatorKind op) {
        switch (op) {
            case Add: return " + ";
            case Sub: return " - ";
            case Mult: return " * ";
            case MatMult: return " @ ";
            case Div: return " / ";
            case Mod: return " % ";
            case Pow: return " ** ";
            case LShift: return " << ";
            case RShift: return " >> ";
            case BitOr: return " | ";
            case BitXor: return " ^ ";
            case BitAnd: return " & ";
            default: return " // ";
        }
    }

    private static String cmpStr(CmpOpKind op) {
        switch (op) {
            case Eq: return " == ";
            case NotEq: return " != ";
            case Lt: return " < ";
            case LtE: return " <= ";
            case Gt: return " > ";
            case GtE: return " >= ";
            case Is: return " is ";
            case IsNot: return " is not ";
            case In: return " in ";
            default: return " not in ";
        }
    }

    private static void expr(StringBuilder sb, ExprNode e, int level) {
        if (e instanceof Name n) {
            sb.append(n.id);
        } else if (e instanceof Constant c) {
            if (c.value == PyEllipsis.ELLIPSIS) {
                sb.append("...");
            } else {
                sb.append(constantRepr(c.value));
            }
        } else if (e instanceof Attribute a) {
            expr(sb, a.value, PR_ATOM);
            if (a.value instanceof Constant c && c.value instanceof PyInt) {
                sb.append(' ');
            }
            sb.append('.').append(a.attr);
        } else if (e instanceof Subscript s) {
            expr(sb, s.value, PR_ATOM);
            sb.append('[');
            if (s.slice instanceof Tuple t && !t.elts.isEmpty()) {
                seq(sb, t.elts);
                if (t.elts.size() == 1) {
                    sb.append(',');
                }
            } else {
                expr(sb, s.slice, PR_TUPLE);
            }
            sb.append(']');
        } else if (e instanceof Tuple t) {
            if (t.elts.isEmpty()) {
                sb.append("()");
                return;
            }
            boolean paren = level > PR_TUPLE;
            if (paren) {
                sb.append('(');
            }
            seq(sb, t.elts);
            if (t.elts.size() == 1) {
                sb.append(',');
            }
            if (paren) {
                sb.append(')');
            }
        } else if (e instanceof dev.quicken.compiler.ast.List l) {
            sb.append('[');
            seq(sb, l.elts);
            sb.append(']');
        } else if (e instanceof BinOp b) {
            int pr = binPrec(b.op);
            boolean paren = level > pr;
            if (paren) {
                sb.append('(');
            }
            boolean rassoc = b.op == OperatorKind.Pow;
            expr(sb, b.left, rassoc ? pr + 1 : pr);
            sb.append(binStr(b.op));
            expr(sb, b.right, rassoc ? pr : pr + 1);
            if (paren) {
                sb.append(')');
            }
        } else if (e instanceof UnaryOp u) {
            int pr = u.op == UnaryOpKind.Not ? PR_NOT : PR_FACTOR;
            boolean paren = level > pr;
            if (paren) {
                sb.append('(');
            }
            sb.append(u.op == UnaryOpKind.Not ? "not " : u.op == UnaryOpKind.Invert ? "~"
                    : u.op == UnaryOpKind.UAdd ? "+" : "-");
            expr(sb, u.operand, pr);
            if (paren) {
                sb.append(')');
            }
        } else if (e instanceof BoolOp b) {
            int pr = b.op == BoolOpKind.And ? PR_AND : PR_OR;
            boolean paren = level > pr;
            if (paren) {
                sb.append('(');
            }
            for (int i = 0; i < b.values.size(); i++) {
                if (i > 0) {
                    sb.append(b.op == BoolOpKind.And ? " and " : " or ");
                }
                expr(sb, b.values.get(i), pr + 1);
            }
            if (paren) {
                sb.append(')');
            }
        } else if (e instanceof Compare c) {
            boolean paren = level > PR_CMP;
            if (paren) {
                sb.append('(');
            }
            expr(sb, c.left, PR_CMP + 1);
            for (int i = 0; i < c.ops.size(); i++) {
                sb.append(cmpStr(c.ops.get(i)));
                expr(sb, c.comparators.get(i), PR_CMP + 1);
            }
            if (paren) {
                sb.append(')');
            }
        } else if (e instanceof Call c) {
            expr(sb, c.func, PR_ATOM);
            sb.append('(');
            boolean first = true;
            for (ExprNode a : c.args) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                expr(sb, a, PR_TEST);
            }
            for (Keyword k : c.keywords) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                if (k.arg == null) {
                    sb.append("**");
                } else {
                    sb.append(k.arg).append('=');
                }
                expr(sb, k.value, PR_TEST);
            }
            sb.append(')');
        } else if (e instanceof Starred s) {
            sb.append('*');
            expr(sb, s.value, PR_BOR);
        } else if (e instanceof IfExp i) {
            boolean paren = level > PR_TEST;
            if (paren) {
                sb.append('(');
            }
            expr(sb, i.body, PR_TEST + 1);
            sb.append(" if ");
            expr(sb, i.test, PR_TEST + 1);
            sb.append(" else ");
            expr(sb, i.orelse, PR_TEST);
            if (paren) {
                sb.append(')');
            }
        } else if (e instanceof Dict d) {
            sb.append('{');
            for (int i = 0; i < d.values.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                if (d.keys.get(i) == null) {
                    sb.append("**");
                    expr(sb, d.values.get(i), PR_BOR);
                } else {
                    expr(sb, d.keys.get(i), PR_TEST);
                    sb.append(": ");
                    expr(sb, d.values.get(i), PR_TEST);
                }
            }
            sb.append('}');
        } else if (e instanceof Slice s) {
            if (s.lower != null) {
                expr(sb, s.lower, PR_TEST);
            }
            sb.append(':');
            if (s.upper != null) {
                expr(sb, s.upper, PR_TEST);
            }
            if (s.step != null) {
                sb.append(':');
                expr(sb, s.step, PR_TEST);
            }
        } else if (e instanceof dev.quicken.compiler.ast.Set st) {
            sb.append('{');
            seq(sb, st.elts);
            sb.append('}');
        } else if (e instanceof Lambda l) {
            boolean paren = level > PR_TEST;
            if (paren) {
                sb.append('(');
            }
            sb.append("lambda");
            StringBuilder args = new StringBuilder();
            arguments(args, l.args);
            if (args.length() > 0) {
                sb.append(' ').append(args);
            }
            sb.append(": ");
            expr(sb, l.body, PR_TEST);
            if (paren) {
                sb.append(')');
            }
        } else if (e instanceof ListComp c) {
            sb.append('[');
            expr(sb, c.elt, PR_TEST);
            comprehensions(sb, c.generators);
            sb.append(']');
        } else if (e instanceof SetComp c) {
            sb.append('{');
            expr(sb, c.elt, PR_TEST);
            comprehensions(sb, c.generators);
            sb.append('}');
        } else if (e instanceof GeneratorExp c) {
            sb.append('(');
            expr(sb, c.elt, PR_TEST);
            comprehensions(sb, c.generators);
            sb.append(')');
        } else if (e instanceof DictComp c) {
            sb.append('{');
            expr(sb, c.key, PR_TEST);
            sb.append(": ");
            expr(sb, c.value, PR_TEST);
            comprehensions(sb, c.generators);
            sb.append('}');
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            StringBuilder body = new StringBuilder();
            fstringBody(body, e);
            sb.append('f').append(strRepr(body.toString()));
        } else if (e instanceof NamedExpr n) {
            boolean paren = level > PR_TUPLE;
            if (paren) {
                sb.append('(');
            }
            expr(sb, n.target, PR_ATOM);
            sb.append(" := ");
            expr(sb, n.value, PR_ATOM);
            if (paren) {
                sb.append(')');
            }
        } else {
            sb.append("...");
        }
    }

    // CPython 3.11: Python/ast_unparse.c append_ast_comprehension
    private static void comprehensions(StringBuilder sb, List<Comprehension> gens) {
        for (Comprehension g : gens) {
            sb.append(g.is_async != 0 ? " async for " : " for ");
            expr(sb, g.target, PR_TUPLE);
            sb.append(" in ");
            expr(sb, g.iter, PR_TEST + 1);
            for (ExprNode i : g.ifs) {
                sb.append(" if ");
                expr(sb, i, PR_TEST + 1);
            }
        }
    }

    // CPython 3.11: Python/ast_unparse.c append_ast_args
    private static void arguments(StringBuilder sb, Arguments a) {
        boolean first = true;
        int argCount = a.posonlyargs.size() + a.args.size();
        int defaultCount = a.defaults.size();
        for (int i = 0; i < argCount; i++) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            Arg arg = i < a.posonlyargs.size() ? a.posonlyargs.get(i) : a.args.get(i - a.posonlyargs.size());
            sb.append(arg.arg);
            int di = i - argCount + defaultCount;
            if (di >= 0) {
                sb.append('=');
                expr(sb, a.defaults.get(di), PR_TEST);
            }
            if (i + 1 == a.posonlyargs.size()) {
                sb.append(", /");
            }
        }
        if (a.vararg != null || !a.kwonlyargs.isEmpty()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append('*');
            if (a.vararg != null) {
                sb.append(a.vararg.arg);
            }
        }
        for (int i = 0; i < a.kwonlyargs.size(); i++) {
            sb.append(", ").append(a.kwonlyargs.get(i).arg);
            ExprNode d = a.kw_defaults.get(i);
            if (d != null) {
                sb.append('=');
                expr(sb, d, PR_TEST);
            }
        }
        if (a.kwarg != null) {
            if (!first) {
                sb.append(", ");
            }
            sb.append("**").append(a.kwarg.arg);
        }
    }

    // CPython 3.11: Python/ast_unparse.c build_fstring_body / append_formattedvalue
    private static void fstringBody(StringBuilder sb, ExprNode e) {
        if (e instanceof JoinedStr j) {
            for (ExprNode v : j.values) {
                fstringBody(sb, v);
            }
        } else if (e instanceof Constant c && c.value instanceof PyStr s) {
            sb.append(s.value.replace("{", "{{").replace("}", "}}"));
        } else if (e instanceof FormattedValue f) {
            StringBuilder inner = new StringBuilder();
            expr(inner, f.value, PR_TEST + 1);
            sb.append('{');
            if (inner.length() > 0 && inner.charAt(0) == '{') {
                sb.append(' ');
            }
            sb.append(inner);
            if (f.conversion > 0) {
                sb.append('!').append((char) f.conversion);
            }
            if (f.format_spec != null) {
                sb.append(':');
                fstringBody(sb, f.format_spec);
            }
            sb.append('}');
        }
    }

}
