package dev.quicken.compiler.parse;

import dev.quicken.compiler.PySyntaxError;
import dev.quicken.compiler.ast.*;
import dev.quicken.compiler.ast.Module;
import dev.quicken.compiler.tokenize.Token;
import dev.quicken.compiler.tokenize.Tokenizer;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyEllipsis;
import dev.quicken.runtime.PyNone;
import dev.quicken.runtime.PyObject;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.11's parser: source to AST, following {@code Grammar/python.gram}. Recursive descent
 * with bounded backtracking; like CPython it runs a second pass with the {@code invalid_*} rules
 * enabled when the first pass fails, to find the friendly error message.
 */
// CPython 3.11: Parser/pegen.c _PyPegen_run_parser
public final class Parser {

    /** Rule failure (PEG "no match"); carries no stack trace. */
    static final class Fail extends RuntimeException {
        Fail() {
            super(null, null, false, false);
        }
    }

    private static final Fail FAIL = new Fail();
    // CPython 3.11: Parser/parser.c MAXSTACK
    private static final int MAXSTACK = 6000;

    final Tokenizer tz;
    final String filename;
    final ArrayList<Token> toks = new ArrayList<>();
    int p;
    /** Second pass: the invalid_* rules raise their errors. */
    boolean invalid;
    private int level;
    /** f-string expression sub-parser: errors are prefixed with "f-string: ". */
    final boolean fstring;

    Parser(Tokenizer tz, boolean fstring) {
        this.tz = tz;
        this.filename = tz.filename;
        this.fstring = fstring;
    }

    // ================================================================ entry points

