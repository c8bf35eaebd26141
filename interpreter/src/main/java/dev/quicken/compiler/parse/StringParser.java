package dev.quicken.compiler.parse;

import dev.quicken.compiler.PySyntaxError;
import dev.quicken.compiler.ast.Constant;
import dev.quicken.compiler.ast.ExprNode;
import dev.quicken.compiler.ast.FormattedValue;
import dev.quicken.compiler.ast.JoinedStr;
import dev.quicken.compiler.tokenize.Token;
import dev.quicken.compiler.tokenize.Tokenizer;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyStr;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Adjacent string literals to one Constant or JoinedStr, with 3.11's f-string parsing (the
 * tokenizer yields whole STRING tokens; expressions inside are parsed by a sub-parser) and 3.11's
 * node positions.
 */
// CPython 3.11: Parser/string_parser.c, Parser/action_helpers.c _PyPegen_concatenate_strings
final class StringParser {

    private static final int MAXLEVEL = 200;

    private final Parser p;

    StringParser(Parser p) {
        this.p = p;
    }

    /** FstringParser state. */
    private static final class State {
        StringBuilder lastStr;
        final List<ExprNode> exprs = new ArrayList<>();
        boolean fmode;

        void concat(String s) {
            if (s.isEmpty()) {
                return;
            }
            if (lastStr == null) {
                lastStr = new StringBuilder(s);
            } else {
                lastStr.append(s);
            }
        }
    }

    ExprNode concatenate(List<Token> parts) {
        Token first = parts.get(0);
        Token last = parts.get(parts.size() - 1);
        boolean bytesmode = false;
        ByteArrayOutputStream bytes = null;
        State state = new State();
        for (int i = 0; i < parts.size(); i++) {
            Token t = parts.get(i);
            String s = t.string;
            boolean b = false;
            boolean r = false;
            boolean f = false;
            int q = 0;
            while (s.charAt(q) != '\'' && s.charAt(q) != '"') {
                char c = s.charAt(q);
                if (c == 'b' || c == 'B') {
                    b = true;
                } else if (c == 'r' || c == 'R') {
                    r = true;
                } else if (c == 'f' || c == 'F') {
                    f = true;
                }
                q++;
            }
            char quote = s.charAt(q);
            int bodyStart = q + 1;
            int bodyEnd = s.length() - 1;
            if (bodyEnd - bodyStart >= 4 && s.charAt(bodyStart) == quote && s.charAt(bodyStart + 1) == quote) {
                bodyStart += 2;
                bodyEnd -= 2;
            }
            if (i != 0 && bytesmode != b) {
                throw p.error("cannot mix bytes and nonbytes literals");
            }
            bytesmode = b;
            if (f) {
                concatFstring(state, s, new int[] {bodyStart}, bodyEnd, r, 0, first, t, last);
            } else if (b) {
                String body = s.substring(bodyStart, bodyEnd);
                for (int k = 0; k < body.length(); k++) {
                    if (body.charAt(k) >= 0x80) {
                        throw p.errorKnown(t, t, "bytes can only contain ASCII literal characters");
                    }
                }
                byte[] v;
                if (r || body.indexOf('\\') < 0) {
                    v = body.getBytes(StandardCharsets.ISO_8859_1);
                } else {
                    try {
                        v = Literals.decodeBytesEscapes(body);
                    } catch (Literals.EscapeError e) {
                        throw p.error(e.getMessage());
                    }
                }
                if (bytes == null) {
                    bytes = new ByteArrayOutputStream();
                }
                bytes.writeBytes(v);
            } else {
                String body = s.substring(bodyStart, bodyEnd);
                state.concat(r ? body : decode(body, t));
            }
        }
        if (bytesmode) {
            return new Constant(new PyBytes(bytes.toByteArray()), null, first.lineno, first.col_offset,
                    last.end_lineno, last.end_col_offset);
        }
        return finish(state, first, last);
    }

    private String decode(String body, Token t) {
        try {
            return Literals.decodeUnicodeEscapes(body);
        } catch (Literals.EscapeError e) {
            throw p.error(e.getMessage());
        }
    }

    private static Constant makeStr(State state, Token first, Token last) {
        String s = state.lastStr.toString();
        state.lastStr = null;
        String kind = first.string.charAt(0) == 'u' ? "u" : null;
        return new Constant(new PyStr(s), kind, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
    }

    // CPython 3.11: Parser/string_parser.c _PyPegen_FstringParser_Finish
    private static ExprNode finish(State state, Token first, Token last) {
        if (!state.fmode) {
            if (state.lastStr == null) {
                state.lastStr = new StringBuilder();
            }
            return makeStr(state, first, last);
        }
        if (state.lastStr != null) {
            state.exprs.add(makeStr(state, first, last));
        }
        return new JoinedStr(new ArrayList<>(state.exprs), first.lineno, first.col_offset, last.end_lineno,
                last.end_col_offset);
    }

    // CPython 3.11: Parser/string_parser.c _PyPegen_FstringParser_ConcatFstring
    private void concatFstring(State state, String s, int[] pos, int end, boolean raw, int recurseLvl, Token first,
            Token t, Token last) {
        state.fmode = true;
        for (;;) {
            String[] literal = new String[1];
            String[] exprText = new String[1];
            ExprNode[] expression = new ExprNode[1];
            int result = findLiteralAndExpr(s, pos, end, raw, recurseLvl, literal, exprText, expression, first, t,
                    last);
            if (literal[0] != null) {
                state.concat(literal[0]);
            }
            if (exprText[0] != null) {
                state.concat(exprText[0]);
            }
            if (result == 1) {
                continue;
            }
            if (expression[0] == null) {
                break;
            }
            if (state.lastStr != null) {
                state.exprs.add(makeStr(state, first, last));
            }
            state.exprs.add(expression[0]);
        }
        if (recurseLvl == 0 && pos[0] < end - 1) {
            throw p.error("f-string: unexpected end of string");
        }
        if (recurseLvl != 0 && (pos[0] >= end || s.charAt(pos[0]) != '}')) {
            throw p.error("f-string: expecting '}'");
        }
    }

    private int findLiteralAndExpr(String s, int[] pos, int end, boolean raw, int recurseLvl, String[] literal,
            String[] exprText, ExprNode[] expression, Token first, Token t, Token last) {
        int result = findLiteral(s, pos, end, raw, literal, recurseLvl, t);
        if (result == 1) {
            return 1;
        }
        if (pos[0] >= end || s.charAt(pos[0]) == '}') {
            return 0;
        }
        expression[0] = findExpr(s, pos, end, raw, recurseLvl, exprText, first, t, last);
        return 0;
    }

    // CPython 3.11: Parser/string_parser.c fstring_find_literal
    private int findLiteral(String str, int[] pos, int end, boolean raw, String[] literal, int recurseLvl,
            Token t) {
        int s = pos[0];
        int literalStart = s;
        int result = 0;
        boolean done = false;
        while (s < end) {
            char ch = str.charAt(s++);
            if (!raw && ch == '\\' && s < end) {
                ch = str.charAt(s++);
                if (ch == 'N') {
                    if (s < end && str.charAt(s++) == '{') {
                        while (s < end && str.charAt(s++) != '}') {
                            // skip the name
                        }
                        continue;
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurseLvl == 0) {
                    if (s < end && str.charAt(s) == ch) {
                        pos[0] = s + 1;
                        result = 1;
                        done = true;
                        break;
                    }
                    if (ch == '}') {
                        pos[0] = s - 1;
                        throw p.error("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (!done) {
            pos[0] = s;
        }
        int litEnd = done ? s : s;
        if (literalStart != litEnd) {
            String lit = str.substring(literalStart, litEnd);
            literal[0] = raw ? lit : decode(lit, t);
        }
        return result;
    }

    // CPython 3.11: Parser/string_parser.c fstring_find_expr
    private ExprNode findExpr(String str, int[] pos, int end, boolean raw, int recurseLvl, String[] exprText,
            Token first, Token t, Token last) {
        char quoteChar = 0;
        int stringType = 0;
        int nestedDepth = 0;
        char[] parenstack = new char[MAXLEVEL];
        if (recurseLvl >= 2) {
            throw p.error("f-string: expressions nested too deeply");
        }
        pos[0]++;
        int exprStart = pos[0];
        for (; pos[0] < end; pos[0]++) {
            char ch = str.charAt(pos[0]);
            if (ch == '\\') {
                throw p.error("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (pos[0] + 2 < end && str.charAt(pos[0] + 1) == ch && str.charAt(pos[0] + 2) == ch) {
                            pos[0] += 2;
                            stringType = 0;
                            quoteChar = 0;
                            continue;
                        }
                    } else {
                        quoteChar = 0;
                        stringType = 0;
                        continue;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                if (pos[0] + 2 < end && str.charAt(pos[0] + 1) == ch && str.charAt(pos[0] + 2) == ch) {
                    stringType = 3;
                    pos[0] += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nestedDepth >= MAXLEVEL) {
                    throw p.error("f-string: too many nested parenthesis");
                }
                parenstack[nestedDepth++] = ch;
            } else if (ch == '#') {
                throw p.error("f-string expression part cannot include '#'");
            } else if (nestedDepth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>'
                    || ch == '<')) {
                if (pos[0] + 1 < end) {
                    char next = str.charAt(pos[0] + 1);
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=')
                            || (ch == '>' && next == '=')) {
                        pos[0]++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nestedDepth == 0) {
                    throw p.error("f-string: unmatched '" + ch + "'");
                }
                nestedDepth--;
                char opening = parenstack[nestedDepth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']')
                        || (opening == '{' && ch == '}'))) {
                    throw p.error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                            + opening + "'");
                }
            }
        }
        int exprEnd = pos[0];
        if (quoteChar != 0) {
            throw p.error("f-string: unterminated string");
        }
        if (nestedDepth != 0) {
            throw p.error("f-string: unmatched '" + parenstack[nestedDepth - 1] + "'");
        }
        if (pos[0] >= end) {
            throw p.error("f-string: expecting '}'");
        }
        ExprNode simple = compileExpr(str, exprStart, exprEnd, t);
        if (str.charAt(pos[0]) == '=') {
            pos[0]++;
            while (pos[0] < str.length() && isSpace(str.charAt(pos[0]))) {
                pos[0]++;
            }
            if (pos[0] >= end) {
                throw p.error("f-string: expecting '}'");
            }
            exprText[0] = str.substring(exprStart, pos[0]);
        }
        int conversion = -1;
        if (str.charAt(pos[0]) == '!') {
            pos[0]++;
            if (pos[0] >= end) {
                throw p.error("f-string: expecting '}'");
            }
            conversion = str.charAt(pos[0]);
            pos[0]++;
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                throw p.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if (pos[0] >= end) {
            throw p.error("f-string: expecting '}'");
        }
        ExprNode formatSpec = null;
        if (str.charAt(pos[0]) == ':') {
            pos[0]++;
            if (pos[0] >= end) {
                throw p.error("f-string: expecting '}'");
            }
            State spec = new State();
            concatFstring(spec, str, pos, end, raw, recurseLvl + 1, first, t, last);
            formatSpec = finish(spec, t, t);
        }
        if (pos[0] >= end || str.charAt(pos[0]) != '}') {
            throw p.error("f-string: expecting '}'");
        }
        pos[0]++;
        if (exprText[0] != null && formatSpec == null && conversion == -1) {
            conversion = 'r';
        }
        return new FormattedValue(simple, conversion, formatSpec, first.lineno, first.col_offset, last.end_lineno,
                last.end_col_offset);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    // CPython 3.11: Parser/string_parser.c fstring_compile_expr, fstring_find_expr_location
    private ExprNode compileExpr(String str, int exprStart, int exprEnd, Token t) {
        int s;
        for (s = exprStart; s != exprEnd; s++) {
            char c = str.charAt(s);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
                break;
            }
        }
        if (s == exprEnd) {
            char e = str.charAt(exprEnd);
            if (e == '!' || e == ':' || e == '=') {
                throw p.error("f-string: expression required before '" + e + "'");
            }
            throw p.error("f-string: empty expression not allowed");
        }
        int brace = exprStart - 1;
        int lines = 0;
        int cols = 0;
        boolean newlineAfterBrace = true;
        for (int k = brace + 1; k < str.length() && str.charAt(k) != '}' && str.charAt(k) != '\n'; k++) {
            char c = str.charAt(k);
            if (c != ' ' && c != '\t' && c != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        if (!newlineAfterBrace) {
            int k = brace;
            while (k > 0 && str.charAt(k) != '\n') {
                k--;
            }
            cols += utf8Len(str, k, brace);
            if (str.charAt(k) == '\n') {
                cols -= 1;
            }
        }
        for (int k = 0; k < brace; k++) {
            if (str.charAt(k) == '\n') {
                lines++;
            }
        }
        String text = "(" + str.substring(exprStart, exprEnd) + ")";
        Tokenizer sub = new Tokenizer(text, p.filename);
        sub.configureFString(t.lineno + lines, lines != 0 ? cols : t.col_offset + cols);
        Parser sp = new Parser(sub, true);
        return (ExprNode) sp.run(sp::fstringInput);
    }

    private static int utf8Len(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    static PySyntaxError unused() {
        return null;
    }
}