    /** Parses a module from decoded text (compile(str, filename, 'exec')). */
    public static Module parseModule(String source, String filename) {
        if (source.indexOf('\0') >= 0) {
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "source code string cannot contain null bytes",
                    filename, 0, 0, 0, 0, null);
        }
        return new Parser(new Tokenizer(source, filename), false).runFile();
    }

    /** Parses a module from source bytes; fileMode=true as for running a file (offsets in code points). */
    public static Module parseModule(byte[] source, String filename, boolean fileMode) {
        for (byte b : source) {
            if (b == 0) {
                throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, fileMode ? "source code cannot contain null "
                        + "bytes" : "source code string cannot contain null bytes", filename, 0, 0, 0, 0, null);
            }
        }
        return new Parser(Tokenizer.fromBytes(source, filename, fileMode), false).runFile();
    }

    /** Parses one interactive statement (compile(str, filename, 'single')). */
    public static Interactive parseInteractive(String source, String filename) {
        if (source.indexOf('\0') >= 0) {
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "source code string cannot contain null bytes",
                    filename, 0, 0, 0, 0, null);
        }
        Parser ps = new Parser(new Tokenizer(source, filename), false);
        Interactive m = (Interactive) ps.run(ps::interactiveInput);
        // CPython 3.11: Parser/pegen.c _PyPegen_run_parser: after a successful parse
        Token nl = ps.toks.get(ps.p - 1);
        if (nl.type == Token.NEWLINE && badSingleStatement(ps.tz.source(), nl.end)) {
            throw ps.make(PySyntaxError.Kind.SyntaxError, "multiple statements found while compiling a single "
                    + "statement", nl.lineno, nl.col_offset + 1, nl.lineno, nl.col_offset + 1, true);
        }
        return m;
    }

    // CPython 3.11: Parser/pegen.c bad_single_statement (only blanks and comments may follow)
    private static boolean badSingleStatement(String src, int from) {
        int i = from;
        while (true) {
            while (i < src.length() && " \t\n\f".indexOf(src.charAt(i)) >= 0) {
                i++;
            }
            if (i >= src.length()) {
                return false;
            }
            if (src.charAt(i) != '#') {
                return true;
            }
            while (i < src.length() && src.charAt(i) != '\n') {
                i++;
            }
        }
    }

    /** Parses an expression (compile(str, filename, 'eval')). */
    public static Expression parseExpression(String source, String filename) {
        Parser ps = new Parser(new Tokenizer(source, filename), false);
        return (Expression) ps.run(ps::evalInput);
    }

    private Module runFile() {
        return (Module) run(this::fileInput);
    }

    interface Rule {
        Node parse();
    }

    Node run(Rule rule) {
        try {
            return runPasses(rule);
        } catch (StackOverflowError e) {
            throw new PySyntaxError(PySyntaxError.Kind.MemoryError, "Parser stack overflowed - Python source too "
                    + "complex to parse", filename, 0, 0, 0, 0, null);
        }
    }

    private Node runPasses(Rule rule) {
        try {
            return rule.parse();
        } catch (Fail f) {
            // fall through to the second pass
        } catch (PySyntaxError e) {
            // CPython runs the (inert) second pass, then _Pypegen_set_syntax_error
            if (!tz.done()) {
                throw checkFullSource(e, toks.get(toks.size() - 1).lineno);
            }
            throw e;
        }
        Token last = toks.get(toks.size() - 1);
        p = 0;
        level = 0;
        invalid = true;
        memo = new java.util.HashMap<>();
        try {
            rule.parse();
        } catch (Fail f) {
            // no specific error: generic one below
        } catch (PySyntaxError e) {
            if (!tz.done()) {
                throw checkFullSource(e, toks.get(toks.size() - 1).lineno);
            }
            throw e;
        }
        // CPython 3.11: Parser/pegen_errors.c _Pypegen_set_syntax_error
        if (last.type == Token.INDENT) {
            throw errorAt(PySyntaxError.Kind.IndentationError, last, "unexpected indent");
        }
        if (last.type == Token.DEDENT) {
            throw errorAt(PySyntaxError.Kind.IndentationError, last, "unexpected unindent");
        }
        PySyntaxError e = errorKnown(last, last, "invalid syntax");
        throw tz.done() ? e : checkFullSource(e, toks.get(toks.size() - 1).lineno);
    }

    // CPython 3.11: Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors
    private PySyntaxError checkFullSource(PySyntaxError e, int errLine) {
        try {
            while (!tz.done()) {
                Token t = tz.next();
                if (t.type == Token.ENDMARKER) {
                    break;
                }
            }
        } catch (PySyntaxError te) {
            if (!tz.stateError()) {
                return te;
            }
            if (tz.level() > 0 && errLine > tz.innermostParenLine()) {
                return tz.unclosedParen();
            }
        }
        return e;
    }

    // ================================================================ tokens

    Token tok() {
        while (p >= toks.size()) {
            toks.add(tz.next());
        }
        return toks.get(p);
    }

    Token peek(int ahead) {
        int save = p;
        p += ahead;
        Token t = tok();
        p = save;
        return t;
    }

    /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (EXTRA's end). */
    // CPython 3.11: Parser/pegen.c _PyPegen_get_last_nonnwhitespace_token
    Token prev() {
        int i = p - 1;
        while (i > 0) {
            int t = toks.get(i).type;
            if (t != Token.NEWLINE && t != Token.INDENT && t != Token.DEDENT && t != Token.ENDMARKER) {
                break;
            }
            i--;
        }
        return toks.get(i);
    }

    Token next() {
        Token t = tok();
        p++;
        return t;
    }

    boolean at(String s) {
        Token t = tok();
        return (t.type == Token.OP || t.keyword) && t.string.equals(s);
    }

    boolean atType(int type) {
        return tok().type == type;
    }

    boolean atName() {
        Token t = tok();
        return t.type == Token.NAME && !t.keyword;
    }

    boolean atSoft(String s) {
        Token t = tok();
        return t.type == Token.NAME && t.string.equals(s);
    }

    Token accept(String s) {
        return at(s) ? next() : null;
    }

    Token expect(String s) {
        if (at(s)) {
            return next();
        }
        throw FAIL;
    }

    Token expectType(int type) {
        if (tok().type == type) {
            return next();
        }
        throw FAIL;
    }

    // CPython 3.11: Parser/pegen.c _PyPegen_expect_forced_token
    Token expectForced(String s) {
        if (at(s)) {
            return next();
        }
        throw errorKnown(tok(), tok(), "expected '" + s + "'");
    }

    String name() {
        if (!atName()) {
            throw FAIL;
        }
        return identifier(next());
    }

    static String identifier(Token t) {
        String s = t.string;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    void enter() {
        if (++level >= MAXSTACK) {
            throw new PySyntaxError(PySyntaxError.Kind.MemoryError, "", filename, 0, 0, 0, 0, null);
        }
    }

    void leave() {
        level--;
    }

    // ================================================================ errors

    String fmsg(String msg) {
        return fstring ? "f-string: " + msg : msg;
    }

    /** RAISE_SYNTAX_ERROR: located at the last token read. */
    PySyntaxError error(String msg) {
        return errorAt(PySyntaxError.Kind.SyntaxError, toks.get(toks.size() - 1), msg);
    }

    PySyntaxError indentationError(String msg) {
        return errorAt(PySyntaxError.Kind.IndentationError, toks.get(toks.size() - 1), msg);
    }

    // CPython 3.11: Parser/pegen_errors.c _PyPegen_raise_error
    PySyntaxError errorAt(PySyntaxError.Kind kind, Token t, String msg) {
        int col;
        if (t.col_offset == -1) {
            col = tz.byteLen(tz.lineStartIndex(t.lineno), t.start);
            // the tokenizer's cur is at the token end: for INDENT/DEDENT/ENDMARKER that is where it stopped
            col = tokCurCol(t);
            return make(kind, msg, t.lineno, col, t.end_lineno, t.end_col_offset == -1 ? -1 : t.end_col_offset + 1,
                    false);
        }
        return make(kind, msg, t.lineno, t.col_offset + 1, t.end_lineno,
                t.end_col_offset == -1 ? -1 : t.end_col_offset + 1, true);
    }

    private int tokCurCol(Token t) {
        // INDENT/DEDENT: CPython's tok->cur is just past the indentation of the line
        int ls = tz.lineStartIndex(t.lineno);
        return tz.byteLen(ls, t.start);
    }

    PySyntaxError errorKnown(Token a, Token b, String msg) {
        return make(PySyntaxError.Kind.SyntaxError, msg, a.lineno, a.col_offset + 1, b.end_lineno,
                b.end_col_offset + 1, true);
    }

    PySyntaxError errorKnown(Node a, String msg) {
        return make(PySyntaxError.Kind.SyntaxError, msg, a.lineno, a.col_offset + 1, a.end_lineno,
                a.end_col_offset + 1, true);
    }

    PySyntaxError errorRange(Node a, Node b, String msg) {
        return make(PySyntaxError.Kind.SyntaxError, msg, a.lineno, a.col_offset + 1, b.end_lineno,
                b.end_col_offset + 1, true);
    }

    PySyntaxError errorRange(Node a, Token b, String msg) {
        return make(PySyntaxError.Kind.SyntaxError, msg, a.lineno, a.col_offset + 1, b.end_lineno,
                b.end_col_offset + 1, true);
    }

    PySyntaxError errorRange(Token a, Node b, String msg) {
        return make(PySyntaxError.Kind.SyntaxError, msg, a.lineno, a.col_offset + 1, b.end_lineno,
                b.end_col_offset + 1, true);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM: start at a, end at the current position (CURRENT_POS). */
    PySyntaxError errorFrom(Node a, String msg) {
        Token l = toks.get(toks.size() - 1);
        return make(PySyntaxError.Kind.SyntaxError, msg, a.lineno, a.col_offset + 1, l.end_lineno,
                l.end_col_offset, false);
    }

    // CPython 3.11: Parser/pegen_errors.c _PyPegen_raise_error_known_location
    PySyntaxError make(PySyntaxError.Kind kind, String msg, int lineno, int col, int endLineno, int endCol,
            boolean convert) {
        String text = tz.lineText(lineno);
        int offset = col;
        int endOffset = endCol;
        if (fstring) {
            // columns relative to the f-string expression text: CPython subtracts starting_col_offset
            offset = col - tz.startingColOffset();
            endOffset = endCol - tz.startingColOffset();
        }
        String line = tz.errorLine(lineno);
        offset = tz.errorOffset(line, offset);
        if (endOffset > 0) {
            endOffset = tz.errorOffset(line, endOffset);
        }
        return new PySyntaxError(kind, fmsg(msg), filename, lineno, offset, endLineno, endOffset, text);
    }

    /** In the first pass an invalid construct is simply a failed rule; in the second it raises. */
    RuntimeException fail(PySyntaxError e) {
        return invalid && !quietTargets ? e : FAIL;
    }

    // ================================================================ start rules

    Node fileInput() {
        List<StmtNode> body = atType(Token.ENDMARKER) ? new ArrayList<>() : statements();
        expectType(Token.ENDMARKER);
        return new Module(body, new ArrayList<>());
    }

    // CPython 3.11: Grammar/python.gram interactive, statement_newline
    Node interactiveInput() {
        if (atType(Token.ENDMARKER)) {
            // _PyPegen_interactive_exit: no statement, the generic error
            throw FAIL;
        }
        List<StmtNode> body = new ArrayList<>();
        StmtNode c = compoundStmt();
        if (c != null) {
            body.add(c);
            while (atType(Token.NEWLINE)) {
                next();
            }
            if (!atType(Token.ENDMARKER)) {
                throw FAIL;
            }
            return new Interactive(body);
        }
        simpleStmts(body);
        return new Interactive(body);
    }

    Node evalInput() {
        ExprNode e = expressions();
        while (atType(Token.NEWLINE)) {
            next();
        }
        expectType(Token.ENDMARKER);
        return new Expression(e);
    }

    /** fstring: star_expressions (the text is wrapped in parentheses by the caller). */
    ExprNode fstringInput() {
        ExprNode e = starExpressions();
        return e;
    }

    // ================================================================ statements

    List<StmtNode> statements() {
        List<StmtNode> out = new ArrayList<>();
        do {
            statement(out);
        } while (!atType(Token.ENDMARKER) && !atType(Token.DEDENT));
        return out;
    }

    void statement(List<StmtNode> out) {
        StmtNode c = compoundStmt();
        if (c != null) {
            out.add(c);
            return;
        }
        simpleStmts(out);
    }

    void simpleStmts(List<StmtNode> out) {
        for (;;) {
            out.add(simpleStmt());
            if (accept(";") != null) {
                if (atType(Token.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!atType(Token.NEWLINE)) {
            throw FAIL;
        }
        next();
    }

    StmtNode compoundStmt() {
        Token t = tok();
        if (t.type == Token.OP) {
            if (t.string.equals("@")) {
                return decorated();
            }
            return null;
        }
        if (t.type != Token.NAME) {
            return null;
        }
        switch (t.string) {
            case "def":
                return functionDef(new ArrayList<>(), null);
            case "class":
                return classDef(new ArrayList<>());
            case "if":
                return ifStmt();
            case "while":
                return whileStmt();
            case "for":
                return forStmt(null);
            case "with":
                return withStmt(null);
            case "try":
                return tryStmt();
            case "async": {
                Token n = peek(1);
                if (n.is("def")) {
                    return functionDef(new ArrayList<>(), null);
                }
                if (n.is("for")) {
                    return forStmt(next());
                }
                if (n.is("with")) {
                    return withStmt(next());
                }
                return null;
            }
            case "match":
                return matchStmt();
            default:
                return null;
        }
    }

    StmtNode simpleStmt() {
        Token s = tok();
        if (s.keyword) {
            switch (s.string) {
                case "return": {
                    next();
                    ExprNode v = startsExpression() ? starExpressions() : null;
                    return new Return(v, s.lineno, s.col_offset, prev().end_lineno, prev().end_col_offset);
                }
                case "import":
                    return importName();
                case "from":
                    return importFrom();
                case "raise":
                    return raiseStmt();
                case "pass":
                    next();
                    return new Pass(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
                case "break":
                    next();
                    return new Break(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
                case "continue":
                    next();
                    return new Continue(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
                case "del":
                    return delStmt();
                case "assert": {
                    next();
                    ExprNode test = expression();
                    ExprNode msg = accept(",") != null ? expression() : null;
                    return new Assert(test, msg, s.lineno, s.col_offset, prev().end_lineno, prev().end_col_offset);
                }
                case "global":
                case "nonlocal": {
                    next();
                    List<String> names = new ArrayList<>();
                    names.add(name());
                    while (accept(",") != null) {
                        names.add(name());
                    }
                    Token e = prev();
                    return s.string.equals("global")
                            ? new Global(names, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset)
                            : new Nonlocal(names, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
                default:
                    break;
            }
        }
        return exprOrAssignStmt();
    }

    static final java.util.Map<String, OperatorKind> AUGASSIGN = java.util.Map.ofEntries(
            java.util.Map.entry("+=", OperatorKind.Add), java.util.Map.entry("-=", OperatorKind.Sub),
            java.util.Map.entry("*=", OperatorKind.Mult), java.util.Map.entry("@=", OperatorKind.MatMult),
            java.util.Map.entry("/=", OperatorKind.Div), java.util.Map.entry("%=", OperatorKind.Mod),
            java.util.Map.entry("&=", OperatorKind.BitAnd), java.util.Map.entry("|=", OperatorKind.BitOr),
            java.util.Map.entry("^=", OperatorKind.BitXor), java.util.Map.entry("<<=", OperatorKind.LShift),
            java.util.Map.entry(">>=", OperatorKind.RShift), java.util.Map.entry("**=", OperatorKind.Pow),
            java.util.Map.entry("//=", OperatorKind.FloorDiv));

    /** Set while the valid assignment alternatives are tried in the second pass: target errors just fail. */
    private boolean quietTargets;

    StmtNode exprOrAssignStmt() {
        if (!invalid) {
            return exprOrAssign();
        }
        int save = p;
        try {
            quietTargets = true;
            StmtNode r = exprOrAssign();
            if (!(r instanceof Expr)) {
                return r;
            }
        } catch (Fail f) {
            // no assignment here
        } finally {
            quietTargets = false;
        }
        // CPython 3.11: invalid_assignment, tried whenever the valid assignment alternatives fail
        p = save;
        if (!at("yield")) {
            try {
                // star_named_expression ',' star_named_expressions* ':' -- the groups need no comma between them
                starNamedExpression();
                if (accept(",") != null) {
                    while (startsExpression()) {
                        starNamedExpression();
                        accept(",");
                    }
                }
            } catch (Fail f) {
                // not this rule
            }
            p = save;
        }
        return exprOrAssign();
    }

    private StmtNode exprOrAssign() {
        Token s = tok();
        ExprNode first = at("yield") ? yieldExpr() : starExpressions();
        Token t = tok();
        if (t.type == Token.OP) {
            if (t.string.equals("=")) {
                List<ExprNode> items = new ArrayList<>();
                items.add(first);
                while (at("=")) {
                    ExprNode target = items.get(items.size() - 1);
                    if (target instanceof Yield || target instanceof YieldFrom) {
                        throw fail(errorKnown(target, "assignment to yield expression not possible"));
                    }
                    checkTarget(target, TargetKind.STAR);
                    next();
                    items.add(at("yield") ? yieldExpr() : starExpressions());
                }
                ExprNode value = items.remove(items.size() - 1);
                for (ExprNode target : items) {
                    setContext(target, ExprContext.Store);
                }
                Token e = prev();
                return new Assign(items, value, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            OperatorKind aug = AUGASSIGN.get(t.string);
            if (aug != null) {
                if (s.is("yield")) {
                    // a bare yield_expr is no star_expressions: no augmented-assignment rule applies
                    throw FAIL;
                }
                if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                    throw fail(errorKnown(first, "'" + exprName(first)
                            + "' is an illegal expression for augmented assignment"));
                }
                next();
                ExprNode v = at("yield") ? yieldExpr() : starExpressions();
                setContext(first, ExprContext.Store);
                Token e = prev();
                return new AugAssign(first, aug, v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            if (t.string.equals(":")) {
                return annAssign(s, first);
            }
        }
        if (first instanceof Yield || first instanceof YieldFrom || !(s.is("yield"))) {
            Token e = prev();
            return new Expr(first, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        throw FAIL;
    }

    private final java.util.HashSet<Integer> legacyChecked = new java.util.HashSet<>();

    // CPython 3.11: Grammar/python.gram invalid_legacy_expression: NAME !'(' star_expressions
    // (tried in every expression of the second pass; it raises only for print/exec, but the tokens it
    // reads move the location of a later generic error)
    private void invalidLegacy() {
        Token s = tok();
        if (s.type != Token.NAME || s.keyword || peek(1).is("(") || !legacyChecked.add(p)) {
            return;
        }
        int save = p;
        try {
            next();
            ExprNode b = starExpressions();
            if (s.string.equals("print") || s.string.equals("exec")) {
                throw errorRange(new Name(s.string, ExprContext.Load, s.lineno, s.col_offset, s.end_lineno,
                        s.end_col_offset), b, "Missing parentheses in call to '" + s.string + "'. Did you mean "
                        + s.string + "(...)?");
            }
        } catch (Fail f) {
            // not this rule
        }
        p = save;
    }

    StmtNode annAssign(Token s, ExprNode target) {
        boolean simple;
        if (target instanceof Name) {
            simple = !s.is("(");
        } else if (target instanceof Attribute || target instanceof Subscript) {
            simple = false;
        } else {
            if (invalid && !quietTargets) {
                int save = p;
                next();
                try {
                    expression();
                } catch (Fail f) {
                    p = save;
                    throw FAIL;
                }
                if (target instanceof Tuple && !s.is("(")) {
                    throw errorKnown(((Tuple) target).elts.get(0), "only single target (not tuple) can be annotated");
                }
                if (target instanceof dev.quicken.compiler.ast.List || target instanceof Tuple) {
                    throw errorKnown(target, "only single target (not " + exprName(target) + ") can be annotated");
                }
                throw errorKnown(target, "illegal target for annotation");
            }
            throw FAIL;
        }
        expect(":");
        ExprNode ann = expression();
        ExprNode value = null;
        if (accept("=") != null) {
            value = at("yield") ? yieldExpr() : starExpressions();
        }
        setContext(target, ExprContext.Store);
        Token e = prev();
        return new AnnAssign(target, ann, value, simple ? 1 : 0, s.lineno, s.col_offset, e.end_lineno,
                e.end_col_offset);
    }

    StmtNode raiseStmt() {
        Token s = next();
        ExprNode exc = null;
        ExprNode cause = null;
        if (startsExpression()) {
            exc = expression();
            if (accept("from") != null) {
                cause = expression();
            }
        }
        Token e = prev();
        return new Raise(exc, cause, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    StmtNode delStmt() {
        Token s = next();
        int save = p;
        try {
            List<ExprNode> targets = new ArrayList<>();
            for (;;) {
                ExprNode t = delTarget();
                targets.add(t);
                if (accept(",") == null) {
                    break;
                }
                if (at(";") || atType(Token.NEWLINE)) {
                    break;
                }
            }
            if (!(at(";") || atType(Token.NEWLINE))) {
                throw FAIL;
            }
            Token e = prev();
            return new Delete(targets, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } catch (Fail f) {
            if (invalid) {
                p = save;
                ExprNode a = starExpressions();
                invalidTarget(a, TargetKind.DEL);
            }
            throw f;
        }
    }

    ExprNode delTarget() {
        ExprNode t = primary(true);
        if (t instanceof Name || t instanceof Attribute || t instanceof Subscript) {
            if (!(t instanceof Name) && isTLookahead()) {
                throw FAIL;
            }
        } else if (t instanceof Tuple || t instanceof dev.quicken.compiler.ast.List) {
            for (ExprNode e : elts(t)) {
                checkDel(e);
            }
        } else {
            throw FAIL;
        }
        setContext(t, ExprContext.Del);
        return t;
    }

    private void checkDel(ExprNode e) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
            return;
        }
        if (e instanceof Tuple || e instanceof dev.quicken.compiler.ast.List) {
            for (ExprNode x : elts(e)) {
                checkDel(x);
            }
            return;
        }
        throw FAIL;
    }

    boolean isTLookahead() {
        return at("(") || at("[") || at(".");
    }

    StmtNode importName() {
        Token s = next();
        List<Alias> names = new ArrayList<>();
        do {
            Token a = tok();
            String n = dottedName();
            String as = null;
            if (accept("as") != null) {
                as = name();
            }
            Token e = prev();
            names.add(new Alias(n, as, a.lineno, a.col_offset, e.end_lineno, e.end_col_offset));
        } while (accept(",") != null);
        Token e = prev();
        return new Import(names, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    String dottedName() {
        StringBuilder sb = new StringBuilder(name());
        while (at(".")) {
            next();
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    StmtNode importFrom() {
        Token s = next();
        int lvl = 0;
        for (;;) {
            if (at(".")) {
                lvl++;
                next();
            } else if (at("...")) {
                lvl += 3;
                next();
            } else {
                break;
            }
        }
        String module = null;
        if (lvl == 0 || !at("import")) {
            module = dottedName();
        }
        expect("import");
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token st = next();
            names.add(new Alias("*", null, st.lineno, st.col_offset, st.end_lineno, st.end_col_offset));
        } else if (accept("(") != null) {
            importAsNames(names, true);
            expect(")");
        } else {
            importAsNames(names, false);
            if (at(",")) {
                if (invalid && peek(1).type == Token.NEWLINE) {
                    next();
                    next();
                    throw error("trailing comma not allowed without surrounding parentheses");
                }
                throw FAIL;
            }
        }
        Token e = prev();
        return new ImportFrom(module, names, lvl, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    void importAsNames(List<Alias> names, boolean paren) {
        for (;;) {
            Token a = tok();
            String n = name();
            String as = null;
            if (accept("as") != null) {
                as = name();
            }
            Token e = prev();
            names.add(new Alias(n, as, a.lineno, a.col_offset, e.end_lineno, e.end_col_offset));
            if (!at(",")) {
                return;
            }
            if (!paren) {
                if (!(peek(1).type == Token.NAME && !peek(1).keyword)) {
                    return;
                }
            }
            next();
            if (paren && at(")")) {
                return;
            }
        }
    }

    // ---------------------------------------------------------------- blocks

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts. */
    List<StmtNode> block() {
        if (atType(Token.NEWLINE)) {
            next();
            if (!atType(Token.INDENT)) {
                if (invalid) {
                    throw indentationError("expected an indented block");
                }
                throw FAIL;
            }
            next();
            List<StmtNode> body = statements();
            expectType(Token.DEDENT);
            return body;
        }
        List<StmtNode> out = new ArrayList<>();
        simpleStmts(out);
        return out;
    }

    /** ':' then block, with the invalid_*_stmt checks: "expected ':'" and the indentation error. */
    List<StmtNode> colonBlock(Token kw, String what) {
        if (!at(":")) {
            if (invalid && atType(Token.NEWLINE) && what != null) {
                next();
                throw error("expected ':'");
            }
            throw FAIL;
        }
        next();
        return blockAfterColon(kw, what);
    }

    List<StmtNode> blockAfterColon(Token kw, String what) {
        if (invalid && what != null && atType(Token.NEWLINE) && peek(1).type != Token.INDENT) {
            next();
            tok();
            throw indentationError("expected an indented block after " + what + " on line " + kw.lineno);
        }
        return block();
    }

    // ---------------------------------------------------------------- compound statements

    StmtNode decorated() {
        List<ExprNode> decorators = new ArrayList<>();
        while (accept("@") != null) {
            decorators.add(namedExpression());
            expectType(Token.NEWLINE);
        }
        if (at("def") || (at("async") && peek(1).is("def"))) {
            return functionDef(decorators, null);
        }
        if (at("class")) {
            return classDef(decorators);
        }
        throw FAIL;
    }

    StmtNode functionDef(List<ExprNode> decorators, Token unused) {
        Token s = tok();
        boolean async = false;
        if (at("async")) {
            next();
            async = true;
        }
        Token def = expect("def");
        String n = name();
        expectForced("(");
        Arguments args = at(")") ? emptyArguments() : parameters(false);
        expect(")");
        ExprNode returns = null;
        if (at("->")) {
            int save = p;
            next();
            try {
                returns = expression();
            } catch (Fail f) {
                p = save;
            }
        }
        expectForced(":");
        List<StmtNode> body = blockAfterColon(def, "function definition");
        Token e = prev();
        if (async) {
            return new AsyncFunctionDef(n, args, body, decorators, returns, null, s.lineno, s.col_offset,
                    e.end_lineno, e.end_col_offset);
        }
        return new FunctionDef(n, args, body, decorators, returns, null, s.lineno, s.col_offset, e.end_lineno,
                e.end_col_offset);
    }

    static Arguments emptyArguments() {
        return new Arguments(new ArrayList<>(), new ArrayList<>(), null, new ArrayList<>(), new ArrayList<>(), null,
                new ArrayList<>());
    }

    StmtNode classDef(List<ExprNode> decorators) {
        Token s = next();
        String n = name();
        List<ExprNode> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (accept("(") != null) {
            if (!at(")")) {
                arguments(bases, keywords);
            }
            expect(")");
        }
        List<StmtNode> body = colonBlock(s, "class definition");
        Token e = prev();
        return new ClassDef(n, bases, keywords, body, decorators, s.lineno, s.col_offset, e.end_lineno,
                e.end_col_offset);
    }

    StmtNode ifStmt() {
        Token s = next();
        ExprNode test = namedExpression();
        List<StmtNode> body = colonBlock(s, "'" + s.string + "' statement");
        List<StmtNode> orelse = new ArrayList<>();
        if (at("elif")) {
            orelse.add(ifStmt());
        } else if (at("else")) {
            orelse = elseBlock();
        }
        Token e = prev();
        return new If(test, body, orelse, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    List<StmtNode> elseBlock() {
        Token s = next();
        expectForced(":");
        return blockAfterColon(s, "'else' statement");
    }

    StmtNode whileStmt() {
        Token s = next();
        ExprNode test = namedExpression();
        List<StmtNode> body = colonBlock(s, "'while' statement");
        List<StmtNode> orelse = at("else") ? elseBlock() : new ArrayList<>();
        Token e = prev();
        return new While(test, body, orelse, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    StmtNode forStmt(Token async) {
        Token s = async != null ? async : tok();
        Token f = expect("for");
        int save = p;
        ExprNode target;
        try {
            target = starTargets();
            expect("in");
        } catch (Fail x) {
            if (invalid) {
                p = save;
                invalidTarget(starExpressions(), TargetKind.FOR);
            }
            throw x;
        }
        ExprNode iter = starExpressions();
        List<StmtNode> body = colonBlock(f, "'for' statement");
        List<StmtNode> orelse = at("else") ? elseBlock() : new ArrayList<>();
        Token e = prev();
        if (async != null) {
            return new AsyncFor(target, iter, body, orelse, null, s.lineno, s.col_offset, e.end_lineno,
                    e.end_col_offset);
        }
        return new For(target, iter, body, orelse, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    StmtNode withStmt(Token async) {
        Token s = async != null ? async : tok();
        Token w = expect("with");
        List<WithItem> items = null;
        if (at("(")) {
            int save = p;
            try {
                next();
                List<WithItem> l = new ArrayList<>();
                l.add(withItem());
                while (accept(",") != null) {
                    if (at(")")) {
                        break;
                    }
                    l.add(withItem());
                }
                expect(")");
                if (!at(":")) {
                    throw FAIL;
                }
                items = l;
            } catch (Fail f) {
                p = save;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            items.add(withItem());
            while (accept(",") != null) {
                items.add(withItem());
            }
        }
        List<StmtNode> body = colonBlock(w, "'with' statement");
        Token e = prev();
        if (async != null) {
            return new AsyncWith(items, body, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return new With(items, body, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    WithItem withItem() {
        ExprNode e = expression();
        if (at("as")) {
            next();
            int save = p;
            try {
                ExprNode t = starTarget();
                if (at(",") || at(")") || at(":") || (invalid && atType(Token.NEWLINE))) {
                    return new WithItem(e, t);
                }
                throw FAIL;
            } catch (Fail f) {
                if (invalid) {
                    p = save;
                    ExprNode a = expression();
                    if (at(",") || at(")") || at(":")) {
                        invalidTarget(a, TargetKind.STAR);
                    }
                }
                throw f;
            }
        }
        return new WithItem(e, null);
    }

    StmtNode tryStmt() {
        Token s = next();
        expectForced(":");
        List<StmtNode> body = blockAfterColon(s, "'try' statement");
        List<ExceptHandlerNode> handlers = new ArrayList<>();
        boolean star = false;
        boolean sawPlain = false;
        while (at("except")) {
            Token ex = next();
            boolean isStar = false;
            if (at("*")) {
                next();
                isStar = true;
                if (invalid && (atType(Token.NEWLINE) || at(":"))) {
                    next();
                    throw error("expected one or more exception types");
                }
            }
            if (!handlers.isEmpty() && isStar != star) {
                if (invalid) {
                    if (isStar) {
                        throw errorKnown(ex, toks.get(p - 1),
                                "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                    throw errorKnown(ex, ex, "cannot have both 'except' and 'except*' on the same 'try'");
                }
                throw FAIL;
            }
            star = isStar;
            ExprNode type = null;
            String nm = null;
            if (!at(":")) {
                if (!isStar && atType(Token.NEWLINE)) {
                    if (invalid) {
                        next();
                        throw error("expected ':'");
                    }
                    throw FAIL;
                }
                type = expression();
                if (invalid && at(",")) {
                    int save = p;
                    next();
                    try {
                        expressions();
                        if (accept("as") != null) {
                            name();
                        }
                        if (at(":")) {
                            throw errorFrom(type, "multiple exception types must be parenthesized");
                        }
                    } catch (Fail f) {
                        p = save;
                    }
                }
                if (accept("as") != null) {
                    nm = name();
                }
            } else if (isStar) {
                throw FAIL;
            }
            List<StmtNode> hb = colonBlock(ex, isStar ? "'except*' statement" : "'except' statement");
            Token e = prev();
            handlers.add(new ExceptHandler(type, nm, hb, ex.lineno, ex.col_offset, e.end_lineno, e.end_col_offset));
            sawPlain = true;
        }
        List<StmtNode> orelse = new ArrayList<>();
        List<StmtNode> finalbody = new ArrayList<>();
        if (!handlers.isEmpty() && at("else")) {
            orelse = elseBlock();
        }
        if (at("finally")) {
            Token f = next();
            expectForced(":");
            finalbody = blockAfterColon(f, "'finally' statement");
        } else if (handlers.isEmpty()) {
            if (invalid) {
                throw error("expected 'except' or 'finally' block");
            }
            throw FAIL;
        }
        Token e = prev();
        if (star) {
            return new TryStar(body, handlers, orelse, finalbody, s.lineno, s.col_offset, e.end_lineno,
                    e.end_col_offset);
        }
        return new Try(body, handlers, orelse, finalbody, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    // ================================================================ targets

    enum TargetKind {
        STAR, DEL, FOR
    }

    /** star_targets: star_target !',' | star_target (',' star_target)* [','] -> Tuple. */
    ExprNode starTargets() {
        Token s = tok();
        ExprNode a = starTarget();
        if (!at(",")) {
            return a;
        }
        List<ExprNode> elts = new ArrayList<>();
        elts.add(a);
        while (accept(",") != null) {
            if (!startsTarget()) {
                break;
            }
            elts.add(starTarget());
        }
        Token e = prev();
        return new Tuple(elts, ExprContext.Store, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    boolean startsTarget() {
        Token t = tok();
        if (t.type == Token.NAME) {
            return !t.keyword;
        }
        return t.is("(") || t.is("[") || t.is("*");
    }

    ExprNode starTarget() {
        Token s = tok();
        if (at("*")) {
            next();
            if (at("*")) {
                throw FAIL;
            }
            ExprNode v = starTarget();
            Token e = prev();
            return new Starred(v, ExprContext.Store, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        ExprNode t = primary(true);
        if (!validStarTarget(t, false)) {
            throw FAIL;
        }
        if ((t instanceof Attribute || t instanceof Subscript) && isTLookahead()) {
            throw FAIL;
        }
        setContext(t, ExprContext.Store);
        return t;
    }

    private boolean validStarTarget(ExprNode t, boolean inSeq) {
        if (t instanceof Name || t instanceof Attribute || t instanceof Subscript) {
            return true;
        }
        if (t instanceof Starred) {
            return inSeq && validStarTarget(((Starred) t).value, false);
        }
        if (t instanceof Tuple || t instanceof dev.quicken.compiler.ast.List) {
            for (ExprNode e : elts(t)) {
                if (!validStarTarget(e, true)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static List<ExprNode> elts(ExprNode t) {
        return t instanceof Tuple ? ((Tuple) t).elts : ((dev.quicken.compiler.ast.List) t).elts;
    }

    void checkTarget(ExprNode t, TargetKind kind) {
        if (!validStarTarget(t, true) || (t instanceof Starred)) {
            if (t instanceof Starred && validStarTarget(((Starred) t).value, false)) {
                // `*a = 1` parses; the compiler rejects it
                return;
            }
            if (invalid && !quietTargets) {
                invalidTarget(t, kind);
            }
            throw FAIL;
        }
    }

    // CPython 3.11: Parser/pegen.h RAISE_SYNTAX_ERROR_INVALID_TARGET
    void invalidTarget(ExprNode e, TargetKind kind) {
        ExprNode bad = invalidTargetOf(e, kind);
        if (bad != null) {
            String msg = kind == TargetKind.DEL ? "cannot delete %s" : "cannot assign to %s";
            throw errorKnown(bad, String.format(msg, exprName(bad)));
        }
        // no invalid target: the rule simply does not match
    }

    // CPython 3.11: Parser/action_helpers.c _PyPegen_get_invalid_target
    static ExprNode invalidTargetOf(ExprNode e, TargetKind kind) {
        if (e == null) {
            return null;
        }
        if (e instanceof dev.quicken.compiler.ast.List || e instanceof Tuple) {
            for (ExprNode c : elts(e)) {
                ExprNode r = invalidTargetOf(c, kind);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
        if (e instanceof Starred) {
            if (kind == TargetKind.DEL) {
                return e;
            }
            return invalidTargetOf(((Starred) e).value, kind);
        }
        if (e instanceof Compare) {
            if (kind == TargetKind.FOR) {
                Compare c = (Compare) e;
                if (c.ops.get(0) == CmpOpKind.In) {
                    return invalidTargetOf(c.left, kind);
                }
                return null;
            }
            return e;
        }
        if (e instanceof Name || e instanceof Subscript || e instanceof Attribute) {
            return null;
        }
        return e;
    }

    // CPython 3.11: Parser/pegen.c _PyPegen_get_expr_name
    static String exprName(ExprNode e) {
        if (e instanceof Attribute) {
            return "attribute";
        } else if (e instanceof Subscript) {
            return "subscript";
        } else if (e instanceof Starred) {
            return "starred";
        } else if (e instanceof Name) {
            return "name";
        } else if (e instanceof dev.quicken.compiler.ast.List) {
            return "list";
        } else if (e instanceof Tuple) {
            return "tuple";
        } else if (e instanceof Lambda) {
            return "lambda";
        } else if (e instanceof Call) {
            return "function call";
        } else if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) {
            return "expression";
        } else if (e instanceof GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Yield || e instanceof YieldFrom) {
            return "yield expression";
        } else if (e instanceof Await) {
            return "await expression";
        } else if (e instanceof ListComp) {
            return "list comprehension";
        } else if (e instanceof SetComp) {
            return "set comprehension";
        } else if (e instanceof DictComp) {
            return "dict comprehension";
        } else if (e instanceof Dict) {
            return "dict literal";
        } else if (e instanceof Set) {
            return "set display";
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Constant) {
            PyObject v = ((Constant) e).value;
            if (v == PyNone.NONE) {
                return "None";
            } else if (v == PyBool.FALSE) {
                return "False";
            } else if (v == PyBool.TRUE) {
                return "True";
            } else if (v == PyEllipsis.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Compare) {
            return "comparison";
        } else if (e instanceof IfExp) {
            return "conditional expression";
        } else if (e instanceof NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    // CPython 3.11: Parser/action_helpers.c _PyPegen_set_expr_context
    static void setContext(ExprNode e, ExprContext ctx) {
        if (e instanceof Name) {
            ((Name) e).ctx = ctx;
        } else if (e instanceof Attribute) {
            ((Attribute) e).ctx = ctx;
        } else if (e instanceof Subscript) {
            ((Subscript) e).ctx = ctx;
        } else if (e instanceof Starred) {
            ((Starred) e).ctx = ctx;
            setContext(((Starred) e).value, ctx);
        } else if (e instanceof dev.quicken.compiler.ast.List) {
            ((dev.quicken.compiler.ast.List) e).ctx = ctx;
            for (ExprNode x : ((dev.quicken.compiler.ast.List) e).elts) {
                setContext(x, ctx);
            }
        } else if (e instanceof Tuple) {
            ((Tuple) e).ctx = ctx;
            for (ExprNode x : ((Tuple) e).elts) {
                setContext(x, ctx);
            }
        }
    }

    // ================================================================ expressions

    boolean startsExpression() {
        Token t = tok();
        switch (t.type) {
            case Token.NAME:
                if (!t.keyword) {
                    return true;
                }
                switch (t.string) {
                    case "True", "False", "None", "not", "lambda", "await", "yield":
                        return true;
                    default:
                        return false;
                }
            case Token.NUMBER:
            case Token.STRING:
                return true;
            case Token.OP:
                switch (t.string) {
                    case "(", "[", "{", "-", "+", "~", "*", "...":
                        return true;
                    default:
                        return false;
                }
            default:
                return false;
        }
    }

    /** expressions: expression (',' expression)* [','] -> Tuple when there is a comma. */
    ExprNode expressions() {
        Token s = tok();
        ExprNode a = expression();
        if (!at(",")) {
            return a;
        }
        List<ExprNode> elts = new ArrayList<>();
        elts.add(a);
        while (accept(",") != null) {
            if (!startsExpression() || at("*") || at("yield")) {
                break;
            }
            elts.add(expression());
        }
        Token e = prev();
        return new Tuple(elts, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** star_expressions: star_expression (',' star_expression)* [','] -> Tuple when there is a comma. */
    ExprNode starExpressions() {
        Token s = tok();
        ExprNode a = starExpression();
        if (!at(",")) {
            return a;
        }
        List<ExprNode> elts = new ArrayList<>();
        elts.add(a);
        while (accept(",") != null) {
            if (!startsExpression() || at("yield")) {
                break;
            }
            elts.add(starExpression());
        }
        Token e = prev();
        return new Tuple(elts, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    ExprNode starExpression() {
        if (at("*")) {
            Token s = next();
            ExprNode v = bitwiseOr();
            Token e = prev();
            return new Starred(v, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return expression();
    }

    ExprNode starNamedExpression() {
        if (at("*")) {
            Token s = next();
            ExprNode v = bitwiseOr();
            Token e = prev();
            return new Starred(v, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return namedExpression();
    }

    /** named_expression: NAME ':=' expression | expression !':='. */
    ExprNode namedExpression() {
        Token s = tok();
        if (s.type == Token.NAME && !s.keyword && peek(1).is(":=")) {
            next();
            next();
            ExprNode v = expression();
            Token e = prev();
            Name target = new Name(identifier(s), ExprContext.Store, s.lineno, s.col_offset, s.end_lineno,
                    s.end_col_offset);
            return new NamedExpr(target, v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        if (invalid) {
            invalidNamedExpression(p);
        }
        ExprNode a = expression();
        if (at(":=")) {
            throw FAIL;
        }
        return a;
    }

    // CPython 3.11: Grammar/python.gram invalid_named_expression
    void invalidNamedExpression(int start) {
        if (!namedChecked.add(start)) {
            return;
        }
        int save = p;
        boolean saveInvalid = invalid;
        try {
            p = start;
            try {
                ExprNode a = expression();
                if (at(":=")) {
                    next();
                    expression();
                    throw errorKnown(a, "cannot use assignment expressions with " + exprName(a));
                }
            } catch (Fail f) {
                // next alternative
            }
            p = start;
            if (atName() && peek(1).is("=")) {
                Token n = next();
                next();
                try {
                    ExprNode b = bitwiseOr();
                    if (!at("=") && !at(":=")) {
                        throw errorKnown(n, prev(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    }
                } catch (Fail f) {
                    // next alternative
                }
            }
            p = start;
            if (!startsWithListTupleGenexp()) {
                p = start;
                try {
                    ExprNode a = bitwiseOr();
                    if (at("=")) {
                        next();
                        bitwiseOr();
                        if (!at("=") && !at(":=")) {
                            throw errorKnown(a, "cannot assign to " + exprName(a)
                                    + " here. Maybe you meant '==' instead of '='?");
                        }
                    }
                } catch (Fail f) {
                    // no match
                }
            }
        } finally {
            invalid = saveInvalid;
            p = save;
        }
    }

    /** The lookahead !(list|tuple|genexp|'True'|'None'|'False'). */
    private boolean startsWithListTupleGenexp() {
        Token t = tok();
        if (t.is("True") || t.is("None") || t.is("False")) {
            return true;
        }
        if (!t.is("[") && !t.is("(")) {
            return false;
        }
        int save = p;
        boolean saveInvalid = invalid;
        invalid = false;
        try {
            ExprNode a = atom();
            return a instanceof dev.quicken.compiler.ast.List || (a instanceof Tuple && t.is("("))
                    || a instanceof GeneratorExp;
        } catch (Fail f) {
            return false;
        } finally {
            invalid = saveInvalid;
            p = save;
        }
    }

    // ---------------------------------------------------------------- second-pass memoization

    /** Packrat memo for the second pass, where the invalid_* rules re-parse subtrees (CPython memoizes too). */
    private java.util.HashMap<Long, Object[]> memo;
    private final java.util.HashSet<Integer> namedChecked = new java.util.HashSet<>();
    private final java.util.HashSet<Integer> exprChecked = new java.util.HashSet<>();
    private static final int R_EXPRESSION = 1;
    private static final int R_BITWISE_OR = 2;
    private static final int R_DISJUNCTION = 3;

    private ExprNode memoized(int rule) {
        long key = ((long) p << 8) | (rule << 1) | (invalid ? 1 : 0);
        Object[] m = memo.get(key);
        if (m != null) {
            if (m[0] == null) {
                throw FAIL;
            }
            p = (Integer) m[1];
            return (ExprNode) m[0];
        }
        int start = p;
        try {
            ExprNode r;
            switch (rule) {
                case R_EXPRESSION:
                    r = expressionImpl();
                    break;
                case R_BITWISE_OR:
                    r = bitwiseOrImpl();
                    break;
                default:
                    r = disjunctionImpl();
                    break;
            }
            memo.put(key, new Object[] {r, p});
            return r;
        } catch (Fail f) {
            memo.put(key, new Object[] {null, start});
            throw f;
        }
    }

    ExprNode expression() {
        return memo == null ? expressionImpl() : memoized(R_EXPRESSION);
    }

    ExprNode bitwiseOr() {
        return memo == null ? bitwiseOrImpl() : memoized(R_BITWISE_OR);
    }

    ExprNode disjunction() {
        return memo == null ? disjunctionImpl() : memoized(R_DISJUNCTION);
    }

    private ExprNode expressionImpl() {
        enter();
        try {
            if (at("lambda")) {
                return lambdef();
            }
            int si = p;
            Token s = tok();
            ExprNode a = disjunction();
            if (at("if")) {
                int save = p;
                next();
                try {
                    ExprNode b = disjunction();
                    if (!at("else")) {
                        if (invalid && !at(":")) {
                            throw errorRange(a, b, "expected 'else' after 'if' expression");
                        }
                        throw FAIL;
                    }
                    next();
                    ExprNode c = expression();
                    Token e = prev();
                    return new IfExp(b, a, c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                } catch (Fail f) {
                    p = save;
                }
            }
            if (invalid) {
                invalidExpression(si, s, a);
                int save = p;
                p = si;
                invalidLegacy();
                p = save;
            }
            return a;
        } finally {
            leave();
        }
    }

    // CPython 3.11: Grammar/python.gram invalid_expression (first alternative)
    private void invalidExpression(int si, Token s, ExprNode a) {
        if (s.type == Token.NAME && !s.keyword && (tokenAt(si + 1).type == Token.STRING || isSoftKeyword(s))) {
            return;
        }
        if (!startsExpression() || at("*") || at("yield")) {
            return;
        }
        if (a instanceof Name && (((Name) a).id.equals("print") || ((Name) a).id.equals("exec"))) {
            return;
        }
        if (!exprChecked.add(si)) {
            return;
        }
        int save = p;
        boolean saveInvalid = invalid;
        ExprNode b;
        try {
            invalid = false;
            b = expression();
        } catch (Fail f) {
            p = save;
            return;
        } finally {
            invalid = saveInvalid;
        }
        if (prev().level == 0) {
            p = save;
            return;
        }
        throw errorRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
    }

    private Token tokenAt(int i) {
        int save = p;
        p = i;
        Token r = tok();
        p = save;
        return r;
    }

    /**
     * The SOFT_KEYWORD lookahead. CPython compares with strncmp over the token's length, so any prefix of
     * "match", "case" or "_" (e.g. {@code c}, {@code ma}) counts.
     */
    // CPython 3.11: Parser/pegen.c _PyPegen_soft_keyword_token
    static boolean isSoftKeyword(Token t) {
        if (t.type != Token.NAME || t.keyword) {
            return false;
        }
        String s = t.string;
        return "match".startsWith(s) || "case".startsWith(s) || "_".startsWith(s);
    }

    ExprNode yieldExpr() {
        Token s = expect("yield");
        if (accept("from") != null) {
            ExprNode v = expression();
            Token e = prev();
            return new YieldFrom(v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        ExprNode v = startsExpression() && !at("yield") ? starExpressions() : null;
        Token e = prev();
        return new Yield(v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    private ExprNode disjunctionImpl() {
        Token s = tok();
        ExprNode a = conjunction();
        if (!at("or")) {
            return a;
        }
        List<ExprNode> values = new ArrayList<>();
        values.add(a);
        while (at("or")) {
            int save = p;
            next();
            try {
                values.add(conjunction());
            } catch (Fail f) {
                p = save;
                break;
            }
        }
        if (values.size() == 1) {
            return a;
        }
        Token e = prev();
        return new BoolOp(BoolOpKind.Or, values, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    ExprNode conjunction() {
        Token s = tok();
        ExprNode a = inversion();
        if (!at("and")) {
            return a;
        }
        List<ExprNode> values = new ArrayList<>();
        values.add(a);
        while (at("and")) {
            int save = p;
            next();
            try {
                values.add(inversion());
            } catch (Fail f) {
                p = save;
                break;
            }
        }
        if (values.size() == 1) {
            return a;
        }
        Token e = prev();
        return new BoolOp(BoolOpKind.And, values, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    ExprNode inversion() {
        if (at("not")) {
            enter();
            try {
                Token s = next();
                ExprNode v = inversion();
                Token e = prev();
                return new UnaryOp(UnaryOpKind.Not, v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            } finally {
                leave();
            }
        }
        return comparison();
    }

    private CmpOpKind compareOp() {
        Token t = tok();
        if (t.type == Token.OP) {
            switch (t.string) {
                case "==":
                    return CmpOpKind.Eq;
                case "!=":
                    return CmpOpKind.NotEq;
                case "<":
                    return CmpOpKind.Lt;
                case "<=":
                    return CmpOpKind.LtE;
                case ">":
                    return CmpOpKind.Gt;
                case ">=":
                    return CmpOpKind.GtE;
                default:
                    return null;
            }
        }
        if (t.keyword) {
            switch (t.string) {
                case "in":
                    return CmpOpKind.In;
                case "is":
                    return peek(1).is("not") ? CmpOpKind.IsNot : CmpOpKind.Is;
                case "not":
                    return peek(1).is("in") ? CmpOpKind.NotIn : null;
                default:
                    return null;
            }
        }
        return null;
    }

    ExprNode comparison() {
        Token s = tok();
        ExprNode a = bitwiseOr();
        CmpOpKind op = compareOp();
        if (op == null) {
            return a;
        }
        List<CmpOpKind> ops = new ArrayList<>();
        List<ExprNode> comps = new ArrayList<>();
        while (op != null) {
            int save = p;
            next();
            if (op == CmpOpKind.IsNot || op == CmpOpKind.NotIn) {
                next();
            }
            try {
                comps.add(bitwiseOr());
            } catch (Fail f) {
                p = save;
                break;
            }
            ops.add(op);
            op = compareOp();
        }
        if (ops.isEmpty()) {
            return a;
        }
        Token e = prev();
        return new Compare(a, ops, comps, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    private ExprNode binop(Token s, ExprNode l, OperatorKind op, ExprNode r) {
        Token e = prev();
        return new BinOp(l, op, r, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    private ExprNode bitwiseOrImpl() {
        Token s = tok();
        ExprNode a = bitwiseXor();
        while (at("|")) {
            int save = p;
            next();
            try {
                a = binop(s, a, OperatorKind.BitOr, bitwiseXor());
            } catch (Fail f) {
                p = save;
                return a;
            }
        }
        return a;
    }

    ExprNode bitwiseXor() {
        Token s = tok();
        ExprNode a = bitwiseAnd();
        while (at("^")) {
            int save = p;
            next();
            try {
                a = binop(s, a, OperatorKind.BitXor, bitwiseAnd());
            } catch (Fail f) {
                p = save;
                return a;
            }
        }
        return a;
    }

    ExprNode bitwiseAnd() {
        Token s = tok();
        ExprNode a = shiftExpr();
        while (at("&")) {
            int save = p;
            next();
            try {
                a = binop(s, a, OperatorKind.BitAnd, shiftExpr());
            } catch (Fail f) {
                p = save;
                return a;
            }
        }
        return a;
    }

    ExprNode shiftExpr() {
        Token s = tok();
        ExprNode a = sum();
        for (;;) {
            OperatorKind op;
            if (at("<<")) {
                op = OperatorKind.LShift;
            } else if (at(">>")) {
                op = OperatorKind.RShift;
            } else {
                return a;
            }
            int save = p;
            next();
            try {
                a = binop(s, a, op, sum());
            } catch (Fail f) {
                p = save;
                return a;
            }
        }
    }

    ExprNode sum() {
        Token s = tok();
        ExprNode a = term();
        for (;;) {
            OperatorKind op;
            if (at("+")) {
                op = OperatorKind.Add;
            } else if (at("-")) {
                op = OperatorKind.Sub;
            } else {
                return a;
            }
            int save = p;
            next();
            try {
                a = binop(s, a, op, term());
            } catch (Fail f) {
                p = save;
                return a;
            }
        }
    }

    ExprNode term() {
        Token s = tok();
        ExprNode a = factor();
        for (;;) {
            Token t = tok();
            if (t.type != Token.OP) {
                return a;
            }
            OperatorKind op;
            switch (t.string) {
                case "*":
                    op = OperatorKind.Mult;
                    break;
                case "/":
                    op = OperatorKind.Div;
                    break;
                case "//":
                    op = OperatorKind.FloorDiv;
                    break;
                case "%":
                    op = OperatorKind.Mod;
                    break;
                case "@":
                    op = OperatorKind.MatMult;
                    break;
                default:
                    return a;
            }
            int save = p;
            next();
            try {
                a = binop(s, a, op, factor());
            } catch (Fail f) {
                p = save;
                return a;
            }
        }
    }

    ExprNode factor() {
        Token s = tok();
        UnaryOpKind op = null;
        if (s.type == Token.OP) {
            if (s.string.equals("+")) {
                op = UnaryOpKind.UAdd;
            } else if (s.string.equals("-")) {
                op = UnaryOpKind.USub;
            } else if (s.string.equals("~")) {
                op = UnaryOpKind.Invert;
            }
        }
        if (op != null) {
            enter();
            try {
                next();
                ExprNode v = factor();
                Token e = prev();
                return new UnaryOp(op, v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            } finally {
                leave();
            }
        }
        return power();
    }

    ExprNode power() {
        Token s = tok();
        ExprNode a;
        if (at("await")) {
            next();
            ExprNode v = primary(false);
            Token e = prev();
            a = new Await(v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } else {
            a = primary(false);
        }
        if (at("**")) {
            int save = p;
            next();
            try {
                ExprNode b = factor();
                return binop(s, a, OperatorKind.Pow, b);
            } catch (Fail f) {
                p = save;
            }
        }
        return a;
    }

    /** primary: atom followed by '.' NAME, call, genexp call, or subscript trailers. */
    ExprNode primary(boolean target) {
        Token s = tok();
        ExprNode a = atom();
        for (;;) {
            Token t = tok();
            if (t.type != Token.OP) {
                return a;
            }
            int save = p;
            try {
                switch (t.string) {
                    case ".": {
                        next();
                        String n = name();
                        Token e = prev();
                        a = new Attribute(a, n, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno,
                                e.end_col_offset);
                        break;
                    }
                    case "(":
                        a = call(s, a);
                        break;
                    case "[": {
                        next();
                        ExprNode sl = slices();
                        expect("]");
                        Token e = prev();
                        a = new Subscript(a, sl, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno,
                                e.end_col_offset);
                        break;
                    }
                    default:
                        return a;
                }
            } catch (Fail f) {
                p = save;
                return a;
            }
        }
    }

    ExprNode call(Token s, ExprNode func) {
        Token lp = next();
        List<ExprNode> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (!at(")")) {
            // primary genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
            int save = p;
            if (invalid && at("*")) {
                Token st = next();
                try {
                    ExprNode v = expression();
                    Token e = prev();
                    if (at("for") || (at("async") && peek(1).is("for"))) {
                        forIfClauses();
                        throw errorKnown(new Starred(v, ExprContext.Load, st.lineno, st.col_offset, e.end_lineno,
                                e.end_col_offset), "iterable unpacking cannot be used in comprehension");
                    }
                } catch (Fail f) {
                    // not this rule
                }
                p = save;
            }
            boolean constEq = (at("True") || at("False") || at("None")) && peek(1).is("=");
            if (!at("*") && !at("**") && !(atName() && peek(1).is("=")) && !constEq) {
                ExprNode elt = null;
                try {
                    elt = namedExpressionNoInvalidEq();
                } catch (Fail f) {
                    p = save;
                }
                if (elt != null && (at("for") || (at("async") && peek(1).is("for")))) {
                    List<Comprehension> gens = forIfClauses();
                    if (at(")")) {
                        Token rp = next();
                        GeneratorExp g = new GeneratorExp(elt, gens, lp.lineno, lp.col_offset, rp.end_lineno,
                                rp.end_col_offset);
                        args.add(g);
                        return new Call(func, args, keywords, s.lineno, s.col_offset, rp.end_lineno,
                                rp.end_col_offset);
                    }
                    if (invalid && at(",")) {
                        throw errorRange(elt, lastComprehensionItem(gens), "Generator expression must be parenthesized");
                    }
                    throw FAIL;
                }
                if (elt != null) {
                    arguments(args, keywords, elt);
                    Token rp = expect(")");
                    return new Call(func, args, keywords, s.lineno, s.col_offset, rp.end_lineno, rp.end_col_offset);
                }
                p = save;
            }
            arguments(args, keywords, null);
        }
        Token rp = expect(")");
        return new Call(func, args, keywords, s.lineno, s.col_offset, rp.end_lineno, rp.end_col_offset);
    }

    static ExprNode lastComprehensionItem(List<Comprehension> gens) {
        Comprehension c = gens.get(gens.size() - 1);
        if (c.ifs.isEmpty()) {
            return c.iter;
        }
        return c.ifs.get(c.ifs.size() - 1);
    }

    /** args [','] &')' -- the caller expects ')'. */
    void arguments(List<ExprNode> args, List<Keyword> keywords) {
        arguments(args, keywords, null);
    }

    /** args; {@code pre} is an already parsed first positional argument (the parser is after it). */
    void arguments(List<ExprNode> args, List<Keyword> keywords, ExprNode pre) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        for (;;) {
            Token s = tok();
            if (pre != null) {
                s = null;
            }
            if (pre == null && at("*")) {
                next();
                ExprNode v;
                try {
                    v = expression();
                } catch (Fail f) {
                    if (invalid && (sawKeyword || sawDoubleStar)) {
                        // invalid_arguments: kwargs ',' '*' (CPython's message, whatever the kwargs)
                        throw errorKnown(s, s, "iterable argument unpacking follows keyword argument unpacking");
                    }
                    throw f;
                }
                Token e = prev();
                if (sawDoubleStar) {
                    if (invalid) {
                        throw errorKnown(s, s, "iterable argument unpacking follows keyword argument unpacking");
                    }
                    throw FAIL;
                }
                args.add(new Starred(v, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset));
            } else if (pre == null && at("**")) {
                next();
                ExprNode v = expression();
                Token e = prev();
                keywords.add(new Keyword(null, v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset));
                sawDoubleStar = true;
            } else if (pre == null && atName() && peek(1).is("=")) {
                String n = name();
                Token eq = next();
                ExprNode v = expression();
                if (invalid && (at("for") || at("async") && peek(1).is("for"))) {
                    throw errorKnown(s, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                Token e = prev();
                keywords.add(new Keyword(n, v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset));
                sawKeyword = true;
            } else {
                if (pre == null && invalid && (s.is("True") || s.is("False") || s.is("None")) && peek(1).is("=")) {
                    throw errorKnown(s, peek(1), "cannot assign to " + s.string);
                }
                if ((sawKeyword || sawDoubleStar) && !invalid) {
                    throw FAIL; // kwargs: only NAME '=' or '*'/'**' items follow
                }
                ExprNode a = pre != null ? pre : namedExpressionNoInvalidEq();
                pre = null;
                if (at("=")) {
                    if (invalid) {
                        throw errorRange(a, tok(), "expression cannot contain assignment, perhaps you meant \"==\"?");
                    }
                    throw FAIL;
                }
                if (at("for") || (at("async") && peek(1).is("for"))) {
                    if (invalid) {
                        List<Comprehension> gens = forIfClauses();
                        if (at(",") || !args.isEmpty()) {
                            throw errorRange(a, lastComprehensionItem(gens),
                                    "Generator expression must be parenthesized");
                        }
                    }
                    throw FAIL;
                }
                if (sawKeyword || sawDoubleStar) {
                    if (invalid) {
                        // invalid_arguments: a=args ',' args -- raised after the second args
                        String msg = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument";
                        try {
                            if (accept(",") != null && !at(")")) {
                                arguments(new ArrayList<>(), new ArrayList<>());
                            }
                        } catch (Fail f) {
                            // the error stands
                        }
                        throw error(msg);
                    }
                    throw FAIL;
                }
                args.add(a);
            }
            if (accept(",") == null) {
                return;
            }
            if (at(")")) {
                return;
            }
        }
    }

    private ExprNode namedExpressionNoInvalidEq() {
        Token s = tok();
        if (s.type == Token.NAME && !s.keyword && peek(1).is(":=")) {
            return namedExpression();
        }
        ExprNode a = expression();
        if (at(":=")) {
            throw FAIL; // args and genexp use `expression !':='`: no invalid_named_expression here
        }
        return a;
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] -> Tuple. */
    ExprNode slices() {
        Token s = tok();
        ExprNode a = sliceOrStarred();
        if (!at(",") && !(a instanceof Starred)) {
            return a;
        }
        List<ExprNode> elts = new ArrayList<>();
        elts.add(a);
        while (accept(",") != null) {
            if (at("]")) {
                break;
            }
            elts.add(sliceOrStarred());
        }
        Token e = prev();
        return new Tuple(elts, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    private ExprNode sliceOrStarred() {
        if (at("*")) {
            Token s = next();
            ExprNode v = expression();
            Token e = prev();
            return new Starred(v, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return slice();
    }

    ExprNode slice() {
        Token s = tok();
        ExprNode lower = null;
        if (!at(":")) {
            lower = namedExpression();
            if (!at(":")) {
                return lower;
            }
            if (lower instanceof NamedExpr) {
                throw FAIL;
            }
        }
        next();
        ExprNode upper = null;
        ExprNode step = null;
        if (!at(":") && !at("]") && !at(",")) {
            upper = expression();
        }
        if (accept(":") != null) {
            if (!at("]") && !at(",")) {
                step = expression();
            }
        }
        Token e = prev();
        return new Slice(lower, upper, step, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    ExprNode atom() {
        Token t = tok();
        switch (t.type) {
            case Token.NAME:
                if (!t.keyword) {
                    next();
                    return new Name(identifier(t), ExprContext.Load, t.lineno, t.col_offset, t.end_lineno,
                            t.end_col_offset);
                }
                switch (t.string) {
                    case "True":
                        next();
                        return constant(PyBool.TRUE, t);
                    case "False":
                        next();
                        return constant(PyBool.FALSE, t);
                    case "None":
                        next();
                        return constant(PyNone.NONE, t);
                    default:
                        throw FAIL;
                }
            case Token.NUMBER:
                next();
                return constant(Literals.number(t.string), t);
            case Token.STRING:
                return strings();
            case Token.OP:
                switch (t.string) {
                    case "(":
                        return parenAtom();
                    case "[":
                        return listAtom();
                    case "{":
                        return braceAtom();
                    case "...":
                        next();
                        return constant(PyEllipsis.ELLIPSIS, t);
                    default:
                        throw FAIL;
                }
            default:
                throw FAIL;
        }
    }

    static Constant constant(PyObject v, Token t) {
        return new Constant(v, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    }

    ExprNode strings() {
        List<Token> parts = new ArrayList<>();
        while (atType(Token.STRING)) {
            parts.add(next());
        }
        return new StringParser(this).concatenate(parts);
    }

    ExprNode parenAtom() {
        enter();
        try {
            Token lp = next();
            if (at(")")) {
                Token rp = next();
                return new Tuple(new ArrayList<>(), ExprContext.Load, lp.lineno, lp.col_offset, rp.end_lineno,
                        rp.end_col_offset);
            }
            if (at("yield")) {
                ExprNode y = yieldExpr();
                expect(")");
                return y;
            }
            if (invalid && at("**")) {
                Token ds = next();
                expression();
                if (at(")")) {
                    throw errorKnown(ds, ds, "cannot use double starred expression here");
                }
                throw FAIL;
            }
            ExprNode first = starNamedExpression();
            if (at("for") || (at("async") && peek(1).is("for"))) {
                if (first instanceof Starred) {
                    if (invalid) {
                        throw errorKnown(first, "iterable unpacking cannot be used in comprehension");
                    }
                    throw FAIL;
                }
                List<Comprehension> gens = forIfClauses();
                Token rp = expect(")");
                return new GeneratorExp(first, gens, lp.lineno, lp.col_offset, rp.end_lineno, rp.end_col_offset);
            }
            if (at(")")) {
                Token rp = next();
                if (first instanceof Starred) {
                    if (invalid) {
                        throw errorKnown(first, "cannot use starred expression here");
                    }
                    throw FAIL;
                }
                return first;
            }
            if (!at(",")) {
                throw FAIL;
            }
            List<ExprNode> elts = new ArrayList<>();
            elts.add(first);
            while (accept(",") != null) {
                if (at(")")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            Token rp = expect(")");
            return new Tuple(elts, ExprContext.Load, lp.lineno, lp.col_offset, rp.end_lineno, rp.end_col_offset);
        } finally {
            leave();
        }
    }

    ExprNode listAtom() {
        enter();
        try {
            Token lb = next();
            List<ExprNode> elts = new ArrayList<>();
            if (at("]")) {
                Token rb = next();
                return new dev.quicken.compiler.ast.List(elts, ExprContext.Load, lb.lineno, lb.col_offset, rb.end_lineno, rb.end_col_offset);
            }
            ExprNode first = starNamedExpression();
            if (at("for") || (at("async") && peek(1).is("for"))) {
                if (first instanceof Starred) {
                    if (invalid) {
                        throw errorKnown(first, "iterable unpacking cannot be used in comprehension");
                    }
                    throw FAIL;
                }
                List<Comprehension> gens = forIfClauses();
                Token rb = expect("]");
                return new ListComp(first, gens, lb.lineno, lb.col_offset, rb.end_lineno, rb.end_col_offset);
            }
            elts.add(first);
            while (accept(",") != null) {
                if (at("]")) {
                    break;
                }
                if (invalid && elts.size() == 1 && (at("for") || at("async") && peek(1).is("for"))) {
                    Token comma = prev();
                    forIfClauses();
                    throw errorRange(first, comma, "did you forget parentheses around the comprehension target?");
                }
                elts.add(starNamedExpression());
            }
            if (invalid && (at("for") || (at("async") && peek(1).is("for")))) {
                throw comprehensionTargetError(first, elts);
            }
            Token rb = expect("]");
            return new dev.quicken.compiler.ast.List(elts, ExprContext.Load, lb.lineno, lb.col_offset, rb.end_lineno, rb.end_col_offset);
        } finally {
            leave();
        }
    }

    private PySyntaxError comprehensionTargetError(ExprNode first, List<ExprNode> elts) {
        forIfClauses();
        if (elts.size() == 1) {
            return errorRange(first, prev(), "did you forget parentheses around the comprehension target?");
        }
        return errorRange(first, elts.get(elts.size() - 1),
                "did you forget parentheses around the comprehension target?");
    }

    ExprNode braceAtom() {
        enter();
        try {
            Token lb = next();
            if (at("}")) {
                Token rb = next();
                return new Dict(new ArrayList<>(), new ArrayList<>(), lb.lineno, lb.col_offset, rb.end_lineno,
                        rb.end_col_offset);
            }
            if (at("**")) {
                Token ds = next();
                ExprNode v = bitwiseOr();
                if (at("for") || (at("async") && peek(1).is("for"))) {
                    if (invalid) {
                        throw errorKnown(ds, ds, "dict unpacking cannot be used in dict comprehension");
                    }
                    throw FAIL;
                }
                List<ExprNode> keys = new ArrayList<>();
                List<ExprNode> values = new ArrayList<>();
                keys.add(null);
                values.add(v);
                return dictRest(lb, keys, values);
            }
            Token ft = tok();
            ExprNode first = starNamedExpression();
            if (at(":") && !(first instanceof Starred) && !(first instanceof NamedExpr && !ft.is("("))) {
                next();
                if (invalid && at("*")) {
                    Token st = tok();
                    next();
                    bitwiseOr();
                    throw errorFrom(new Name("", ExprContext.Load, st.lineno, st.col_offset, st.end_lineno,
                            st.end_col_offset), "cannot use a starred expression in a dictionary value");
                }
                if (invalid && (at("}") || at(","))) {
                    throw errorKnown(prev(), prev(), "expression expected after dictionary key and ':'");
                }
                ExprNode v = expression();
                if (at("for") || (at("async") && peek(1).is("for"))) {
                    List<Comprehension> gens = forIfClauses();
                    Token rb = expect("}");
                    return new DictComp(first, v, gens, lb.lineno, lb.col_offset, rb.end_lineno, rb.end_col_offset);
                }
                List<ExprNode> keys = new ArrayList<>();
                List<ExprNode> values = new ArrayList<>();
                keys.add(first);
                values.add(v);
                return dictRest(lb, keys, values);
            }
            if (at("for") || (at("async") && peek(1).is("for"))) {
                if (first instanceof Starred) {
                    if (invalid) {
                        throw errorKnown(first, "iterable unpacking cannot be used in comprehension");
                    }
                    throw FAIL;
                }
                List<Comprehension> gens = forIfClauses();
                Token rb = expect("}");
                return new SetComp(first, gens, lb.lineno, lb.col_offset, rb.end_lineno, rb.end_col_offset);
            }
            List<ExprNode> elts = new ArrayList<>();
            elts.add(first);
            while (accept(",") != null) {
                if (at("}")) {
                    break;
                }
                if (invalid && elts.size() == 1 && (at("for") || at("async") && peek(1).is("for"))) {
                    Token comma = prev();
                    forIfClauses();
                    throw errorRange(first, comma, "did you forget parentheses around the comprehension target?");
                }
                elts.add(starNamedExpression());
            }
            if (invalid && (at("for") || (at("async") && peek(1).is("for")))) {
                throw comprehensionTargetError(first, elts);
            }
            Token rb = expect("}");
            return new Set(elts, lb.lineno, lb.col_offset, rb.end_lineno, rb.end_col_offset);
        } finally {
            leave();
        }
    }

    private ExprNode dictRest(Token lb, List<ExprNode> keys, List<ExprNode> values) {
        while (accept(",") != null) {
            if (at("}")) {
                break;
            }
            if (at("**")) {
                next();
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                ExprNode k;
                if (invalid) {
                    // observed CPython 3.11 behaviour: a later key missing its ':' reports invalid_kvpair
                    // before invalid_expression's "Perhaps you forgot a comma?"
                    boolean saveInvalid = invalid;
                    invalid = false;
                    try {
                        k = expression();
                    } finally {
                        invalid = saveInvalid;
                    }
                } else {
                    k = expression();
                }
                if (!at(":")) {
                    if (invalid) {
                        throw make(PySyntaxError.Kind.SyntaxError, "':' expected after dictionary key", k.lineno,
                                k.end_col_offset, k.end_lineno, 0, true);
                    }
                    throw FAIL;
                }
                next();
                if (invalid && at("*")) {
                    Token st = tok();
                    next();
                    bitwiseOr();
                    throw errorFrom(new Name("", ExprContext.Load, st.lineno, st.col_offset, st.end_lineno,
                            st.end_col_offset), "cannot use a starred expression in a dictionary value");
                }
                if (invalid && (at("}") || at(","))) {
                    throw errorKnown(prev(), prev(), "expression expected after dictionary key and ':'");
                }
                keys.add(k);
                values.add(expression());
            }
        }
        Token rb = expect("}");
        return new Dict(keys, values, lb.lineno, lb.col_offset, rb.end_lineno, rb.end_col_offset);
    }

    /** for_if_clauses: (ASYNC? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+. */
    List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at("for") || (at("async") && peek(1).is("for"))) {
            int isAsync = 0;
            if (at("async")) {
                next();
                isAsync = 1;
            }
            next();
            int save = p;
            ExprNode target;
            try {
                target = starTargets();
                expect("in");
            } catch (Fail f) {
                if (invalid) {
                    p = save;
                    invalidTarget(starExpressions(), TargetKind.FOR);
                }
                throw f;
            }
            ExprNode iter = disjunction();
            List<ExprNode> ifs = new ArrayList<>();
            while (at("if")) {
                next();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    // ---------------------------------------------------------------- lambda and parameters

    ExprNode lambdef() {
        Token s = next();
        Arguments args = at(":") ? emptyArguments() : parameters(true);
        expect(":");
        ExprNode body = expression();
        Token e = prev();
        return new Lambda(args, body, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** parameters / lambda_params; stops before ')' (def) or ':' (lambda). */
    Arguments parameters(boolean lambda) {
        String close = lambda ? ":" : ")";
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<ExprNode> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<ExprNode> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawSlash = false;
        boolean sawStar = false;
        for (;;) {
            Token s = tok();
            if (at("/")) {
                if (sawSlash || sawStar || args.isEmpty()) {
                    if (invalid) {
                        if (args.isEmpty() && !sawSlash && !sawStar) {
                            if (peek(1).is(",")) {
                                throw errorKnown(s, s, "at least one argument must precede /");
                            }
                            throw FAIL;
                        }
                        if (sawStar) {
                            throw errorKnown(s, s, "/ must be ahead of *");
                        }
                        throw errorKnown(s, s, "/ may appear only once");
                    }
                    throw FAIL;
                }
                next();
                sawSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (at("*")) {
                if (sawStar) {
                    if (invalid) {
                        throw errorKnown(s, s, "* argument may appear only once");
                    }
                    throw FAIL;
                }
                next();
                sawStar = true;
                if (at(",")) {
                    if (peek(1).is(close) || peek(1).is("**")) {
                        if (invalid) {
                            if (lambda) {
                                next();
                                tok();
                                throw error("named arguments must follow bare *");
                            }
                            throw errorKnown(s, s, "named arguments must follow bare *");
                        }
                        throw FAIL;
                    }
                } else if (at(close)) {
                    if (invalid) {
                        if (lambda) {
                            throw error("named arguments must follow bare *");
                        }
                        throw errorKnown(s, s, "named arguments must follow bare *");
                    }
                    throw FAIL;
                } else {
                    vararg = param(lambda, true);
                    if (at("=")) {
                        if (invalid) {
                            throw errorKnown(tok(), tok(), "var-positional argument cannot have default value");
                        }
                        throw FAIL;
                    }
                }
            } else if (at("**")) {
                next();
                kwarg = param(lambda, false);
                if (at("=")) {
                    if (invalid) {
                        throw errorKnown(tok(), tok(), "var-keyword argument cannot have default value");
                    }
                    throw FAIL;
                }
                if (at(",")) {
                    next();
                    if (!at(close)) {
                        if (invalid) {
                            if (at("*") || at("**") || at("/")) {
                                throw errorKnown(tok(), tok(), "arguments cannot follow var-keyword argument");
                            }
                            Token a = tok();
                            try {
                                Arg x = param(lambda, false);
                                throw errorKnown(x, "arguments cannot follow var-keyword argument");
                            } catch (Fail f) {
                                throw f;
                            }
                        }
                        throw FAIL;
                    }
                }
                break;
            } else {
                if (invalid && at("(")) {
                    Token lp = next();
                    int save = p;
                    try {
                        param(lambda, false);
                        while (accept(",") != null) {
                            if (at(")")) {
                                break;
                            }
                            param(lambda, false);
                        }
                        Token rp = expect(")");
                        throw errorKnown(lp, rp, lambda ? "Lambda expression parameters cannot be parenthesized"
                                : "Function parameters cannot be parenthesized");
                    } catch (Fail f) {
                        p = save;
                        throw f;
                    }
                }
                Arg a = param(lambda, false);
                ExprNode def = null;
                if (at("=")) {
                    Token eq = next();
                    if (invalid && (at(")") || at(",")) && !lambda) {
                        throw errorKnown(eq, eq, "expected default value expression");
                    }
                    if (invalid && lambda && (at(":") || at(","))) {
                        throw errorKnown(eq, eq, "expected default value expression");
                    }
                    def = expression();
                }
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def == null && !defaults.isEmpty()) {
                        if (invalid && (at(",") || at(close))) {
                            throw errorKnown(a, "non-default argument follows default argument");
                        }
                        throw FAIL;
                    }
                    args.add(a);
                    if (def != null) {
                        defaults.add(def);
                    }
                }
            }
            if (accept(",") == null) {
                break;
            }
            if (at(close)) {
                break;
            }
        }
        if (invalid && sawStar && at("/")) {
            throw errorKnown(tok(), tok(), "/ must be ahead of *");
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    Arg param(boolean lambda, boolean star) {
        Token s = tok();
        String n = name();
        ExprNode ann = null;
        if (!lambda && at(":")) {
            next();
            if (star && at("*")) {
                Token st = next();
                ExprNode v = expression();
                Token e = prev();
                ann = new Starred(v, ExprContext.Load, st.lineno, st.col_offset, e.end_lineno, e.end_col_offset);
            } else {
                ann = expression();
            }
        }
        Token e = prev();
        return new Arg(n, ann, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    // ================================================================ match statement

    StmtNode matchStmt() {
        int save = p;
        Token s = tok();
        try {
            next();
            ExprNode subject = subjectExpr();
            if (!at(":")) {
                if (invalid && atType(Token.NEWLINE)) {
                    next();
                    throw error("expected ':'");
                }
                throw FAIL;
            }
            next();
            if (!atType(Token.NEWLINE)) {
                throw FAIL;
            }
            if (invalid && peek(1).type != Token.INDENT) {
                next();
                tok();
                throw indentationError("expected an indented block after 'match' statement on line " + s.lineno);
            }
            next();
            expectType(Token.INDENT);
            List<MatchCase> cases = new ArrayList<>();
            do {
                cases.add(caseBlock());
            } while (!atType(Token.DEDENT));
            next();
            Token e = prev();
            return new Match(subject, cases, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } catch (Fail f) {
            p = save;
            return null;
        }
    }

    ExprNode subjectExpr() {
        Token s = tok();
        ExprNode v = starNamedExpression();
        if (at(",")) {
            List<ExprNode> elts = new ArrayList<>();
            elts.add(v);
            while (accept(",") != null) {
                if (!startsExpression()) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            Token e = prev();
            return new Tuple(elts, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        if (v instanceof Starred) {
            throw FAIL;
        }
        return v;
    }

    MatchCase caseBlock() {
        if (!atSoft("case")) {
            throw FAIL;
        }
        Token c = next();
        PatternNode pattern = patterns();
        ExprNode guard = null;
        if (accept("if") != null) {
            guard = namedExpression();
        }
        List<StmtNode> body = colonBlock(c, "'case' statement");
        return new MatchCase(pattern, guard, body);
    }

    PatternNode patterns() {
        Token s = tok();
        PatternNode first = maybeStarPattern();
        if (!at(",")) {
            if (first instanceof MatchStar) {
                throw FAIL;
            }
            return first;
        }
        List<PatternNode> ps = new ArrayList<>();
        ps.add(first);
        while (accept(",") != null) {
            if (at(":") || at("if")) {
                break;
            }
            ps.add(maybeStarPattern());
        }
        Token e = prev();
        return new MatchSequence(ps, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    PatternNode maybeStarPattern() {
        if (at("*")) {
            Token s = next();
            Token n = tok();
            String name = name();
            Token e = prev();
            if (n.string.equals("_")) {
                return new MatchStar(null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            return new MatchStar(name, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return pattern();
    }

    PatternNode pattern() {
        Token s = tok();
        PatternNode p0 = orPattern();
        if (at("as")) {
            next();
            Token n = tok();
            if (n.type == Token.NAME && !n.keyword && n.string.equals("_")) {
                if (invalid) {
                    throw errorKnown(n, n, "cannot use '_' as a target");
                }
                throw FAIL;
            }
            if (!atName() || peek(1).is(".") || peek(1).is("(") || peek(1).is("=")) {
                if (invalid && !(n.type == Token.NAME && !n.keyword)) {
                    ExprNode x = expression();
                    throw errorKnown(x, "invalid pattern target");
                }
                throw FAIL;
            }
            String target = name();
            Token e = prev();
            return new MatchAs(p0, target, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return p0;
    }

    PatternNode orPattern() {
        Token s = tok();
        PatternNode first = closedPattern();
        if (!at("|")) {
            return first;
        }
        List<PatternNode> ps = new ArrayList<>();
        ps.add(first);
        while (accept("|") != null) {
            ps.add(closedPattern());
        }
        Token e = prev();
        return new MatchOr(ps, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    PatternNode closedPattern() {
        enter();
        try {
            Token s = tok();
            if (s.type == Token.NUMBER || at("-")) {
                ExprNode v = literalNumber();
                Token e = prev();
                return new MatchValue(v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            if (s.type == Token.STRING) {
                ExprNode v = strings();
                Token e = prev();
                return new MatchValue(v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            if (s.is("None") || s.is("True") || s.is("False")) {
                next();
                PyObject v = s.is("None") ? PyNone.NONE : s.is("True") ? PyBool.TRUE : PyBool.FALSE;
                return new MatchSingleton(v, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            }
            if (s.type == Token.NAME && !s.keyword) {
                if (peek(1).is(".") || peek(1).is("(")) {
                    ExprNode cls = nameOrAttr();
                    if (at("(")) {
                        return classPattern(s, cls);
                    }
                    if (!(cls instanceof Attribute) || at("=")) {
                        throw FAIL;
                    }
                    Token e = prev();
                    return new MatchValue(cls, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
                if (peek(1).is("=")) {
                    throw FAIL;
                }
                next();
                if (s.string.equals("_")) {
                    return new MatchAs(null, null, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
                }
                return new MatchAs(null, identifier(s), s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            }
            if (at("(")) {
                Token lp = next();
                if (at(")")) {
                    Token rp = next();
                    return new MatchSequence(new ArrayList<>(), lp.lineno, lp.col_offset, rp.end_lineno,
                            rp.end_col_offset);
                }
                PatternNode first = maybeStarPattern();
                if (at(")") && !(first instanceof MatchStar)) {
                    next();
                    return first;
                }
                List<PatternNode> ps = new ArrayList<>();
                ps.add(first);
                expect(",");
                while (!at(")")) {
                    ps.add(maybeStarPattern());
                    if (accept(",") == null) {
                        break;
                    }
                }
                Token rp = expect(")");
                return new MatchSequence(ps, lp.lineno, lp.col_offset, rp.end_lineno, rp.end_col_offset);
            }
            if (at("[")) {
                Token lb = next();
                List<PatternNode> ps = new ArrayList<>();
                while (!at("]")) {
                    ps.add(maybeStarPattern());
                    if (accept(",") == null) {
                        break;
                    }
                }
                Token rb = expect("]");
                return new MatchSequence(ps, lb.lineno, lb.col_offset, rb.end_lineno, rb.end_col_offset);
            }
            if (at("{")) {
                return mappingPattern();
            }
            throw FAIL;
        } finally {
            leave();
        }
    }

    ExprNode nameOrAttr() {
        Token s = tok();
        String n = name();
        ExprNode a = new Name(n, ExprContext.Load, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
        while (at(".")) {
            next();
            String attr = name();
            Token e = prev();
            a = new Attribute(a, attr, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return a;
    }

    PatternNode classPattern(Token s, ExprNode cls) {
        expect("(");
        List<PatternNode> ps = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<PatternNode> kwdPatterns = new ArrayList<>();
        while (!at(")")) {
            if (atName() && peek(1).is("=")) {
                kwdAttrs.add(name());
                next();
                kwdPatterns.add(pattern());
            } else {
                PatternNode x = pattern();
                if (!kwdAttrs.isEmpty()) {
                    if (invalid) {
                        List<PatternNode> rest = new ArrayList<>();
                        rest.add(x);
                        while (accept(",") != null && !at(")")) {
                            if (atName() && peek(1).is("=")) {
                                break;
                            }
                            rest.add(pattern());
                        }
                        throw errorRange(rest.get(0), rest.get(rest.size() - 1),
                                "positional patterns follow keyword patterns");
                    }
                    throw FAIL;
                }
                ps.add(x);
            }
            if (accept(",") == null) {
                break;
            }
        }
        Token e = expect(")");
        return new MatchClass(cls, ps, kwdAttrs, kwdPatterns, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    PatternNode mappingPattern() {
        Token lb = next();
        List<ExprNode> keys = new ArrayList<>();
        List<PatternNode> ps = new ArrayList<>();
        String rest = null;
        while (!at("}")) {
            if (at("**")) {
                next();
                Token n = tok();
                if (n.string.equals("_") || peek(1).is(".") || peek(1).is("(") || peek(1).is("=")) {
                    throw FAIL;
                }
                rest = name();
                accept(",");
                break;
            }
            Token ks = tok();
            ExprNode key;
            if (ks.type == Token.NUMBER || at("-")) {
                key = literalNumber();
            } else if (ks.type == Token.STRING) {
                key = strings();
            } else if (ks.is("None") || ks.is("True") || ks.is("False")) {
                next();
                key = constant(ks.is("None") ? PyNone.NONE : ks.is("True") ? PyBool.TRUE : PyBool.FALSE, ks);
            } else {
                key = nameOrAttr();
                if (!(key instanceof Attribute)) {
                    throw FAIL;
                }
            }
            expect(":");
            keys.add(key);
            ps.add(pattern());
            if (accept(",") == null) {
                break;
            }
        }
        Token rb = expect("}");
        return new MatchMapping(keys, ps, rest, lb.lineno, lb.col_offset, rb.end_lineno, rb.end_col_offset);
    }

    /** signed_number !('+'|'-') | complex_number, as an expression. */
    ExprNode literalNumber() {
        Token s = tok();
        ExprNode real = signedNumber();
        if (at("+") || at("-")) {
            if (realOperand(real) instanceof dev.quicken.runtime.PyComplex) {
                ExprNode r = real instanceof UnaryOp ? ((UnaryOp) real).operand : real;
                throw errorKnown(r, "real number required in complex literal");
            }
            boolean add = at("+");
            next();
            Token it = tok();
            if (it.type != Token.NUMBER) {
                throw FAIL;
            }
            next();
            PyObject iv = Literals.number(it.string);
            if (!(iv instanceof dev.quicken.runtime.PyComplex)) {
                throw errorKnown(it, it, "imaginary number required in complex literal");
            }
            if (realOperand(real) instanceof dev.quicken.runtime.PyComplex) {
                throw errorKnown(real, "real number required in complex literal");
            }
            Token e = prev();
            return new BinOp(real, add ? OperatorKind.Add : OperatorKind.Sub, constant(iv, it), s.lineno,
                    s.col_offset, e.end_lineno, e.end_col_offset);
        }
        return real;
    }

    private static PyObject realOperand(ExprNode e) {
        if (e instanceof UnaryOp) {
            e = ((UnaryOp) e).operand;
        }
        return ((Constant) e).value;
    }

    ExprNode signedNumber() {
        Token s = tok();
        if (at("-")) {
            next();
            Token n = expectType(Token.NUMBER);
            Token e = prev();
            return new UnaryOp(UnaryOpKind.USub, constant(Literals.number(n.string), n), s.lineno, s.col_offset,
                    e.end_lineno, e.end_col_offset);
        }
        Token n = expectType(Token.NUMBER);
        return constant(Literals.number(n.string), n);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
